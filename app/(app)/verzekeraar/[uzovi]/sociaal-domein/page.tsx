import type { Metadata } from "next";
import { SelectField } from "@/components/forms/select-field";
import { Main } from "@/components/layout/main";
import { PeriodTable } from "@/components/ui/period-table";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/session";
import { getInsurerSocialFigures } from "@/lib/domain/social/service";
import { formatNumber } from "@/lib/format";
import { fill } from "@/lib/i18n/messages";
import { getMessages } from "@/lib/i18n/server";
import { insurerOfRequest } from "@/lib/next/insurer";
import { loadOr404 } from "@/lib/next/page";
import { ExportLinks } from "../../../_social/social-view";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getMessages();
  return { title: t.social.insurerFigures };
}

// The insurer's referral figures per wijkverband, one region at a time (a national table would be
// hundreds of rows); the export holds every wijkverband.
export default async function InsurerSocialPage({
  params,
  searchParams,
}: {
  params: Promise<{ uzovi: string }>;
  searchParams: Promise<{ regio?: string | string[] }>;
}) {
  const { uzovi } = await params;
  const { regio } = await searchParams;
  const actor = await requireActor();
  // The insurer alone (the layout's, no query for its reviewer), not the home's money figures.
  const insurer = await loadOr404(insurerOfRequest(actor, uzovi));
  const figures = await getInsurerSocialFigures(actor, insurer.id, { regionSlug: typeof regio === "string" ? regio : "" });
  const { t } = await getMessages();
  const s = t.social;
  const shown = figures.regions.find((r) => r.regionSlug === figures.shownRegion);
  const base = `/verzekeraar/${insurer.uzovi}/sociaal-domein`;

  return (
    <Main>
      <PageHeader title={s.insurerFigures} intro={s.insurerFiguresIntro}>
        <ExportLinks href={`${base}/export`} t={s} />
      </PageHeader>
      {!shown ? (
        <p className="text-muted">{s.noFigures}</p>
      ) : (
        <>
          <form method="get" action={base} className="no-print mb-4 flex flex-wrap items-end gap-3">
            <SelectField
              id="f-regio"
              name="regio"
              label={s.region}
              defaultValue={shown.regionSlug}
              options={figures.regions.map((r) => ({ value: r.regionSlug, label: r.regionName }))}
            />
            <button type="submit" className="rounded-md border border-slate-300 bg-white px-4 py-2 font-medium">
              {s.show}
            </button>
          </form>
          <h2 className="mb-3 text-xl font-semibold">{fill(s.insurerWijkverbandenOf, { region: shown.regionName })}</h2>
          {figures.rows.length === 0 ? (
            <p className="text-muted">{s.noFigures}</p>
          ) : (
            <PeriodTable
              caption={fill(s.insurerWijkverbandenOf, { region: shown.regionName })}
              labelHeader={t.region.name}
              columns={[{ title: t.social.municipality }, { title: s.activeLinks, numeric: true }]}
              periods={figures.periods}
              rows={figures.rows.map((r) => ({
                key: `${r.regionSlug}-${r.wijkverband}`,
                label: r.wijkverband,
                cells: [r.municipalityCode, formatNumber(r.activeLinks)],
                values: r.counts,
              }))}
            />
          )}
        </>
      )}
    </Main>
  );
}
