import type { Metadata } from "next";
import { getMessages } from "@/lib/i18n/server";
import { ImportJobView, loadImportJob } from "../../../_imports/job-view";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getMessages();
  return { title: t.imports.practiceJobTitle };
}

export default async function PracticeImportJobPage({ params }: { params: Promise<{ region: string; jobId: string }> }) {
  const { region, jobId } = await params;
  return <ImportJobView {...await loadImportJob(region, "practices", jobId)} />;
}
