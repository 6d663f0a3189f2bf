"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { PartnerInput } from "@/lib/domain/partners/schema";
import { createPartner, updatePartner } from "@/lib/domain/partners/service";
import { msg } from "@/lib/i18n/keys";
import { formFields, serverAction, type FormFields, type ValuesFormState } from "@/lib/next/action";

// The service's schema checks the kind.
const partnerFields = (formData: FormData) => formFields(formData, ["name", "kind"]) as FormFields & PartnerInput;

export async function createPartnerAction(slug: string, _state: ValuesFormState, formData: FormData): Promise<ValuesFormState> {
  const fields = partnerFields(formData);
  return serverAction({
    run: (actor) => createPartner(actor, slug, fields),
    success: msg("actions.partnerAdded", { name: fields.name }),
    onSuccess: () => revalidatePath(`/r/${slug}/partners`),
    values: fields,
  });
}

export async function updatePartnerAction(
  slug: string,
  id: string,
  _state: ValuesFormState,
  formData: FormData,
): Promise<ValuesFormState> {
  const fields = partnerFields(formData);
  return serverAction({
    run: (actor) => updatePartner(actor, slug, id, fields),
    success: msg("actions.partnerSaved"),
    onSuccess: () => {
      revalidatePath(`/r/${slug}/partners`);
      redirect(`/r/${slug}/partners`);
    },
    values: fields,
  });
}
