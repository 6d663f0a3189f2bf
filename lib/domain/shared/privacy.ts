// Data protection for free text. Wijkkracht holds organisation data and aggregate numbers only,
// yet a note field is where a citizen service number, a date of birth or a patient's name gets
// typed in by accident. Every free-text field a user fills goes through `rejectPersonalData`
// (or `safeText` / `optionalSafeText`), so the rule and its explanation live in one place.
import { z } from "zod";
import { msg } from "@/lib/i18n/keys";

export type PersonalDataKind = "bsn" | "dateOfBirth" | "personName";

/** The elfproef of a 9-digit citizen service number (BSN): 9·d1 + 8·d2 + … + 2·d8 − d9 ≡ 0 (mod 11). */
export function passesElfproef(digits: string): boolean {
  if (!/^\d{9}$/.test(digits) || /^0+$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += (9 - i) * Number(digits[i]);
  sum -= Number(digits[8]);
  return sum % 11 === 0;
}

/** Nine digits, possibly written in groups ("123 456 782", "123.45.67.82"), that pass the elfproef. */
export function containsBsn(text: string): boolean {
  for (const match of text.matchAll(/(?<![\d.,-])\d(?:[ .-]?\d){8}(?![\d]|[.,-]\d)/g)) {
    if (passesElfproef(match[0].replace(/\D/g, ""))) return true;
  }
  return false;
}

const MONTHS =
  "jan(?:uari)?|feb(?:ruari)?|maa(?:rt)?|mrt|apr(?:il)?|mei|jun(?:i)?|jul(?:i)?|aug(?:ustus)?|sep(?:t(?:ember)?)?|okt(?:ober)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|january|february|march|may|june|july|august";
const NUMERIC_DATE = String.raw`\d{1,2}[-/.]\d{1,2}[-/.](?:\d{4}|\d{2})`;
const ISO_DATE = String.raw`(?:19|20)\d{2}-\d{2}-\d{2}`;
const WRITTEN_DATE = String.raw`\d{1,2}\s+(?:${MONTHS})\.?\s+\d{4}`;
const ANY_DATE = `(?:${NUMERIC_DATE}|${ISO_DATE}|${WRITTEN_DATE})`;
const BIRTH_WORDS = String.raw`(?:geboren|geb\.?(?:\s*datum)?|geboortedatum|geboortejaar|birth\s*date|date\s+of\s+birth|born|dob|d\.o\.b\.)`;
const BIRTH_DATE = new RegExp(`${BIRTH_WORDS}\\s*(?:op|on|in|:)?\\s*(?:${ANY_DATE}|(?:19|20)\\d{2})`, "i");
const FULL_DATE = new RegExp(
  String.raw`(?<!\d)(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})(?!\d)|(?<!\d)(\d{1,2})\s+(?:${MONTHS})\.?\s+(\d{4})(?!\d)`,
  "gi",
);

/**
 * A date of birth: a date after a birth word ("geb. 03-04-1951", "geboren 3 april 1951"), or a full
 * date more than sixteen years back — in this platform's notes (links, plans, comments) only a
 * person's birth date is that old.
 */
export function containsDateOfBirth(text: string, today: Date = new Date()): boolean {
  if (BIRTH_DATE.test(text)) return true;
  const limit = today.getUTCFullYear() - 16;
  for (const match of text.matchAll(FULL_DATE)) {
    const year = Number(match[3] ?? match[5]);
    if (year >= 1900 && year <= limit) return true;
  }
  return false;
}

// "dhr. Jansen", "mevr. De Vries", "mw. A. Bakker", "de heer Pietersen", "patiënt Jan", "cliënt K. Smit".
const TITLES = [
  "dhr",
  "mevr",
  "mvr",
  "mw",
  "mr",
  "mrs",
  "ms",
  "meneer",
  "mevrouw",
  "de heer",
  "patiënte?",
  "patiente?",
  "cliënte?",
  "cliente?",
  "client",
];
/** A title in any case ("Dhr", "MEVR"), keeping the name after it case-sensitive. */
const anyCase = (word: string) => word.replace(/\p{L}/gu, (c) => `[${c.toLowerCase()}${c.toUpperCase()}]`);
const PERSON_NAME = new RegExp(
  String.raw`(?:^|[^\p{L}])(?:${TITLES.map(anyCase).join("|")})\.?\s+(?:(?:van|de|der|den|ter|ten|het|la|le)\s+)*(?:\p{Lu}\.\s*)*\p{Lu}\p{Ll}`,
  "u",
);

export function containsPersonName(text: string): boolean {
  return PERSON_NAME.test(text);
}

/** What personal data the text seems to contain, or null. */
export function findPersonalData(text: string, today?: Date): PersonalDataKind | null {
  if (containsBsn(text)) return "bsn";
  if (containsDateOfBirth(text, today)) return "dateOfBirth";
  if (containsPersonName(text)) return "personName";
  return null;
}

/** Why the text is refused and what to do instead, as catalogue references (msg()). */
export const PERSONAL_DATA_MESSAGES: Record<PersonalDataKind, string> = {
  bsn: msg("validation.personalData.bsn"),
  dateOfBirth: msg("validation.personalData.dateOfBirth"),
  personName: msg("validation.personalData.personName"),
};

/** A zod refinement for free text: adds the explaining message when the text holds personal data. */
export function rejectPersonalData(value: string | undefined, ctx: z.RefinementCtx): void {
  if (!value) return;
  const found = findPersonalData(value);
  if (found) ctx.addIssue({ code: "custom", message: PERSONAL_DATA_MESSAGES[found] });
}

/** Required free text, trimmed, with length limits and the personal-data check. */
export const safeText = (min: number, max: number, missing: string) =>
  z
    .string({ message: missing })
    .trim()
    .min(min, missing)
    .max(max, msg("validation.maxChars", { max }))
    .superRefine(rejectPersonalData);

/** Optional free text, trimmed, at most `max` characters, with the personal-data check. */
export const optionalSafeText = (max: number) =>
  z.string().trim().max(max, msg("validation.maxChars", { max })).superRefine(rejectPersonalData).optional();
