// `npm run bench:http`: the production server under load, page by page. A benchmark, not a test: it
// prints and records figures and never fails on timing (only when the server cannot be started or a
// page does not answer 200 before the run).
//
//   npm run bench:http                         PostgreSQL (TEST_DATABASE_URL's server) with the scale seed,
//                                              one app server, 16 users, 20 s per page
//   npm run bench:http -- --duration 5         a quicker iteration
//   npm run bench:http -- --servers 2          two app servers against one database (8 users each)
//   npm run bench:http -- --only praktijk,home the pages whose name contains "praktijk" or "home"
//   npm run bench:http -- --embedded           `npm start` on PGlite with the demo data, 4 users
//   npm run bench:http -- --cpu-prof           the server writes a CPU profile to bench-results/profiles
//   npm run bench:http -- --node-flag=--import --node-flag=tsx   extra Node flags for the app server
//
// It builds when sources changed, seeds a database wijkkracht_scale once (the one `npm run seed:scale` makes) (reused afterwards),
// signs in through next-auth's credentials flow over HTTP as each role (a handful of successful
// logins from one address, well inside the login throttle), warms each page up, then drives it with
// autocannon. Every page's figures are also given as a ratio to a trivial signed-in route measured in
// the same run, first and again last (the ratio divides by the mean of the two). The result goes to bench-results/<mode>.json (gitignored: figures belong to a
// machine) and is compared with the previous result there; regressions over 20 % are named.
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import autocannon from "autocannon";
import pg from "pg";
import { roleUrls } from "@/lib/db/test-database";
import { BIG_PLAN_TITLE, BIG_REGION_SLUG, BENCH_INSURER_UZOVI } from "@/lib/db/seed/scale";
import { DEMO_PASSWORD } from "@/lib/db/seed/demo-data";
import { commandLine, descendants, processCpuMs, rssMb } from "./bench/http-session";
import { buildIfNeeded } from "./lib/build";
import { firstLoadJsKb } from "./lib/first-load-js";
import { ensureDatabase, hasScaleData, seedScaleDatabase } from "./lib/scale-database";
import { SERVER_BUNDLE, serveArgs } from "./lib/web-process";

const { values: opts } = parseArgs({
  options: {
    duration: { type: "string", default: "20" },
    warmup: { type: "string", default: "3" },
    connections: { type: "string" },
    servers: { type: "string", default: "1" },
    only: { type: "string" },
    embedded: { type: "boolean", default: false },
    "cpu-prof": { type: "boolean", default: false },
    "node-flag": { type: "string", multiple: true, default: [] },
    "no-build": { type: "boolean", default: false },
  },
});
const embedded = opts.embedded;
const duration = Number(opts.duration);
const warmup = Number(opts.warmup);
const connections = Number(opts.connections ?? (embedded ? 4 : 16));
const serverCount = embedded ? 1 : Number(opts.servers);
const mode = embedded ? "http-embedded" : serverCount > 1 ? `http-${serverCount}servers` : "http";
const resultsDir = path.join(process.cwd(), "bench-results");
const resultFile = path.join(resultsDir, `${mode}.json`);
const FIRST_PORT = 3141;
const PGLITE_PORT = 3149;
const SECRET = "wijkkracht-bench-secret-not-for-production";
const slug = BIG_REGION_SLUG;

type Role = "coordinator" | "huisarts" | "verzekeraar" | "gemeente";
type Page = { name: string; role: Role; path: string; route: string };
type Figures = {
  name: string;
  path: string;
  requests: number;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  errors: number;
  ratio: number;
  /** Server CPU (user + system, all app servers) per request: robust when the machine is busy. */
  cpuMsPerRequest: number;
  /** Database transactions per request (pg_stat_database), PostgreSQL only. */
  transactionsPerRequest: number | null;
  firstLoadJsKb: number | null;
};

function log(line: string) {
  console.log(`[bench:http] ${line}`);
}

// ───────────────────────── database ─────────────────────────

