// Experiment behind the transaction rule (docs/transactions.md): may the queries inside one
// interactive transaction (withActor) run concurrently with Promise.all?
//
//   npx tsx scripts/experiments/transaction-concurrency.ts            # embedded PGlite (pglite-socket)
//   TEST_DATABASE_URL=postgresql://postgres@127.0.0.1:5432/postgres npx tsx scripts/experiments/transaction-concurrency.ts
//
// It builds its own Prisma clients (same adapter as lib/db/client.ts) with several pool sizes and
// runs each scenario against a fresh migrated database. Every transaction does what withActor does
// (SET LOCAL ROLE + set_config) and then checks inside each query that it still sees its own
// settings, so cross-talk between connections would show up as a wrong answer, not only as an error.
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { createTestDatabase } from "@/lib/db/test-database";
import { PrismaClient } from "@/lib/generated/prisma/client";

type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];

const warnings: string[] = [];
process.on("warning", (w) => warnings.push(`${w.name}: ${w.message}`));

// How many queries wait in a pg Client's own queue when the next one arrives (0 = never concurrent
// on one connection). Read from pg's internal queue; instrumentation only.
let deepestQueue = 0;
const originalQuery = pg.Client.prototype.query;
pg.Client.prototype.query = function (this: pg.Client & { _queryQueue?: unknown[] }, ...args: unknown[]) {
  deepestQueue = Math.max(deepestQueue, this._queryQueue?.length ?? 0);
  return (originalQuery as (...a: unknown[]) => unknown).apply(this, args);
} as typeof originalQuery;

// A fresh database per scenario: a scenario that hangs the embedded server must not spoil the next.
let databases = 0;
async function freshDatabase() {
  databases++;
  return createTestDatabase({
    serverUrl: process.env.TEST_DATABASE_URL,
    name: `wijkkracht_txexp_${process.pid}_${databases}`,
    embeddedPort: 54960 + databases,
  });
}
const where = process.env.TEST_DATABASE_URL ? "PostgreSQL" : "embedded PGlite";
console.log(`database: ${where}\n`);

const QUERIES = 8;

/** Eight queries of one transaction; each returns the tenant setting it saw (the caller checks it). */
function queries(tx: Tx): (() => Promise<string>)[] {
  return Array.from({ length: QUERIES }, (_, i) => async () => {
    // A parameterised query (extended protocol, unnamed prepared statement) like every Prisma query.
    const rows = await tx.$queryRaw<{ seen: string; n: number }[]>`
      SELECT current_setting('app.region_ids', true) AS seen, ${i}::int AS n FROM generate_series(1, 50) LIMIT 1`;
    await tx.discipline.count({ where: { code: `x-${i}` } });
    return rows[0]!.seen;
  });
}

async function transaction(db: PrismaClient, marker: string, concurrent: boolean): Promise<string[]> {
  return db.$transaction(
    async (tx) => {
      await tx.$executeRawUnsafe("SET LOCAL ROLE wijkkracht_app");
      await tx.$queryRaw`SELECT set_config('app.region_ids', ${marker}, true)`;
      const tasks = queries(tx);
      if (concurrent) return Promise.all(tasks.map((t) => t()));
      const seen: string[] = [];
      for (const task of tasks) seen.push(await task());
      return seen;
    },
    { timeout: 60_000, maxWait: 60_000 },
  );
}

type Outcome = { ok: number; failed: number; wrong: number; errors: Map<string, number>; ms: number; hung: boolean };
const HANG_MS = 90_000;

async function scenario(
  label: string,
  options: {
    pool: number;
    parallelTransactions: number;
    rounds: number;
    concurrent: boolean;
    pipeline?: boolean;
    outside?: boolean;
  },
): Promise<Outcome> {
  const database = await freshDatabase();
  const adapter = new PrismaPg({
    connectionString: database.url,
    max: options.pool,
    ...(options.pipeline ? { pipeline: true } : {}),
  });
  const db = new PrismaClient({ adapter });
  const outcome: Outcome = { ok: 0, failed: 0, wrong: 0, errors: new Map(), ms: 0, hung: false };
  deepestQueue = 0;
  const note = (error: unknown) => {
    outcome.failed++;
    const message = ((error as Error).message ?? String(error)).split("\n").filter(Boolean).at(-1)!.slice(0, 110);
    outcome.errors.set(message, (outcome.errors.get(message) ?? 0) + 1);
  };
  const start = performance.now();
  // A stuck server leaves nothing for Node to wait on, so the process would just exit: keep a timer.
  let watchdog: NodeJS.Timeout | undefined;
  const hang = new Promise<void>((resolve) => {
    watchdog = setTimeout(() => {
      outcome.hung = true;
      resolve();
    }, HANG_MS);
  });
  const run = async () => {
    for (let round = 0; round < options.rounds; round++) {
      const work: Promise<unknown>[] = [];
      for (let t = 0; t < options.parallelTransactions; t++) {
        const marker = `r${round}-t${t}`;
        work.push(
          transaction(db, marker, options.concurrent).then(
            (seen) => (seen.every((s) => s === marker) ? outcome.ok++ : outcome.wrong++),
            note,
          ),
        );
        // Plain queries outside any transaction at the same time (other requests on the pool).
        if (options.outside) work.push(db.discipline.count({ where: { code: marker } }).then(() => undefined, note));
      }
      await Promise.all(work);
    }
  };
  try {
    await Promise.race([run(), hang]);
  } finally {
    clearTimeout(watchdog);
    outcome.ms = performance.now() - start;
    if (!outcome.hung) {
      await db.$disconnect();
      await database.drop();
    } // a hung embedded server is abandoned (the process exits at the end)
  }
  const errors = [...outcome.errors].map(([m, n]) => `\n      ${n}× ${m}`).join("");
  console.log(
    `${label.padEnd(74)} ok ${String(outcome.ok).padStart(4)}  wrong ${outcome.wrong}  failed ${String(outcome.failed).padStart(3)}${outcome.hung ? `  HUNG after ${HANG_MS / 1000} s` : ""}  queued ${deepestQueue}  ${outcome.ms.toFixed(0).padStart(6)} ms${errors}`,
  );
  return outcome;
}

