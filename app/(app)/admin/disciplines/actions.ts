"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { ValuesFormState } from "@/components/forms/practice-form";
import { requireActor } from "@/lib/auth/session";
import { createDiscipline, updateDiscipline, type DisciplineInput } from "@/lib/domain/admin/disciplines";
import { formFields, runAction } from "@/lib/next/action";

const input = (f: Record<string, string | undefined>) =>
  ({ ...f, code: f.code ?? "", name: f.name ?? "", nameEn: f.nameEn ?? "", category: f.category ?? "", sortOrder: f.sortOrder ?? "0", active: f.active === "on" }) as DisciplineInput;

export async function createDisciplineAction(_state: ValuesFormState, formData: FormData): Promise<ValuesFormState> {
  const actor = await requireActor();
  const fields = formFields(formData);
  const state = await runAction(`De discipline ${fields.name ?? ""} is toegevoegd.`, () => createDiscipline(actor, input(fields)));
  if (state.status === "success") revalidatePath("/admin/disciplines");
  return { ...state, values: { ...fields, active: fields.active === "on" ? "true" : "false" } };
}

export async function updateDisciplineAction(id: string, _state: ValuesFormState, formData: FormData): Promise<ValuesFormState> {
  const actor = await requireActor();
  const fields = formFields(formData);
  const state = await runAction("De discipline is opgeslagen.", () => updateDiscipline(actor, id, input(fields)));
  if (state.status === "success") {
    revalidatePath("/admin/disciplines");
    redirect("/admin/disciplines");
  }
  return { ...state, values: { ...fields, active: fields.active === "on" ? "true" : "false" } };
}
