import type { Metadata } from "next";
import { getMessages } from "@/lib/i18n/server";
import { ImportUploadView, loadImportUpload } from "../../_imports/upload-view";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getMessages();
  return { title: t.imports.wijkenTitle };
}

export default async function WijkImportPage({ params }: { params: Promise<{ region: string }> }) {
  const { region } = await params;
  return <ImportUploadView {...await loadImportUpload(region, "wijkstatistics")} />;
}