/** What happens when one query of a Promise.all fails inside the transaction. */
async function failureInTheMiddle(): Promise<void> {
  const database = await freshDatabase();
  const db = new PrismaClient({ adapter: new PrismaPg({ connectionString: database.url, max: 2 }) });
  const unhandled: unknown[] = [];
  const onUnhandled = (reason: unknown) => unhandled.push(reason);
  process.on("unhandledRejection", onUnhandled);
  const marker = `fail-${Date.now()}`;
  let lateErrors = 0;
  try {
    await db.$transaction(async (tx) => {
      await Promise.all([
        tx.discipline.create({ data: { code: marker, name: marker, nameEn: marker, category: "medical" } }),
        tx.$queryRaw`SELECT 1/0`,
        (async () => {
          // A branch that still has work to do after its sibling failed.
          await tx.discipline.count();
          try {
            await tx.discipline.count();
          } catch {
            lateErrors++;
          }
        })(),
      ]);
    });
  } catch (error) {
    const first = ((error as Error).message ?? "").split("\n").filter(Boolean).at(-1);
    console.log(`failure inside Promise.all: the caller sees "${first}"`);
  }
  await new Promise((r) => setTimeout(r, 200));
  process.off("unhandledRejection", onUnhandled);
  const kept = await db.discipline.count({ where: { code: marker } });
  console.log(
    `  rolled back: ${kept === 0}; unhandled rejections: ${unhandled.length}; sibling queries that failed late: ${lateErrors}`,
  );
  await db.$disconnect();
  await database.drop();
}

{
  const rounds = 15;
  const seq = await scenario("1 transaction at a time, pool 10, queries one after the other", {
    pool: 10,
    parallelTransactions: 1,
    rounds: 50,
    concurrent: false,
  });
  const par = await scenario("1 transaction at a time, pool 10, queries with Promise.all", {
    pool: 10,
    parallelTransactions: 1,
    rounds: 50,
    concurrent: true,
  });
  console.log(
    `  → Promise.all saves ${(((seq.ms - par.ms) / seq.ms) * 100).toFixed(0)} % of the time (one connection answers one query at a time)\n`,
  );
  await scenario("8 transactions at once, pool 10, sequential queries", {
    pool: 10,
    parallelTransactions: 8,
    rounds,
    concurrent: false,
  });
  await scenario("8 transactions at once, pool 10, Promise.all", { pool: 10, parallelTransactions: 8, rounds, concurrent: true });
  await scenario("8 transactions at once + 8 plain queries, pool 10, sequential", {
    pool: 10,
    parallelTransactions: 8,
    rounds,
    concurrent: false,
    outside: true,
  });
  await scenario("8 transactions at once + 8 plain queries, pool 10, Promise.all", {
    pool: 10,
    parallelTransactions: 8,
    rounds,
    concurrent: true,
    outside: true,
  });
  await scenario("8 transactions at once + 8 plain queries, pool 1, sequential", {
    pool: 1,
    parallelTransactions: 8,
    rounds,
    concurrent: false,
    outside: true,
  });
  await scenario("8 transactions at once + 8 plain queries, pool 1, Promise.all", {
    pool: 1,
    parallelTransactions: 8,
    rounds,
    concurrent: true,
    outside: true,
  });
  await scenario("1 transaction at a time, pool 1, Promise.all, pg pipeline mode", {
    pool: 1,
    parallelTransactions: 1,
    rounds: 50,
    concurrent: true,
    pipeline: true,
  });
  console.log("");
  await failureInTheMiddle();
  console.log(`\nprocess warnings: ${warnings.length ? [...new Set(warnings)].join(" | ") : "none"}`);
  process.exit(0);
}
