// `npm run bench:hostile-uploads`: do the hostile import files of issue 12 leave the running server
// alone? A fresh database with the demo data, the production server (scripts/serve.ts: the web
// process and its job worker, two processes), the demo coordinator signed in, and then each hostile
// file (tests/unit/hostile-files.ts: a 1.6 KB .xlsx with a cell at XFD1048576, zip bombs whose sheet
// unpacks to ~400 MB, CSVs of 9 MB and 2 MB blank lines) uploaded to the regiobeeld import and to
// the practice import through the upload form's server action, called as the browser calls it; and
// last the 9 MB CSV to both imports at the same time (`--only gelijktijdig` runs just that).
// While each import job runs to its end state, /api/health is polled every 100 ms and the resident
// memory (VmRSS) of the web process, the worker and anything they start is read from /proc.
// Targets: health answers within 1 s throughout, each process under 600 MB, and every file refused
// with a clear message (never stuck, never accepted). Exits 1 when a file is not refused or a job
// does not end, or a process goes over 600 MB; health latency is reported (it depends on the
// machine's load), not failed on. Figures as JSON in bench-results/.
//   npm run bench:hostile-uploads -- [--port 3392] [--only <file name part>]
// Uses TEST_DATABASE_URL's PostgreSQL when set (a new database), else the embedded one.
import { spawn, type ChildProcess } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { loadavg } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import pg from "pg";
import { createTestDatabase, type TestDatabase } from "@/lib/db/test-database";
import { blankLinesCsv, farCellXlsx, zipBombXlsx } from "../../tests/unit/hostile-files";
import { buildIfNeeded, ensureGeneratedClient } from "../lib/build";
import {
  assertPortFree,
  cleanUpOnInterrupt,
  commandLine,
  descendants,
  HttpSession,
  rssMb,
  unescapeHtml,
  waitForHealth,
} from "./http-session";
import { serveArgs } from "../lib/web-process";

const { values: args } = parseArgs({
  options: {
    port: { type: "string", default: process.env.BENCH_PORT ?? "3392" },
    only: { type: "string" },
  },
});
const PORT = Number(args.port);
const BASE = `http://127.0.0.1:${PORT}`;
const SLUG = "zaanstreek-waterland";
const HEALTH_TARGET_MS = 1000;
const RSS_TARGET_MB = 600;
/** A job that has not ended by then is stuck (the reader's own time limit is 60 s). */
const JOB_DEADLINE_MS = 10 * 60_000;

const say = (line: string) => console.log(`[hostile] ${line}`);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const load = () =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(" ");

type HostileFile = { name: string; describe: string; bytes: () => Promise<Buffer> | Buffer };
const FILES: HostileFile[] = [
  { name: "verre-cel.xlsx", describe: "one cell at XFD1048576", bytes: () => farCellXlsx("value") },
  { name: "zipbom-rijen.xlsx", describe: "sheet unpacks to ~400 MB of rows", bytes: () => zipBombXlsx("rows") },
  { name: "zipbom-liegt.xlsx", describe: "says 1 KB, unpacks to ~400 MB", bytes: () => zipBombXlsx("lying") },
  {
    name: "zipbom-binnen-limiet.xlsx",
    describe: "says 150 MB, unpacks to ~400 MB",
    bytes: () => zipBombXlsx("lyingWithinLimit"),
  },
  { name: "lege-regels-9mb.csv", describe: "9 MB of blank lines", bytes: () => blankLinesCsv(9 * 1024 * 1024) },
  { name: "lege-regels-2mb.csv", describe: "2 MB of blank lines", bytes: () => blankLinesCsv(2 * 1024 * 1024) },
];
const IMPORTS = [
  { kind: "wijkstatistics", page: `/r/${SLUG}/regiobeeld/import`, fields: { year: "2024" } },
  { kind: "practices", page: `/r/${SLUG}/praktijken/import`, fields: {} },
] as const;

/** The upload action's id, from the build's manifest of server actions (the form's client wrapper has no no-JS form). */
function startImportActionId(): string {
  const manifest = JSON.parse(readFileSync(".next/server/server-reference-manifest.json", "utf8")) as {
    node: Record<string, { filename?: string; exportedName?: string }>;
  };
  const found = Object.entries(manifest.node).find(
    ([, entry]) => entry.exportedName === "startImport" && entry.filename?.endsWith("_imports/actions.ts"),
  );
  if (!found) throw new Error("startImport niet gevonden in .next/server/server-reference-manifest.json");
  return found[0];
}

// React's reply encoder, as bundled with Next.js (the browser's copy does the same).
const { encodeReply } = createRequire(import.meta.url)("next/dist/compiled/react-server-dom-turbopack/client.node") as {
  encodeReply: (value: unknown) => Promise<FormData | string>;
};

