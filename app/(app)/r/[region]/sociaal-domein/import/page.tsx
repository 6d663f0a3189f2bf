import type { Metadata } from "next";
import { getMessages } from "@/lib/i18n/server";
import { startReferralImport } from "../../../../_social/actions";
import { ImportUploadView, loadImportUpload } from "../../_imports/upload-view";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getMessages();
  return { title: t.common.meta.referralImport };
}

// Referral files go through the social domain's upload (the region's import schema knows only
// practices and wijk figures), and "back" leads to the social domain, as on the municipality's page.
export default async function RegionReferralImportPage({ params }: { params: Promise<{ region: string }> }) {
  const { region } = await params;
  const data = await loadImportUpload(region, "referrals");
  return (
    <ImportUploadView
      {...data}
      upload={startReferralImport.bind(null, { kind: "region", slug: region })}
      back={{ href: `/r/${region}/sociaal-domein`, label: data.t.social.toSocial }}
    />
  );
}
