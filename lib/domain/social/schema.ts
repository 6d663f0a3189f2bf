// One zod schema per social-domain input, shared by the forms (server actions) and the services.
// Every free-text field goes through the personal-data check (lib/domain/shared/privacy.ts).
import { z } from "zod";
import { dateOnly } from "@/lib/domain/practices/schema";
import { kvkNumber } from "@/lib/domain/shared/identifiers";
import { optionalSafeText, safeText } from "@/lib/domain/shared/privacy";
import { formatQuarter, LINK_KINDS, LINK_STATUSES, ORGANISATION_KINDS, parseQuarter } from "@/lib/domain/social/rules";
import { msg } from "@/lib/i18n/keys";

const uuid = z.string().uuid(msg("errors.social.chooseFromList"));

export const SocialOrganisationInputSchema = z.object({
  name: safeText(2, 160, msg("errors.social.organisationName")),
  socialKind: z.enum(ORGANISATION_KINDS, { message: msg("validation.partnerKind") }),
  kvk: kvkNumber.optional(),
  contact: optionalSafeText(200),
});
export type SocialOrganisationInput = z.input<typeof SocialOrganisationInputSchema>;

/** A link of an organisation with a wijkverband or a practice (exactly one). */
export const SocialLinkInputSchema = z
  .object({
    organisationId: uuid,
    /** "wijkverband:<id>" or "praktijk:<id>" from one select, or the two ids. */
    target: z
      .string({ message: msg("errors.social.chooseTarget") })
      .regex(/^(wijkverband|praktijk):[0-9a-f-]{36}$/i, msg("errors.social.chooseTarget")),
    kind: z.enum(LINK_KINDS, { message: msg("errors.social.linkKind") }),
    status: z.enum(LINK_STATUSES, { message: msg("errors.social.status") }).default("verkenning"),
    since: dateOnly.optional(),
    contactRole: optionalSafeText(120),
    note: optionalSafeText(1000),
  })
  .transform((v) => {
    const [type, id] = v.target.split(":") as ["wijkverband" | "praktijk", string];
    return {
      ...v,
      wijkverbandId: type === "wijkverband" ? id.toLowerCase() : null,
      practiceId: type === "praktijk" ? id.toLowerCase() : null,
    };
  });
export type SocialLinkInput = z.input<typeof SocialLinkInputSchema>;

export const SocialLinkDetailsSchema = z.object({
  kind: z.enum(LINK_KINDS, { message: msg("errors.social.linkKind") }),
  contactRole: optionalSafeText(120),
  note: optionalSafeText(1000),
});
export type SocialLinkDetailsInput = z.input<typeof SocialLinkDetailsSchema>;

export const SocialLinkStatusSchema = z.object({
  status: z.enum(LINK_STATUSES, { message: msg("errors.social.newStatus") }),
  on: dateOnly.optional(),
});
export type SocialLinkStatusInput = z.input<typeof SocialLinkStatusSchema>;

/** A quarter as people write it ("2026-Q3", "2026 Q3", "Q3 2026"), normalised to "2026-Q3". */
export const quarterText = z
  .string({ message: msg("errors.social.quarterExample") })
  .trim()
  .transform((value, ctx) => {
    const q = parseQuarter(value);
    if (!q) {
      ctx.addIssue({ code: "custom", message: msg("errors.social.quarterFormat") });
      return z.NEVER;
    }
    return formatQuarter(q);
  });

/** A whole, non-negative number of referrals ("23"; "1.250" with a thousands point). */
export const referralCount = z
  .union([z.string(), z.number()], { message: msg("errors.social.countWhole") })
  .transform((value, ctx) => {
    const text = typeof value === "number" ? String(value) : value.replace(/\s+/g, "");
    const normal = /^\d{1,3}(\.\d{3})+$/.test(text) ? text.replace(/\./g, "") : text;
    if (!/^\d+$/.test(normal) || Number(normal) > 1_000_000) {
      ctx.addIssue({ code: "custom", message: msg("errors.social.countNoDecimals") });
      return z.NEVER;
    }
    return Number(normal);
  });

export const ReferralInputSchema = z.object({
  period: quarterText,
  count: referralCount,
});
export type ReferralInput = z.input<typeof ReferralInputSchema>;
