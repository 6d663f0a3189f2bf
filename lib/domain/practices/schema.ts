// One zod schema per practice input, shared by the forms, the services and the importer.
import { z } from "zod";
import { agbCode, kvkNumber, municipalityCode, postcode, wijkCode } from "@/lib/domain/shared/identifiers";

const optionalText = (max: number, label: string) =>
  z.string().trim().max(max, `${label} mag hoogstens ${max} tekens hebben.`).optional();

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
      ctx.addIssue({ code: "custom", message: "Geef een datum als 2026-01-31 of 31-01-2026." });
      return z.NEVER;
    }
    return date;
  });

const patients = z.coerce
  .number({ message: "Geef een aantal in hele getallen." })
  .int("Geef een aantal in hele getallen.")
  .min(0, "Het aantal kan niet negatief zijn.")
  .max(100_000, "Dat is meer dan een praktijk kan hebben; controleer het aantal.");

/** Contact details and the registered-patient count: what a practice holder may edit. */
export const PracticeDetailsSchema = z
  .object({
    phone: z
      .string()
      .trim()
      .regex(/^[+0-9 ()-]{6,20}$/, "Geef een telefoonnummer, bijvoorbeeld 075 123 45 67.")
      .optional(),
    email: z.string().trim().toLowerCase().email("Geef een geldig e-mailadres.").optional(),
    website: z.string().trim().url("Geef een volledig webadres, beginnend met https://.").optional(),
    registeredPatients: patients.optional(),
    registeredPatientsAsOf: dateOnly.optional(),
  })
  .refine((v) => v.registeredPatients === undefined || v.registeredPatientsAsOf !== undefined, {
    message: "Geef ook de peildatum van het aantal ingeschreven patiënten.",
    path: ["registeredPatientsAsOf"],
  });

/** The whole practice, as a coordinator (or the importer) enters it. */
export const PracticeInputSchema = z
  .object({
    name: z.string().trim().min(2, "Geef de naam van de praktijk.").max(160, "Gebruik hoogstens 160 tekens."),
    disciplineCode: z.string().trim().min(1, "Kies een discipline."),
    agb: agbCode.optional(),
    kvk: kvkNumber.optional(),
    street: optionalText(120, "De straat"),
    houseNumber: optionalText(20, "Het huisnummer"),
    postcode: postcode.optional(),
    city: optionalText(80, "De plaats"),
    municipalityCode,
    wijkCode: wijkCode.optional(),
    phone: PracticeDetailsSchema.shape.phone,
    email: PracticeDetailsSchema.shape.email,
    website: PracticeDetailsSchema.shape.website,
    registeredPatients: patients.optional(),
    registeredPatientsAsOf: dateOnly.optional(),
  })
  .refine((v) => !v.wijkCode || v.wijkCode.slice(2, 6) === v.municipalityCode.slice(2), {
    message: "Deze wijk ligt niet in de gekozen gemeente (de cijfers na WK beginnen met de gemeentecode).",
    path: ["wijkCode"],
  })
  .refine((v) => v.registeredPatients === undefined || v.registeredPatientsAsOf !== undefined, {
    message: "Geef ook de peildatum van het aantal ingeschreven patiënten.",
    path: ["registeredPatientsAsOf"],
  });

export type PracticeInput = z.input<typeof PracticeInputSchema>;
export type PracticeData = z.output<typeof PracticeInputSchema>;
export type PracticeDetailsInput = z.input<typeof PracticeDetailsSchema>;