/**
 * Calls the server action as React's client does: `Next-Action: <id>`, the arguments (the bound
 * slug and kind, the previous form state, the form data) encoded with React's own encodeReply.
 */
async function upload(
  session: HttpSession,
  actionId: string,
  page: string,
  kind: string,
  file: File,
  fields: Record<string, string>,
): Promise<{ status: number; redirect: string | null; message: string | null; ms: number }> {
  const form = new FormData();
  form.append("file", file);
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  const body = await encodeReply([SLUG, kind, { status: "idle" }, form]);
  const started = performance.now();
  const response = await session.request(page, {
    method: "POST",
    body,
    headers: { "next-action": actionId, accept: "text/x-component", origin: BASE },
    timeoutMs: 120_000,
  });
  const text = await response.text();
  const message = text.match(/"status":"error","message":"((?:[^"\\]|\\.)*)"/)?.[1] ?? null;
  return {
    status: response.status,
    redirect: response.headers.get("x-action-redirect"),
    message: message && (JSON.parse(`"${message}"`) as string),
    ms: performance.now() - started,
  };
}

/** The server's processes: the web process (serve.ts itself), the worker, and whatever they start. */
function serverProcesses(server: ChildProcess): { pid: number; role: "web" | "worker" | "other" }[] {
  const web = server.pid!;
  return [
    { pid: web, role: "web" as const },
    ...descendants(web).map((pid) => ({
      pid,
      role: commandLine(pid).includes("worker.mjs") ? ("worker" as const) : ("other" as const),
    })),
  ];
}

type Watch = {
  healthMaxMs: number;
  healthOver1s: number;
  healthFailures: number;
  healthSamples: number;
  rssMaxMb: { web: number; worker: number; other: number };
  workerPids: Set<number>;
  stop: () => Promise<void>;
};

/** Polls /api/health every 100 ms (one at a time) and samples the processes' RSS every 100 ms. */
function watch(server: ChildProcess): Watch {
  const w: Watch = {
    healthMaxMs: 0,
    healthOver1s: 0,
    healthFailures: 0,
    healthSamples: 0,
    rssMaxMb: { web: 0, worker: 0, other: 0 },
    workerPids: new Set(),
    stop: async () => undefined,
  };
  let running = true;
  const health = (async () => {
    while (running) {
      const started = performance.now();
      let ok = false;
      try {
        ok = (await fetch(`${BASE}/api/health`, { signal: AbortSignal.timeout(10_000) })).ok;
      } catch {
        ok = false;
      }
      const ms = performance.now() - started;
      w.healthSamples++;
      w.healthMaxMs = Math.max(w.healthMaxMs, ms);
      if (ms > HEALTH_TARGET_MS) w.healthOver1s++;
      if (!ok) w.healthFailures++;
      await sleep(Math.max(0, 100 - ms));
    }
  })();
  const memory = setInterval(() => {
    for (const { pid, role } of serverProcesses(server)) {
      const mb = rssMb(pid);
      if (Number.isNaN(mb)) continue;
      w.rssMaxMb[role] = Math.max(w.rssMaxMb[role], mb);
      if (role === "worker") w.workerPids.add(pid);
    }
  }, 100);
  w.stop = async () => {
    running = false;
    clearInterval(memory);
    await health;
  };
  return w;
}

/** The job page as the user sees it: its status line and its message. */
async function jobPage(session: HttpSession, url: string): Promise<{ status: string; message: string }> {
  const { html } = await session.get(url);
  const region = html.match(/role="status"[^>]*>([\s\S]*?)<\/div>/)?.[1] ?? "";
  const status = unescapeHtml(region.match(/<strong>([^<]*)<\/strong>/)?.[1] ?? "?");
  const message = [...region.matchAll(/<p class="[^"]*red[^"]*">([\s\S]*?)<\/p>/g)]
    .map((m) => unescapeHtml(m[1]!.replace(/<[^>]+>/g, "")))
    .join(" ");
  return { status, message };
}

type Upload = { hostile: HostileFile; bytes: Buffer; target: (typeof IMPORTS)[number] };
const SIMULTANEOUS = "gelijktijdig";

