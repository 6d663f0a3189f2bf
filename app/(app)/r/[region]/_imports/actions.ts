"use server";

import { redirect } from "next/navigation";
import { createImportJob, requestImportCommit, type ImportKind } from "@/lib/domain/imports/service";
import { enqueueImportCommit, enqueueImportStage } from "@/lib/jobs/imports";
import { msg } from "@/lib/i18n/keys";
import { serverAction, type FormState } from "@/lib/next/action";
import type { ImportUploadInput } from "@/lib/domain/imports/schema";
import { importBasePath } from "./paths";

/**
 * Upload: the job is created at once with its file (the service checks the file and year with the
 * upload schema); reading and checking the rows continue as a queued job in the worker.
 */
export async function startImport(slug: string, kind: ImportKind, _state: FormState, formData: FormData): Promise<FormState> {
  const file = formData.get("file");
  return serverAction({
    run: async (actor) => {
      const upload = { kind, file: file instanceof File ? file : undefined, year: formData.get("year") ?? undefined };
      const bytes = file instanceof File ? new Uint8Array(await file.arrayBuffer()) : undefined;
      const job = await createImportJob(actor, slug, upload as ImportUploadInput, bytes);
      await enqueueImportStage(job.id);
      return job;
    },
    success: msg("actions.fileReceived"),
    onSuccess: (job) => redirect(`${importBasePath(slug, kind)}/${job.id}`),
  });
}

/** Confirm a clean preview: the commit runs as a queued job, the page shows its progress. */
export async function confirmImport(slug: string, kind: ImportKind, jobId: string, _state: FormState): Promise<FormState> {
  return serverAction({
    run: async (actor) => {
      await requestImportCommit(actor, slug, jobId);
      await enqueueImportCommit(jobId);
    },
    success: msg("actions.importCommitting"),
    onSuccess: () => redirect(`${importBasePath(slug, kind)}/${jobId}`),
  });
}
