import type { Metadata } from "next";
import { requireActor } from "@/lib/auth/session";
import { getSocialLink } from "@/lib/domain/social/service";
import { getMessages } from "@/lib/i18n/server";
import { loadOr404 } from "@/lib/next/page";
import { LinkView } from "../../../../../_social/link-view";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getMessages();
  return { title: t.common.meta.socialLink };
}

export default async function RegionLinkPage({ params }: { params: Promise<{ region: string; linkId: string }> }) {
  const { region, linkId } = await params;
  const actor = await requireActor();
  const data = await loadOr404(getSocialLink(actor, linkId, { regionSlug: region }));
  const { t, locale } = await getMessages();
  return <LinkView scope={{ kind: "region", slug: region }} data={data} t={t} locale={locale} />;
}
