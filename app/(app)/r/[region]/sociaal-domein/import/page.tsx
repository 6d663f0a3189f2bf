import type { Metadata } from "next";
import { ImportUploadView, loadImportUpload } from "../../_imports/upload-view";

export const metadata: Metadata = { title: "Verwijzingen importeren" };

export default async function RegionReferralImportPage({ params }: { params: Promise<{ region: string }> }) {
  const { region } = await params;
  return <ImportUploadView {...await loadImportUpload(region, "referrals")} />;
}