let ownerUrlForStats: string | null = null;

/** Committed + rolled-back transactions of the benchmark database so far (null on PGlite). */
async function transactionCount(): Promise<number | null> {
  if (!ownerUrlForStats) return null;
  const client = new pg.Client({ connectionString: ownerUrlForStats });
  await client.connect();
  try {
    const { rows } = await client.query<{ n: string }>(
      `SELECT xact_commit + xact_rollback AS n FROM pg_stat_database WHERE datname = current_database()`,
    );
    return Number(rows[0]?.n ?? 0);
  } finally {
    await client.end();
  }
}

async function prepareDatabase(): Promise<{ env: Record<string, string>; ids: Ids }> {
  const server = process.env.TEST_DATABASE_URL;
  if (!server) throw new Error("Zet TEST_DATABASE_URL (een PostgreSQL-server; de benchmark gebruikt of maakt wijkkracht_scale).");
  const ownerUrl = await ensureDatabase(server, "wijkkracht_scale", false);
  if (!(await hasScaleData(ownerUrl))) {
    log("schaaldata zaaien (eenmalig)…");
    const seconds = await seedScaleDatabase(ownerUrl, (line) => log(line));
    log(`schaaldata klaar in ${seconds.toFixed(0)} s`);
  }
  ownerUrlForStats = ownerUrl;
  return { env: roleUrls(ownerUrl), ids: await lookUpIds(ownerUrl) };
}

type Ids = { planId: string; wijkverbandId: string; municipalityCode: string; disciplineCode: string };

async function lookUpIds(ownerUrl: string): Promise<Ids> {
  const client = new pg.Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    const one = async (sql: string, params: unknown[]) => {
      const { rows } = await client.query<{ v: string }>(sql, params);
      if (!rows[0]) throw new Error(`niet gevonden: ${sql}`);
      return rows[0].v;
    };
    const planId = await one(
      `SELECT p.id AS v FROM "Regioplan" p JOIN "Region" r ON r.id = p."regionId" WHERE r.slug = $1 AND p.title = $2`,
      [slug, BIG_PLAN_TITLE],
    );
    const wijkverbandId = await one(
      `SELECT w.id AS v FROM "Wijkverband" w JOIN "Region" r ON r.id = w."regionId" WHERE r.slug = $1
       ORDER BY (SELECT count(*) FROM "WijkverbandMember" m WHERE m."wijkverbandId" = w.id) DESC LIMIT 1`,
      [slug],
    );
    const municipalityCode = await one(`SELECT "municipalityCodes"[1] AS v FROM "Region" WHERE slug = $1`, [slug]);
    return { planId, wijkverbandId, municipalityCode, disciplineCode: "huisartsenzorg" };
  } finally {
    await client.end();
  }
}

