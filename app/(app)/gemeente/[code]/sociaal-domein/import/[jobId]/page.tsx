import type { Metadata } from "next";
import { Main } from "@/components/layout/main";
import { requireActor } from "@/lib/auth/session";
import { getReferralImportJob } from "@/lib/domain/imports/service";
import { getMessages } from "@/lib/i18n/server";
import { loadOr404 } from "@/lib/next/page";
import { confirmReferralImport } from "../../../../../_social/actions";
import { ImportJobView } from "../../../../../r/[region]/_imports/job-view";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getMessages();
  return { title: t.common.meta.referralImportJob };
}

export default async function MunicipalityReferralImportJobPage({
  params,
}: {
  params: Promise<{ code: string; jobId: string }>;
}) {
  const { jobId } = await params;
  const code = (await params).code.toUpperCase();
  const actor = await requireActor();
  const job = await loadOr404(getReferralImportJob(actor, { municipalityCode: code }, jobId));
  const { t } = await getMessages();
  const base = `/gemeente/${code}/sociaal-domein`;
  return (
    <Main>
      <ImportJobView
        slug=""
        kind="referrals"
        job={job}
        t={t}
        base={`${base}/import`}
        confirm={confirmReferralImport.bind(null, { kind: "municipality", code }, job.id)}
        done={{ href: base, label: t.social.toSocial }}
      />
    </Main>
  );
}
