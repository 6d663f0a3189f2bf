import Link from "next/link";
import { getMessages } from "@/lib/i18n/server";

export default async function NotFound() {
  const { t } = await getMessages();
  return (
    <main id="inhoud" className="mx-auto max-w-xl px-6 py-16">
      <h1 className="text-2xl font-semibold">{t.common.notFoundTitle}</h1>
      <p className="mt-3 text-muted">{t.common.notFoundText}</p>
      <p className="mt-6">
        <Link href="/" className="font-medium text-blue-800 underline">
          {t.common.toHome}
        </Link>
      </p>
    </main>
  );
}
