import type { Metadata } from "next";
import { Main } from "@/components/layout/main";
import { requireActor } from "@/lib/auth/session";
import { getMunicipalitySocial } from "@/lib/domain/social/service";
import { getMessages } from "@/lib/i18n/server";
import { loadOr404 } from "@/lib/next/page";
import { SocialView } from "../../../_social/social-view";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getMessages();
  return { title: t.common.meta.social };
}

export default async function MunicipalitySocialPage({ params }: { params: Promise<{ code: string }> }) {
  const { code } = await params;
  const actor = await requireActor();
  const data = await loadOr404(getMunicipalitySocial(actor, code));
  const { t, locale } = await getMessages();
  return (
    <Main>
      <SocialView scope={{ kind: "municipality", code: data.municipality!.code }} data={data} t={t.social} locale={locale} />
    </Main>
  );
}
