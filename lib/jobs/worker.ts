// The worker: polls every registered queue, runs handlers, keeps a lease on running jobs, and (with
// pg-boss' supervision) expires jobs whose worker died, archives old ones and enqueues cron ticks.
// Runs in its own process (scripts/worker.ts, started by `npm start` beside the web server), so a
// crash or kill -9 of either leaves the other running; any number of workers may share a database:
// pg-boss fetches with FOR UPDATE SKIP LOCKED, so each job is taken by one worker.
import type PgBoss from "pg-boss";
import { createBoss, ensureQueue, JOB_SCHEMA } from "@/lib/jobs/boss";
import type { JobDefinition } from "@/lib/jobs/define";
import { log } from "@/lib/log";

/**
 * A running attempt renews its lease every LEASE_SECONDS / 3. A worker that dies stops renewing;
 * pg-boss' expiry (started_on + expire_in < now()) then hands the job to a retry after at most
 * LEASE_SECONDS plus one maintenance interval.
 */
export const LEASE_SECONDS = 30;

export type WorkerOptions = {
  /** The definitions to run (default: the registry). */
  jobs: readonly JobDefinition<never>[];
  /** Schedules to install in the queue at start. */
  schedules?: readonly { job: JobDefinition<never>; cron: string; data: unknown }[];
  /** Polling loops per queue in this process. */
  concurrency?: number;
  /** Jobs one loop fetches at a time and runs side by side (so up to concurrency × batchSize per queue). */
  batchSize?: number;
  pollingIntervalSeconds?: number;
  maintenanceIntervalSeconds?: number;
  leaseSeconds?: number;
};

export type Worker = { boss: PgBoss; stop: () => Promise<void> };

/** Moves the jobs' expiry to `leaseSeconds` from now, for those still active. */
async function renewLease(boss: PgBoss, name: string, ids: string[], leaseSeconds: number): Promise<void> {
  await boss.getDb().executeSql(
    `UPDATE ${JOB_SCHEMA}.job SET started_on = now() - expire_in + make_interval(secs => $3)
        WHERE name = $1 AND id = ANY($2::uuid[]) AND state = 'active'`,
    [name, ids, leaseSeconds],
  );
}

export async function startWorker(options: WorkerOptions): Promise<Worker> {
  const boss = createBoss({ supervise: true, maintenanceIntervalSeconds: options.maintenanceIntervalSeconds, max: 8 });
  await boss.start();
  const lease = options.leaseSeconds ?? LEASE_SECONDS;

  /** One attempt of one job: its own outcome (complete, or fail → retry with backoff or failed for good). */
  const attempt = async (definition: JobDefinition<unknown>, raw: PgBoss.JobWithMetadata<unknown>) => {
    const number = raw.retryCount + 1;
    const started = Date.now();
    try {
      await definition.handler(raw.data, { id: raw.id, attempt: number, lastAttempt: number > raw.retryLimit });
    } catch (err) {
      log().warn({ err, job: raw.name, id: raw.id, attempt: number }, "job failed");
      const error = err instanceof Error ? { name: err.name, message: err.message } : { message: String(err) };
      await settle(() => boss.fail(raw.name, raw.id, error), raw);
      return;
    }
    // The work is done: only recording that may fail now (a busy pool, a blip), and a failure here
    // must not turn into a retry that runs the handler again.
    await settle(() => boss.complete(raw.name, raw.id), raw);
    log().debug({ job: raw.name, id: raw.id, attempt: number, ms: Date.now() - started }, "job completed");
  };

  /** Records a job's outcome, trying a few times; the lease covers the job meanwhile. */
  const settle = async (record: () => Promise<unknown>, raw: PgBoss.JobWithMetadata<unknown>) => {
    for (let tries = 1; ; tries++) {
      try {
        await record();
        return;
      } catch (err) {
        if (tries >= 5) return log().error({ err, job: raw.name, id: raw.id }, "recording a job's outcome failed");
        await new Promise((resolve) => setTimeout(resolve, 200 * 2 ** tries));
      }
    }
  };

  /** A fetched batch: leased at once (one statement), renewed while any of it runs. Never throws. */
  const runBatch = async (definition: JobDefinition<unknown>, jobs: PgBoss.JobWithMetadata<unknown>[]) => {
    const name = jobs[0]!.name;
    const ids = jobs.map((j) => j.id);
    const renew = () => renewLease(boss, name, ids, lease).catch((err: unknown) => log().warn({ err }, "lease renewal failed"));
    // If the first renewal fails (the database just went away), the jobs keep their own expiry
    // until one of the later renewals gets through.
    await renew();
    const timer = setInterval(() => void renew(), (lease * 1000) / 3);
    try {
      await Promise.all(jobs.map((raw) => attempt(definition, raw)));
    } finally {
      clearInterval(timer);
    }
  };

  // Our own polling loops instead of pg-boss' work(): after each batch, work() records the outcome
  // itself without awaiting it, so a batch that ends while the database is away (a restart) rejects
  // unhandled and kills the process. Here every query is awaited and every outcome recorded by
  // attempt(); fetch() itself returns no jobs while the database is unreachable.
  let stopping = false;
  const sleepers = new Set<() => void>();
  const pause = (ms: number) =>
    new Promise<void>((resolve) => {
      const wake = () => {
        clearTimeout(timer);
        sleepers.delete(wake);
        resolve();
      };
      const timer = setTimeout(wake, ms);
      sleepers.add(wake);
    });
  const pollingMs = (options.pollingIntervalSeconds ?? 1) * 1000;
  const poll = async (definition: JobDefinition<unknown>) => {
    while (!stopping) {
      try {
        const jobs = await boss.fetch<unknown>(definition.name, { batchSize: options.batchSize ?? 5, includeMetadata: true });
        // Work was there: fetch again at once instead of waiting for the polling interval.
        if (jobs.length > 0) await runBatch(definition, jobs);
        else await pause(pollingMs);
      } catch (err) {
        log().error({ err, job: definition.name }, "job polling failed");
        await pause(pollingMs);
      }
    }
  };

  const loops: Promise<void>[] = [];
  for (const job of options.jobs) {
    await ensureQueue(boss, job);
    for (let i = 0; i < (options.concurrency ?? 2); i++) loops.push(poll(job as unknown as JobDefinition<unknown>));
  }
  for (const s of options.schedules ?? []) {
    await ensureQueue(boss, s.job);
    await boss.schedule(s.job.name, s.cron, s.data as object, { tz: "Europe/Amsterdam" });
  }
  return {
    boss,
    stop: async () => {
      // Running jobs finish (up to 30 s); after that they are left to expire and be retried.
      stopping = true;
      for (const wake of [...sleepers]) wake();
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([Promise.all(loops), new Promise((resolve) => (timer = setTimeout(resolve, 30_000)))]);
      clearTimeout(timer);
      await boss.stop({ graceful: false, wait: true });
    },
  };
}
