// One zod schema per practice input, shared by the forms, the services and the importer.
import { z } from "zod";
import { msg } from "@/lib/i18n/keys";
import { agbCode, kvkNumber, municipalityCode, postcode, websiteUrl, wijkCode } from "@/lib/domain/shared/identifiers";

const optionalText = (max: number) => z.string().trim().max(max, msg("validation.maxChars", { max })).optional();

/** A date-only value from a form or file: yyyy-mm-dd or dd-mm-yyyy. */
export const dateOnly = z
  .string()
  .trim()
  .transform((value, ctx) => {
    const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
    const dutch = /^(\d{1,2})[-/](\d{1,2})[-/](\d{4})$/.exec(value);
    const [y, m, d] = iso ? [iso[1], iso[2], iso[3]] : dutch ? [dutch[3], dutch[2], dutch[1]] : [];
    const date = new Date(`${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}T00:00:00.000Z`);
    if (!y || Number.isNaN(date.getTime()) || date.getUTCDate() !== Number(d)) {
      ctx.addIssue({ code: "custom", message: msg("validation.date") });
      return z.NEVER;
    }
    return date;
  });

const patients = z.coerce
  .number({ message: msg("validation.patientsWhole") })
  .int(msg("validation.patientsWhole"))
  .min(0, msg("validation.patientsNegative"))
  .max(100_000, msg("validation.patientsTooMany"));

/** Contact details and the registered-patient count: what a practice holder may edit. */
export const PracticeDetailsSchema = z
  .object({
    phone: z
      .string()
      .trim()
      .regex(/^[+0-9 ()-]{6,20}$/, msg("validation.phone"))
      .optional(),
    email: z.string().trim().toLowerCase().email(msg("validation.email")).optional(),
    website: websiteUrl.optional(),
    registeredPatients: patients.optional(),
    registeredPatientsAsOf: dateOnly.optional(),
  })
  .refine((v) => v.registeredPatients === undefined || v.registeredPatientsAsOf !== undefined, {
    message: msg("validation.asOfRequired"),
    path: ["registeredPatientsAsOf"],
  });

/** The whole practice, as a coordinator (or the importer) enters it. */
export const PracticeInputSchema = z
  .object({
    name: z
      .string()
      .trim()
      .min(2, msg("validation.required", { what: msg("validation.what.practiceName") }))
      .max(160, msg("validation.maxChars", { max: 160 })),
    disciplineCode: z.string().trim().min(1, msg("validation.discipline")),
    agb: agbCode.optional(),
    kvk: kvkNumber.optional(),
    street: optionalText(120),
    houseNumber: optionalText(20),
    postcode: postcode.optional(),
    city: optionalText(80),
    municipalityCode,
    wijkCode: wijkCode.optional(),
    phone: PracticeDetailsSchema.shape.phone,
    email: PracticeDetailsSchema.shape.email,
    website: PracticeDetailsSchema.shape.website,
    registeredPatients: patients.optional(),
    registeredPatientsAsOf: dateOnly.optional(),
  })
  .refine((v) => !v.wijkCode || v.wijkCode.slice(2, 6) === v.municipalityCode.slice(2), {
    message: msg("validation.wijkNotInMunicipality"),
    path: ["wijkCode"],
  })
  .refine((v) => v.registeredPatients === undefined || v.registeredPatientsAsOf !== undefined, {
    message: msg("validation.asOfRequired"),
    path: ["registeredPatientsAsOf"],
  });

export type PracticeInput = z.input<typeof PracticeInputSchema>;
export type PracticeData = z.output<typeof PracticeInputSchema>;
export type PracticeDetailsInput = z.input<typeof PracticeDetailsSchema>;
