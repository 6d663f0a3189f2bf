import { cookies } from "next/headers";
import { LOCALES, MESSAGES, type Locale } from "@/lib/i18n/messages";

export const LOCALE_COOKIE = "wk-locale";

export async function getLocale(): Promise<Locale> {
  // Outside a request (scripts, tests calling actions directly) there are no cookies: Dutch.
  let value: string | undefined;
  try {
    value = (await cookies()).get(LOCALE_COOKIE)?.value;
  } catch {
    value = undefined;
  }
  return (LOCALES as readonly string[]).includes(value ?? "") ? (value as Locale) : "nl";
}

export async function getMessages() {
  const locale = await getLocale();
  return { locale, t: MESSAGES[locale] };
}
