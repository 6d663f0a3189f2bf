// The platform admin's discipline form: one schema for the action and the service.
import { z } from "zod";
import { msg } from "@/lib/i18n/keys";

export const DisciplineInputSchema = z.object({
  code: z
    .string()
    .trim()
    .toLowerCase()
    .regex(/^[a-z][a-z0-9_]{1,49}$/, msg("validation.disciplineCode")),
  name: z
    .string()
    .trim()
    .min(2, msg("validation.required", { what: msg("validation.what.nameNl") }))
    .max(80, msg("validation.maxChars", { max: 80 })),
  nameEn: z
    .string()
    .trim()
    .min(2, msg("validation.required", { what: msg("validation.what.nameEn") }))
    .max(80, msg("validation.maxChars", { max: 80 })),
  category: z.enum(["medical", "paramedical", "social"], { message: msg("validation.category") }),
  sortOrder: z.coerce
    .number({ message: msg("validation.sortOrder") })
    .int(msg("validation.sortOrder"))
    .min(0)
    .max(10_000),
  active: z
    .union([z.boolean(), z.literal("on"), z.literal("true")])
    .optional()
    .transform((v) => v === true || v === "on" || v === "true"),
});
export type DisciplineInput = z.input<typeof DisciplineInputSchema>;
