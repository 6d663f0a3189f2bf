// `npm run bench:faults`: does Wijkkracht survive a PostgreSQL restart under load, and does it keep
// every write it confirmed? A throw-away PostgreSQL cluster (scripts/bench/pg-cluster.ts) is set up
// as in README's Deploy section (a migration owner; the app as wijkkracht_web, which owns nothing),
// `npm start` (scripts/start.ts: migrations, demo data, the production server with its job worker)
// runs against it, and N signed-in coordinators (default 32) read pages and write through the app's
// own forms for the duration (default 5 minutes): comments on initiatives (comment + notification
// event + audit event in one transaction), milestones (milestone + audit) and new practices (practice
// + audit). Halfway, PostgreSQL is stopped (`pg_ctl stop -m fast`), left down for a few seconds and
// started again. Nobody touches the app.
//
// Reported: requests and errors per minute (HTTP 5xx, network errors and time-outs, other: a 4xx or
// a form that did not say it saved), the recovery time (from the stop until the last failed request
// was answered; also until every user has read a page and saved a form again after its own last
// failure), restarts of the web server or worker, and the
// writes: each carries a unique marker, and afterwards every write a client was told succeeded must
// be in the database and every write must be whole (all its rows) or absent. Never fails on timing;
// exits 1 when a write was lost or half-done, or when the app did not recover (no successful
// requests after the restart, or notification events the worker never processed).
//   npm run bench:faults -- [--duration 300] [--users 32] [--down 5] [--port 3391]
// Figures as JSON in bench-results/. Needs PostgreSQL's binaries (initdb, pg_ctl) on the machine.
import { spawn, type ChildProcess } from "node:child_process";
import { randomUUID } from "node:crypto";
import { closeSync, copyFileSync, mkdirSync, openSync, readFileSync, writeFileSync } from "node:fs";
import { loadavg } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import pg from "pg";
import { buildIfNeeded, ensureGeneratedClient } from "../lib/build";
import { assertPortFree, cleanUpOnInterrupt, findForm, HttpSession, percentiles, waitForHealth } from "./http-session";
import { createCluster, createDeployDatabase, type Cluster } from "./pg-cluster";

const { values: args } = parseArgs({
  options: {
    duration: { type: "string", default: "300" },
    users: { type: "string", default: "32" },
    down: { type: "string", default: "5" },
    port: { type: "string", default: process.env.BENCH_PORT ?? "3391" },
  },
});
const DURATION_MS = Number(args.duration) * 1000;
const USERS = Number(args.users);
const DOWN_MS = Number(args.down) * 1000;
const PORT = Number(args.port);
const BASE = `http://127.0.0.1:${PORT}`;
const RUN = randomUUID().slice(0, 8);
const TEMPLATES = ["coordinator@wijkkracht.test", "coordinator2@wijkkracht.test"];
const REQUEST_TIMEOUT_MS = 30_000;

const say = (line: string) => console.log(`[faults] ${line}`);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const load = () =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(" ");

// ───────────────────────── setup and teardown ─────────────────────────

let cluster: Cluster | undefined;
let server: ChildProcess | undefined;
let serverLog = "";

async function stopServer(): Promise<void> {
  const child = server;
  server = undefined;
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once("exit", resolve));
  child.kill("SIGTERM"); // npm start's own Ctrl-C path: the server and its worker stop cleanly
  const timer = setTimeout(() => {
    try {
      process.kill(-child.pid!, "SIGKILL"); // the whole process group, if it hangs
    } catch {
      // already gone
    }
  }, 40_000);
  await exited;
  clearTimeout(timer);
}

let cleaning: Promise<void> | undefined;
function cleanup(): Promise<void> {
  cleaning ??= (async () => {
    await stopServer().catch((e: unknown) => say(`server stoppen mislukte: ${(e as Error).message}`));
    cluster?.destroy();
  })();
  return cleaning;
}
/** Ctrl-C: the users stop, the run stops, and everything is removed. */
const interrupted = cleanUpOnInterrupt(cleanup, say);

