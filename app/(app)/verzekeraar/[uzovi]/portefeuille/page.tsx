import type { Metadata } from "next";
import { getMessages } from "@/lib/i18n/server";
import Link from "next/link";
import { Main } from "@/components/layout/main";
import { BurnChart } from "@/components/money/burn-chart";
import { figureCells, figureColumns, varianceCell } from "@/components/money/figures";
import { PageHeader } from "@/components/ui/page-header";
import { Stat, StatGrid } from "@/components/ui/stat";
import { ValueTable } from "@/components/ui/value-table";
import { requireActor } from "@/lib/auth/session";
import { getPortfolio } from "@/lib/domain/money/insurer";
import { formatCents, formatDate, formatNumber } from "@/lib/format";
import { fill } from "@/lib/i18n/messages";
import { MONEY_MESSAGES } from "@/lib/i18n/messages/money";
import { getLocale } from "@/lib/i18n/server";
import { loadOr404 } from "@/lib/next/page";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getMessages();
  return { title: t.common.meta.portfolio };
}

const MONTHS = {
  nl: ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"],
  en: ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
};

export default async function PortfolioPage({
  params,
  searchParams,
}: {
  params: Promise<{ uzovi: string }>;
  searchParams: Promise<{ jaar?: string }>;
}) {
  const { uzovi } = await params;
  const { jaar } = await searchParams;
  const actor = await requireActor();
  const year = jaar && /^\d{4}$/.test(jaar) ? Number(jaar) : undefined;
  const data = await loadOr404(getPortfolio(actor, uzovi, year));
  const locale = await getLocale();
  const m = MONEY_MESSAGES[locale];
  const p = m.portfolio;
  const base = `/verzekeraar/${data.insurer.uzovi}`;
  const monthLabel = (month: string) => MONTHS[locale][Number(month.slice(5)) - 1] ?? month;

  return (
    <Main>
      <PageHeader title={fill(p.title, { year: data.year })} intro={p.intro}>
        <nav aria-label={m.region.year} className="flex flex-wrap gap-2 text-sm">
          {data.years.map((y) => (
            <Link
              key={y}
              href={`${base}/portefeuille?jaar=${y}`}
              aria-current={y === data.year ? "page" : undefined}
              className="rounded-md border border-slate-300 bg-white px-3 py-1 underline"
            >
              {y}
            </Link>
          ))}
        </nav>
      </PageHeader>
      {data.regions.length === 0 ? (
        <p className="text-muted">{p.empty}</p>
      ) : (
        <>
          <StatGrid label={fill(m.region.totals, { year: data.year })}>
            <Stat label={m.figures.planned} value={formatCents(data.totals.plannedCents)} />
            <Stat label={m.figures.allocated} value={formatCents(data.totals.allocatedCents)} />
            <Stat
              label={m.figures.approved}
              value={formatCents(data.totals.approvedCents)}
              hint={`${m.figures.submitted}: ${formatCents(data.totals.submittedCents)}`}
            />
            <Stat label={m.figures.remaining} value={formatCents(data.totals.remainingCents)} />
          </StatGrid>

          <section aria-labelledby="besteding" className="mt-8 grid gap-6 lg:grid-cols-[2fr_1fr]">
            <h2 id="besteding" className="sr-only">
              {p.burnTable}
            </h2>
            <BurnChart
              title={fill(p.burnTitle, { year: data.year })}
              tableId="besteding-tabel"
              tableLinkText={p.burnTable}
              budgetCents={data.totals.plannedCents}
              budgetLabel={`${m.figures.planned} ${formatCents(data.totals.plannedCents)}`}
              points={data.burn.map((b) => ({
                label: monthLabel(b.month),
                cumulativeCents: b.cumulativeCents,
                display: formatCents(b.cumulativeCents),
              }))}
            />
            <div id="besteding-tabel">
              <ValueTable
                caption={p.burnTable}
                columns={[{ title: p.month }, { title: p.inMonth, numeric: true }, { title: p.cumulative, numeric: true }]}
                rows={data.burn.map((b) => ({
                  key: b.month,
                  cells: [b.month, formatCents(b.approvedCents), formatCents(b.cumulativeCents)],
                }))}
              />
            </div>
          </section>

          {/* One compact row per region: the budgets, the verantwoording and closing the year are on the region's page. */}
          <section aria-labelledby="per-regio" className="mt-10">
            <h2 id="per-regio" className="mb-3 text-xl font-semibold">
              {p.region}
            </h2>
            <ValueTable
              caption={fill(p.regionsCaption, { year: data.year })}
              columns={[
                { title: p.region },
                ...figureColumns(m),
                { title: p.waiting, numeric: true },
                { title: p.flags },
                { title: p.yearState, nowrap: true },
              ]}
              rows={data.regions.map((r) => ({
                key: r.regionId,
                cells: [
                  { text: r.name, href: `${base}/portefeuille/${r.slug}?jaar=${data.year}` },
                  ...figureCells(r.figures),
                  formatNumber(r.openItems),
                  varianceCell(r.flags, m),
                  r.closed
                    ? {
                        badges: [
                          { tone: "neutral", text: `🔒 ${fill(p.yearClosed, { date: formatDate(r.closed.closedAt, locale) })}` },
                        ],
                      }
                    : p.yearOpen,
                ],
              }))}
            />
          </section>
        </>
      )}
    </Main>
  );
}