/** Uploads one file and follows its import job to its end state (in the database and on its page). */
async function uploadToEnd(
  session: HttpSession,
  db: pg.Client,
  actionId: string,
  { hostile, bytes, target }: Upload,
): Promise<{ end: { status: string; dbStatus: string; message: string }; seconds: number; uploadMs: number }> {
  const started = performance.now();
  const file = new File([new Uint8Array(bytes)], hostile.name, {
    type: hostile.name.endsWith(".csv") ? "text/csv" : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  });
  const sent = await upload(session, actionId, target.page, target.kind, file, target.fields);
  const jobId = sent.redirect?.match(/import\/([0-9a-f-]{36})/)?.[1];
  if (!jobId) {
    const end = { status: `upload HTTP ${sent.status}`, dbStatus: "-", message: sent.message ?? "(geen melding)" };
    return { end, seconds: (performance.now() - started) / 1000, uploadMs: sent.ms };
  }
  let dbStatus = "queued";
  while (performance.now() - started < JOB_DEADLINE_MS) {
    const { rows } = await db.query<{ status: string }>(`SELECT status FROM "ImportJob" WHERE id = $1`, [jobId]);
    dbStatus = rows[0]?.status ?? "gone";
    if (!["queued", "validating", "committing"].includes(dbStatus)) break;
    await sleep(250);
  }
  const seen = await jobPage(session, `${target.page}/${jobId}`);
  return {
    end: { status: seen.status, dbStatus, message: seen.message },
    seconds: (performance.now() - started) / 1000,
    uploadMs: sent.ms,
  };
}

/** One upload's line in the report, with the health and memory seen while it (and any other at the same time) ran. */
function resultOf(
  { hostile, bytes, target }: Upload,
  { end, seconds, uploadMs }: Awaited<ReturnType<typeof uploadToEnd>>,
  w: Watch,
  simultaneous: boolean,
) {
  return {
    file: simultaneous ? `${hostile.name} (${SIMULTANEOUS})` : hostile.name,
    describe: hostile.describe,
    bytes: bytes.length,
    import: target.kind,
    simultaneous,
    uploadMs: Math.round(uploadMs),
    endSeconds: Number(seconds.toFixed(1)),
    state: end.status,
    dbStatus: end.dbStatus,
    message: end.message,
    refused: ["invalid", "failed", "-"].includes(end.dbStatus) && end.message.length > 0,
    healthMaxMs: Math.round(w.healthMaxMs),
    healthOver1s: w.healthOver1s,
    healthFailures: w.healthFailures,
    healthSamples: w.healthSamples,
    rssMaxMb: { web: Math.round(w.rssMaxMb.web), worker: Math.round(w.rssMaxMb.worker), other: Math.round(w.rssMaxMb.other) },
    workerProcesses: w.workerPids.size,
  };
}

