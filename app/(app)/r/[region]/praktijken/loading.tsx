import { getMessages } from "@/lib/i18n/server";

export default async function Loading() {
  const { t } = await getMessages();
  return (
    <p role="status" className="text-muted">
      {t.common.loading}
    </p>
  );
}
