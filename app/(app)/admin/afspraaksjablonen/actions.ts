"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { createAgreementTemplate, updateAgreementTemplate } from "@/lib/domain/admin/agreement-templates";
import type { TemplateInput } from "@/lib/domain/agreements/schema";
import { getMessages } from "@/lib/i18n/server";
import { formFields, serverAction, type FormState } from "@/lib/next/action";

function input(formData: FormData): TemplateInput {
  const f = formFields(formData, ["key", "title", "topic"]);
  return {
    key: f.key,
    title: f.title,
    topic: f.topic,
    body: typeof formData.get("body") === "string" ? String(formData.get("body")) : "",
    sortOrder: f.sortOrder ?? "0",
    active: f.active === "on",
  };
}

export async function createTemplateAction(_state: FormState, formData: FormData): Promise<FormState> {
  return serverAction({
    run: (actor) => createAgreementTemplate(actor, input(formData)),
    success: async () => (await getMessages()).t.agreements.templateCreated,
    onSuccess: () => {
      revalidatePath("/admin/afspraaksjablonen");
      redirect("/admin/afspraaksjablonen");
    },
  });
}

export async function updateTemplateAction(id: string, _state: FormState, formData: FormData): Promise<FormState> {
  return serverAction({
    run: (actor) => updateAgreementTemplate(actor, id, input(formData)),
    success: async () => (await getMessages()).t.agreements.templateSaved,
    onSuccess: () => revalidatePath("/admin/afspraaksjablonen"),
  });
}
