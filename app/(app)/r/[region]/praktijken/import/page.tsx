import type { Metadata } from "next";
import { ImportUploadView } from "../../_imports/upload-view";

export const metadata: Metadata = { title: "Praktijken importeren" };

export default async function PracticeImportPage({ params }: { params: Promise<{ region: string }> }) {
  const { region } = await params;
  return <ImportUploadView slug={region} kind="practices" />;
}
