"use server";

import { redirect } from "next/navigation";
import { requireActor } from "@/lib/auth/session";
import { MAX_IMPORT_BYTES } from "@/lib/domain/imports/parse";
import { commitImportJob, createImportJob, processImportJob, requestImportCommit, type ImportKind } from "@/lib/domain/imports/service";
import { isDomainError } from "@/lib/domain/errors";
import { runInBackground } from "@/lib/next/background";
import { runAction, type FormState } from "@/lib/next/action";
import { importBasePath } from "./paths";

/** Upload: the job is created at once; reading and checking the file continue in the background. */
export async function startImport(slug: string, kind: ImportKind, _state: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireActor();
  const file = formData.get("file");
  if (!(file instanceof File) || file.size === 0) {
    return { status: "error", message: "Kies een bestand.", fieldErrors: { file: ["Kies een CSV- of Excel-bestand (.csv of .xlsx)."] } };
  }
  if (file.size > MAX_IMPORT_BYTES) {
    return { status: "error", message: "Het bestand is te groot.", fieldErrors: { file: ["Het bestand is groter dan 10 MB; splits het op."] } };
  }
  const yearField = formData.get("year");
  const year = typeof yearField === "string" && yearField.trim() !== "" ? Number(yearField) : undefined;
  let jobId: string | undefined;
  const state = await runAction("", async () => {
    const job = await createImportJob(actor, slug, { kind, fileName: file.name, size: file.size, year });
    const bytes = new Uint8Array(await file.arrayBuffer());
    runInBackground("import processing", { jobId: job.id }, () => processImportJob(actor, job.id, bytes));
    jobId = job.id;
  });
  if (state.status === "error" || !jobId) return state;
  redirect(`${importBasePath(slug, kind)}/${jobId}`);
}

/** Confirm a clean preview: the commit runs in the background, the page shows its progress. */
export async function confirmImport(slug: string, kind: ImportKind, jobId: string): Promise<void> {
  const actor = await requireActor();
  try {
    await requestImportCommit(actor, slug, jobId);
    runInBackground("import commit", { jobId }, () => commitImportJob(actor, jobId));
  } catch (error) {
    // Already committed or not allowed: the job page shows the real state (or 404).
    if (!isDomainError(error)) throw error;
  }
  redirect(`${importBasePath(slug, kind)}/${jobId}`);
}
