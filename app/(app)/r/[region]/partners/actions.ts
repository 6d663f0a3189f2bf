"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { ValuesFormState } from "@/components/forms/practice-form";
import { requireActor } from "@/lib/auth/session";
import type { PartnerInput } from "@/lib/domain/partners/schema";
import { createPartner, updatePartner } from "@/lib/domain/partners/service";
import { formFields, runAction } from "@/lib/next/action";

const input = (f: Record<string, string | undefined>) => ({ ...f, name: f.name ?? "", kind: f.kind ?? "" }) as PartnerInput;

export async function createPartnerAction(slug: string, _state: ValuesFormState, formData: FormData): Promise<ValuesFormState> {
  const actor = await requireActor();
  const fields = formFields(formData);
  const state = await runAction(`${fields.name ?? "De partner"} is toegevoegd.`, () => createPartner(actor, slug, input(fields)));
  if (state.status === "success") revalidatePath(`/r/${slug}/partners`);
  return { ...state, values: fields };
}

export async function updatePartnerAction(slug: string, id: string, _state: ValuesFormState, formData: FormData): Promise<ValuesFormState> {
  const actor = await requireActor();
  const fields = formFields(formData);
  const state = await runAction("De partner is opgeslagen.", () => updatePartner(actor, slug, id, input(fields)));
  if (state.status === "success") {
    revalidatePath(`/r/${slug}/partners`);
    redirect(`/r/${slug}/partners`);
  }
  return { ...state, values: fields };
}
