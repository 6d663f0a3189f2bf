import type { Metadata } from "next";
import { Main } from "@/components/layout/main";
import { requireActor } from "@/lib/auth/session";
import { getSocialLink } from "@/lib/domain/social/service";
import { getMessages } from "@/lib/i18n/server";
import { loadOr404 } from "@/lib/next/page";
import { LinkView } from "../../../../../_social/link-view";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getMessages();
  return { title: t.common.meta.socialLink };
}

export default async function MunicipalityLinkPage({ params }: { params: Promise<{ code: string; linkId: string }> }) {
  const { code, linkId } = await params;
  const actor = await requireActor();
  const data = await loadOr404(getSocialLink(actor, linkId, { municipalityCode: code }));
  const { t, locale } = await getMessages();
  return (
    <Main>
      <LinkView scope={{ kind: "municipality", code: code.toUpperCase() }} data={data} t={t} locale={locale} />
    </Main>
  );
}
