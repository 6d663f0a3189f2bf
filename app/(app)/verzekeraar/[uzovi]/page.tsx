import type { Metadata } from "next";
import Link from "next/link";
import { Main } from "@/components/layout/main";
import { ValueTable } from "@/components/ui/value-table";
import { PeriodTable } from "@/components/ui/period-table";
import { Section } from "@/components/ui/section";
import { PageHeader } from "@/components/ui/page-header";
import { Stat, StatGrid } from "@/components/ui/stat";
import { requireActor } from "@/lib/auth/session";
import { rowsForHome } from "@/lib/domain/insurers/rules";
import { getInsurerHome } from "@/lib/domain/insurers/service";
import { formatCents, formatNumber } from "@/lib/format";
import { fill } from "@/lib/i18n/messages";
import { getMessages } from "@/lib/i18n/server";
import { loadOr404 } from "@/lib/next/page";
import { ExportLinks } from "../../_social/social-view";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getMessages();
  return { title: t.common.meta.insurer };
}

export default async function InsurerHomePage({ params }: { params: Promise<{ uzovi: string }> }) {
  const { uzovi } = await params;
  const actor = await requireActor();
  // The referral figures of the last two quarters; the region's page (sociaal-domein?regio=) has them all.
  const { insurer, rows, social: figures } = await loadOr404(getInsurerHome(actor, uzovi));
  const { t } = await getMessages();
  const s = t.social;
  const year = new Date().getFullYear();
  const thisYear = rows.filter((r) => r.year === year);
  const shown = rowsForHome(rows, year);
  const sum = (key: "budgetCents" | "allocatedCents" | "approvedCents" | "toReview") => thisYear.reduce((s, r) => s + r[key], 0);

  return (
    <Main>
      <PageHeader title={fill(t.insurer.title, { name: insurer.name })} intro={fill(t.insurer.intro, { name: insurer.name })} />
      <StatGrid label={`${t.insurer.total} ${year}`}>
        <Stat label={`${t.insurer.budget} ${year}`} value={formatCents(sum("budgetCents"))} />
        <Stat label={`${t.insurer.allocated} ${year}`} value={formatCents(sum("allocatedCents"))} />
        <Stat label={`${t.insurer.spent} ${year}`} value={formatCents(sum("approvedCents"))} />
        <Stat label={t.insurer.toReview} value={formatNumber(sum("toReview"))} />
      </StatGrid>
      <Section
        id="per-regio"
        title={t.insurer.region}
        intro={fill(t.insurer.homeRowsIntro, { year })}
        actions={
          <Link href={`/verzekeraar/${insurer.uzovi}/portefeuille`} className="text-sm font-medium text-blue-800 underline">
            {t.insurer.allYears}
          </Link>
        }
      >
        <ValueTable
          caption={fill(t.insurer.intro, { name: insurer.name })}
          columns={[
            { title: t.insurer.region },
            { title: t.insurer.year, numeric: true },
            { title: t.insurer.budget, numeric: true },
            { title: t.insurer.allocated, numeric: true },
            { title: t.insurer.spent, numeric: true },
            { title: t.insurer.toReview, numeric: true },
          ]}
          rows={shown.map((r) => ({
            key: `${r.regionId}-${r.year}`,
            cells: [
              { text: r.regionName, href: `/r/${r.regionSlug}` },
              String(r.year),
              formatCents(r.budgetCents),
              formatCents(r.allocatedCents),
              formatCents(r.approvedCents),
              formatNumber(r.toReview),
            ],
          }))}
          empty={rows.length === 0 ? t.insurer.noBudgets : fill(t.insurer.nothingForHome, { year })}
        />
      </Section>
      <Section
        id="sociaal-domein"
        title={s.insurerRegions}
        actions={<ExportLinks href={`/verzekeraar/${insurer.uzovi}/sociaal-domein/export`} t={s} />}
        intro={s.insurerRegionsHomeIntro}
      >
        {figures.regions.length === 0 ? (
          <p className="text-muted">{s.noFigures}</p>
        ) : (
          <PeriodTable
            caption={s.insurerRegions}
            labelHeader={s.region}
            columns={[
              { title: s.wijkverbanden, numeric: true },
              { title: s.activeLinks, numeric: true },
            ]}
            periods={figures.periods}
            rows={figures.regions.map((r) => ({
              key: r.regionSlug,
              label: { text: r.regionName, href: `/verzekeraar/${insurer.uzovi}/sociaal-domein?regio=${r.regionSlug}` },
              cells: [formatNumber(r.wijkverbanden), formatNumber(r.activeLinks)],
              values: r.counts,
            }))}
          />
        )}
      </Section>
    </Main>
  );
}