/** `npm start` against the cluster's database, as its owner; output to a log file in the temp dir. */
async function startApp(ownerUrl: string): Promise<void> {
  serverLog = path.join(cluster!.dir, "app.log");
  const out = openSync(serverLog, "a");
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: ownerUrl,
    SEED_DEMO_DATA: "true",
    PORT: String(PORT),
    NEXTAUTH_SECRET: "faults-bench-secret-not-for-production",
    NEXTAUTH_URL: BASE,
    // The bench plays 32 users on 32 addresses (the login throttle counts per address).
    TRUSTED_PROXY_HEADER: "x-forwarded-for",
    LOG_LEVEL: "warn",
    NEXT_TELEMETRY_DISABLED: "1",
  };
  for (const name of ["MIGRATION_DATABASE_URL", "SYSTEM_DATABASE_URL", "DATABASE_POOL_SIZE", "JOBS_WORKER"]) delete env[name];
  server = spawn(process.execPath, ["--import", "tsx", "scripts/start.ts"], {
    stdio: ["ignore", out, out],
    env,
    detached: true, // its own process group: Ctrl-C reaches us, and we stop it in order
  });
  closeSync(out);
  server.once("exit", (code, signal) => {
    if (server) say(`npm start stopte onverwacht (${signal ?? code}); zie ${serverLog}`);
  });
  await waitForHealth(BASE, 300_000);
}

type RegionTarget = {
  slug: string;
  /** Initiatives whose plan takes comments. */
  commentable: string[];
  /** Those whose plan's content can still change (milestones). */
  editable: string[];
};

/** N coordinators (copies of the two demo coordinators, same password) and what they can edit. */
async function prepareUsers(ownerUrl: string): Promise<{ emails: string[]; regions: Map<string, RegionTarget> }> {
  const db = new pg.Client({ connectionString: ownerUrl.replace("wijkkracht_owner", "postgres") });
  await db.connect();
  try {
    const regions = new Map<string, RegionTarget>();
    const emails: string[] = [];
    for (const template of TEMPLATES) {
      // Comments are open in every plan but an evaluated one; milestones only while content is editable.
      const { rows } = await db.query<{ slug: string; initiative: string; editable: boolean }>(
        `SELECT r.slug, i.id AS initiative, p.status IN ('concept', 'ter_consultatie') AS editable FROM "User" u
           JOIN "Membership" m ON m."userId" = u.id JOIN "Region" r ON r.id = m."regionId"
           JOIN "Regioplan" p ON p."regionId" = r.id AND p.status <> 'geevalueerd'
           JOIN "Theme" t ON t."planId" = p.id JOIN "Initiative" i ON i."themeId" = t.id
          WHERE u.email = $1 ORDER BY i.id`,
        [template],
      );
      if (rows.length === 0) throw new Error(`${template}: geen initiatief in een lopend plan in de demodata`);
      regions.set(template, {
        slug: rows[0]!.slug,
        commentable: rows.map((r) => r.initiative),
        editable: rows.filter((r) => r.editable).map((r) => r.initiative),
      });
    }
    for (let n = 1; n <= USERS; n++) {
      const template = TEMPLATES[n % TEMPLATES.length]!;
      const email = `faults-${n}@wijkkracht.test`;
      await db.query(
        `WITH u AS (
           INSERT INTO "User" (id, email, name, "passwordHash", "updatedAt")
           SELECT gen_random_uuid(), $1, $2, "passwordHash", now() FROM "User" WHERE email = $3 RETURNING id)
         INSERT INTO "Membership" (id, "userId", role, "regionId", "organisationId", "practiceId")
         SELECT gen_random_uuid(), u.id, m.role, m."regionId", m."organisationId", m."practiceId"
           FROM u, "Membership" m JOIN "User" t ON t.id = m."userId" WHERE t.email = $3`,
        [email, `Storingstest ${n}`, template],
      );
      emails.push(email);
    }
    return { emails, regions };
  } finally {
    await db.end();
  }
}

// ───────────────────────── the load ─────────────────────────

