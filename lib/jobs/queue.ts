// Enqueue and schedule jobs. Jobs live in PostgreSQL (pg-boss, schema `pgboss`) and are run by the
// worker process; nothing runs in the web process.
import { createHash } from "node:crypto";
import { ensureQueue, queueBoss, queueOptions, SCHEDULE_TIME_ZONE } from "@/lib/jobs/boss";
import type { JobDefinition } from "@/lib/jobs/define";

/**
 * A stable job id for a singleton key: the same key on the same queue gives the same id, and
 * pg-boss inserts a job with an id that exists already as nothing (ON CONFLICT DO NOTHING). So a
 * key is enqueued at most once while its job exists (queued, running, failed, or completed until it
 * is archived a day later).
 */
export function singletonJobId(queue: string, key: string): string {
  const hex = createHash("sha256").update(`${queue}\u0000${key}`).digest("hex");
  // A version-4-shaped UUID (PostgreSQL accepts any 128-bit value).
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/**
 * Puts a job in the queue. `data` must be JSON (ids, not objects). Returns the job id, or null
 * when a job with the same `singletonKey` exists already on this queue.
 */
export async function enqueue<T>(
  job: JobDefinition<T>,
  data: T,
  options: { singletonKey?: string; startAfter?: Date } = {},
): Promise<string | null> {
  const boss = await queueBoss();
  await ensureQueue(boss, job as JobDefinition<never>);
  return boss.send(job.name, data as object, {
    ...queueOptions(job as JobDefinition<unknown>),
    ...(options.singletonKey ? { id: singletonJobId(job.name, options.singletonKey), singletonKey: options.singletonKey } : {}),
    ...(options.startAfter ? { startAfter: options.startAfter } : {}),
  });
}

/**
 * Runs the job on a cron schedule (five fields, Europe/Amsterdam), kept in the queue: the worker
 * that holds the clock enqueues it, so two workers never both run a tick. One schedule per job;
 * calling again replaces it.
 */
export async function schedule<T>(job: JobDefinition<T>, cron: string, data: T): Promise<void> {
  const boss = await queueBoss();
  await ensureQueue(boss, job as JobDefinition<never>);
  await boss.schedule(job.name, cron, data as object, { ...queueOptions(job as JobDefinition<unknown>), tz: SCHEDULE_TIME_ZONE });
}
