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

type Jar = Map<string, string>;
const cookieHeader = (jar: Jar) => [...jar].map(([k, v]) => `${k}=${v}`).join("; ");
function keep(jar: Jar, response: Response) {
  for (const c of response.headers.getSetCookie()) {
    const [pair] = c.split(";");
    const at = pair!.indexOf("=");
    jar.set(pair!.slice(0, at), pair!.slice(at + 1));
  }
}

/** One credentials sign-in through next-auth's HTTP API; returns the error code ("" on success). */
async function signIn(jar: Jar, email: string, password: string, address: string): Promise<string> {
  const csrf = await fetch(`${base}/api/auth/csrf`, { headers: { cookie: cookieHeader(jar), "x-forwarded-for": address } });
  keep(jar, csrf);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const response = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: cookieHeader(jar), "x-forwarded-for": address },
    body: new URLSearchParams({ csrfToken, email, password, json: "true" }),
  });
  keep(jar, response);
  // With json=true next-auth answers { url }; a failure carries ?error=<code> in it.
  const location = response.headers.get("location") ?? ((await response.json()) as { url?: string }).url ?? "";
  return new URL(location, base).searchParams.get("error") ?? "";
}

async function waitForHealth() {
  for (let i = 0; i < 240; i++) {
    try {
      if ((await fetch(`${base}/api/health`)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error("server niet bereikbaar");
}

const stats = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const pick = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
  return `median ${pick(0.5).toFixed(0)} ms, p95 ${pick(0.95).toFixed(0)} ms, max ${(sorted.at(-1) ?? NaN).toFixed(0)} ms (n=${sorted.length})`;
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
const server = spawn(process.execPath, ["--import", "tsx", "scripts/serve.ts", "-p", String(PORT), "-H", "127.0.0.1"], {
  stdio: ["ignore", "inherit", "inherit"],
  env,
});
try {
  await waitForHealth();
  console.log(`database: ${process.env.TEST_DATABASE_URL ? "PostgreSQL (TEST_DATABASE_URL)" : "embedded PGlite"}`);
  const coordinator: Jar = new Map();
  const error = await signIn(coordinator, "coordinator@wijkkracht.test", "demo-wachtwoord", "192.0.2.1");
  if (error) throw new Error(`coördinator kon niet inloggen: ${error}`);
  const dashboard = async () => {
    const started = performance.now();
    const response = await fetch(`${base}/r/zaanstreek-waterland`, { headers: { cookie: cookieHeader(coordinator) } });
    await response.text();
    if (response.status !== 200) throw new Error(`dashboard: HTTP ${response.status}`);
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
        code = (await signIn(new Map(), email, `fout-${randomInt(1e9)}`, randomAddress())) || "ok";
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
