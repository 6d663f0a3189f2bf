import { getMessages } from "@/lib/i18n/server";

/** What a loading.tsx shows while its page streams in, in the reader's language. */
export async function LoadingStatus() {
  const { t } = await getMessages();
  return (
    <p role="status" aria-live="polite" className="text-muted">
      {t.common.loading}
    </p>
  );
}
