// One zod schema per regioplan input, shared by the forms (server actions) and the services.
import { z } from "zod";
import { dateOnly } from "@/lib/domain/practices/schema";
import { CLIENT_GROUPS, DIRECTIONS, IZA_GOALS, PHASES, PLAN_STATUSES, THEME_TYPES } from "@/lib/domain/plans/rules";

const text = (min: number, max: number, what: string) =>
  z
    .string({ message: `Geef ${what}.` })
    .trim()
    .min(min, `Geef ${what}.`)
    .max(max, `Gebruik hoogstens ${max} tekens.`);
const optionalText = (max: number) => z.string().trim().max(max, `Gebruik hoogstens ${max} tekens.`).optional();
const year = z.coerce
  .number({ message: "Geef een jaartal, bijvoorbeeld 2026." })
  .int("Geef een jaartal, bijvoorbeeld 2026.")
  .min(2000, "Geef een jaartal vanaf 2000.")
  .max(2100, "Geef een jaartal tot 2100.");
const number = (what: string) => z.coerce.number({ message: `Geef ${what} als getal, bijvoorbeeld 12,5.` }).refine(Number.isFinite, `Geef ${what} als getal.`);
/** Dutch decimal commas are accepted: "12,5" → 12.5. */
const decimal = (what: string) => z.preprocess((v) => (typeof v === "string" ? (v.includes(",") ? v.trim().replace(/\./g, "").replace(",", ".") : v.trim()) || undefined : v), number(what));
const uuid = z.string().uuid("Ongeldige verwijzing.");

export const PlanInputSchema = z
  .object({
    title: text(3, 160, "een titel"),
    periodStart: year,
    periodEnd: year,
    summary: optionalText(4000),
  })
  .refine((v) => v.periodEnd >= v.periodStart, { message: "Het eindjaar ligt vóór het beginjaar.", path: ["periodEnd"] })
  .refine((v) => v.periodEnd - v.periodStart <= 10, { message: "Een plan loopt hoogstens tien jaar.", path: ["periodEnd"] });
export type PlanInput = z.input<typeof PlanInputSchema>;

export const TransitionSchema = z.object({ to: z.enum(PLAN_STATUSES as [string, ...string[]], { message: "Onbekende status." }) });

export const ThemeInputSchema = z.object({
  name: text(3, 160, "de naam van de opgave"),
  type: z.enum(THEME_TYPES as [string, ...string[]], { message: "Kies doelgroep of randvoorwaardelijk." }),
  clientGroup: z.enum(CLIENT_GROUPS as [string, ...string[]], { message: "Kies een cliëntgroep." }).optional(),
  izaGoals: z.array(z.enum(Object.keys(IZA_GOALS) as [string, ...string[]], { message: "Onbekend IZA-doel." })).default([]),
  priority: z.coerce.number({ message: "Kies een prioriteit van 1 tot 5." }).int().min(1, "Kies een prioriteit van 1 tot 5.").max(5, "Kies een prioriteit van 1 tot 5."),
  rationale: optionalText(2000),
});
export type ThemeInput = z.input<typeof ThemeInputSchema>;

export const InitiativeInputSchema = z
  .object({
    themeId: uuid,
    title: text(3, 200, "een titel"),
    description: optionalText(4000),
    ownerName: optionalText(120),
    phase: z.enum(PHASES as [string, ...string[]], { message: "Kies een fase." }),
    startDate: dateOnly.optional(),
    endDate: dateOnly.optional(),
    wijkverbandIds: z.array(uuid).default([]),
    practiceIds: z.array(uuid).default([]),
    organisationIds: z.array(uuid).default([]),
  })
  .refine((v) => !v.startDate || !v.endDate || v.endDate >= v.startDate, { message: "De einddatum ligt vóór de startdatum.", path: ["endDate"] });
export type InitiativeInput = z.input<typeof InitiativeInputSchema>;

export const IndicatorInputSchema = z.object({
  name: text(3, 200, "de naam van de indicator"),
  unit: text(1, 40, "een eenheid, bijvoorbeeld % of aantal"),
  baseline: decimal("de nulmeting").optional(),
  target: decimal("de streefwaarde"),
  direction: z.enum(DIRECTIONS as [string, ...string[]], { message: "Kies of hoger of lager beter is." }),
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
    .string({ message: "Geef een periode." })
    .trim()
    .toUpperCase()
    .regex(PERIOD_PATTERN, "Geef een periode als 2026, 2026-H1, 2026-Q3 of 2026-07."),
  value: decimal("de gemeten waarde"),
});
export type MeasurementInput = z.input<typeof MeasurementInputSchema>;

export const MilestoneInputSchema = z.object({
  title: text(3, 200, "de mijlpaal"),
  dueDate: dateOnly,
});
export type MilestoneInput = z.input<typeof MilestoneInputSchema>;

export const CommentInputSchema = z.object({
  subjectType: z.enum(["plan", "theme", "initiative"], { message: "Onbekend onderwerp." }),
  subjectId: uuid,
  body: text(2, 4000, "uw reactie"),
});
export type CommentInput = z.input<typeof CommentInputSchema>;

export const CarryOverInputSchema = z
  .object({ title: text(3, 160, "een titel"), periodStart: year, periodEnd: year })
  .refine((v) => v.periodEnd >= v.periodStart, { message: "Het eindjaar ligt vóór het beginjaar.", path: ["periodEnd"] });
export type CarryOverInput = z.input<typeof CarryOverInputSchema>;

export const InitiativeFilterSchema = z.object({
  plan: uuid.optional().catch(undefined),
  theme: uuid.optional().catch(undefined),
  clientGroup: z.enum(CLIENT_GROUPS as [string, ...string[]]).optional().catch(undefined),
  phase: z.enum(PHASES as [string, ...string[]]).optional().catch(undefined),
  municipality: z.string().regex(/^GM\d{4}$/).optional().catch(undefined),
  q: z.string().trim().max(100).optional().catch(undefined),
});
export type InitiativeFilter = z.output<typeof InitiativeFilterSchema>;
