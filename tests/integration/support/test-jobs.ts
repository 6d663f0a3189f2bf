// Job definitions for the queue's integration tests. Each run is recorded in "job_test_run" (a
// table the test creates), with the worker's pid, so tests can count who ran what and when.
import { systemDb } from "@/lib/db/client";
import { defineJob, type JobDefinition } from "@/lib/jobs/define";

async function record(queue: string, key: string, attempt: number): Promise<void> {
  await systemDb.$executeRawUnsafe(
    `INSERT INTO job_test_run (queue, key, attempt, pid) VALUES ($1, $2, $3, $4)`,
    queue,
    key,
    attempt,
    process.pid,
  );
}

/** Records one run; a little work so that two workers really overlap. */
export const recordJob = defineJob<{ key: string }>("test.record", {
  retryLimit: 2,
  retryDelaySeconds: 1,
  handler: async ({ key }, job) => {
    await new Promise((resolve) => setTimeout(resolve, 5));
    await record("test.record", key, job.attempt);
  },
});

/** Fails on its first two attempts, succeeds on the third. */
export const flakyJob = defineJob<{ key: string }>("test.flaky", {
  retryLimit: 3,
  retryDelaySeconds: 1,
  retryBackoff: true,
  handler: async ({ key }, job) => {
    await record("test.flaky", key, job.attempt);
    if (job.attempt < 3) throw new Error(`Poging ${job.attempt} mislukt (test)`);
  },
});

/** Always fails: after one retry it has failed for good. */
export const brokenJob = defineJob<{ key: string }>("test.broken", {
  retryLimit: 1,
  retryDelaySeconds: 1,
  retryBackoff: false,
  handler: async ({ key }, job) => {
    await record("test.broken", key, job.attempt);
    throw new Error("De testtaak is kapot.");
  },
});

/** Records its start, then works for `ms`: long enough for a test to take the database away meanwhile. */
export const slowJob = defineJob<{ key: string; ms: number }>("test.slow", {
  retryLimit: 2,
  retryDelaySeconds: 1,
  handler: async ({ key, ms }, job) => {
    await record("test.slow", key, job.attempt);
    await new Promise((resolve) => setTimeout(resolve, ms));
  },
});

export const TEST_JOBS: readonly JobDefinition<never>[] = [recordJob, flakyJob, brokenJob, slowJob];
