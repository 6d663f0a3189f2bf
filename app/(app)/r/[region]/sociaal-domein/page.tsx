import type { Metadata } from "next";
import { requireActor } from "@/lib/auth/session";
import { getRegionSocial } from "@/lib/domain/social/service";
import { getMessages } from "@/lib/i18n/server";
import { loadOr404 } from "@/lib/next/page";
import { SocialView } from "../../../_social/social-view";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getMessages();
  return { title: t.common.meta.social };
}

export default async function RegionSocialPage({ params }: { params: Promise<{ region: string }> }) {
  const { region } = await params;
  const actor = await requireActor();
  const data = await loadOr404(getRegionSocial(actor, region));
  const { t, locale } = await getMessages();
  return <SocialView scope={{ kind: "region", slug: region }} data={data} t={t.social} locale={locale} />;
}
