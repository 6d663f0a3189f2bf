// One zod schema per regioplan input, shared by the forms (server actions) and the services.
import { z } from "zod";
import { msg } from "@/lib/i18n/keys";
import type { Messages } from "@/lib/i18n/messages";
import { dateOnly } from "@/lib/domain/practices/schema";
import { optionalSafeText, safeText } from "@/lib/domain/shared/privacy";
import { CLIENT_GROUPS, DIRECTIONS, IZA_GOALS, PHASES, PLAN_STATUSES, THEME_TYPES } from "@/lib/domain/plans/rules";
import { idField, urlText } from "@/lib/domain/shared/ids";

// Every free text of a plan (titles, descriptions, comments) refuses personal data (lib/domain/shared/privacy.ts).
type What = keyof Messages["validation"]["what"];
const text = (min: number, max: number, what: What) =>
  safeText(min, max, msg("validation.required", { what: msg(`validation.what.${what}`) }));
const optionalText = optionalSafeText;
const year = z.coerce
  .number({ message: msg("validation.year") })
  .int(msg("validation.year"))
  .min(2000, msg("validation.yearMin"))
  .max(2100, msg("validation.yearMax"));
const number = (what: What) =>
  z.coerce
    .number({ message: msg("validation.numberExample", { what: msg(`validation.what.${what}`) }) })
    .refine(Number.isFinite, msg("validation.number", { what: msg(`validation.what.${what}`) }));
/** Dutch decimal commas are accepted: "12,5" → 12.5. */
const decimal = (what: What) =>
  z.preprocess(
    (v) =>
      typeof v === "string" ? (v.includes(",") ? v.trim().replace(/\./g, "").replace(",", ".") : v.trim()) || undefined : v,
    number(what),
  );
const uuid = idField(msg("validation.reference"));

export const PlanInputSchema = z
  .object({
    title: text(3, 160, "title"),
    periodStart: year,
    periodEnd: year,
    summary: optionalText(4000),
  })
  .refine((v) => v.periodEnd >= v.periodStart, { message: msg("validation.endYearBeforeStart"), path: ["periodEnd"] })
  .refine((v) => v.periodEnd - v.periodStart <= 10, { message: msg("validation.planMaxYears"), path: ["periodEnd"] });
export type PlanInput = z.input<typeof PlanInputSchema>;

export const TransitionSchema = z.object({
  to: z.enum(PLAN_STATUSES as [string, ...string[]], { message: msg("validation.unknownStatus") }),
});

export const ThemeInputSchema = z.object({
  name: text(3, 160, "themeName"),
  type: z.enum(THEME_TYPES as [string, ...string[]], { message: msg("validation.themeType") }),
  clientGroup: z.enum(CLIENT_GROUPS as [string, ...string[]], { message: msg("validation.clientGroup") }).optional(),
  izaGoals: z.array(z.enum(Object.keys(IZA_GOALS) as [string, ...string[]], { message: msg("validation.izaGoal") })).default([]),
  priority: z.coerce
    .number({ message: msg("validation.priority") })
    .int(msg("validation.priority"))
    .min(1, msg("validation.priority"))
    .max(5, msg("validation.priority")),
  rationale: optionalText(2000),
});
export type ThemeInput = z.input<typeof ThemeInputSchema>;

export const InitiativeInputSchema = z
  .object({
    themeId: uuid,
    title: text(3, 200, "title"),
    description: optionalText(4000),
    ownerName: optionalText(120),
    phase: z.enum(PHASES as [string, ...string[]], { message: msg("validation.phase") }),
    startDate: dateOnly.optional(),
    endDate: dateOnly.optional(),
    wijkverbandIds: z.array(uuid).default([]),
    practiceIds: z.array(uuid).default([]),
    organisationIds: z.array(uuid).default([]),
  })
  .refine((v) => !v.startDate || !v.endDate || v.endDate >= v.startDate, {
    message: msg("validation.endDateBeforeStart"),
    path: ["endDate"],
  });
export type InitiativeInput = z.input<typeof InitiativeInputSchema>;

export const IndicatorInputSchema = z.object({
  name: text(3, 200, "indicatorName"),
  unit: text(1, 40, "unit"),
  baseline: decimal("baseline").optional(),
  target: decimal("target"),
  direction: z.enum(DIRECTIONS as [string, ...string[]], { message: msg("validation.direction") }),
});
export type IndicatorInput = z.input<typeof IndicatorInputSchema>;

/** A period label: 2026, 2026-H1, 2026-Q3 or 2026-07. */
export const PERIOD_PATTERN = /^(\d{4})(?:-(H[12]|Q[1-4]|0[1-9]|1[0-2]))?$/;

/** The last day of a period label (midnight UTC). */
export function periodEnd(period: string): Date {
  const m = PERIOD_PATTERN.exec(period);
  if (!m) throw new Error(`Onbekende periode ${period}`);
  const year = Number(m[1]);
  const rest = m[2] ?? "";
  let month = 12;
  if (rest.startsWith("Q")) month = Number(rest.slice(1)) * 3;
  else if (rest.startsWith("H")) month = Number(rest.slice(1)) * 6;
  else if (rest) month = Number(rest);
  return new Date(Date.UTC(year, month, 0));
}

export const MeasurementInputSchema = z.object({
  period: z
    .string({ message: msg("validation.period") })
    .trim()
    .toUpperCase()
    .regex(PERIOD_PATTERN, msg("validation.periodFormat")),
  value: decimal("measuredValue"),
});
export type MeasurementInput = z.input<typeof MeasurementInputSchema>;

export const MilestoneInputSchema = z.object({
  title: text(3, 200, "milestone"),
  dueDate: dateOnly,
});
export type MilestoneInput = z.input<typeof MilestoneInputSchema>;

export const CommentInputSchema = z.object({
  subjectType: z.enum(["plan", "theme", "initiative"], { message: msg("validation.subject") }),
  subjectId: uuid,
  body: text(2, 4000, "comment"),
});
export type CommentInput = z.input<typeof CommentInputSchema>;

export const CarryOverInputSchema = z
  .object({ title: text(3, 160, "title"), periodStart: year, periodEnd: year })
  .refine((v) => v.periodEnd >= v.periodStart, { message: msg("validation.endYearBeforeStart"), path: ["periodEnd"] });
export type CarryOverInput = z.input<typeof CarryOverInputSchema>;

/** URL values of the initiative list's "signaal" filter. */
export const INITIATIVE_SIGNALS = ["over-tijd", "niet-op-koers"] as const;
export type InitiativeSignal = (typeof INITIATIVE_SIGNALS)[number];

export const InitiativeFilterSchema = z.object({
  plan: uuid.optional().catch(undefined),
  theme: uuid.optional().catch(undefined),
  clientGroup: z
    .enum(CLIENT_GROUPS as [string, ...string[]])
    .optional()
    .catch(undefined),
  phase: z
    .enum(PHASES as [string, ...string[]])
    .optional()
    .catch(undefined),
  municipality: z
    .string()
    .regex(/^GM\d{4}$/)
    .optional()
    .catch(undefined),
  /** Initiatives that need attention: a milestone past its date, or an indicator off track. */
  signal: z.enum(INITIATIVE_SIGNALS).optional().catch(undefined),
  q: z
    .string()
    .transform((v) => urlText(v))
    .optional()
    .catch(undefined),
});
export type InitiativeFilter = z.output<typeof InitiativeFilterSchema>;
