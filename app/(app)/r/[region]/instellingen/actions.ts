"use server";

import { revalidatePath } from "next/cache";
import { updateRegionSettings } from "@/lib/domain/regions/service";
import { msg } from "@/lib/i18n/keys";
import { formFields, serverAction, type FormState } from "@/lib/next/action";

export async function saveRegionSettings(slug: string, _state: FormState, formData: FormData): Promise<FormState> {
  const fields = formFields(formData, ["brandName", "brandColor"]);
  return serverAction({
    run: (actor) => updateRegionSettings(actor, slug, { brandName: fields.brandName, brandColor: fields.brandColor }),
    success: msg("actions.settingsSaved"),
    onSuccess: () => revalidatePath(`/r/${slug}`, "layout"),
  });
}
