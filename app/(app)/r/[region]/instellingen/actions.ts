"use server";

import { revalidatePath } from "next/cache";
import { requireActor } from "@/lib/auth/session";
import { updateRegionSettings } from "@/lib/domain/regions/service";
import { formFields, runAction, type FormState } from "@/lib/next/action";

export async function saveRegionSettings(slug: string, _state: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireActor();
  const fields = formFields(formData);
  return runAction("De instellingen zijn opgeslagen.", async () => {
    await updateRegionSettings(actor, slug, { brandName: fields.brandName ?? "", brandColor: fields.brandColor ?? "" });
    revalidatePath(`/r/${slug}`, "layout");
  });
}
