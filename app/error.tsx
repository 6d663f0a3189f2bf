"use client";

// Unexpected errors: a generic message in the page's language; the details are in the server log.
import * as common from "@/lib/i18n/messages/common";

export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = typeof document !== "undefined" && document.documentElement.lang === "en" ? common.en : common.nl;
  return (
    <main id="inhoud" className="mx-auto max-w-xl px-6 py-16">
      <h1 className="text-2xl font-semibold">{t.errorTitle}</h1>
      <p className="mt-3 text-muted">{t.errorText}</p>
      <button type="button" onClick={reset} className="mt-6 rounded-md bg-blue-800 px-4 py-2 font-medium text-white">
        {t.tryAgain}
      </button>
    </main>
  );
}
