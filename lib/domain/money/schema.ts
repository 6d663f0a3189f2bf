// Input schemas for the money services, with Dutch field messages. Amounts are Dutch text
// ("1.234,56") or integer cents; both become integer cents.
import { z } from "zod";
import { idField } from "@/lib/domain/shared/ids";
import { FUNDING_TITLES, MAX_BUDGET_CENTS, MAX_ITEM_CENTS, parseAmount } from "@/lib/domain/money/rules";
import { msg } from "@/lib/i18n/keys";

/** A Dutch amount text or a number of cents → cents. */
function amount(options: { max: number; allowZero?: boolean }) {
  return z.union([z.string(), z.number()], { error: msg("errors.money.amountRequired") }).transform((value, ctx) => {
    if (typeof value === "number") {
      if (!Number.isInteger(value) || value < (options.allowZero ? 0 : 1) || value > options.max) {
        ctx.addIssue({ code: "custom", message: msg("errors.money.amountFormat") });
        return z.NEVER;
      }
      return value;
    }
    const result = parseAmount(value, options);
    if (!result.ok) {
      ctx.addIssue({ code: "custom", message: result.message });
      return z.NEVER;
    }
    return result.cents;
  });
}

const isoDate = (message: string) =>
  z
    .string({ error: message })
    .regex(/^\d{4}-\d{2}-\d{2}$/, { message })
    .transform((v, ctx) => {
      const d = new Date(`${v}T00:00:00.000Z`);
      if (Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== v) {
        ctx.addIssue({ code: "custom", message });
        return z.NEVER;
      }
      return d;
    });

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, { message: `Hoogstens ${max} tekens.` })
    .optional()
    .transform((v) => (v ? v : null));

const year = z.coerce
  .number({ error: msg("errors.money.yearRequired") })
  .int({ message: msg("errors.money.yearRequired") })
  .min(2020, { message: msg("errors.money.yearMin") })
  .max(2100, { message: msg("errors.money.yearMax") });

export const BudgetInputSchema = z
  .object({
    regionSlug: z.string({ error: msg("errors.money.chooseRegion") }).min(1, { message: msg("errors.money.chooseRegion") }),
    year,
    fundingTitle: z.enum(FUNDING_TITLES as [string, ...string[]], { error: msg("errors.money.chooseFundingTitle") }),
    amount: amount({ max: MAX_BUDGET_CENTS, allowZero: true }).optional(),
    rate: amount({ max: 100_000, allowZero: false }).optional(),
    contractReference: optionalText(100),
    periodStart: isoDate(msg("errors.money.startDate")).optional(),
    periodEnd: isoDate(msg("errors.money.endDate")).optional(),
    preferent: z
      .union([z.boolean(), z.enum(["preferent", "volgend"])], { error: msg("errors.money.preferent") })
      .transform((v) => v === true || v === "preferent"),
  })
  .superRefine((v, ctx) => {
    if (v.amount === undefined && v.rate === undefined)
      ctx.addIssue({ code: "custom", path: ["amount"], message: msg("errors.money.amountOrRate") });
    const start = v.periodStart ?? new Date(Date.UTC(v.year, 0, 1));
    const end = v.periodEnd ?? new Date(Date.UTC(v.year, 11, 31));
    if (end < start) ctx.addIssue({ code: "custom", path: ["periodEnd"], message: msg("errors.money.endBeforeStart") });
  });
export type BudgetInput = z.input<typeof BudgetInputSchema>;

export const BudgetChangeSchema = z.object({
  amount: amount({ max: MAX_BUDGET_CENTS, allowZero: true }),
  reason: z
    .string({ error: msg("errors.money.changeReason") })
    .trim()
    .min(3, { message: msg("errors.money.changeReason") })
    .max(1000, { message: "Hoogstens 1000 tekens." }),
  contractReference: optionalText(100),
});
export type BudgetChange = z.input<typeof BudgetChangeSchema>;

export const AllocationInputSchema = z
  .object({
    budgetId: idField(msg("errors.money.chooseBudget")),
    /** "initiative:<uuid>" or "wijkverband:<uuid>". */
    target: z
      .string({ error: msg("errors.money.chooseTarget") })
      .regex(/^(initiative|wijkverband):[0-9a-f-]{36}$/i, { message: msg("errors.money.chooseTarget") }),
    amount: amount({ max: MAX_BUDGET_CENTS }),
    note: optionalText(500),
  })
  .transform((v) => {
    const [kind, id] = v.target.split(":") as ["initiative" | "wijkverband", string];
    return { ...v, kind, targetId: id };
  });
export type AllocationInput = z.input<typeof AllocationInputSchema>;

export const AllocationChangeSchema = z.object({
  amount: amount({ max: MAX_BUDGET_CENTS, allowZero: true }),
  note: optionalText(500),
});
export type AllocationChange = z.input<typeof AllocationChangeSchema>;

export const ExpenditureInputSchema = z.object({
  date: isoDate(msg("errors.money.date")),
  amount: amount({ max: MAX_ITEM_CENTS }),
  category: z
    .string({ error: msg("validation.category") })
    .trim()
    .min(1, { message: msg("validation.category") })
    .max(60, { message: "Hoogstens 60 tekens." }),
  description: z
    .string({ error: msg("errors.money.describe") })
    .trim()
    .min(3, { message: msg("errors.money.describe") })
    .max(1000, { message: "Hoogstens 1000 tekens." }),
  evidenceReference: optionalText(200),
});
export type ExpenditureInput = z.input<typeof ExpenditureInputSchema>;

export const ReviewTextSchema = z.object({
  text: z
    .string({ error: msg("errors.money.explanation") })
    .trim()
    .min(3, { message: msg("errors.money.explanation") })
    .max(2000, { message: "Hoogstens 2000 tekens." }),
});

export const VerantwoordingQuerySchema = z.object({
  regio: z.string({ error: msg("errors.money.chooseRegion") }).min(1, { message: msg("errors.money.chooseRegion") }),
  jaar: year,
  format: z.enum(["xlsx", "pdf"], { error: msg("errors.money.xlsxOrPdf") }),
});
