import type { Metadata } from "next";
import { Main } from "@/components/layout/main";
import { requireActor } from "@/lib/auth/session";
import { listReferralImportJobs } from "@/lib/domain/imports/service";
import { getMessages } from "@/lib/i18n/server";
import { loadOr404 } from "@/lib/next/page";
import { startReferralImport } from "../../../../_social/actions";
import { ImportUploadView } from "../../../../r/[region]/_imports/upload-view";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getMessages();
  return { title: t.common.meta.referralImport };
}

export default async function MunicipalityReferralImportPage({ params }: { params: Promise<{ code: string }> }) {
  const code = (await params).code.toUpperCase();
  const actor = await requireActor();
  const jobs = await loadOr404(listReferralImportJobs(actor, { municipalityCode: code }));
  const { t, locale } = await getMessages();
  const base = `/gemeente/${code}/sociaal-domein`;
  return (
    <Main>
      <ImportUploadView
        slug={code}
        kind="referrals"
        jobs={jobs}
        t={t}
        locale={locale}
        base={`${base}/import`}
        upload={startReferralImport.bind(null, { kind: "municipality", code })}
        back={{ href: base, label: t.social.toSocial }}
      />
    </Main>
  );
}
