import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { RegionSettingsForm } from "@/components/forms/region-settings-form";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/session";
import { can } from "@/lib/authz/permissions";
import { getRegion } from "@/lib/domain/regions/service";
import { loadOr404 } from "@/lib/next/page";
import { saveRegionSettings } from "./actions";

export const metadata: Metadata = { title: "Instellingen regio" };

export default async function RegionSettingsPage({ params }: { params: Promise<{ region: string }> }) {
  const { region: slug } = await params;
  const actor = await requireActor();
  const region = await loadOr404(getRegion(actor, slug));
  // The page hides itself; the service enforces the same rule on save.
  if (!can(actor, "region.settings", { regionId: region.id })) notFound();
  return (
    <>
      <PageHeader title="Instellingen" intro="Naam en huiskleur van uw regio-organisatie in Wijkkracht." />
      <RegionSettingsForm action={saveRegionSettings.bind(null, region.slug)} initial={{ brandName: region.brandName ?? region.name, brandColor: region.brandColor }} />
    </>
  );
}
