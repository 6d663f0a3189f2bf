// Names kept in the data in both languages (a discipline's `name` and `nameEn`, set by platform
// administration). Services have no locale (see keys.ts), so they return both and the page or export
// that knows the reader's locale picks one.
import type { Locale } from "@/lib/i18n/messages";

export type LocalizedName = Record<Locale, string>;

/** The Prisma select for a discipline's names. */
export const DISCIPLINE_NAMES = { name: true, nameEn: true } as const;

export function disciplineName(d: { name: string; nameEn: string }): LocalizedName {
  return { nl: d.name, en: d.nameEn };
}