type Kind = "http5xx" | "network" | "other";
type Sample = { at: number; ms: number; ok: boolean; kind?: Kind; user: number; op: "read" | "write" };
type WriteKind = "comment" | "milestone" | "practice";
type Write = {
  kind: WriteKind;
  marker: string;
  user: number;
  startedAt: number;
  endedAt: number;
  told: "ok" | "failed";
  detail: string;
};

const samples: Sample[] = [];
const writes: Write[] = [];
const errorExamples = new Map<string, number>();
let t0 = 0;

function classify(status: number): Kind {
  return status >= 500 ? "http5xx" : "other";
}

function record(user: number, op: Sample["op"], started: number, ok: boolean, kind?: Kind, example?: string) {
  samples.push({ at: started - t0, ms: performance.now() - started, ok, kind, user, op });
  if (!ok && example) errorExamples.set(example, (errorExamples.get(example) ?? 0) + 1);
}

/** One GET as a read; returns the page or undefined when it failed. */
async function read(session: HttpSession, user: number, url: string): Promise<string | undefined> {
  const started = performance.now();
  try {
    const { status, html } = await session.get(url, { timeoutMs: REQUEST_TIMEOUT_MS });
    const ok = status === 200;
    record(user, "read", started, ok, ok ? undefined : classify(status), `GET HTTP ${status}`);
    return ok ? html : undefined;
  } catch (error) {
    record(user, "read", started, false, "network", `GET ${(error as Error).name}: ${(error as Error).message}`);
    return undefined;
  }
}

function firstOption(form: string, select: string): string {
  const body = form.match(new RegExp(`<select[^>]*name="${select}"[^>]*>([\\s\\S]*?)</select>`))?.[1] ?? "";
  return [...body.matchAll(/<option[^>]*value="([^"]+)"/g)][0]?.[1] ?? "";
}

/** Opens the form's page (a read), submits it (the write) and records what the client was told. */
async function write(session: HttpSession, user: number, kind: WriteKind, target: RegionTarget): Promise<void> {
  const pool = kind === "milestone" ? target.editable : target.commentable;
  const initiative = pool[Math.floor(Math.random() * pool.length)]!;
  const page = kind === "practice" ? `/r/${target.slug}/praktijken/nieuw` : `/r/${target.slug}/initiatieven/${initiative}`;
  const html = await read(session, user, page);
  if (!html) return;
  const marker = `faults-${RUN}-${kind}-${user}-${randomUUID().slice(0, 8)}`;
  const spec: { form: string; fields: Record<string, string>; saved: string } = {
    comment: { form: "Reactie plaatsen", fields: { body: `Reactie ${marker}` }, saved: "Uw reactie is geplaatst." },
    milestone: {
      form: "Mijlpaal toevoegen",
      fields: { title: `Mijlpaal ${marker}`, dueDate: "2027-06-30" },
      saved: "De mijlpaal is toegevoegd.",
    },
    practice: { form: 'name="disciplineCode"', fields: { name: `Praktijk ${marker}` }, saved: "" },
  }[kind];
  const form = findForm(html, spec.form);
  if (!form) {
    record(user, "write", performance.now(), false, "other", `${kind}: formulier niet op de pagina`);
    return;
  }
  const fields: Record<string, string> =
    kind === "practice"
      ? {
          ...spec.fields,
          disciplineCode: firstOption(form.html, "disciplineCode"),
          municipalityCode: firstOption(form.html, "municipalityCode"),
        }
      : spec.fields;
  const started = performance.now();
  let told: Write["told"] = "failed";
  let detail: string;
  try {
    const response = await session.submit(page, form, fields, { timeoutMs: REQUEST_TIMEOUT_MS });
    // A saved practice redirects to its page; the other forms answer the page with their message.
    const saved =
      kind === "practice"
        ? response.status === 303 && /\/praktijken\/[0-9a-f-]{36}$/.test(response.location ?? "")
        : response.status === 200 && response.html.includes(spec.saved);
    told = saved ? "ok" : "failed";
    const alert = response.html.match(/role="(?:alert|status)"[^>]*>(?:<[^>]+>)*([^<]{3,200})/)?.[1];
    detail = saved ? "" : `HTTP ${response.status}${alert ? `: ${alert}` : ""}`;
    record(user, "write", started, saved, saved ? undefined : classify(response.status), `${kind} ${detail}`);
  } catch (error) {
    detail = `${(error as Error).name}: ${(error as Error).message}`;
    record(user, "write", started, false, "network", `${kind} ${detail}`);
  }
  writes.push({ kind, marker, user, startedAt: started - t0, endedAt: performance.now() - t0, told, detail });
}

