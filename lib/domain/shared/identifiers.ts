// Dutch identifiers as zod schemas with Dutch messages. Forms and services share these.
import { z } from "zod";
import { msg } from "@/lib/i18n/keys";

const digits = (length: number, label: "agb" | "kvk" | "uzovi" | "big") =>
  z
    .string()
    .trim()
    .regex(new RegExp(`^\\d{${length}}$`), msg("validation.digits", { label: msg(`validation.what.${label}`), length }));

/** AGB-code (Vektis): 8 digits, for a person, an enterprise or a location. */
export const agbCode = digits(8, "agb");
/** KvK-nummer: 8 digits. */
export const kvkNumber = digits(8, "kvk");
/** UZOVI-code of an insurer: 4 digits. */
export const uzoviCode = digits(4, "uzovi");
/** BIG-nummer: 11 digits. */
export const bigNumber = digits(11, "big");

/** CBS gemeentecode, e.g. GM0363. Lower case is accepted and normalised. */
export const municipalityCode = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^GM\d{4}$/, msg("validation.municipalityCode"));

/** CBS wijkcode: WK + 4-digit gemeente + 2-digit wijk, e.g. WK036301. */
export const wijkCode = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^WK\d{6}$/, msg("validation.wijkCode"));

/** CBS buurtcode: BU + 8 digits, e.g. BU03630000. */
export const buurtCode = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^BU\d{8}$/, msg("validation.buurtCode"));

/**
 * Dutch postcode, normalised to "1234 AB". The first digit is never 0 and the letters SA, SD
 * and SS are not issued.
 */
export const postcode = z
  .string()
  .trim()
  .transform((value) => value.toUpperCase().replace(/\s+/g, ""))
  .refine((value) => /^[1-9]\d{3}[A-Z]{2}$/.test(value) && !/(SA|SD|SS)$/.test(value), {
    message: msg("validation.postcode"),
  })
  .transform((value) => `${value.slice(0, 4)} ${value.slice(4)}`);

/** The gemeentecode inside a wijkcode: WK047901 → GM0479. */
export function municipalityOfWijk(code: string): string {
  return `GM${code.slice(2, 6)}`;
}

const WEBSITE_MESSAGE = msg("validation.website");

/** A website: only http(s) with a real host name (no javascript:, data: or other schemes). */
export const websiteUrl = z
  .string()
  .trim()
  .max(2048, msg("validation.maxChars", { max: 2048 }))
  .pipe(z.url({ protocol: /^https?$/, hostname: z.regexes.domain, message: WEBSITE_MESSAGE }));

/** For links to stored websites: the URL when it is http(s), else null (rows from before the check). */
export function safeWebsiteHref(value: string | null | undefined): string | null {
  if (!value) return null;
  return websiteUrl.safeParse(value).success ? value : null;
}
