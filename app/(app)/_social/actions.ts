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
  const f = formFields(formData);
  return serverAction({
    run: (actor) => createSocialOrganisation(actor, f.municipalityCode ?? municipalityCode, f as SocialOrganisationInput),
    success: `${f.name ?? "De organisatie"} is toegevoegd.`,
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
    success: "De organisatie is opgeslagen.",
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
    success: "De verbinding is toegevoegd.",
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
    success: "De verbinding is opgeslagen.",
    onSuccess: () => refresh(scope),
  });
}

export async function moveLinkAction(scope: SocialScope, linkId: string, _s: FormState, formData: FormData): Promise<FormState> {
  return serverAction({
    run: (actor) => moveSocialLink(actor, linkId, formFields(formData) as SocialLinkStatusInput),
    success: "De status is gewijzigd.",
    onSuccess: () => refresh(scope),
  });
}

export async function setReferralAction(
  scope: SocialScope,
  linkId: string,
  _s: FormState,
  formData: FormData,
): Promise<FormState> {
  const f = formFields(formData);
  return serverAction({
    run: (actor) => setReferralCount(actor, linkId, f as ReferralInput),
    success: `De verwijzingen over ${f.period ?? "het kwartaal"} zijn opgeslagen.`,
    onSuccess: () => refresh(scope),
  });
}

/** Upload: the job is created at once with its file; reading and checking it continue in the worker. */
export async function startReferralImport(scope: SocialScope, _s: FormState, formData: FormData): Promise<FormState> {
  const file = formData.get("file");
  if (!(file instanceof File) || file.size === 0) {
    return {
      status: "error",
      message: "Kies een bestand.",
      fieldErrors: { file: ["Kies een CSV- of Excel-bestand (.csv of .xlsx)."] },
    };
  }
  if (file.size > MAX_IMPORT_BYTES) {
    return {
      status: "error",
      message: "Het bestand is te groot.",
      fieldErrors: { file: ["Het bestand is groter dan 10 MB; splits het op."] },
    };
  }
  return serverAction({
    run: async (actor) => {
      const bytes = new Uint8Array(await file.arrayBuffer());
      const job = await createReferralImportJob(actor, importScope(scope), { fileName: file.name, size: file.size }, bytes);
      await enqueueImportStage(job.id);
      return job;
    },
    success: "Het bestand is ontvangen.",
    onSuccess: (job) => redirect(`${socialBasePath(scope)}/import/${job.id}`),
  });
}

export async function confirmReferralImport(scope: SocialScope, jobId: string, _s: FormState): Promise<FormState> {
  return serverAction({
    run: async (actor) => {
      await requestReferralImportCommit(actor, importScope(scope), jobId);
      await enqueueImportCommit(jobId);
    },
    success: "De import wordt doorgevoerd.",
    onSuccess: () => redirect(`${socialBasePath(scope)}/import/${jobId}`),
  });
}