async function userLoop(n: number, email: string, target: RegionTarget, until: number): Promise<void> {
  const session = new HttpSession(BASE, `10.77.${Math.floor(n / 250)}.${(n % 250) + 1}`);
  const error = await session.signIn(email, "demo-wachtwoord");
  if (error) throw new Error(`${email} kon niet inloggen: ${error}`);
  await sleep(Math.random() * 2000); // spread the users out
  const reads = [
    `/r/${target.slug}`,
    `/r/${target.slug}/praktijken`,
    `/r/${target.slug}/initiatieven`,
    `/r/${target.slug}/regioplan`,
    `/r/${target.slug}/regiobeeld`,
  ];
  while (performance.now() < until && !interrupted()) {
    const dice = Math.random();
    if (dice < 0.55) await read(session, n, reads[Math.floor(Math.random() * reads.length)]!);
    else if (dice < 0.8) await write(session, n, "comment", target);
    else if (dice < 0.92) await write(session, n, target.editable.length ? "milestone" : "comment", target);
    else await write(session, n, "practice", target);
    await sleep(200 + Math.random() * 600); // a user reads what came back
  }
}

// ───────────────────────── checking the database ─────────────────────────

type Found = { marker: string; count: number; whole: boolean; parts: string };

/** Every marked row of this run with whether its companions (audit, notification event) exist. */
async function findWrites(ownerUrl: string): Promise<Map<string, Found>> {
  const db = new pg.Client({ connectionString: ownerUrl });
  await db.connect();
  try {
    const like = `%faults-${RUN}-%`;
    const { rows } = await db.query<{ marker: string; audit: boolean; event: boolean | null }>(
      `SELECT substring(c.body from 'faults-[^ ]+') AS marker,
              EXISTS (SELECT 1 FROM "AuditEvent" a WHERE a.action = 'comment.create' AND a.changes -> 'commentId' ->> 'after' = c.id::text) AS audit,
              EXISTS (SELECT 1 FROM "NotificationEvent" e WHERE e.subject ->> 'commentId' = c.id::text) AS event
         FROM "Comment" c WHERE c.body LIKE $1
       UNION ALL
       SELECT substring(m.title from 'faults-[^ ]+'),
              EXISTS (SELECT 1 FROM "AuditEvent" a WHERE a.action = 'initiative.milestone.create' AND a.changes -> 'milestoneId' ->> 'after' = m.id::text),
              NULL
         FROM "Milestone" m WHERE m.title LIKE $1
       UNION ALL
       SELECT substring(p.name from 'faults-[^ ]+'),
              EXISTS (SELECT 1 FROM "AuditEvent" a WHERE a.action = 'practice.create' AND a."entityId" = p.id::text),
              NULL
         FROM "Practice" p WHERE p.name LIKE $1`,
      [like],
    );
    const found = new Map<string, Found>();
    for (const row of rows) {
      const whole = row.audit && row.event !== false;
      const parts = `audit ${row.audit ? "ja" : "NEE"}${row.event === null ? "" : `, melding ${row.event ? "ja" : "NEE"}`}`;
      const earlier = found.get(row.marker);
      found.set(row.marker, {
        marker: row.marker,
        count: (earlier?.count ?? 0) + 1,
        whole: (earlier?.whole ?? true) && whole,
        parts,
      });
    }
    return found;
  } finally {
    await db.end();
  }
}

