"use server";

import { cookies } from "next/headers";
import { revalidatePath } from "next/cache";
import { rememberLocale } from "@/lib/auth/locale";
import { getActor } from "@/lib/auth/session";
import { LOCALES, type Locale } from "@/lib/i18n/messages";
import { LOCALE_COOKIE } from "@/lib/i18n/server";

export async function setLocale(formData: FormData): Promise<void> {
  const locale = String(formData.get("locale"));
  if (!(LOCALES as readonly string[]).includes(locale)) return;
  (await cookies()).set(LOCALE_COOKIE, locale, { path: "/", sameSite: "lax", maxAge: 60 * 60 * 24 * 365, httpOnly: true });
  const actor = await getActor();
  if (actor) await rememberLocale(actor.userId, locale as Locale);
  revalidatePath("/", "layout");
}
