"use client";

// Unexpected errors: a generic message in the page's language; the details are in the server log.
import { commonMessagesOfDocument } from "@/lib/i18n/client";

export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = commonMessagesOfDocument();
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
