"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { MAX_IMPORT_BYTES } from "@/lib/domain/imports/parse";
import { createReferralImportJob, requestReferralImportCommit } from "@/lib/domain/imports/service";
import type {
  ReferralInput,
  SocialLinkDetailsInput,
  SocialLinkInput,
  SocialLinkStatusInput,
  SocialOrganisationInput,
} from "@/lib/domain/social/schema";
import {
  createSocialLink,
  createSocialOrganisation,
  moveSocialLink,
  setReferralCount,
  updateSocialLink,
  updateSocialOrganisation,
} from "@/lib/domain/social/service";
import { ValidationError } from "@/lib/domain/errors";
import { msg } from "@/lib/i18n/keys";
import { enqueueImportCommit, enqueueImportStage } from "@/lib/jobs/imports";
import { formFields, serverAction, type FormState } from "@/lib/next/action";
import { importScope, socialBasePath, type SocialScope } from "./scope";

function refresh(scope: SocialScope) {
  revalidatePath(socialBasePath(scope));
  if (scope.kind === "municipality") revalidatePath(`/gemeente/${scope.code}`);
}

export async function createOrganisationAction(
  scope: SocialScope,
  municipalityCode: string,
  _s: FormState,
  formData: FormData,
): Promise<FormState> {
  const f = formFields(formData, ["name"]);
  return serverAction({
    run: (actor) => createSocialOrganisation(actor, f.municipalityCode ?? municipalityCode, f as SocialOrganisationInput),
    success: msg("actions.organisationAdded", { name: f.name }),
    onSuccess: () => refresh(scope),
  });
}

export async function updateOrganisationAction(
  scope: SocialScope,
  id: string,
  _s: FormState,
  formData: FormData,
): Promise<FormState> {
  return serverAction({
    run: (actor) => updateSocialOrganisation(actor, id, formFields(formData) as SocialOrganisationInput),
    success: msg("actions.organisationSaved"),
    onSuccess: () => refresh(scope),
  });
}

export async function createLinkAction(scope: SocialScope, _s: FormState, formData: FormData): Promise<FormState> {
  return serverAction({
    run: (actor) =>
      createSocialLink(
        actor,
        formFields(formData) as SocialLinkInput,
        scope.kind === "municipality" ? { municipalityCode: scope.code } : { regionSlug: scope.slug },
      ),
    success: msg("actions.linkAdded"),
    onSuccess: () => refresh(scope),
  });
}

export async function updateLinkAction(
  scope: SocialScope,
  linkId: string,
  _s: FormState,
  formData: FormData,
): Promise<FormState> {
  return serverAction({
    run: (actor) => updateSocialLink(actor, linkId, formFields(formData) as SocialLinkDetailsInput),
    success: msg("actions.linkSaved"),
    onSuccess: () => refresh(scope),
  });
}

export async function moveLinkAction(scope: SocialScope, linkId: string, _s: FormState, formData: FormData): Promise<FormState> {
  return serverAction({
    run: (actor) => moveSocialLink(actor, linkId, formFields(formData) as SocialLinkStatusInput),
    success: msg("actions.linkStatusChanged"),
    onSuccess: () => refresh(scope),
  });
}

export async function setReferralAction(
  scope: SocialScope,
  linkId: string,
  _s: FormState,
  formData: FormData,
): Promise<FormState> {
  const f = formFields(formData, ["period"]);
  return serverAction({
    run: (actor) => setReferralCount(actor, linkId, f as ReferralInput),
    success: msg("actions.referralsSaved", { period: f.period }),
    onSuccess: () => refresh(scope),
  });
}

/** Upload: the job is created at once with its file; reading and checking it continue in the worker. */
export async function startReferralImport(scope: SocialScope, _s: FormState, formData: FormData): Promise<FormState> {
  const file = formData.get("file");
  return serverAction({
    run: async (actor) => {
      if (!(file instanceof File) || file.size === 0)
        throw new ValidationError(msg("errors.imports.chooseFile"), { file: [msg("errors.imports.chooseCsvOrXlsx")] });
      if (file.size > MAX_IMPORT_BYTES)
        throw new ValidationError(msg("imports.uploadCheck.tooLarge"), { file: [msg("imports.uploadCheck.tooLarge")] });
      const bytes = new Uint8Array(await file.arrayBuffer());
      const job = await createReferralImportJob(actor, importScope(scope), { fileName: file.name, size: file.size }, bytes);
      await enqueueImportStage(job.id);
      return job;
    },
    success: msg("actions.fileReceived"),
    onSuccess: (job) => redirect(`${socialBasePath(scope)}/import/${job.id}`),
  });
}

export async function confirmReferralImport(scope: SocialScope, jobId: string, _s: FormState): Promise<FormState> {
  return serverAction({
    run: async (actor) => {
      await requestReferralImportCommit(actor, importScope(scope), jobId);
      await enqueueImportCommit(jobId);
    },
    success: msg("actions.importCommitting"),
    onSuccess: () => redirect(`${socialBasePath(scope)}/import/${jobId}`),
  });
}