async function main(): Promise<number> {
  await assertPortFree(BASE);
  ensureGeneratedClient();
  buildIfNeeded(say);
  const actionId = startImportActionId();
  let database: TestDatabase | undefined;
  let server: ChildProcess | undefined;
  let cleaning: Promise<void> | undefined;
  const cleanup = () =>
    (cleaning ??= (async () => {
      if (server && server.exitCode === null && server.signalCode === null) {
        const exited = new Promise((resolve) => server!.once("exit", resolve));
        server.kill("SIGTERM");
        await exited;
      }
      await database?.drop();
    })());
  cleanUpOnInterrupt(cleanup, say);

  try {
    database = await createTestDatabase({
      serverUrl: process.env.TEST_DATABASE_URL,
      name: `wijkkracht_hostile_${process.pid}`,
      embeddedPort: 54960,
    });
    const env = {
      ...process.env,
      ...database.env,
      NODE_ENV: "production" as const,
      NEXTAUTH_SECRET: "hostile-bench-secret-not-for-production",
      NEXTAUTH_URL: BASE,
      SEED_DEMO_DATA: "true",
      LOG_LEVEL: "warn",
      NEXT_TELEMETRY_DISABLED: "1",
    };
    const seeded = spawn(process.execPath, ["--import", "tsx", "prisma/seed.ts"], { stdio: "inherit", env });
    await new Promise((resolve) => seeded.once("exit", resolve));
    server = spawn(process.execPath, serveArgs(PORT, "127.0.0.1"), {
      stdio: ["ignore", "inherit", "inherit"],
      env,
    });
    await waitForHealth(BASE, 120_000);
    const session = new HttpSession(BASE);
    const error = await session.signIn("coordinator@wijkkracht.test", "demo-wachtwoord");
    if (error) throw new Error(`coördinator kon niet inloggen: ${error}`);
    const db = new pg.Client({ connectionString: database.url });
    await db.connect();
    say(
      `database: ${process.env.TEST_DATABASE_URL ? "PostgreSQL (TEST_DATABASE_URL)" : "embedded PGlite"}; belasting (uptime): ${load()}`,
    );

    const idle = watch(server);
    await sleep(3000);
    await idle.stop();
    say(
      `rust: health max ${idle.healthMaxMs.toFixed(0)} ms, RSS web ${idle.rssMaxMb.web.toFixed(0)} MB, worker ${idle.rssMaxMb.worker.toFixed(0)} MB`,
    );

    // Each file alone to each import, then the 9 MB CSV to both imports at the same time (two
    // users at once: the worker reads one file at a time, the other waits in the queue).
    const cases: { uploads: Upload[] }[] = [];
    for (const hostile of FILES.filter((f) => !args.only || f.name.includes(args.only))) {
      const bytes = await hostile.bytes();
      for (const target of IMPORTS) cases.push({ uploads: [{ hostile, bytes, target }] });
    }
    if (!args.only || SIMULTANEOUS.includes(args.only)) {
      const hostile = FILES.find((f) => f.name === "lege-regels-9mb.csv")!;
      const bytes = await hostile.bytes();
      cases.push({ uploads: IMPORTS.map((target) => ({ hostile, bytes, target })) });
    }

    const results: ReturnType<typeof resultOf>[] = [];
    for (const { uploads } of cases) {
      for (const { target } of uploads) {
        const { html } = await session.get(target.page);
        if (!html.includes(actionId)) throw new Error(`${target.page}: de uploadactie ${actionId} staat niet op de pagina`);
      }
      const w = watch(server);
      const ends = await Promise.all(uploads.map((u) => uploadToEnd(session, db, actionId, u)));
      await sleep(1000); // what happens right after the end counts too
      await w.stop();
      const simultaneous = uploads.length > 1;
      uploads.forEach((u, i) => {
        const result = resultOf(u, ends[i]!, w, simultaneous);
        results.push(result);
        say(
          `${result.file} (${(u.bytes.length / 1024).toFixed(0)} KB) → ${result.import}: ${result.state} in ${result.endSeconds} s — ${result.message.slice(0, 140)}`,
        );
      });
      say(
        `   health max ${Math.round(w.healthMaxMs)} ms (${w.healthOver1s} over 1 s, ${w.healthFailures} failed, n=${w.healthSamples}); RSS max web ${Math.round(w.rssMaxMb.web)} MB, worker ${Math.round(w.rssMaxMb.worker)} MB${w.rssMaxMb.other ? `, other ${Math.round(w.rssMaxMb.other)} MB` : ""}${w.workerPids.size > 1 ? `; ${w.workerPids.size} worker processes (restarted)` : ""}`,
      );
    }
    await db.end();

    console.log("\nfile                       | import         | state              | s     | health max | RSS web | RSS worker");
    for (const r of results)
      console.log(
        `${r.file.padEnd(26)} | ${r.import.padEnd(14)} | ${r.state.slice(0, 18).padEnd(18)} | ${String(r.endSeconds).padStart(5)} | ${String(r.healthMaxMs).padStart(7)} ms | ${String(r.rssMaxMb.web).padStart(4)} MB | ${String(r.rssMaxMb.worker).padStart(4)} MB`,
      );
    const loadAfter = load();
    console.log(`machine load (1/5/15 min) after: ${loadAfter} (2 cores, shared)`);
    const report = {
      startedAt: new Date().toISOString(),
      database: process.env.TEST_DATABASE_URL ? "postgresql" : "pglite",
      loadAfter,
      idle: { healthMaxMs: Math.round(idle.healthMaxMs), rssMaxMb: idle.rssMaxMb },
      targets: { healthMs: HEALTH_TARGET_MS, rssMb: RSS_TARGET_MB },
      results,
    };
    mkdirSync("bench-results", { recursive: true });
    const out = path.join("bench-results", `hostile-uploads-${report.startedAt.replace(/[:.]/g, "-")}.json`);
    writeFileSync(out, JSON.stringify(report, null, 2));
    say(`JSON: ${out}`);

    const problems = [
      ...results.filter((r) => !r.refused).map((r) => `${r.file} → ${r.import}: niet geweigerd (${r.state})`),
      ...results
        .filter((r) => Math.max(r.rssMaxMb.web, r.rssMaxMb.worker, r.rssMaxMb.other) >= RSS_TARGET_MB)
        .map((r) => `${r.file} → ${r.import}: geheugen boven ${RSS_TARGET_MB} MB`),
    ];
    const slow = results.filter((r) => r.healthMaxMs > HEALTH_TARGET_MS);
    if (slow.length) say(`health boven 1 s bij: ${slow.map((r) => `${r.file} → ${r.import} (${r.healthMaxMs} ms)`).join(", ")}`);
    if (problems.length) say(`MISLUKT: ${problems.join("; ")}`);
    return problems.length ? 1 : 0;
  } finally {
    await cleanup();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    say(`mislukt: ${(error as Error).stack ?? error}`);
    process.exit(1);
  },
);
