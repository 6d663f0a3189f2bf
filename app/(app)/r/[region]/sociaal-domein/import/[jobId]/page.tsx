import type { Metadata } from "next";
import { ImportJobView, loadImportJob } from "../../../_imports/job-view";

export const metadata: Metadata = { title: "Import van verwijzingen" };

export default async function RegionReferralImportJobPage({ params }: { params: Promise<{ region: string; jobId: string }> }) {
  const { region, jobId } = await params;
  return <ImportJobView {...await loadImportJob(region, "referrals", jobId)} />;
}
