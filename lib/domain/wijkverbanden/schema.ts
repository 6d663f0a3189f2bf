// One zod schema per wijkverband input, shared by the forms and the services.
import { z } from "zod";
import { municipalityCode, wijkCode } from "@/lib/domain/shared/identifiers";

/** Wijk codes as a list, or as text separated by commas, semicolons or spaces (one message for the field). */
const wijkCodeList = z
  .union([z.string(), z.array(z.string())])
  .optional()
  .transform((v, ctx) => {
    const codes = (Array.isArray(v) ? v : (v ?? "").split(/[\s,;]+/)).map((c) => c.trim().toUpperCase()).filter(Boolean);
    const invalid = codes.filter((c) => !wijkCode.safeParse(c).success);
    if (invalid.length) {
      ctx.addIssue({ code: "custom", message: `Ongeldige wijkcode ${invalid.join(", ")}. Een wijkcode is WK gevolgd door 6 cijfers, bijvoorbeeld WK036301.` });
      return z.NEVER;
    }
    if (codes.length > 50) {
      ctx.addIssue({ code: "custom", message: "Geef hoogstens 50 wijkcodes." });
      return z.NEVER;
    }
    return [...new Set(codes)];
  });

export const WijkverbandInputSchema = z
  .object({
    name: z.string().trim().min(2, "Geef de naam van het wijkverband.").max(120, "Gebruik hoogstens 120 tekens."),
    municipalityCode,
    wijkCodes: wijkCodeList,
    inhabitants: z.coerce
      .number({ message: "Geef het aantal inwoners in hele getallen." })
      .int("Geef het aantal inwoners in hele getallen.")
      .min(0, "Het aantal inwoners kan niet negatief zijn.")
      .max(1_000_000, "Dat zijn meer inwoners dan een wijkverband kan hebben; controleer het aantal.")
      .optional(),
    coordinatorName: z.string().trim().max(120, "Gebruik hoogstens 120 tekens.").optional(),
    coordinatorEmail: z.string().trim().toLowerCase().email("Geef een geldig e-mailadres.").optional(),
  })
  .refine((v) => v.wijkCodes.every((c) => c.slice(2, 6) === v.municipalityCode.slice(2)), {
    message: "Een of meer wijken liggen niet in de gekozen gemeente (de cijfers na WK beginnen met de gemeentecode).",
    path: ["wijkCodes"],
  });

export type WijkverbandInput = z.input<typeof WijkverbandInputSchema>;

export const MemberInputSchema = z
  .object({
    /** "practice:<uuid>" or "organisation:<uuid>", as the form's single select sends it. */
    member: z.string().trim().regex(/^(practice|organisation):[0-9a-f-]{36}$/i, "Kies een praktijk of organisatie."),
    role: z.string().trim().min(2, "Geef de rol in het wijkverband, bijvoorbeeld huisarts.").max(60, "Gebruik hoogstens 60 tekens."),
  })
  .transform(({ member, role }) => {
    const [kind, id] = member.split(":") as ["practice" | "organisation", string];
    return { kind, id: id.toLowerCase(), role: role.toLowerCase() };
  });

export type MemberInput = z.input<typeof MemberInputSchema>;

/** Suggested roles: the core team first. */
export const MEMBER_ROLE_SUGGESTIONS = [
  "huisarts", "wijkverpleging", "apotheek", "sociaal domein", "fysiotherapie", "oefentherapie", "ergotherapie",
  "logopedie", "diëtetiek", "verloskunde", "ggz", "specialist ouderengeneeskunde", "welzijn", "ziekenhuis",
] as const;
