// One zod schema per wijkverband input, shared by the forms and the services.
import { z } from "zod";
import { msg } from "@/lib/i18n/keys";
import { municipalityCode, wijkCode } from "@/lib/domain/shared/identifiers";
import { isId } from "@/lib/domain/shared/ids";

/** Wijk codes as a list, or as text separated by commas, semicolons or spaces (one message for the field). */
const wijkCodeList = z
  .union([z.string(), z.array(z.string())])
  .optional()
  .transform((v, ctx) => {
    const codes = (Array.isArray(v) ? v : (v ?? "").split(/[\s,;]+/)).map((c) => c.trim().toUpperCase()).filter(Boolean);
    const invalid = codes.filter((c) => !wijkCode.safeParse(c).success);
    if (invalid.length) {
      ctx.addIssue({
        code: "custom",
        message: msg("validation.wijkCodes", { codes: invalid.join(", ") }),
      });
      return z.NEVER;
    }
    if (codes.length > 50) {
      ctx.addIssue({ code: "custom", message: msg("validation.wijkCodesMax") });
      return z.NEVER;
    }
    return [...new Set(codes)];
  });

export const WijkverbandInputSchema = z
  .object({
    name: z
      .string()
      .trim()
      .min(2, msg("validation.required", { what: msg("validation.what.wijkverbandName") }))
      .max(120, msg("validation.maxChars", { max: 120 })),
    municipalityCode,
    wijkCodes: wijkCodeList,
    inhabitants: z.coerce
      .number({ message: msg("validation.inhabitantsWhole") })
      .int(msg("validation.inhabitantsWhole"))
      .min(0, msg("validation.inhabitantsNegative"))
      .max(1_000_000, msg("validation.inhabitantsTooMany"))
      .optional(),
    coordinatorName: z
      .string()
      .trim()
      .max(120, msg("validation.maxChars", { max: 120 }))
      .optional(),
    coordinatorEmail: z.string().trim().toLowerCase().email(msg("validation.email")).optional(),
  })
  .refine((v) => v.wijkCodes.every((c) => c.slice(2, 6) === v.municipalityCode.slice(2)), {
    message: msg("validation.wijkenNotInMunicipality"),
    path: ["wijkCodes"],
  });

export type WijkverbandInput = z.input<typeof WijkverbandInputSchema>;

export const MemberInputSchema = z
  .object({
    /** "practice:<uuid>" or "organisation:<uuid>", as the form's single select sends it. */
    member: z
      .string()
      .trim()
      .refine((v) => /^(practice|organisation):/.test(v) && isId(v.slice(v.indexOf(":") + 1)), msg("validation.member")),
    role: z
      .string()
      .trim()
      .min(2, msg("validation.memberRole"))
      .max(60, msg("validation.maxChars", { max: 60 })),
  })
  .transform(({ member, role }) => {
    const [kind, id] = member.split(":") as ["practice" | "organisation", string];
    return { kind, id: id.toLowerCase(), role: role.toLowerCase() };
  });

export type MemberInput = z.input<typeof MemberInputSchema>;

/** Suggested roles: the core team first. */
export const MEMBER_ROLE_SUGGESTIONS = [
  "huisarts",
  "wijkverpleging",
  "apotheek",
  "sociaal domein",
  "fysiotherapie",
  "oefentherapie",
  "ergotherapie",
  "logopedie",
  "diëtetiek",
  "verloskunde",
  "ggz",
  "specialist ouderengeneeskunde",
  "welzijn",
  "ziekenhuis",
] as const;
