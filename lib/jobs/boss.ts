// The process's pg-boss instance. The web server uses it to enqueue (no polling, no maintenance);
// the worker process (scripts/worker.ts → lib/jobs/worker.ts) starts its own with maintenance and
// cron. pg-boss connects with SYSTEM_DATABASE_URL (wijkkracht_system): its tables live in the schema
// `pgboss`, created by a migration (the role has no DDL; queues are created through the
// SECURITY DEFINER function pgboss.create_queue).
import PgBoss from "pg-boss";
import { env } from "@/lib/env";
import { log } from "@/lib/log";
import type { JobDefinition } from "@/lib/jobs/define";

export const JOB_SCHEMA = "pgboss";
/** The time zone of cron schedules. */
export const SCHEDULE_TIME_ZONE = "Europe/Amsterdam";
/** Completed jobs stay in the job table this long (the admin page shows them), then go to the archive. */
const ARCHIVE_COMPLETED_SECONDS = 24 * 60 * 60;
/** Failed jobs stay visible (and retryable) for two weeks. */
const ARCHIVE_FAILED_SECONDS = 14 * 24 * 60 * 60;

export type BossOptions = {
  /** Run maintenance (expire, archive, drop) and cron scheduling: only the worker does. */
  supervise: boolean;
  maintenanceIntervalSeconds?: number;
  /** Connections of this instance's own pool. */
  max?: number;
};

export function createBoss(options: BossOptions): PgBoss {
  const boss = new PgBoss({
    connectionString: env().SYSTEM_DATABASE_URL,
    schema: JOB_SCHEMA,
    application_name: options.supervise ? "wijkkracht-worker" : "wijkkracht-web",
    max: options.max ?? 2,
    migrate: false,
    supervise: options.supervise,
    schedule: options.supervise,
    maintenanceIntervalSeconds: options.maintenanceIntervalSeconds ?? 10,
    monitorStateIntervalSeconds: 60,
    archiveCompletedAfterSeconds: ARCHIVE_COMPLETED_SECONDS,
    archiveFailedAfterSeconds: ARCHIVE_FAILED_SECONDS,
    deleteAfterDays: 30,
  });
  boss.on("error", (err: unknown) => log().error({ err }, "job queue error"));
  return boss;
}

const globalForBoss = globalThis as unknown as { wijkkrachtBoss?: Promise<PgBoss>; wijkkrachtQueues?: Set<string> };

/** The enqueue-only instance of this process (started once, lazily). */
export function queueBoss(): Promise<PgBoss> {
  globalForBoss.wijkkrachtBoss ??= (async () => {
    const boss = createBoss({ supervise: false });
    await boss.start();
    return boss;
  })().catch((error: unknown) => {
    globalForBoss.wijkkrachtBoss = undefined;
    throw error;
  });
  return globalForBoss.wijkkrachtBoss;
}

/** Stops this process's enqueue instance (tests, tools). */
export async function stopQueueBoss(): Promise<void> {
  const boss = globalForBoss.wijkkrachtBoss;
  globalForBoss.wijkkrachtBoss = undefined;
  globalForBoss.wijkkrachtQueues = undefined;
  if (boss) await (await boss).stop({ graceful: false, wait: true });
}

/** The queue options of a definition (also sent with every job, so the definition always wins). */
export function queueOptions(job: JobDefinition<unknown>) {
  return {
    retryLimit: job.retryLimit,
    retryDelay: job.retryDelaySeconds,
    retryBackoff: job.retryBackoff,
    expireInSeconds: job.expireInSeconds,
  };
}

/** Creates the job's queue once per process (pg-boss needs it before send, work and schedule). */
export async function ensureQueue(boss: PgBoss, job: JobDefinition<never>): Promise<void> {
  const known = (globalForBoss.wijkkrachtQueues ??= new Set());
  if (known.has(job.name)) return;
  const options = queueOptions(job as JobDefinition<unknown>);
  // Two processes creating the same new queue at once (two workers starting on a fresh database)
  // can deadlock inside pgboss.create_queue(); the loser tries again and finds the queue there.
  for (let attempt = 1; ; attempt++) {
    try {
      if (!(await boss.getQueue(job.name))) await boss.createQueue(job.name, { name: job.name, policy: "standard", ...options });
      break;
    } catch (error) {
      if ((error as { code?: string }).code !== "40P01" || attempt >= 5) throw error;
      await new Promise((resolve) => setTimeout(resolve, 50 * attempt + Math.random() * 100));
    }
  }
  await boss.updateQueue(job.name, { name: job.name, policy: "standard", ...options });
  known.add(job.name);
}
