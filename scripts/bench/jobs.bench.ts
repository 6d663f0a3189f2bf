// The job queue: how many jobs per second are enqueued, and run end to end (enqueued → fetched →
// handler → completed) by one and by two workers. The handler does nothing, so this is the queue's
// own cost. Also, on whatever database the bench runs on, many parallel small queries over one
// connection versus ten: on the embedded PGlite the ten go through the session gate (lib/db/embedded.ts).
import pg from "pg";
import { systemDb } from "@/lib/db/client";
import { env } from "@/lib/env";
import { stopQueueBoss } from "@/lib/jobs/boss";
import { defineJob } from "@/lib/jobs/define";
import { enqueue } from "@/lib/jobs/queue";
import { startWorker } from "@/lib/jobs/worker";

const JOBS = 2000;

const noop = defineJob<{ n: number }>("bench.noop", { retryLimit: 0, handler: async () => undefined });

async function pending(): Promise<number> {
  const [row] = await systemDb.$queryRawUnsafe<{ n: number }[]>(
    `SELECT count(*)::int AS n FROM pgboss.job WHERE name = 'bench.noop' AND state < 'completed'`,
  );
  return row!.n;
}

async function fill(count: number): Promise<number> {
  const start = performance.now();
  for (let i = 0; i < count; i++) await enqueue(noop, { n: i });
  return performance.now() - start;
}

async function drain(workers: number): Promise<number> {
  const start = performance.now();
  const running = await Promise.all(
    Array.from({ length: workers }, () =>
      startWorker({ jobs: [noop], concurrency: 2, batchSize: 10, pollingIntervalSeconds: 0.5, maintenanceIntervalSeconds: 60 }),
    ),
  );
  while ((await pending()) > 0) await new Promise((resolve) => setTimeout(resolve, 20));
  const ms = performance.now() - start;
  await Promise.all(running.map((w) => w.stop()));
  return ms;
}

const perSecond = (count: number, ms: number) => `${((count * 1000) / ms).toFixed(0)} jobs/s`;

async function parallelQueries(connections: number, queries: number): Promise<number> {
  const pool = new pg.Pool({ connectionString: env().SYSTEM_DATABASE_URL, max: connections });
  await Promise.all(Array.from({ length: connections }, () => pool.query("SELECT 1")));
  const start = performance.now();
  await Promise.all(Array.from({ length: queries }, (_, i) => pool.query("SELECT $1::int AS n", [i])));
  const ms = performance.now() - start;
  await pool.end();
  return ms;
}

export default async function jobsBench() {
  const enqueueMs = await fill(JOBS);
  console.log(`enqueue ${JOBS} jobs one after the other`.padEnd(58), perSecond(JOBS, enqueueMs));
  console.log(`run ${JOBS} jobs, 1 worker (2 loops × 10 per batch)`.padEnd(58), perSecond(JOBS, await drain(1)));
  await fill(JOBS);
  console.log(`run ${JOBS} jobs, 2 workers`.padEnd(58), perSecond(JOBS, await drain(2)));
  await stopQueueBoss();
  for (const connections of [1, 10]) {
    const ms = await parallelQueries(connections, 2000);
    console.log(`2000 parallel SELECTs over ${connections} connection(s)`.padEnd(58), `${(2000000 / ms).toFixed(0)} queries/s`);
  }
}