function pagesFor(ids: Ids | null): Page[] {
  const r = `/r/${slug}`;
  const pages: Page[] = [
    { name: "trivial: instellingen", role: "coordinator", path: `${r}/instellingen`, route: "/r/[region]/instellingen" },
    { name: "coordinator dashboard", role: "coordinator", path: r, route: "/r/[region]" },
    { name: "praktijkhouder home", role: "huisarts", path: r, route: "/r/[region]" },
    { name: "praktijken p1", role: "coordinator", path: `${r}/praktijken`, route: "/r/[region]/praktijken" },
    {
      name: "praktijken gefilterd p2",
      role: "coordinator",
      path: `${r}/praktijken?discipline=huisartsenzorg&pagina=2`,
      route: "/r/[region]/praktijken",
    },
    { name: "initiatieven", role: "coordinator", path: `${r}/initiatieven`, route: "/r/[region]/initiatieven" },
    { name: "regiobeeld", role: "coordinator", path: `${r}/regiobeeld`, route: "/r/[region]/regiobeeld" },
    { name: "verzekeraar home", role: "verzekeraar", path: `/verzekeraar/${BENCH_INSURER_UZOVI}`, route: "/verzekeraar/[uzovi]" },
    { name: "gemeente home", role: "gemeente", path: `/gemeente/GM0479`, route: "/gemeente/[code]" },
    {
      name: "verzekeraar sociaal domein",
      role: "verzekeraar",
      path: `/verzekeraar/${BENCH_INSURER_UZOVI}/sociaal-domein?regio=${slug}`,
      route: "/verzekeraar/[uzovi]/sociaal-domein",
    },
  ];
  if (!ids) return pages;
  return [
    ...pages,
    {
      name: "praktijken gemeente p1",
      role: "coordinator",
      path: `${r}/praktijken?gemeente=${ids.municipalityCode}`,
      route: "/r/[region]/praktijken",
    },
    {
      name: "wijkverband",
      role: "coordinator",
      path: `${r}/wijkverbanden/${ids.wijkverbandId}`,
      route: "/r/[region]/wijkverbanden/[wijkverbandId]",
    },
    {
      name: "regioplan (60 initiatieven)",
      role: "coordinator",
      path: `${r}/regioplan/${ids.planId}`,
      route: "/r/[region]/regioplan/[planId]",
    },
    {
      name: "tijdlijn (60 initiatieven)",
      role: "coordinator",
      path: `${r}/regioplan/${ids.planId}/tijdlijn`,
      route: "/r/[region]/regioplan/[planId]/tijdlijn",
    },
    {
      name: "beoordelingswachtrij",
      role: "verzekeraar",
      path: `/verzekeraar/${BENCH_INSURER_UZOVI}/beoordelen`,
      route: "/verzekeraar/[uzovi]/beoordelen",
    },
    {
      name: "portefeuille (38 regio's)",
      role: "verzekeraar",
      path: `/verzekeraar/${BENCH_INSURER_UZOVI}/portefeuille`,
      route: "/verzekeraar/[uzovi]/portefeuille",
    },
    { name: "export praktijken csv", role: "coordinator", path: `${r}/praktijken/export?format=csv`, route: "" },
    { name: "FHIR Organization", role: "coordinator", path: `/api/v1/regions/${slug}/fhir/Organization`, route: "" },
  ];
}

// ───────────────────────── servers ─────────────────────────

/** Peak resident memory: the whole tree (web process, job worker, PGlite when embedded) and the process that answers HTTP. */
type Server = { port: number; process: ChildProcess; peakRssMb: number; peakWebRssMb: number; sampler: NodeJS.Timeout };

/** Resident memory (MB) of a process and its children (the embedded launcher runs PGlite itself). */
function treeRssMb(pid: number): number {
  return [pid, ...descendants(pid)].map(rssMb).reduce((total, mb) => total + (Number.isNaN(mb) ? 0 : mb), 0);
}

/** CPU time (ms) of a process and its children so far. */
function treeCpuMs(pid: number): number {
  let total = 0;
  try {
    total += processCpuMs(pid);
    for (const task of readdirSync(`/proc/${pid}/task`)) {
      const children = readFileSync(`/proc/${pid}/task/${task}/children`, "utf8").trim();
      for (const child of children ? children.split(" ") : []) total += treeCpuMs(Number(child));
    }
  } catch {
    // the process ended between the listing and the read
  }
  return total;
}

