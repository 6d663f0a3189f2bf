import { Main } from "@/components/layout/main";
import { getMessages } from "@/lib/i18n/server";

export default async function Loading() {
  const { t } = await getMessages();
  return (
    <Main>
      <p role="status">{t.common.loading}</p>
    </Main>
  );
}
