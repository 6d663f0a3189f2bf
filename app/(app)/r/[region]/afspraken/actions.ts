"use server";

// Server actions for wijkverband agreements, through the one action helper: the service
// authorises, validates and audits; the region's pages are revalidated afterwards.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { createAgreement, decide, publishVersion, startNewVersion, updateConcept } from "@/lib/domain/agreements/service";
import { fill } from "@/lib/i18n/messages";
import { getMessages } from "@/lib/i18n/server";
import { formFields, serverAction, type FormState } from "@/lib/next/action";

const refresh = (slug: string) => revalidatePath(`/r/${slug}`, "layout");
const messages = async () => (await getMessages()).t.agreements;

function draftFields(formData: FormData) {
  const f = formFields(formData, ["title", "effectiveDate"]);
  return {
    title: f.title,
    topic: f.topic,
    // The text is kept as typed (leading spaces matter in Markdown); the schema refuses blank text.
    body: typeof formData.get("body") === "string" ? String(formData.get("body")) : "",
    effectiveDate: f.effectiveDate,
    reviewDate: f.reviewDate,
    templateId: f.templateId,
  };
}

export async function createAgreementAction(
  slug: string,
  wijkverbandId: string,
  _state: FormState,
  formData: FormData,
): Promise<FormState> {
  return serverAction({
    run: (actor) => createAgreement(actor, slug, wijkverbandId, draftFields(formData)),
    success: async () => (await messages()).created,
    onSuccess: (created) => {
      refresh(slug);
      redirect(`/r/${slug}/wijkverbanden/${wijkverbandId}/afspraken/${created.id}`);
    },
  });
}

export async function updateConceptAction(
  slug: string,
  agreementId: string,
  versionId: string,
  _state: FormState,
  formData: FormData,
): Promise<FormState> {
  const { templateId: _templateId, ...fields } = draftFields(formData);
  return serverAction({
    run: (actor) => updateConcept(actor, slug, agreementId, versionId, fields),
    success: async () => (await messages()).saved,
    onSuccess: () => refresh(slug),
  });
}

export async function publishVersionAction(
  slug: string,
  agreementId: string,
  versionId: string,
  _state: FormState,
  _formData: FormData,
): Promise<FormState> {
  return serverAction({
    run: (actor) => publishVersion(actor, slug, agreementId, versionId),
    success: async (result) => fill((await messages()).publishedMessage, { n: result.versionNumber, count: result.asked }),
    onSuccess: () => refresh(slug),
  });
}

export async function startNewVersionAction(
  slug: string,
  agreementId: string,
  _state: FormState,
  _formData: FormData,
): Promise<FormState> {
  return serverAction({
    run: (actor) => startNewVersion(actor, slug, agreementId),
    success: async (result) => fill((await messages()).newVersionStarted, { n: result.versionNumber }),
    onSuccess: () => refresh(slug),
  });
}

export async function decideAction(slug: string, _state: FormState, formData: FormData): Promise<FormState> {
  const f = formFields(formData, ["versionId", "practiceId", "decision"]);
  return serverAction({
    run: (actor) =>
      decide(actor, slug, {
        versionId: f.versionId,
        practiceId: f.practiceId,
        decision: f.decision as "accepted",
        reason: f.reason,
      }),
    success: async () => (await messages()).decisionSaved,
    onSuccess: () => refresh(slug),
  });
}
