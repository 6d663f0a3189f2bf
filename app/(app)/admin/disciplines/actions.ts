"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { createDiscipline, updateDiscipline } from "@/lib/domain/admin/disciplines";
import type { DisciplineInput } from "@/lib/domain/admin/schema";
import { msg } from "@/lib/i18n/keys";
import { formFields, serverAction, type FormFields, type ValuesFormState } from "@/lib/next/action";

const disciplineFields = (formData: FormData) => formFields(formData, ["code", "name", "nameEn", "category"]);
// The service's schema checks the category; the checkbox sends "on" or nothing.
const input = (f: FormFields) => ({ ...f, sortOrder: f.sortOrder ?? "0", active: f.active === "on" }) as DisciplineInput;
const echo = (f: FormFields) => ({ ...f, active: f.active === "on" ? "true" : "false" });

export async function createDisciplineAction(_state: ValuesFormState, formData: FormData): Promise<ValuesFormState> {
  const fields = disciplineFields(formData);
  return serverAction({
    run: (actor) => createDiscipline(actor, input(fields)),
    success: msg("actions.disciplineAdded", { name: fields.name }),
    onSuccess: () => revalidatePath("/admin/disciplines"),
    values: echo(fields),
  });
}

export async function updateDisciplineAction(id: string, _state: ValuesFormState, formData: FormData): Promise<ValuesFormState> {
  const fields = disciplineFields(formData);
  return serverAction({
    run: (actor) => updateDiscipline(actor, id, input(fields)),
    success: msg("actions.disciplineSaved"),
    onSuccess: () => {
      revalidatePath("/admin/disciplines");
      redirect("/admin/disciplines");
    },
    values: echo(fields),
  });
}
