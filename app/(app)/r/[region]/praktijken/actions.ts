"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { createPractice, setPracticeArchived, updatePractice, updatePracticeDetails } from "@/lib/domain/practices/service";
import { msg } from "@/lib/i18n/keys";
import { formFields, serverAction, type FormState, type ValuesFormState } from "@/lib/next/action";

const practiceFields = (formData: FormData) => formFields(formData, ["name", "disciplineCode", "municipalityCode"]);

export async function createPracticeAction(slug: string, _state: ValuesFormState, formData: FormData): Promise<ValuesFormState> {
  const fields = practiceFields(formData);
  return serverAction({
    run: (actor) => createPractice(actor, slug, fields),
    success: msg("actions.practiceAdded"),
    onSuccess: ({ id }) => {
      revalidatePath(`/r/${slug}/praktijken`);
      redirect(`/r/${slug}/praktijken/${id}`);
    },
    values: fields,
  });
}

export async function updatePracticeAction(
  slug: string,
  id: string,
  _state: ValuesFormState,
  formData: FormData,
): Promise<ValuesFormState> {
  const fields = practiceFields(formData);
  return serverAction({
    run: (actor) => updatePractice(actor, slug, id, fields),
    success: msg("actions.practiceSaved"),
    onSuccess: () => {
      revalidatePath(`/r/${slug}/praktijken`, "layout");
      redirect(`/r/${slug}/praktijken/${id}`);
    },
    values: fields,
  });
}

export async function updatePracticeDetailsAction(
  slug: string,
  id: string,
  _state: ValuesFormState,
  formData: FormData,
): Promise<ValuesFormState> {
  const fields = formFields(formData);
  return serverAction({
    run: (actor) => updatePracticeDetails(actor, slug, id, fields),
    success: msg("actions.detailsSaved"),
    onSuccess: () => revalidatePath(`/r/${slug}/praktijken/${id}`),
    values: fields,
  });
}

export async function setPracticeArchivedAction(
  slug: string,
  id: string,
  archived: boolean,
  _state: FormState,
): Promise<FormState> {
  return serverAction({
    run: (actor) => setPracticeArchived(actor, slug, id, archived),
    success: archived ? msg("actions.practiceArchived") : msg("actions.practiceRestored"),
    onSuccess: () => revalidatePath(`/r/${slug}/praktijken`, "layout"),
  });
}
