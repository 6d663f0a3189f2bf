import { z } from "zod";
import { msg } from "@/lib/i18n/keys";
import { contrastRatio } from "@/lib/domain/shared/contrast";

/** Region branding, edited by the coordinator. The colour sits behind white text, so it must contrast. */
export const RegionSettingsSchema = z.object({
  brandName: z
    .string()
    .trim()
    .min(2, msg("validation.brandName"))
    .max(80, msg("validation.maxChars", { max: 80 })),
  brandColor: z
    .string()
    .trim()
    .toLowerCase()
    .regex(/^#[0-9a-f]{6}$/, msg("validation.brandColor"))
    .refine((hex) => !/^#[0-9a-f]{6}$/.test(hex) || contrastRatio(hex, "#ffffff") >= 4.5, {
      message: msg("validation.brandColorLight"),
    }),
});

export type RegionSettingsInput = z.input<typeof RegionSettingsSchema>;
