import { z } from "zod";
import { msg } from "@/lib/i18n/keys";
import { agbCode, kvkNumber, websiteUrl } from "@/lib/domain/shared/identifiers";
import { optionalSafeText } from "@/lib/domain/shared/privacy";

/** The kinds of partner a region registers itself (insurers and municipalities are platform-wide). */
export const PARTNER_KINDS = ["social_domain", "welfare", "care", "hospital", "other"] as const;
export type PartnerKind = (typeof PARTNER_KINDS)[number];

export const PartnerInputSchema = z.object({
  name: z
    .string()
    .trim()
    .min(2, msg("validation.required", { what: msg("validation.what.organisationName") }))
    .max(160, msg("validation.maxChars", { max: 160 })),
  kind: z.enum(PARTNER_KINDS, { message: msg("validation.partnerKind") }),
  kvk: kvkNumber.optional(),
  agb: agbCode.optional(),
  city: z
    .string()
    .trim()
    .max(80, msg("validation.maxChars", { max: 80 }))
    .optional(),
  website: websiteUrl.optional(),
  description: optionalSafeText(500),
});

export type PartnerInput = z.input<typeof PartnerInputSchema>;
