import { cookies } from "next/headers";
import { LOCALES, MESSAGES, type Locale } from "@/lib/i18n/messages";

export const LOCALE_COOKIE = "wk-locale";

export async function getLocale(): Promise<Locale> {
  const value = (await cookies()).get(LOCALE_COOKIE)?.value;
  return (LOCALES as readonly string[]).includes(value ?? "") ? (value as Locale) : "nl";
}

export async function getMessages() {
  const locale = await getLocale();
  return { locale, t: MESSAGES[locale] };
}
