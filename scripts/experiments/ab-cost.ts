// Scratch: the CPU cost per request of this checkout against another one (the code before a change),
// measured side by side. On a shared machine the same code measured minutes apart differs by up to
// half (bench:http's trivial page: 95–160 req/s in one afternoon), so both servers run at once against
// the same scale database and take turns in small rounds of sequential requests; each server's CPU
// time is read from /proc for its own turns only, so both see the same machine. PostgreSQL's CPU
// during each side's turns is added in a second column when it runs on this machine.
//   git worktree add ../before <commit> && cp -al node_modules ../before/node_modules &&
//     (cd ../before && npm run build)
// (a hard-linked copy on the same disk: Turbopack refuses a node_modules linked from outside the
// checkout; when the two commits' dependencies differ, run `npm ci` in ../before instead)
//   TEST_DATABASE_URL=postgresql://postgres@127.0.0.1:5432/postgres \
//     npx tsx scripts/experiments/ab-cost.ts --before ../before [--requests 120] [--rounds 12] \
//     coordinator:/r/zaanstreek-waterland/instellingen verzekeraar:/verzekeraar/3311 …
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { roleUrls } from "@/lib/db/test-database";
import { DEMO_PASSWORD } from "@/lib/db/seed/demo-data";
import { databaseCpuMs, HttpSession, processCpuMs, waitForHealth } from "../bench/http-session";
import { buildIfNeeded } from "../lib/build";
import { ensureDatabase, hasScaleData } from "../lib/scale-database";
import { measuredServerEnv, SERVER_BUNDLE, serveArgs, WEB_HEAP_FLAGS } from "../lib/web-process";

const { values: opts, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    before: { type: "string" },
    requests: { type: "string", default: "120" },
    rounds: { type: "string", default: "12" },
    database: { type: "string", default: "wijkkracht_scale" },
  },
});
const EMAIL: Record<string, string> = {
  coordinator: "coordinator@wijkkracht.test",
  huisarts: "huisarts@wijkkracht.test",
  verzekeraar: "verzekeraar@wijkkracht.test",
  gemeente: "gemeente@wijkkracht.test",
};
if (!opts.before || !existsSync(path.join(opts.before, ".next", "BUILD_ID"))) throw new Error("--before: een gebouwde checkout");
const server = process.env.TEST_DATABASE_URL;
if (!server) throw new Error("Zet TEST_DATABASE_URL");
const ownerUrl = await ensureDatabase(server, opts.database, false);
if (!(await hasScaleData(ownerUrl))) throw new Error("geen schaaldata: npm run seed:scale");
buildIfNeeded((line) => console.log(line));

type Side = { name: string; port: number; child: ChildProcess; base: string };

function start(name: string, cwd: string, port: number): Side {
  // An older checkout may still run its server through tsx.
  const args = existsSync(path.join(cwd, SERVER_BUNDLE))
    ? serveArgs(port)
    : [...WEB_HEAP_FLAGS, "--import", "tsx", "scripts/serve.ts", "-p", String(port)];
  const child = spawn(process.execPath, args, {
    cwd,
    env: {
      ...process.env,
      ...roleUrls(ownerUrl),
      ...measuredServerEnv(port),
    },
    stdio: ["ignore", "ignore", "inherit"],
  });
  return { name, port, child, base: `http://127.0.0.1:${port}` };
}

const sides = [start("before", path.resolve(opts.before), 3161), start("after", process.cwd(), 3162)];
try {
  await Promise.all(sides.map((side) => waitForHealth(side.base, 180_000)));
  const rounds = Number(opts.rounds);
  const perRound = Math.max(1, Math.round(Number(opts.requests) / rounds));
  console.log(`| page | bytes before → after | server CPU ms/request before → after | change | with PostgreSQL's CPU | change |`);
  console.log(`|---|---|---|---|---|---|`);
  for (const target of positionals) {
    const at = target.indexOf(":");
    const role = target.slice(0, at);
    const page = target.slice(at + 1);
    const email = EMAIL[role];
    if (!email) throw new Error(`onbekende rol ${role}`);
    const sessions = await Promise.all(
      sides.map(async (side) => {
        const session = new HttpSession(side.base);
        const error = await session.signIn(email, DEMO_PASSWORD);
        if (error) throw new Error(`${side.name}: inloggen als ${role}: ${error}`);
        return session;
      }),
    );
    const bytes: number[] = [];
    for (const [i, session] of sessions.entries()) {
      for (let w = 0; w < 5; w++) await session.get(page);
      bytes[i] = Buffer.byteLength((await session.get(page)).html);
    }
    const cpu = [0, 0];
    const withDatabase = [0, 0];
    for (let round = 0; round < rounds; round++) {
      // Alternate who goes first, so neither always runs right after the other's garbage.
      const order = round % 2 === 0 ? [0, 1] : [1, 0];
      for (const i of order) {
        const pid = sides[i]!.child.pid!;
        const before = processCpuMs(pid);
        const databaseBefore = databaseCpuMs();
        for (let r = 0; r < perRound; r++) {
          const { status } = await sessions[i]!.get(page);
          if (status !== 200) throw new Error(`${sides[i]!.name} ${page}: HTTP ${status}`);
        }
        const server = processCpuMs(pid) - before;
        cpu[i]! += server;
        withDatabase[i]! += server + databaseCpuMs() - databaseBefore;
      }
    }
    const perRequest = (pair: number[]) => pair.map((ms) => ms / (rounds * perRound)) as [number, number];
    const cell = ([a, b]: [number, number]) => `${a.toFixed(1)} → ${b.toFixed(1)} | ${(((b - a) / a) * 100).toFixed(0)} %`;
    console.log(
      `| ${role} ${page} | ${(bytes[0]! / 1024).toFixed(0)} → ${(bytes[1]! / 1024).toFixed(0)} kB | ${cell(perRequest(cpu))} | ${cell(perRequest(withDatabase))} |`,
    );
  }
} finally {
  for (const side of sides) side.child.kill("SIGTERM");
  await Promise.all(sides.map((side) => new Promise((resolve) => side.child.once("exit", resolve))));
}
