import type { Metadata } from "next";
import { getMessages } from "@/lib/i18n/server";
import Link from "next/link";
import { ActionForm } from "@/components/forms/action-form";
import { Main } from "@/components/layout/main";
import { BurnChart } from "@/components/money/burn-chart";
import { FigureCells, FigureHeaders, VarianceBadges } from "@/components/money/figures";
import { PageHeader } from "@/components/ui/page-header";
import { Stat, StatGrid } from "@/components/ui/stat";
import { Badge, DataTable, Td, Th } from "@/components/ui/table";
import { requireActor } from "@/lib/auth/session";
import { getPortfolio } from "@/lib/domain/money/insurer";
import { formatCents, formatDate, formatNumber } from "@/lib/format";
import { fill } from "@/lib/i18n/messages";
import { MONEY_MESSAGES } from "@/lib/i18n/messages/money";
import { getLocale } from "@/lib/i18n/server";
import { loadOr404 } from "@/lib/next/page";
import { closeYearAction } from "../actions";

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
              <DataTable
                caption={p.burnTable}
                head={
                  <tr>
                    <Th>{p.month}</Th>
                    <Th numeric>{p.inMonth}</Th>
                    <Th numeric>{p.cumulative}</Th>
                  </tr>
                }
              >
                {data.burn.map((b) => (
                  <tr key={b.month}>
                    <Td>{b.month}</Td>
                    <Td numeric>{formatCents(b.approvedCents)}</Td>
                    <Td numeric>{formatCents(b.cumulativeCents)}</Td>
                  </tr>
                ))}
              </DataTable>
            </div>
          </section>

          {data.regions.map((r) => {
            const headingId = `regio-${r.slug}`;
            return (
              <section key={r.regionId} aria-labelledby={headingId} className="mt-10">
                <h2 id={headingId} className="text-xl font-semibold">
                  {r.name}
                </h2>
                <div className="mt-1 mb-3 flex flex-wrap items-center gap-3 text-sm">
                  <VarianceBadges flags={r.flags} m={m} />
                  {r.closed ? (
                    <Badge tone="warn">
                      🔒 {fill(p.closed, { date: formatDate(r.closed.closedAt, locale), name: r.closed.closedByName })}
                    </Badge>
                  ) : r.openItems > 0 ? (
                    <span>{fill(p.openItems, { count: formatNumber(r.openItems) })}</span>
                  ) : null}
                  <span>
                    {p.verantwoording}:{" "}
                    <a className="underline" href={`${base}/verantwoording?regio=${r.slug}&jaar=${data.year}&format=xlsx`}>
                      {p.xlsx}
                    </a>{" "}
                    ·{" "}
                    <a className="underline" href={`${base}/verantwoording?regio=${r.slug}&jaar=${data.year}&format=pdf`}>
                      {p.pdf}
                    </a>
                  </span>
                </div>
                <DataTable
                  caption={fill(p.budgetsCaption, { region: r.name })}
                  head={
                    <tr>
                      <Th>{m.region.title}</Th>
                      <FigureHeaders m={m} />
                      <Th>{p.flags}</Th>
                    </tr>
                  }
                >
                  {r.budgets.map((b) => (
                    <tr key={b.id}>
                      <Td>
                        <Link href={`${base}/budgetten/${b.id}`} className="underline">
                          {m.title[b.fundingTitle]}
                        </Link>
                        <span className="block text-sm text-muted">{b.preferent ? m.insurer.preferent : m.insurer.volgend}</span>
                      </Td>
                      <FigureCells f={b.figures} />
                      <Td>
                        <VarianceBadges flags={b.flags} m={m} />
                      </Td>
                    </tr>
                  ))}
                  <tr className="bg-slate-50 font-semibold">
                    <Td>{m.figures.planned}</Td>
                    <FigureCells f={r.figures} />
                    <Td>{""}</Td>
                  </tr>
                </DataTable>
                {!r.closed ? (
                  <div className="mt-3">
                    <p className="mb-1 text-sm text-muted">{fill(p.closeHint, { year: data.year })}</p>
                    <ActionForm
                      action={closeYearAction.bind(null, data.insurer.uzovi, r.slug, data.year)}
                      idPrefix={`sluiten-${r.slug}`}
                      variant="inline"
                      buttonTone="secondary"
                      submitLabel={`${fill(p.closeYear, { year: data.year })} (${r.name})`}
                    />
                  </div>
                ) : null}
              </section>
            );
          })}
        </>
      )}
    </Main>
  );
}
