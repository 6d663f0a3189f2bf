"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { ValuesFormState } from "@/lib/next/form-state";
import {
  addWijkverbandMember,
  createWijkverband,
  removeWijkverbandMember,
  setWijkverbandArchived,
  updateWijkverband,
} from "@/lib/domain/wijkverbanden/service";
import type { WijkverbandInput } from "@/lib/domain/wijkverbanden/schema";
import { msg } from "@/lib/i18n/keys";
import { formFields, serverAction, type FormState } from "@/lib/next/action";

const input = (f: Record<string, string | undefined>): WijkverbandInput => ({
  ...f,
  name: f.name ?? "",
  municipalityCode: f.municipalityCode ?? "",
});

export async function createWijkverbandAction(
  slug: string,
  _state: ValuesFormState,
  formData: FormData,
): Promise<ValuesFormState> {
  const fields = formFields(formData);
  const state = await serverAction({
    run: (actor) => createWijkverband(actor, slug, input(fields)),
    success: msg("actions.wijkverbandAdded"),
    onSuccess: ({ id }) => {
      revalidatePath(`/r/${slug}`, "layout");
      redirect(`/r/${slug}/wijkverbanden/${id}`);
    },
  });
  return { ...state, values: fields };
}

export async function updateWijkverbandAction(
  slug: string,
  id: string,
  _state: ValuesFormState,
  formData: FormData,
): Promise<ValuesFormState> {
  const fields = formFields(formData);
  const state = await serverAction({
    run: (actor) => updateWijkverband(actor, slug, id, input(fields)),
    success: msg("actions.wijkverbandSaved"),
    onSuccess: () => {
      revalidatePath(`/r/${slug}`, "layout");
      redirect(`/r/${slug}/wijkverbanden/${id}`);
    },
  });
  return { ...state, values: fields };
}

export async function addMemberAction(
  slug: string,
  id: string,
  _state: ValuesFormState,
  formData: FormData,
): Promise<ValuesFormState> {
  const fields = formFields(formData);
  return serverAction({
    run: (actor) => addWijkverbandMember(actor, slug, id, { member: fields.member ?? "", role: fields.role ?? "" }),
    success: msg("actions.memberAdded"),
    onSuccess: () => revalidatePath(`/r/${slug}/wijkverbanden/${id}`),
  });
}

export async function removeMemberAction(slug: string, id: string, memberId: string, _state: FormState): Promise<FormState> {
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
