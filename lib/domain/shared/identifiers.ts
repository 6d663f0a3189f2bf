// Dutch identifiers as zod schemas with Dutch messages. Forms and services share these.
import { z } from "zod";

const digits = (length: number, label: string) =>
  z
    .string()
    .trim()
    .regex(new RegExp(`^\\d{${length}}$`), `${label} bestaat uit precies ${length} cijfers.`);

/** AGB-code (Vektis): 8 digits, for a person, an enterprise or a location. */
export const agbCode = digits(8, "Een AGB-code");
/** KvK-nummer: 8 digits. */
export const kvkNumber = digits(8, "Een KvK-nummer");
/** UZOVI-code of an insurer: 4 digits. */
export const uzoviCode = digits(4, "Een UZOVI-code");
/** BIG-nummer: 11 digits. */
export const bigNumber = digits(11, "Een BIG-nummer");

/** CBS gemeentecode, e.g. GM0363. Lower case is accepted and normalised. */
export const municipalityCode = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^GM\d{4}$/, "Een gemeentecode is GM gevolgd door 4 cijfers, bijvoorbeeld GM0363.");

/** CBS wijkcode: WK + 4-digit gemeente + 2-digit wijk, e.g. WK036301. */
export const wijkCode = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^WK\d{6}$/, "Een wijkcode is WK gevolgd door 6 cijfers, bijvoorbeeld WK036301.");

/** CBS buurtcode: BU + 8 digits, e.g. BU03630000. */
export const buurtCode = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^BU\d{8}$/, "Een buurtcode is BU gevolgd door 8 cijfers, bijvoorbeeld BU03630000.");

/**
 * Dutch postcode, normalised to "1234 AB". The first digit is never 0 and the letters SA, SD
 * and SS are not issued.
 */
export const postcode = z
  .string()
  .trim()
  .transform((value) => value.toUpperCase().replace(/\s+/g, ""))
  .refine((value) => /^[1-9]\d{3}[A-Z]{2}$/.test(value) && !/(SA|SD|SS)$/.test(value), {
    message: "Een postcode bestaat uit 4 cijfers en 2 letters, bijvoorbeeld 1012 AB.",
  })
  .transform((value) => `${value.slice(0, 4)} ${value.slice(4)}`);

/** The gemeentecode inside a wijkcode: WK047901 → GM0479. */
export function municipalityOfWijk(code: string): string {
  return `GM${code.slice(2, 6)}`;
}
