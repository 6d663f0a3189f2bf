// A job definition: the queue's name, its handler and its retry policy. Definitions are plain
// values; lib/jobs/registry.ts lists every one the worker runs.
//
// Rules for handlers (docs/architecture.md, "Background jobs"):
// - `data` is JSON: ids, never objects. It is stored in PostgreSQL and may be run again.
// - Never trust `data` for authorization: re-derive the actor from the database (the user who
//   started the work, e.g. `ImportJob.createdById`) or use the system client for cross-tenant work.
// - Idempotent: a job may run again after a crash or a retry and must then end in the same state.

export type JobContext = {
  /** The queue's job id (a UUID). */
  id: string;
  /** 1 for the first run, 2 for the first retry, … */
  attempt: number;
  /** No retry follows when this attempt fails (attempt = retryLimit + 1): the job then fails for good. */
  lastAttempt: boolean;
};

export interface JobDefinition<T> {
  name: string;
  handler: (data: T, job: JobContext) => Promise<void>;
  /** Retries after the first attempt (so retryLimit + 1 attempts in all). */
  retryLimit: number;
  /** Delay before the first retry. */
  retryDelaySeconds: number;
  /** Double the delay after every failed attempt (pg-boss' exponential backoff, with jitter). */
  retryBackoff: boolean;
  /**
   * Hard limit for one attempt in the worker. A worker that dies loses its lease after
   * LEASE_SECONDS (lib/jobs/worker.ts), whatever this says.
   */
  expireInSeconds: number;
}

/** Queue names: lower case, digits, dots and dashes (they become pg-boss queue names). */
const NAME = /^[a-z][a-z0-9.-]{1,60}$/;

export function defineJob<T>(
  name: string,
  options: {
    handler: JobDefinition<T>["handler"];
    retryLimit?: number;
    retryDelaySeconds?: number;
    retryBackoff?: boolean;
    expireInSeconds?: number;
  },
): JobDefinition<T> {
  if (!NAME.test(name)) throw new Error(`Ongeldige taaknaam: ${name}`);
  return {
    name,
    handler: options.handler,
    retryLimit: options.retryLimit ?? 3,
    retryDelaySeconds: options.retryDelaySeconds ?? 10,
    retryBackoff: options.retryBackoff ?? true,
    expireInSeconds: options.expireInSeconds ?? 60 * 60,
  };
}