async function startServer(port: number, env: Record<string, string>): Promise<Server> {
  const nodeArgs = [
    ...(opts["cpu-prof"] ? ["--cpu-prof", `--cpu-prof-dir=${path.join(resultsDir, "profiles")}`] : []),
    ...opts["node-flag"],
  ];
  const args = embedded ? [...nodeArgs, "--import", "tsx", "scripts/start.ts"] : serveArgs(port, undefined, nodeArgs);
  const child = spawn(process.execPath, args, {
    env: {
      ...process.env, // the server inherits the runner's environment
      ...env,
      NODE_ENV: "production",
      PORT: String(port),
      PGLITE_PORT: String(PGLITE_PORT),
      NEXTAUTH_SECRET: SECRET,
      NEXTAUTH_URL: `http://127.0.0.1:${port}`,
      SEED_DEMO_DATA: "true", // a benchmark server: the demo accounts are its accounts
      LOG_LEVEL: "warn",
      NEXT_TELEMETRY_DISABLED: "1",
    },
    stdio: ["ignore", "inherit", "inherit"],
  });
  const server: Server = { port, process: child, peakRssMb: 0, peakWebRssMb: 0, sampler: setInterval(() => {}, 1000) };
  clearInterval(server.sampler);
  server.sampler = setInterval(() => {
    if (!child.pid) return;
    server.peakRssMb = Math.max(server.peakRssMb, treeRssMb(child.pid));
    // The server bundle is the web process itself; scripts/start.ts (embedded) starts it as a child.
    const web = embedded ? descendants(child.pid).find((pid) => commandLine(pid).includes(SERVER_BUNDLE)) : child.pid;
    if (web && !Number.isNaN(rssMb(web))) server.peakWebRssMb = Math.max(server.peakWebRssMb, rssMb(web));
  }, 250);
  const deadline = Date.now() + 180_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server op poort ${port} stopte (exit ${child.exitCode})`);
    try {
      const res = await fetch(`http://127.0.0.1:${port}/api/health`);
      if (res.ok) return server;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`server op poort ${port} startte niet binnen 3 minuten`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

async function stopServer(server: Server): Promise<void> {
  clearInterval(server.sampler);
  if (server.process.exitCode !== null) return;
  const exited = new Promise((resolve) => server.process.once("exit", resolve));
  server.process.kill("SIGTERM");
  await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 15_000))]);
  if (server.process.exitCode === null) server.process.kill("SIGKILL");
}

// ───────────────────────── sign-in ─────────────────────────

const EMAIL: Record<Role, string> = {
  coordinator: "coordinator@wijkkracht.test",
  huisarts: "huisarts@wijkkracht.test",
  verzekeraar: "verzekeraar@wijkkracht.test",
  gemeente: "gemeente@wijkkracht.test",
};

/** next-auth's credentials flow over HTTP: the CSRF token, then the callback; the session cookie. */
async function signIn(base: string, role: Role): Promise<string> {
  const jar = new Map<string, string>();
  const keep = (res: Response) => {
    for (const cookie of res.headers.getSetCookie()) {
      const [pair] = cookie.split(";");
      const at = pair!.indexOf("=");
      jar.set(pair!.slice(0, at), pair!.slice(at + 1));
    }
  };
  const cookie = () => [...jar].map(([k, v]) => `${k}=${v}`).join("; ");
  const csrf = await fetch(`${base}/api/auth/csrf`);
  keep(csrf);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const res = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: cookie() },
    body: new URLSearchParams({ csrfToken, email: EMAIL[role], password: DEMO_PASSWORD, json: "true" }),
  });
  keep(res);
  if (![...jar.keys()].some((k) => k.includes("session-token"))) {
    throw new Error(`inloggen als ${role} mislukte (HTTP ${res.status})`);
  }
  return cookie();
}

// ───────────────────────── load ─────────────────────────

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

/** One autocannon run per server in parallel (the connections split over them); merged figures. */
async function drive(servers: Server[], page: Page, cookie: string, seconds: number) {
  const times: number[] = [];
  let errors = 0;
  const perServer = Math.max(1, Math.round(connections / servers.length));
  const runs = servers.map(
    (server) =>
      new Promise<autocannon.Result>((resolve, reject) => {
        const instance = autocannon(
          {
            url: `http://127.0.0.1:${server.port}${page.path}`,
            connections: perServer,
            duration: seconds,
            headers: { cookie },
            timeout: 30,
          },
          (error, result) => (error ? reject(error) : resolve(result)),
        );
        instance.on("response", (_client, statusCode, _bytes, responseTime) => {
          times.push(responseTime);
          if (statusCode !== 200) errors++;
        });
      }),
  );
  const results = await Promise.all(runs);
  times.sort((a, b) => a - b);
  const requests = times.length;
  errors += results.reduce((n, r) => n + r.errors + r.timeouts, 0);
  return {
    requests,
    rps: requests / seconds,
    p50: Math.round(percentile(times, 50)),
    p95: Math.round(percentile(times, 95)),
    p99: Math.round(percentile(times, 99)),
    errors,
  };
}

