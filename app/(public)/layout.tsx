import Link from "next/link";
import type { ReactNode } from "react";
import { getMessages } from "@/lib/i18n/server";

export default async function PublicLayout({ children }: { children: ReactNode }) {
  const { t } = await getMessages();
  return (
    <>
      <a href="#inhoud" className="skip-link">
        {t.common.skipToContent}
      </a>
      <header className="border-b border-slate-200 bg-white">
        <div className="mx-auto flex max-w-5xl items-center justify-between px-6 py-4">
          <Link href="/" className="text-xl font-bold text-blue-900">
            {t.common.appName}
          </Link>
        </div>
      </header>
      <main id="inhoud" tabIndex={-1} className="mx-auto max-w-5xl px-6 py-10">
        {children}
      </main>
      <footer className="mx-auto max-w-5xl px-6 py-8 text-sm text-muted">
        <Link href="/toegankelijkheid" className="underline">
          {t.common.accessibility}
        </Link>
      </footer>
    </>
  );
}
