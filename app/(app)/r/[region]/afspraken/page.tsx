import type { Metadata } from "next";
import { AgreementTable, HolderAgreementTable } from "@/components/agreements/agreement-table";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import { requireActor } from "@/lib/auth/session";
import { sharePercent } from "@/lib/domain/agreements/rules";
import { listRegionAgreements } from "@/lib/domain/agreements/service";
import { fill } from "@/lib/i18n/messages";
import { getMessages } from "@/lib/i18n/server";
import { loadOr404 } from "@/lib/next/page";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getMessages();
  return { title: t.common.meta.agreements };
}

export default async function RegionAgreementsPage({ params }: { params: Promise<{ region: string }> }) {
  const { region: slug } = await params;
  const actor = await requireActor();
  const data = await loadOr404(listRegionAgreements(actor, slug));
  const { locale, t } = await getMessages();
  const a = t.agreements;
  // Over every current version, as the coordinator's dashboard shows them.
  const totals = { asked: 0, accepted: 0, objections: 0 };
  for (const row of data.rows) {
    totals.asked += row.share?.asked ?? 0;
    totals.accepted += row.share?.accepted ?? 0;
    totals.objections += row.share?.objections ?? 0;
  }

  return (
    <>
      <PageHeader title={a.regionTitle} intro={data.holder ? a.regionIntroHolder : a.regionIntro} />
      {data.holder ? (
        <section aria-labelledby="uw-afspraken" className="mb-10">
          <h2 id="uw-afspraken" className="mb-1 text-xl font-semibold">
            {a.yourAgreements}
          </h2>
          <p className="mb-3 text-muted">
            {data.holder.toConfirm > 0 ? fill(a.toConfirmCount, { count: data.holder.toConfirm }) : a.nothingToConfirm}
          </p>
          {data.holder.items.length ? (
            <HolderAgreementTable data={data.holder} slug={data.region.slug} labels={a} locale={locale} />
          ) : (
            <p className="text-muted">{a.noPublished}</p>
          )}
        </section>
      ) : null}
      <Section id="alle-afspraken" title={a.tableCaption} className="">
        {data.rows.length === 0 ? (
          <p className="text-muted">{data.mayDraft ? a.noAgreements : a.noPublished}</p>
        ) : (
          <>
            <p role="status" className="mb-3 text-sm text-muted" data-testid="share-summary">
              {fill(a.shareSummary, {
                accepted: totals.accepted,
                asked: totals.asked,
                percent: sharePercent(totals),
                objections: totals.objections,
              })}
            </p>
            <AgreementTable rows={data.rows} slug={data.region.slug} caption={a.tableCaption} labels={a} locale={locale} />
          </>
        )}
      </Section>
    </>
  );
}
