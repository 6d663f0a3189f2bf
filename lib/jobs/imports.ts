// Imports as durable jobs: staging (read, validate, stage) and the commit run in the worker with
// retries and backoff. The queue carries only the import's id; the handler reads the job row with the
// system client (cross-tenant: the worker serves every region), takes the user who started the
// import from that row — never from the queue data — and runs the service as that user, so the
// service's own authorization and row-level security apply as they would in a request.
import { loadActor, type Actor } from "@/lib/auth/actor";
import { systemDb } from "@/lib/db/client";
import { NotFoundError } from "@/lib/domain/errors";
import { commitImportJob, processImportJob, recordImportOutcome } from "@/lib/domain/imports/service";
import { wakeNotifications } from "@/lib/domain/notifications/dispatch";
import { defineJob } from "@/lib/jobs/define";
import { enqueue, singletonJobId } from "@/lib/jobs/queue";
import { JOB_SCHEMA } from "@/lib/jobs/boss";
import { msg } from "@/lib/i18n/keys";

export type ImportJobData = { importJobId: string };

const NO_ACCESS = msg("errors.imports.noAccess");
const LOST = msg("errors.imports.stopped");

/** Marks an import failed for good and tells who started it (when they can still see it), in one transaction. */
async function failImport(importJobId: string, message: string): Promise<void> {
  const failed = await systemDb.$transaction(async (tx) => {
    const { count } = await tx.importJob.updateMany({
      where: { id: importJobId, status: { notIn: ["committed", "invalid", "ready", "failed"] } },
      data: { status: "failed", message },
    });
    if (count > 0) await recordImportOutcome(tx, importJobId, "import_failed");
    return count > 0;
  });
  if (failed) wakeNotifications();
}

/**
 * Runs an import step as the user who started it, as they are now (memberships and all). When
 * they are gone or can no longer see the import, a retry would not change that: the import fails.
 */
async function asStarter(importJobId: string, createdById: string, step: (actor: Actor) => Promise<unknown>): Promise<void> {
  const actor = await loadActor(createdById);
  if (!actor) return failImport(importJobId, NO_ACCESS);
  try {
    await step(actor);
  } catch (error) {
    if (error instanceof NotFoundError) return failImport(importJobId, NO_ACCESS);
    throw error;
  }
}

/** An import's stored file, read one part per query (null when it is gone: the rows were staged). */
async function storedFile(regionId: string, jobId: string): Promise<Uint8Array | null> {
  const parts: Uint8Array[] = [];
  for (let index = 0; ; index++) {
    const part = await systemDb.importFilePart.findUnique({
      where: { regionId_jobId_index: { regionId, jobId, index } },
      select: { data: true },
    });
    if (!part) break;
    parts.push(part.data);
  }
  return parts.length > 0 ? new Uint8Array(Buffer.concat(parts)) : null;
}

export const importStageJob = defineJob<ImportJobData>("import.stage", {
  retryLimit: 3,
  retryDelaySeconds: 5,
  retryBackoff: true,
  expireInSeconds: 30 * 60,
  handler: async ({ importJobId }, job) => {
    const row = await systemDb.importJob.findUnique({
      where: { id: importJobId },
      select: { createdById: true, status: true, regionId: true },
    });
    // Gone, or already past staging (a rerun after the step finished, the file removed): nothing to do.
    if (!row || !["queued", "validating", "failed"].includes(row.status)) return;
    const file = await storedFile(row.regionId, importJobId);
    if (!file) return;
    await asStarter(importJobId, row.createdById, (actor) =>
      processImportJob(actor, importJobId, file, { finalAttempt: job.lastAttempt }),
    );
  },
});

export const importCommitJob = defineJob<ImportJobData>("import.commit", {
  retryLimit: 3,
  retryDelaySeconds: 5,
  retryBackoff: true,
  expireInSeconds: 30 * 60,
  handler: async ({ importJobId }, job) => {
    const row = await systemDb.importJob.findUnique({
      where: { id: importJobId },
      select: { createdById: true, status: true, _count: { select: { chunks: true, fileParts: true } } },
    });
    if (!row || row.status === "committed") return;
    // A commit that failed for good and is retried from /admin/taken: its staged rows are still there.
    if (row.status === "failed" && row._count.fileParts === 0 && row._count.chunks > 0)
      await systemDb.importJob.updateMany({ where: { id: importJobId, status: "failed" }, data: { status: "committing" } });
    else if (row.status !== "committing") return;
    await asStarter(importJobId, row.createdById, (actor) =>
      commitImportJob(actor, importJobId, { finalAttempt: job.lastAttempt }),
    );
  },
});

/** Queues the staging of a new import (once per import). */
export function enqueueImportStage(importJobId: string): Promise<string | null> {
  return enqueue(importStageJob, { importJobId }, { singletonKey: importJobId });
}

/** Queues the commit of a confirmed import (once per import). */
export function enqueueImportCommit(importJobId: string): Promise<string | null> {
  return enqueue(importCommitJob, { importJobId }, { singletonKey: importJobId });
}

/**
 * Every minute: an import that waits (queued, validating, committing) for more than two minutes
 * without its queue job — the enqueue after the upload failed, say — is queued again; one whose
 * queue job failed for good without marking it (the worker died on the last attempt) is marked failed.
 */
export const importReconcileJob = defineJob<Record<string, never>>("import.reconcile", {
  retryLimit: 0,
  expireInSeconds: 5 * 60,
  handler: async () => {
    const waiting = await systemDb.importJob.findMany({
      where: { status: { in: ["queued", "validating", "committing"] }, updatedAt: { lt: new Date(Date.now() - 120_000) } },
      select: { id: true, status: true },
      take: 500,
    });
    for (const job of waiting) {
      const definition = job.status === "committing" ? importCommitJob : importStageJob;
      const id = singletonJobId(definition.name, job.id);
      const [queued] = await systemDb.$queryRawUnsafe<{ state: string }[]>(
        `SELECT state::text FROM ${JOB_SCHEMA}.job WHERE name = $1 AND id = $2::uuid`,
        definition.name,
        id,
      );
      if (!queued) await enqueue(definition, { importJobId: job.id }, { singletonKey: job.id });
      else if (queued.state === "failed" || queued.state === "cancelled") await failImport(job.id, LOST);
    }
  },
});
