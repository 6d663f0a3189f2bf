// `npm run bench:login-flood`: does a login flood take the app down for signed-in users? A fresh
// database with the demo data, the production server (scripts/serve.ts, behind a "proxy" that says
// who the client is, so every attempt can come from a new random address), a signed-in
// coordinator, and then for 30 s 40 parallel attackers that each send wrong passwords without
// pause, every attempt from a random address, spread over the demo accounts and unknown ones.
// Meanwhile the coordinator's dashboard is fetched once a second: its response times are the
// figure (target: under 2 s). Prints numbers, never fails on them. Needs a production build
// (`npm run build`, or any `npm start`/`npm run test:e2e` run made one).
import { spawn } from "node:child_process";
import { randomInt } from "node:crypto";
import pg from "pg";
import { createTestDatabase } from "@/lib/db/test-database";
import { buildIfNeeded, ensureGeneratedClient } from "../lib/build";
import { HttpSession, percentiles, waitForHealth } from "./http-session";
import { serveArgs } from "../lib/web-process";

const PORT = Number(process.env.BENCH_PORT ?? 3390);
const base = `http://127.0.0.1:${PORT}`;
const ATTACKERS = 40;
const DURATION_MS = Number(process.env.FLOOD_SECONDS ?? 30) * 1000;
const ACCOUNTS = [
  "coordinator@wijkkracht.test",
  "coordinator2@wijkkracht.test",
  "beheer@wijkkracht.test",
  "huisarts@wijkkracht.test",
];

const randomAddress = () => `10.${randomInt(256)}.${randomInt(256)}.${randomInt(1, 255)}`;

const stats = (values: number[]) => {
  const { n, median, p95, max } = percentiles(values);
  return `median ${median.toFixed(0)} ms, p95 ${p95.toFixed(0)} ms, max ${max.toFixed(0)} ms (n=${n})`;
};

ensureGeneratedClient();
buildIfNeeded((m) => console.log(m));
const database = await createTestDatabase({
  serverUrl: process.env.TEST_DATABASE_URL,
  name: `wijkkracht_flood_${process.pid}`,
  embeddedPort: 54980,
});
const env = {
  ...process.env,
  ...database.env,
  NODE_ENV: "production" as const,
  NEXTAUTH_SECRET: "bench-secret-not-for-production-use",
  NEXTAUTH_URL: base,
  SEED_DEMO_DATA: "true",
  TRUSTED_PROXY_HEADER: "x-forwarded-for",
  LOG_LEVEL: "error",
  NEXT_TELEMETRY_DISABLED: "1",
};
const seeded = spawn(process.execPath, ["--import", "tsx", "prisma/seed.ts"], { stdio: "inherit", env });
await new Promise((r) => seeded.once("exit", r));
const server = spawn(process.execPath, serveArgs(PORT, "127.0.0.1"), {
  stdio: ["ignore", "inherit", "inherit"],
  env,
});
try {
  await waitForHealth(base, 60_000);
  console.log(`database: ${process.env.TEST_DATABASE_URL ? "PostgreSQL (TEST_DATABASE_URL)" : "embedded PGlite"}`);
  const coordinator = new HttpSession(base, "192.0.2.1");
  const error = await coordinator.signIn("coordinator@wijkkracht.test", "demo-wachtwoord");
  if (error) throw new Error(`coördinator kon niet inloggen: ${error}`);
  const dashboard = async () => {
    const started = performance.now();
    const { status } = await coordinator.get("/r/zaanstreek-waterland");
    if (status !== 200) throw new Error(`dashboard: HTTP ${status}`);
    return performance.now() - started;
  };
  const quiet: number[] = [];
  for (let i = 0; i < 10; i++) quiet.push(await dashboard());
  console.log(`dashboard, no flood:            ${stats(quiet)}`);

  const outcomes = new Map<string, number>();
  const attemptTimes: number[] = [];
  let stop = false;
  const attacker = async (n: number) => {
    while (!stop) {
      const started = performance.now();
      const email = n % 2 === 0 ? ACCOUNTS[randomInt(ACCOUNTS.length)]! : `onbekend-${randomInt(1e9)}@example.org`;
      let code: string;
      try {
        code =
          (await new HttpSession(base, randomAddress()).signIn(email, `fout-${randomInt(1e9)}`, { retryBusy: false })) || "ok";
      } catch (e) {
        code = `fetch: ${(e as Error).message}`;
      }
      attemptTimes.push(performance.now() - started);
      const kind = code.startsWith("Throttled") ? "Throttled" : code;
      outcomes.set(kind, (outcomes.get(kind) ?? 0) + 1);
    }
  };
  const flood = Array.from({ length: ATTACKERS }, (_, n) => attacker(n));
  const during: number[] = [];
  const errors: string[] = [];
  const end = Date.now() + DURATION_MS;
  await new Promise((r) => setTimeout(r, 2000)); // let the flood build up
  while (Date.now() < end) {
    const tick = Date.now();
    try {
      during.push(await dashboard());
    } catch (e) {
      errors.push((e as Error).message);
    }
    await new Promise((r) => setTimeout(r, Math.max(0, 1000 - (Date.now() - tick))));
  }
  stop = true;
  await Promise.all(flood);
  console.log(
    `dashboard, ${ATTACKERS} parallel attackers: ${stats(during)}${errors.length ? `, errors: ${errors.join("; ")}` : ""}`,
  );
  console.log(`dashboard answers over 2 s: ${during.filter((t) => t > 2000).length} of ${during.length}`);
  console.log(`login attempts: ${attemptTimes.length} in ${(DURATION_MS / 1000 + 2).toFixed(0)} s; each ${stats(attemptTimes)}`);
  console.log(`login outcomes: ${[...outcomes].map(([k, v]) => `${k} ${v}`).join(", ")}`);
  const db = new pg.Client({ connectionString: database.url });
  await db.connect();
  const { rows } = await db.query<{ buckets: string }>(`SELECT count(*) AS buckets FROM "LoginThrottle"`);
  await db.end();
  console.log(
    `throttle rows afterwards: ${rows[0]!.buckets} (three buckets per new address/account pair, removed after the window)`,
  );
} finally {
  server.kill("SIGTERM");
  await new Promise((r) => server.once("exit", r));
  await database.drop();
}
