import { z } from "zod";
import { contrastRatio } from "@/lib/domain/shared/contrast";

/** Region branding, edited by the coordinator. The colour sits behind white text, so it must contrast. */
export const RegionSettingsSchema = z.object({
  brandName: z.string().trim().min(2, "Geef een naam van minstens 2 tekens.").max(80, "Gebruik hoogstens 80 tekens."),
  brandColor: z
    .string()
    .trim()
    .toLowerCase()
    .regex(/^#[0-9a-f]{6}$/, "Geef een kleur als #rrggbb, bijvoorbeeld #0f5e6e.")
    .refine((hex) => !/^#[0-9a-f]{6}$/.test(hex) || contrastRatio(hex, "#ffffff") >= 4.5, {
      message: "Deze kleur is te licht: witte tekst erop is slecht leesbaar (contrast onder 4,5:1). Kies een donkerder kleur.",
    }),
});

export type RegionSettingsInput = z.input<typeof RegionSettingsSchema>;
