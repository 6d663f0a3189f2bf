"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import {
  addWijkverbandMember,
  createWijkverband,
  removeWijkverbandMember,
  setWijkverbandArchived,
  updateWijkverband,
} from "@/lib/domain/wijkverbanden/service";
import { msg } from "@/lib/i18n/keys";
import { formFields, serverAction, type FormState, type ValuesFormState } from "@/lib/next/action";

const wijkverbandFields = (formData: FormData) => formFields(formData, ["name", "municipalityCode"]);

export async function createWijkverbandAction(
  slug: string,
  _state: ValuesFormState,
  formData: FormData,
): Promise<ValuesFormState> {
  const fields = wijkverbandFields(formData);
  return serverAction({
    run: (actor) => createWijkverband(actor, slug, fields),
    success: msg("actions.wijkverbandAdded"),
    onSuccess: ({ id }) => {
      revalidatePath(`/r/${slug}`, "layout");
      redirect(`/r/${slug}/wijkverbanden/${id}`);
    },
    values: fields,
  });
}

export async function updateWijkverbandAction(
  slug: string,
  id: string,
  _state: ValuesFormState,
  formData: FormData,
): Promise<ValuesFormState> {
  const fields = wijkverbandFields(formData);
  return serverAction({
    run: (actor) => updateWijkverband(actor, slug, id, fields),
    success: msg("actions.wijkverbandSaved"),
    onSuccess: () => {
      revalidatePath(`/r/${slug}`, "layout");
      redirect(`/r/${slug}/wijkverbanden/${id}`);
    },
    values: fields,
  });
}

export async function addMemberAction(
  slug: string,
  id: string,
  _state: ValuesFormState,
  formData: FormData,
): Promise<ValuesFormState> {
  return serverAction({
    run: (actor) => addWijkverbandMember(actor, slug, id, formFields(formData, ["member", "role"])),
    success: msg("actions.memberAdded"),
    onSuccess: () => revalidatePath(`/r/${slug}/wijkverbanden/${id}`),
  });
}

/** One form for all member rows of the page: the row's button sends `memberId`. */
export async function removeMemberAction(slug: string, id: string, _state: FormState, formData: FormData): Promise<FormState> {
  const { memberId } = formFields(formData, ["memberId"]);
  return serverAction({
    run: (actor) => removeWijkverbandMember(actor, slug, id, memberId),
    success: msg("actions.memberRemoved"),
    onSuccess: () => revalidatePath(`/r/${slug}/wijkverbanden/${id}`),
  });
}

export async function setWijkverbandArchivedAction(
  slug: string,
  id: string,
  archived: boolean,
  _state: FormState,
): Promise<FormState> {
  return serverAction({
    run: (actor) => setWijkverbandArchived(actor, slug, id, archived),
    success: archived ? msg("actions.wijkverbandArchived") : msg("actions.wijkverbandRestored"),
    onSuccess: () => revalidatePath(`/r/${slug}`, "layout"),
  });
}
