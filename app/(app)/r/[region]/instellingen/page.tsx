import type { Metadata } from "next";
import { getMessages } from "@/lib/i18n/server";
import { notFound } from "next/navigation";
import { RegionSettingsForm } from "@/components/forms/region-settings-form";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/session";
import { can } from "@/lib/authz/permissions";
import { regionOfRequest } from "@/lib/next/region";
import { loadOr404 } from "@/lib/next/page";
import { saveRegionSettings } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getMessages();
  return { title: t.common.meta.settings };
}

export default async function RegionSettingsPage({ params }: { params: Promise<{ region: string }> }) {
  const { region: slug } = await params;
  const actor = await requireActor();
  const region = await loadOr404(regionOfRequest(actor, slug));
  // The page hides itself; the service enforces the same rule on save.
  if (!can(actor, "region.settings", { regionId: region.id })) notFound();
  const { t } = await getMessages();
  return (
    <>
      <PageHeader title={t.region.settingsTitle} intro={t.region.settingsIntro} />
      <RegionSettingsForm
        t={t.forms}
        action={saveRegionSettings.bind(null, region.slug)}
        initial={{ brandName: region.brandName ?? region.name, brandColor: region.brandColor }}
      />
    </>
  );
}
