import type { Metadata } from "next";
import Link from "next/link";
import { AgreementTable } from "@/components/agreements/agreement-table";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/session";
import { getWijkverbandAgreements } from "@/lib/domain/agreements/service";
import { fill } from "@/lib/i18n/messages";
import { getMessages } from "@/lib/i18n/server";
import { loadOr404 } from "@/lib/next/page";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getMessages();
  return { title: t.common.meta.wijkverbandAgreements };
}

export default async function WijkverbandAgreementsPage({
  params,
}: {
  params: Promise<{ region: string; wijkverbandId: string }>;
}) {
  const { region: slug, wijkverbandId } = await params;
  const actor = await requireActor();
  const data = await loadOr404(getWijkverbandAgreements(actor, slug, wijkverbandId));
  const { locale, t } = await getMessages();
  const a = t.agreements;
  const base = `/r/${data.region.slug}/wijkverbanden/${data.wijkverband.id}`;

  return (
    <>
      <PageHeader title={fill(a.wijkverbandTitle, { name: data.wijkverband.name })} intro={a.wijkverbandIntro}>
        {data.mayDraft ? (
          <Link
            href={`${base}/afspraken/nieuw`}
            className="rounded-md bg-blue-800 px-4 py-2 font-semibold text-white hover:bg-blue-900"
          >
            {a.newAgreement}
          </Link>
        ) : null}
      </PageHeader>
      <p className="mb-6">
        <Link href={base} className="underline">
          {data.wijkverband.name}
        </Link>
        {" · "}
        <Link href={`/r/${data.region.slug}/afspraken`} className="underline">
          {a.toAllAgreements}
        </Link>
      </p>
      {data.rows.length === 0 ? (
        <p className="text-muted">{data.mayDraft ? a.noAgreements : a.noPublished}</p>
      ) : (
        <AgreementTable
          rows={data.rows}
          slug={data.region.slug}
          caption={fill(a.wijkverbandCaption, { name: data.wijkverband.name })}
          labels={a}
          locale={locale}
          showWijkverband={false}
        />
      )}
    </>
  );
}
