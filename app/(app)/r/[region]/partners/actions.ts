"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { ValuesFormState } from "@/lib/next/form-state";
import type { PartnerInput } from "@/lib/domain/partners/schema";
import { createPartner, updatePartner } from "@/lib/domain/partners/service";
import { msg } from "@/lib/i18n/keys";
import { formFields, serverAction } from "@/lib/next/action";

const input = (f: Record<string, string | undefined>) => ({ ...f, name: f.name ?? "", kind: f.kind ?? "" }) as PartnerInput;

export async function createPartnerAction(slug: string, _state: ValuesFormState, formData: FormData): Promise<ValuesFormState> {
  const fields = formFields(formData);
  const state = await serverAction({
    run: (actor) => createPartner(actor, slug, input(fields)),
    success: msg("actions.partnerAdded", { name: fields.name ?? "" }),
    onSuccess: () => revalidatePath(`/r/${slug}/partners`),
  });
  return { ...state, values: fields };
}

export async function updatePartnerAction(
  slug: string,
  id: string,
  _state: ValuesFormState,
  formData: FormData,
): Promise<ValuesFormState> {
  const fields = formFields(formData);
  const state = await serverAction({
    run: (actor) => updatePartner(actor, slug, id, input(fields)),
    success: msg("actions.partnerSaved"),
    onSuccess: () => {
      revalidatePath(`/r/${slug}/partners`);
      redirect(`/r/${slug}/partners`);
    },
  });
  return { ...state, values: fields };
}
