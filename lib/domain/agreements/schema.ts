// One zod schema per agreement input, shared by the server actions and the services. Messages are
// Dutch and per field.
import { z } from "zod";
import { DECISIONS, LIMITS } from "@/lib/domain/agreements/rules";
import { dateOnly } from "@/lib/domain/practices/schema";
import { msg } from "@/lib/i18n/keys";

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `Gebruik hoogstens ${max} tekens.`)
    .optional()
    .transform((v) => v || undefined);

const body = z
  .string({ message: msg("errors.agreements.textRequired") })
  .max(LIMITS.body, msg("errors.agreements.textTooLong", { max: LIMITS.body.toLocaleString("nl-NL") }))
  .refine((v) => v.trim().length > 0, msg("errors.agreements.textRequired"));

/** Title, topic, text and dates of a concept version (new agreement or edited concept). */
export const AgreementDraftSchema = z
  .object({
    title: z
      .string({ message: msg("errors.agreements.title") })
      .trim()
      .min(1, msg("errors.agreements.title"))
      .max(LIMITS.title, msg("errors.agreements.titleTooLong", { max: LIMITS.title })),
    topic: optionalText(LIMITS.topic),
    body,
    effectiveDate: dateOnly,
    reviewDate: dateOnly.optional(),
  })
  .refine((v) => !v.reviewDate || v.reviewDate >= v.effectiveDate, {
    message: msg("errors.agreements.reviewBeforeStart"),
    path: ["reviewDate"],
  });
export type AgreementDraftInput = z.input<typeof AgreementDraftSchema>;
export type AgreementDraft = z.output<typeof AgreementDraftSchema>;

/** A practice's decision on the current version: confirm, or object with a reason. */
export const DecisionSchema = z
  .object({
    versionId: z.string().uuid("Ongeldige versie."),
    practiceId: z.string({ message: msg("errors.agreements.choosePractice") }).uuid(msg("errors.agreements.choosePractice")),
    decision: z.enum(DECISIONS, { message: msg("errors.agreements.decision") }),
    reason: z
      .string()
      .trim()
      .max(LIMITS.reason, `Gebruik hoogstens ${LIMITS.reason} tekens.`)
      .optional()
      .transform((v) => v || undefined),
  })
  .refine((v) => v.decision !== "objection" || !!v.reason, {
    message: msg("errors.agreements.objectionReason"),
    path: ["reason"],
  });
export type DecisionInput = z.input<typeof DecisionSchema>;

/** An agreement template, as the platform admin edits it. */
export const TemplateInputSchema = z.object({
  key: z
    .string()
    .trim()
    .toLowerCase()
    .regex(/^[a-z][a-z0-9-]{1,59}$/, msg("errors.agreements.keyFormat")),
  title: z
    .string({ message: msg("errors.agreements.title") })
    .trim()
    .min(1, msg("errors.agreements.title"))
    .max(LIMITS.title, `Gebruik hoogstens ${LIMITS.title} tekens.`),
  topic: z
    .string({ message: msg("errors.agreements.subject") })
    .trim()
    .min(1, msg("errors.agreements.subject"))
    .max(LIMITS.topic, `Gebruik hoogstens ${LIMITS.topic} tekens.`),
  body,
  sortOrder: z.coerce
    .number({ message: msg("validation.sortOrder") })
    .int(msg("validation.sortOrder"))
    .min(0, msg("errors.agreements.sortOrderMin"))
    .max(10_000, msg("errors.agreements.sortOrderMax")),
  active: z
    .union([z.boolean(), z.literal("on"), z.literal("true")])
    .optional()
    .transform((v) => v === true || v === "on" || v === "true"),
});
export type TemplateInput = z.input<typeof TemplateInputSchema>;
