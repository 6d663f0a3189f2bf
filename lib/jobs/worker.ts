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

  /** A fetched batch: leased at once (one statement), renewed while any of it runs. */
  const runBatch = async (definition: JobDefinition<unknown>, jobs: PgBoss.JobWithMetadata<unknown>[]) => {
    if (jobs.length === 0) return;
    const name = jobs[0]!.name;
    const ids = jobs.map((j) => j.id);
    await renewLease(boss, name, ids, lease);
    const timer = setInterval(
      () => void renewLease(boss, name, ids, lease).catch((err: unknown) => log().warn({ err }, "lease renewal failed")),
      (lease * 1000) / 3,
    );
    try {
      await Promise.all(jobs.map((raw) => attempt(definition, raw)));
    } finally {
      clearInterval(timer);
    }
  };

  for (const job of options.jobs) {
    const definition = job as unknown as JobDefinition<unknown>;
    await ensureQueue(boss, job);
    for (let i = 0; i < (options.concurrency ?? 2); i++) {
      let workerId = "";
      workerId = await boss.work(
        job.name,
        {
          batchSize: options.batchSize ?? 5,
          includeMetadata: true,
          pollingIntervalSeconds: options.pollingIntervalSeconds ?? 1,
        },
        async (jobs: PgBoss.JobWithMetadata<unknown>[]) => {
          // Each job settles on its own (a failing job does not fail its batch); pg-boss' own
          // completion of the batch afterwards touches only jobs still active, i.e. none.
          await runBatch(definition, jobs);
          // Work was there: fetch again at once instead of waiting for the polling interval.
          if (jobs.length > 0) boss.notifyWorker(workerId);
        },
      );
    }
  }
  for (const s of options.schedules ?? []) {
    await ensureQueue(boss, s.job);
    await boss.schedule(s.job.name, s.cron, s.data as object, { tz: "Europe/Amsterdam" });
  }
  return {
    boss,
    stop: async () => {
      // Running jobs finish (up to 30 s); after that they are left to expire and be retried.
      await boss.stop({ graceful: true, wait: true, timeout: 30_000 });
    },
  };
}
