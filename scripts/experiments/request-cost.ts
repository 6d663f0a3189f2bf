// Scratch: what one signed-in request costs, counted rather than timed (the machine is shared):
// statements and transactions per request (every statement the server sends through pg, by role),
// the HTML bytes, and the server's CPU ms per request over sequential requests (with the median
// response time, which on a shared machine says little) and PostgreSQL's CPU per request when it runs here. Starts the
// production server (build when stale) on the scale database, signs in as the demo accounts.
//   TEST_DATABASE_URL=postgresql://postgres@127.0.0.1:5432/postgres \
//     npx tsx scripts/experiments/request-cost.ts [--port 3151] [--requests 20] [--show] [--save dir] [--cpu-prof] [--database wijkkracht_scale] [--node-flag=--import --node-flag=tsx] \
//     coordinator:/r/zaanstreek-waterland/instellingen verzekeraar:/verzekeraar/3311/portefeuille …
import { spawn } from "node:child_process";
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { roleUrls } from "@/lib/db/test-database";
import { DEMO_PASSWORD } from "@/lib/db/seed/demo-data";
import { databaseCpuMs, HttpSession, processCpuMs } from "../bench/http-session";
import { buildIfNeeded } from "../lib/build";
import { ensureDatabase, hasScaleData } from "../lib/scale-database";
import { measuredServerEnv, serveArgs } from "../lib/web-process";

const { values: opts, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    port: { type: "string", default: "3151" },
    requests: { type: "string", default: "20" },
    show: { type: "boolean", default: false },
    save: { type: "string" },
    database: { type: "string", default: "wijkkracht_scale" },
    "cpu-prof": { type: "boolean", default: false },
    // Extra Node flags for the server, e.g. --node-flag=--import --node-flag=tsx
    "node-flag": { type: "string", multiple: true, default: [] },
  },
});
const EMAIL: Record<string, string> = {
  coordinator: "coordinator@wijkkracht.test",
  huisarts: "huisarts@wijkkracht.test",
  verzekeraar: "verzekeraar@wijkkracht.test",
  gemeente: "gemeente@wijkkracht.test",
};
const port = Number(opts.port);
const requests = Number(opts.requests);
const queryLog = path.join(os.tmpdir(), `request-cost-${process.pid}.jsonl`);

type Statement = { user: string; text: string };

async function drain(pid: number): Promise<Statement[]> {
  rmSync(queryLog, { force: true });
  process.kill(pid, "SIGUSR2");
  for (let i = 0; i < 50; i++) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    try {
      const text = readFileSync(queryLog, "utf8");
      return text ? text.split("\n").map((line) => JSON.parse(line) as Statement) : [];
    } catch {
      // not written yet
    }
  }
  throw new Error("de server schreef geen querylog");
}

const server = process.env.TEST_DATABASE_URL;
if (!server) throw new Error("Zet TEST_DATABASE_URL");
const ownerUrl = await ensureDatabase(server, opts.database, false);
if (!(await hasScaleData(ownerUrl))) throw new Error("geen schaaldata: npm run seed:scale");
buildIfNeeded((line) => console.log(line));

const profileDir = path.join(process.cwd(), "bench-results", "profiles");
if (opts["cpu-prof"]) mkdirSync(profileDir, { recursive: true });
const child = spawn(
  process.execPath,
  serveArgs(port, undefined, [
    "--import",
    path.join(import.meta.dirname, "count-queries.mjs"),
    ...(opts["cpu-prof"] ? ["--cpu-prof", `--cpu-prof-dir=${profileDir}`] : []),
    ...opts["node-flag"],
  ]),
  {
    env: {
      ...process.env,
      ...roleUrls(ownerUrl),
      ...measuredServerEnv(port),
      QUERY_LOG: queryLog,
    },
    stdio: ["ignore", "inherit", "inherit"],
  },
);
const pid = child.pid!;
try {
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; ; i++) {
    if (child.exitCode !== null) throw new Error("server stopte");
    try {
      if ((await fetch(`${base}/api/health`)).ok) break;
    } catch {
      // not listening yet
    }
    if (i > 360) throw new Error("server startte niet");
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  const sessions = new Map<string, HttpSession>();
  for (const target of positionals) {
    const at = target.indexOf(":");
    const role = target.slice(0, at);
    const page = target.slice(at + 1);
    if (!EMAIL[role]) throw new Error(`onbekende rol ${role}`);
    let session = sessions.get(role);
    if (!session) {
      session = new HttpSession(base);
      const error = await session.signIn(EMAIL[role], DEMO_PASSWORD);
      if (error) throw new Error(`inloggen als ${role}: ${error}`);
      sessions.set(role, session);
    }
    for (let i = 0; i < 3; i++) await session.get(page); // warm up
    await drain(pid);
    const first = await session.get(page);
    const one = await drain(pid);
    if (opts.save) {
      mkdirSync(opts.save, { recursive: true });
      writeFileSync(path.join(opts.save, `${role}${page.replace(/[^a-z0-9]+/gi, "_")}.html`), first.html);
    }
    const cpuBefore = processCpuMs(pid);
    const databaseBefore = databaseCpuMs();
    const wall: number[] = [];
    for (let i = 0; i < requests; i++) {
      const started = performance.now();
      const r = await session.get(page);
      wall.push(performance.now() - started);
      if (r.status !== 200) throw new Error(`${page}: HTTP ${r.status}`);
    }
    const cpu = processCpuMs(pid) - cpuBefore;
    const databaseCpu = databaseCpuMs() - databaseBefore;
    const median = wall.sort((x, y) => x - y)[Math.floor(wall.length / 2)]!;
    const all = await drain(pid);
    const perUser = (list: Statement[], user: string) => list.filter((s) => s.user === user).length;
    const begins = (list: Statement[]) => list.filter((s) => /^BEGIN/i.test(s.text)).length;
    console.log(
      `\n${role} ${page}: HTTP ${first.status}, ${Buffer.byteLength(first.html)} bytes HTML; per request ` +
        `${(all.length / requests).toFixed(1)} statements (system ${(perUser(all, "wijkkracht_system") / requests).toFixed(1)}, ` +
        `web ${(perUser(all, "wijkkracht_web") / requests).toFixed(1)}), ${(begins(all) / requests).toFixed(1)} transactions, ` +
        `${(cpu / requests).toFixed(1)} CPU ms (PostgreSQL ${(databaseCpu / requests).toFixed(1)}), median ${median.toFixed(0)} ms (${requests} sequential requests; load ${os.loadavg()[0]!.toFixed(2)})`,
    );
    if (opts.show) for (const s of one) console.log(`  [${s.user.replace("wijkkracht_", "")}] ${s.text.slice(0, 160)}`);
  }
} finally {
  child.kill("SIGTERM");
  await new Promise((resolve) => child.once("exit", resolve));
  rmSync(queryLog, { force: true });
}