/** Waits until the worker has turned every comment's notification event into notifications. */
async function waitForEvents(ownerUrl: string, timeoutMs: number): Promise<{ pending: number; waitedMs: number }> {
  const db = new pg.Client({ connectionString: ownerUrl });
  await db.connect();
  const started = Date.now();
  try {
    for (;;) {
      const { rows } = await db.query<{ pending: string }>(
        `SELECT count(*) AS pending FROM "NotificationEvent" WHERE "processedAt" IS NULL AND subject ->> 'commentId' IS NOT NULL`,
      );
      const pending = Number(rows[0]!.pending);
      if (pending === 0 || Date.now() - started > timeoutMs) return { pending, waitedMs: Date.now() - started };
      await sleep(2000);
    }
  } finally {
    await db.end();
  }
}

/** The app's connections per role (web server and worker together), to see the pools refill without leaking. */
async function connections(ownerUrl: string): Promise<Record<string, number>> {
  const db = new pg.Client({ connectionString: ownerUrl });
  await db.connect();
  try {
    const { rows } = await db.query<{ role: string; n: number }>(
      `SELECT usename AS role, count(*)::int AS n FROM pg_stat_activity
        WHERE datname = current_database() AND pid <> pg_backend_pid() GROUP BY usename ORDER BY usename`,
    );
    return Object.fromEntries(rows.map((r) => [r.role, r.n]));
  } finally {
    await db.end();
  }
}

// ───────────────────────── the report ─────────────────────────

function perMinute() {
  const minutes = Math.ceil(DURATION_MS / 60_000);
  return Array.from({ length: minutes }, (_, m) => {
    const inMinute = samples.filter((s) => Math.floor(s.at / 60_000) === m);
    const count = (kind: Kind) => inMinute.filter((s) => s.kind === kind).length;
    return {
      minute: m + 1,
      requests: inMinute.length,
      ok: inMinute.filter((s) => s.ok).length,
      http5xx: count("http5xx"),
      network: count("network"),
      other: count("other"),
      writesOk: inMinute.filter((s) => s.op === "write" && s.ok).length,
      p95Ms: Math.round(percentiles(inMinute.map((s) => s.ms)).p95),
    };
  });
}

/**
 * Recovery, from the stop: `recoveryMs` runs until the last failed request was answered — every read
 * and write of every user after that succeeded (null when none of either succeeded afterwards: not
 * recovered). `allUsersMs` runs until every user has had a successful read and a successful write
 * after its own last failure (this includes the users' think time and their choice of what to do).
 */
function recovery(outageStart: number, users: number) {
  const lastFailure = samples.filter((s) => !s.ok).reduce((latest, s) => Math.max(latest, s.at + s.ms), outageStart);
  const after = samples.filter((s) => s.ok && s.at > lastFailure);
  const recovered = after.some((s) => s.op === "read") && after.some((s) => s.op === "write");
  let latest = 0;
  let recoveredUsers = 0;
  for (let user = 1; user <= users; user++) {
    const mine = samples.filter((s) => s.user === user && s.at >= outageStart);
    const lastOwnFailure = Math.max(outageStart, ...mine.filter((s) => !s.ok).map((s) => s.at + s.ms));
    const good = mine.filter((s) => s.ok && s.at > lastOwnFailure);
    const firstRead = good.find((s) => s.op === "read");
    const firstWrite = good.find((s) => s.op === "write");
    if (!firstRead || !firstWrite) continue;
    recoveredUsers++;
    latest = Math.max(latest, firstRead.at + firstRead.ms, firstWrite.at + firstWrite.ms);
  }
  return {
    lastFailure,
    recoveryMs: recovered ? lastFailure - outageStart : null,
    recoveredUsers,
    allUsersMs: recoveredUsers === users ? latest - outageStart : null,
  };
}

