"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { ValuesFormState } from "@/components/forms/practice-form";
import { requireActor } from "@/lib/auth/session";
import {
  addWijkverbandMember,
  createWijkverband,
  removeWijkverbandMember,
  setWijkverbandArchived,
  updateWijkverband,
} from "@/lib/domain/wijkverbanden/service";
import type { WijkverbandInput } from "@/lib/domain/wijkverbanden/schema";
import { formFields, runAction } from "@/lib/next/action";

const input = (f: Record<string, string | undefined>): WijkverbandInput => ({ ...f, name: f.name ?? "", municipalityCode: f.municipalityCode ?? "" });

export async function createWijkverbandAction(slug: string, _state: ValuesFormState, formData: FormData): Promise<ValuesFormState> {
  const actor = await requireActor();
  const fields = formFields(formData);
  let id = "";
  const state = await runAction("Het wijkverband is toegevoegd.", async () => {
    id = (await createWijkverband(actor, slug, input(fields))).id;
  });
  if (state.status === "success") {
    revalidatePath(`/r/${slug}`, "layout");
    redirect(`/r/${slug}/wijkverbanden/${id}`);
  }
  return { ...state, values: fields };
}

export async function updateWijkverbandAction(slug: string, id: string, _state: ValuesFormState, formData: FormData): Promise<ValuesFormState> {
  const actor = await requireActor();
  const fields = formFields(formData);
  const state = await runAction("Het wijkverband is opgeslagen.", () => updateWijkverband(actor, slug, id, input(fields)));
  if (state.status === "success") {
    revalidatePath(`/r/${slug}`, "layout");
    redirect(`/r/${slug}/wijkverbanden/${id}`);
  }
  return { ...state, values: fields };
}

export async function addMemberAction(slug: string, id: string, _state: ValuesFormState, formData: FormData): Promise<ValuesFormState> {
  const actor = await requireActor();
  const fields = formFields(formData);
  const state = await runAction("Het lid is toegevoegd.", () => addWijkverbandMember(actor, slug, id, { member: fields.member ?? "", role: fields.role ?? "" }));
  if (state.status === "success") revalidatePath(`/r/${slug}/wijkverbanden/${id}`);
  return state;
}

export async function removeMemberAction(slug: string, id: string, memberId: string): Promise<void> {
  const actor = await requireActor();
  await removeWijkverbandMember(actor, slug, id, memberId);
  revalidatePath(`/r/${slug}/wijkverbanden/${id}`);
}

export async function setWijkverbandArchivedAction(slug: string, id: string, archived: boolean): Promise<void> {
  const actor = await requireActor();
  await setWijkverbandArchived(actor, slug, id, archived);
  revalidatePath(`/r/${slug}`, "layout");
}