// ───────────────────────── report ─────────────────────────

type Result = {
  mode: string;
  date: string;
  duration: number;
  connections: number;
  servers: number;
  peakRssMb: number[];
  /** Of the web process alone (without the job worker and PGlite); absent in older results. */
  peakWebRssMb?: number[];
  pages: Figures[];
};

function printTable(result: Result) {
  const rows = result.pages.map((p) => [
    p.name,
    p.rps.toFixed(1),
    `${p.p50}`,
    `${p.p95}`,
    `${p.p99}`,
    `${p.errors}`,
    Number.isFinite(p.ratio) ? `${Math.round(p.ratio * 100)} %` : "–",
    Number.isFinite(p.cpuMsPerRequest) ? `${p.cpuMsPerRequest}` : "–",
    p.transactionsPerRequest === null || !Number.isFinite(p.transactionsPerRequest) ? "–" : `${p.transactionsPerRequest}`,
    p.firstLoadJsKb === null ? "–" : `${p.firstLoadJsKb}`,
  ]);
  const head = ["page", "req/s", "p50 ms", "p95 ms", "p99 ms", "errors", "vs trivial", "CPU ms/req", "tx/req", "JS kB gz"];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) =>
    `| ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join(" | ")} |`;
  console.log(line(head));
  console.log(`|${widths.map((w) => "-".repeat(w + 2)).join("|")}|`);
  for (const row of rows) console.log(line(row));
  console.log(
    `server peak RSS: ${result.peakRssMb.map((m) => `${Math.round(m)} MB`).join(", ")} (web process alone: ${(result.peakWebRssMb ?? []).map((m) => `${Math.round(m)} MB`).join(", ")}; the rest is the job worker${embedded ? " and PGlite" : ""})`,
  );
}

function compare(previous: Result, current: Result) {
  const regressions: string[] = [];
  for (const page of current.pages) {
    const before = previous.pages.find((p) => p.name === page.name);
    if (!before || before.requests === 0 || page.requests === 0) continue; // nothing finished: no figures to compare
    if (page.p95 > before.p95 * 1.2) regressions.push(`${page.name}: p95 ${before.p95} → ${page.p95} ms`);
    if (page.rps < before.rps / 1.2) regressions.push(`${page.name}: req/s ${before.rps.toFixed(1)} → ${page.rps.toFixed(1)}`);
    if (before.cpuMsPerRequest && page.cpuMsPerRequest > before.cpuMsPerRequest * 1.2)
      regressions.push(`${page.name}: CPU ${before.cpuMsPerRequest} → ${page.cpuMsPerRequest} ms/request`);
  }
  const rssBefore = Math.max(...previous.peakRssMb);
  const rssNow = Math.max(...current.peakRssMb);
  if (rssNow > rssBefore * 1.2) regressions.push(`peak RSS ${Math.round(rssBefore)} → ${Math.round(rssNow)} MB`);
  console.log(`\nvergeleken met ${previous.date}:`);
  console.log(regressions.length ? regressions.map((r) => `  REGRESSIE > 20 %: ${r}`).join("\n") : "  geen regressies over 20 %");
}

// ───────────────────────── main ─────────────────────────