async function main(): Promise<number> {
  await assertPortFree(BASE);
  ensureGeneratedClient();
  buildIfNeeded(say);
  cluster = await createCluster(say);
  const ownerUrl = await createDeployDatabase(cluster);
  say(`npm start op ${BASE} (DATABASE_URL = de eigenaar; de app verbindt als wijkkracht_web)…`);
  await startApp(ownerUrl);
  const { emails, regions } = await prepareUsers(ownerUrl);
  const loadBefore = load();
  say(
    `${USERS} gebruikers, ${DURATION_MS / 1000} s, PostgreSQL ${DOWN_MS / 1000} s plat vanaf ${DURATION_MS / 2000} s; belasting (uptime): ${loadBefore}`,
  );

  t0 = performance.now();
  const until = t0 + DURATION_MS;
  const loops = emails.map((email, i) => userLoop(i + 1, email, regions.get(TEMPLATES[(i + 1) % TEMPLATES.length]!)!, until));
  await sleep(DURATION_MS / 2);
  if (interrupted()) return new Promise<number>(() => undefined); // the signal handler exits
  const connectionsBefore = await connections(ownerUrl);
  const outageStart = performance.now() - t0;
  say(`PostgreSQL stoppen (pg_ctl stop -m fast) na ${(outageStart / 1000).toFixed(0)} s…`);
  await cluster.pgCtlAsync("stop", "-m", "fast");
  const stopped = performance.now() - t0;
  await sleep(DOWN_MS);
  await cluster.pgCtlAsync("start");
  const backUp = performance.now() - t0;
  say(`PostgreSQL weer op na ${((backUp - outageStart) / 1000).toFixed(1)} s`);
  const results = await Promise.allSettled(loops);
  if (interrupted()) return new Promise<number>(() => undefined);
  const failedLoops = results.filter((r) => r.status === "rejected").map((r) => String((r as PromiseRejectedResult).reason));
  const loadAfter = load();
  const connectionsAfter = await connections(ownerUrl);

  const events = await waitForEvents(ownerUrl, 150_000);
  const found = await findWrites(ownerUrl);
  const byMarker = new Map(writes.map((w) => [w.marker, w]));
  const lost = writes.filter((w) => w.told === "ok" && !found.has(w.marker));
  const half = [...found.values()].filter((f) => !f.whole);
  const duplicated = [...found.values()].filter((f) => f.count > 1);
  const unknown = [...found.keys()].filter((m) => !byMarker.has(m));
  const toldFailed = writes.filter((w) => w.told === "failed");
  const failedButWhole = toldFailed.filter((w) => found.get(w.marker)?.whole);
  const { lastFailure, recoveryMs, recoveredUsers, allUsersMs } = recovery(outageStart, USERS);
  const afterRestart = samples.filter((s) => s.at > backUp && s.ok).length;
  const log = readFileSync(serverLog, "utf8");
  const webRestarts = (log.match(/de server stopte onverwacht/g) ?? []).length;
  const workerRestarts = (log.match(/taakverwerker gestopt/g) ?? []).length;

  const minutes = perMinute();
  console.log("\nminute | requests | ok    | 5xx | network | other | writes ok | p95 ms");
  for (const m of minutes)
    console.log(
      `${String(m.minute).padStart(6)} | ${String(m.requests).padStart(8)} | ${String(m.ok).padStart(5)} | ${String(m.http5xx).padStart(3)} | ${String(m.network).padStart(7)} | ${String(m.other).padStart(5)} | ${String(m.writesOk).padStart(9)} | ${m.p95Ms}`,
    );
  const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
  console.log(`
PostgreSQL down:            stop at ${seconds(outageStart)} (took ${seconds(stopped - outageStart)}), up again at ${seconds(backUp)} (${seconds(backUp - outageStart)} after the stop)
recovery (last failure answered; every request after it succeeded): ${recoveryMs === null ? "NOT RECOVERED" : `${seconds(recoveryMs)} after the stop, ${seconds(lastFailure - backUp)} after PostgreSQL was back`}
every user read and saved again: ${allUsersMs === null ? `not all (${recoveredUsers}/${USERS} users)` : `${seconds(allUsersMs)} after the stop (includes think time)`}
process restarts:           web server ${webRestarts}, worker ${workerRestarts}
connections (per role):     before the stop ${JSON.stringify(connectionsBefore)}, at the end ${JSON.stringify(connectionsAfter)}
writes:                     ${writes.length} (${writes.length - toldFailed.length} told saved, ${toldFailed.length} told failed; of those ${failedButWhole.length} saved whole anyway, ${toldFailed.length - failedButWhole.length} absent)
lost (told saved, missing): ${lost.length}
half-done (missing audit or notification event): ${half.length}${duplicated.length ? `\nsaved twice:                ${duplicated.length}` : ""}${unknown.length ? `\nunknown markers:            ${unknown.length}` : ""}
notification events:        ${events.pending === 0 ? `all processed by the worker (waited ${seconds(events.waitedMs)} after the run)` : `${events.pending} NOT processed after ${seconds(events.waitedMs)}`}
machine load (1/5/15 min):  before ${loadBefore}, after ${loadAfter} (2 cores, shared)`);
  if (errorExamples.size) {
    console.log("errors seen:");
    for (const [example, count] of [...errorExamples].sort((a, b) => b[1] - a[1]).slice(0, 12))
      console.log(`  ${String(count).padStart(5)} × ${example.slice(0, 160)}`);
  }
  if (failedLoops.length) console.log(`users that stopped: ${failedLoops.join("; ")}`);

  const report = {
    startedAt: new Date().toISOString(),
    durationSeconds: DURATION_MS / 1000,
    users: USERS,
    downSeconds: DOWN_MS / 1000,
    load: { before: loadBefore, after: loadAfter },
    outage: { stopAtMs: Math.round(outageStart), stoppedAtMs: Math.round(stopped), upAtMs: Math.round(backUp) },
    recoveryMs: recoveryMs === null ? null : Math.round(recoveryMs),
    lastFailureAnsweredAtMs: Math.round(lastFailure),
    allUsersReadAndSavedAgainMs: allUsersMs === null ? null : Math.round(allUsersMs),
    recoveredUsers,
    processRestarts: { web: webRestarts, worker: workerRestarts },
    connections: { beforeStop: connectionsBefore, atEnd: connectionsAfter },
    perMinute: minutes,
    writes: {
      total: writes.length,
      toldSaved: writes.length - toldFailed.length,
      toldFailed: toldFailed.length,
      toldFailedButWhole: failedButWhole.length,
      lost: lost.map((w) => w.marker),
      halfDone: half.map((f) => `${f.marker}: ${f.parts}`),
      duplicated: duplicated.map((f) => f.marker),
      unknown,
    },
    // Per second around the outage: requests started, and how many of them failed.
    aroundOutage: Array.from({ length: 60 }, (_, i) => {
      const from = outageStart - 5000 + i * 1000;
      const started = samples.filter((s) => s.at >= from && s.at < from + 1000);
      return {
        second: Math.round((from - outageStart) / 1000),
        started: started.length,
        failed: started.filter((s) => !s.ok).length,
      };
    }),
    notificationEventsPending: events.pending,
    errors: Object.fromEntries(errorExamples),
  };
  mkdirSync("bench-results", { recursive: true });
  const file = path.join("bench-results", `faults-${report.startedAt.replace(/[:.]/g, "-")}.json`);
  writeFileSync(file, JSON.stringify(report, null, 2));
  copyFileSync(serverLog, file.replace(/\.json$/, ".log"));
  say(`JSON: ${file} (the app's output beside it, .log)`);

  const problems = [
    lost.length ? `${lost.length} bevestigde schrijfacties ontbreken` : "",
    half.length ? `${half.length} schrijfacties half opgeslagen` : "",
    afterRestart === 0 || recoveryMs === null ? "de app herstelde niet na de herstart" : "",
    events.pending ? `${events.pending} meldingsgebeurtenissen niet verwerkt` : "",
    failedLoops.length ? `${failedLoops.length} gebruikers konden niet beginnen` : "",
  ].filter(Boolean);
  if (problems.length) say(`MISLUKT: ${problems.join("; ")}`);
  return problems.length ? 1 : 0;
}

void main()
  .catch((error: unknown) => {
    say(`mislukt: ${(error as Error).stack ?? error}`);
    if (serverLog) say(`serverlog (laatste regels):\n${readFileSync(serverLog, "utf8").split("\n").slice(-30).join("\n")}`);
    return 1;
  })
  .then(async (code) => {
    await cleanup();
    process.exit(code);
  });
