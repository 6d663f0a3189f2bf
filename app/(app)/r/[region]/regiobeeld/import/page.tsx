import type { Metadata } from "next";
import { ImportUploadView } from "../../_imports/upload-view";

export const metadata: Metadata = { title: "Wijkcijfers importeren" };

export default async function WijkImportPage({ params }: { params: Promise<{ region: string }> }) {
  const { region } = await params;
  return <ImportUploadView slug={region} kind="wijkstatistics" />;
}
