"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { ValuesFormState } from "@/components/forms/practice-form";
import { requireActor } from "@/lib/auth/session";
import { createPractice, setPracticeArchived, updatePractice, updatePracticeDetails } from "@/lib/domain/practices/service";
import type { PracticeInput } from "@/lib/domain/practices/schema";
import { formFields, runAction } from "@/lib/next/action";

const practiceInput = (f: Record<string, string | undefined>): PracticeInput => ({
  ...f,
  name: f.name ?? "",
  disciplineCode: f.disciplineCode ?? "",
  municipalityCode: f.municipalityCode ?? "",
});

export async function createPracticeAction(slug: string, _state: ValuesFormState, formData: FormData): Promise<ValuesFormState> {
  const actor = await requireActor();
  const fields = formFields(formData);
  let id = "";
  const state = await runAction("De praktijk is toegevoegd.", async () => {
    id = (await createPractice(actor, slug, practiceInput(fields))).id;
  });
  if (state.status === "success") {
    revalidatePath(`/r/${slug}/praktijken`);
    redirect(`/r/${slug}/praktijken/${id}`);
  }
  return { ...state, values: fields };
}

export async function updatePracticeAction(slug: string, id: string, _state: ValuesFormState, formData: FormData): Promise<ValuesFormState> {
  const actor = await requireActor();
  const fields = formFields(formData);
  const state = await runAction("De praktijk is opgeslagen.", () => updatePractice(actor, slug, id, practiceInput(fields)));
  if (state.status === "success") {
    revalidatePath(`/r/${slug}/praktijken`, "layout");
    redirect(`/r/${slug}/praktijken/${id}`);
  }
  return { ...state, values: fields };
}

export async function updatePracticeDetailsAction(slug: string, id: string, _state: ValuesFormState, formData: FormData): Promise<ValuesFormState> {
  const actor = await requireActor();
  const fields = formFields(formData);
  const state = await runAction("De gegevens zijn opgeslagen.", () => updatePracticeDetails(actor, slug, id, fields));
  if (state.status === "success") revalidatePath(`/r/${slug}/praktijken/${id}`);
  return { ...state, values: fields };
}

export async function setPracticeArchivedAction(slug: string, id: string, archived: boolean): Promise<void> {
  const actor = await requireActor();
  await setPracticeArchived(actor, slug, id, archived);
  revalidatePath(`/r/${slug}/praktijken`, "layout");
}
