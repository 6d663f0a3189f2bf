import { z } from "zod";
import { agbCode, kvkNumber } from "@/lib/domain/shared/identifiers";

/** The kinds of partner a region registers itself (insurers and municipalities are platform-wide). */
export const PARTNER_KINDS = ["social_domain", "welfare", "care", "hospital", "other"] as const;
export type PartnerKind = (typeof PARTNER_KINDS)[number];

export const PARTNER_KIND_LABELS: Record<PartnerKind | "insurer" | "municipality", string> = {
  social_domain: "Sociaal domein",
  welfare: "Welzijn",
  care: "Zorgorganisatie (VVT, wijkverpleging)",
  hospital: "Ziekenhuis",
  other: "Overig",
  insurer: "Zorgverzekeraar",
  municipality: "Gemeente",
};

export const PartnerInputSchema = z.object({
  name: z.string().trim().min(2, "Geef de naam van de organisatie.").max(160, "Gebruik hoogstens 160 tekens."),
  kind: z.enum(PARTNER_KINDS, { message: "Kies het soort organisatie." }),
  kvk: kvkNumber.optional(),
  agb: agbCode.optional(),
  city: z.string().trim().max(80, "Gebruik hoogstens 80 tekens.").optional(),
  website: z.string().trim().url("Geef een volledig webadres, beginnend met https://.").optional(),
  description: z.string().trim().max(500, "Gebruik hoogstens 500 tekens.").optional(),
});

export type PartnerInput = z.input<typeof PartnerInputSchema>;
