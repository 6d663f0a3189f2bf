"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { ValuesFormState } from "@/lib/next/form-state";
import { createDiscipline, updateDiscipline } from "@/lib/domain/admin/disciplines";
import type { DisciplineInput } from "@/lib/domain/admin/schema";
import { msg } from "@/lib/i18n/keys";
import { formFields, serverAction } from "@/lib/next/action";

const input = (f: Record<string, string | undefined>) =>
  ({
    ...f,
    code: f.code ?? "",
    name: f.name ?? "",
    nameEn: f.nameEn ?? "",
    category: f.category ?? "",
    sortOrder: f.sortOrder ?? "0",
    active: f.active === "on",
  }) as DisciplineInput;

const echo = (fields: Record<string, string | undefined>) => ({ ...fields, active: fields.active === "on" ? "true" : "false" });

export async function createDisciplineAction(_state: ValuesFormState, formData: FormData): Promise<ValuesFormState> {
  const fields = formFields(formData);
  const state = await serverAction({
    run: (actor) => createDiscipline(actor, input(fields)),
    success: msg("actions.disciplineAdded", { name: fields.name ?? "" }),
    onSuccess: () => revalidatePath("/admin/disciplines"),
  });
  return { ...state, values: echo(fields) };
}

export async function updateDisciplineAction(id: string, _state: ValuesFormState, formData: FormData): Promise<ValuesFormState> {
  const fields = formFields(formData);
  const state = await serverAction({
    run: (actor) => updateDiscipline(actor, id, input(fields)),
    success: msg("actions.disciplineSaved"),
    onSuccess: () => {
      revalidatePath("/admin/disciplines");
      redirect("/admin/disciplines");
    },
  });
  return { ...state, values: echo(fields) };
}
