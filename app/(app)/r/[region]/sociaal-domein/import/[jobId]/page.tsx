import type { Metadata } from "next";
import { getMessages } from "@/lib/i18n/server";
import { confirmReferralImport } from "../../../../../_social/actions";
import { ImportJobView, loadImportJob } from "../../../_imports/job-view";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getMessages();
  return { title: t.common.meta.referralImportJob };
}

export default async function RegionReferralImportJobPage({ params }: { params: Promise<{ region: string; jobId: string }> }) {
  const { region, jobId } = await params;
  const data = await loadImportJob(region, "referrals", jobId);
  return <ImportJobView {...data} confirm={confirmReferralImport.bind(null, { kind: "region", slug: region }, data.job.id)} />;
}
