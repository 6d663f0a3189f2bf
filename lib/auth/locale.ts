// The language a signed-in user chose is also kept on the user, so e-mails (written without a
// request, by the job worker) are in that language: Dutch unless the user chose English.
import { systemDb } from "@/lib/db/client";
import type { Locale } from "@/lib/i18n/messages";

export async function rememberLocale(userId: string, locale: Locale): Promise<void> {
  await systemDb.user.updateMany({ where: { id: userId }, data: { locale } });
}