async function main() {
  if (!opts["no-build"]) buildIfNeeded(log);
  let env: Record<string, string> = {};
  let ids: Ids | null = null;
  if (!embedded) ({ env, ids } = await prepareDatabase());
  const allPages = pagesFor(ids);
  // --only takes one or more name fragments, separated by commas.
  const only = opts.only
    ?.split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  const pages = allPages.filter((p, i) => i === 0 || !only || only.some((o) => p.name.includes(o)));

  const servers: Server[] = [];
  try {
    for (let i = 0; i < serverCount; i++) servers.push(await startServer(FIRST_PORT + i, env));
    log(
      `${servers.length} server(s) op ${embedded ? "PGlite (npm start)" : "PostgreSQL"}, ${connections} gebruikers, ${duration} s per pagina`,
    );
    const base = `http://127.0.0.1:${servers[0]!.port}`;
    const cookies = new Map<Role, string>();
    for (const role of new Set(pages.map((p) => p.role))) cookies.set(role, await signIn(base, role));

    const measurePage = async (page: Page, name = page.name): Promise<Figures> => {
      const cookie = cookies.get(page.role)!;
      const check = await fetch(`${base}${page.path}`, { headers: { cookie }, redirect: "manual" });
      const body = await check.text();
      if (check.status !== 200) log(`LET OP: ${name} (${page.path}) antwoordde ${check.status} vóór de meting`);
      if (warmup > 0) await drive(servers, page, cookie, warmup);
      const cpuBefore = servers.reduce((n, s) => n + treeCpuMs(s.process.pid!), 0);
      const xactBefore = await transactionCount();
      const measured = await drive(servers, page, cookie, duration);
      const cpuMs = servers.reduce((n, s) => n + treeCpuMs(s.process.pid!), 0) - cpuBefore;
      await new Promise((resolve) => setTimeout(resolve, 1500)); // PostgreSQL flushes its statistics about once a second
      const xactAfter = await transactionCount();
      // the two statistics queries themselves are one transaction each
      const transactions = xactBefore === null || xactAfter === null ? null : xactAfter - xactBefore - 1;
      log(`${name}: ${measured.rps.toFixed(1)} req/s, p95 ${measured.p95} ms (${(body.length / 1024).toFixed(0)} kB HTML)`);
      return {
        name,
        path: page.path,
        ...measured,
        ratio: Number.NaN, // set below, against both measurements of the trivial page
        cpuMsPerRequest: measured.requests > 0 ? Math.round((cpuMs / measured.requests) * 10) / 10 : Number.NaN,
        transactionsPerRequest:
          transactions === null
            ? null
            : measured.requests > 0
              ? Math.round((transactions / measured.requests) * 10) / 10
              : Number.NaN, // nothing finished within the window
        firstLoadJsKb: firstLoadJsKb(page.route),
      };
    };
    const figures: Figures[] = [];
    for (const page of pages) figures.push(await measurePage(page));
    // The trivial page once more at the end: measured only first, right after the build, it was the
    // run's noisiest figure (76–110 req/s between runs), and every ratio divides by it.
    figures.push(await measurePage(pages[0]!, `${pages[0]!.name} (again)`));
    const trivialRps = (figures[0]!.rps + figures.at(-1)!.rps) / 2;
    for (const f of figures) f.ratio = trivialRps > 0 ? f.rps / trivialRps : Number.NaN;
    const result: Result = {
      mode,
      date: new Date().toISOString(),
      duration,
      connections,
      servers: servers.length,
      peakRssMb: servers.map((s) => Math.round(s.peakRssMb)),
      peakWebRssMb: servers.map((s) => Math.round(s.peakWebRssMb)),
      pages: figures,
    };
    console.log("");
    printTable(result);
    mkdirSync(resultsDir, { recursive: true });
    if (existsSync(resultFile) && !opts.only) {
      compare(JSON.parse(readFileSync(resultFile, "utf8")) as Result, result);
      writeFileSync(resultFile.replace(/\.json$/, ".previous.json"), readFileSync(resultFile));
    }
    writeFileSync(opts.only ? resultFile.replace(/\.json$/, ".partial.json") : resultFile, JSON.stringify(result, null, 2));
    log(`geschreven: ${path.relative(process.cwd(), opts.only ? resultFile.replace(/\.json$/, ".partial.json") : resultFile)}`);
  } finally {
    for (const server of servers) await stopServer(server);
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(`[bench:http] ${(error as Error).message}`);
    process.exit(1);
  },
);
