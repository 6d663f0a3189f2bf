import type { Metadata } from "next";
import Link from "next/link";
import { ActionForm } from "@/components/forms/action-form";
import { Main } from "@/components/layout/main";
import { FigureCells, FigureHeaders, VarianceBadges } from "@/components/money/figures";
import { PageHeader } from "@/components/ui/page-header";
import { Badge, DataTable, Td, Th } from "@/components/ui/table";
import { requireActor } from "@/lib/auth/session";
import { getPortfolioRegion } from "@/lib/domain/money/insurer";
import { formatDate, formatNumber } from "@/lib/format";
import { fill } from "@/lib/i18n/messages";
import { MONEY_MESSAGES } from "@/lib/i18n/messages/money";
import { getMessages } from "@/lib/i18n/server";
import { loadOr404 } from "@/lib/next/page";
import { closeYearAction } from "../../actions";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getMessages();
  return { title: t.common.meta.portfolio };
}

// One region of the insurer's portfolio: its budgets with their figures and variances, the
// verantwoording, and closing the year (the overview keeps one compact row per region).
export default async function PortfolioRegionPage({
  params,
  searchParams,
}: {
  params: Promise<{ uzovi: string; region: string }>;
  searchParams: Promise<{ jaar?: string }>;
}) {
  const { uzovi, region: slug } = await params;
  const { jaar } = await searchParams;
  const actor = await requireActor();
  const year = jaar && /^\d{4}$/.test(jaar) ? Number(jaar) : undefined;
  const data = await loadOr404(getPortfolioRegion(actor, uzovi, slug, year));
  const { locale } = await getMessages();
  const m = MONEY_MESSAGES[locale];
  const p = m.portfolio;
  const base = `/verzekeraar/${data.insurer.uzovi}`;
  const here = `${base}/portefeuille/${data.region.slug}`;
  const r = data.entry;

  return (
    <Main>
      <p className="mb-2 text-sm">
        <Link href={`${base}/portefeuille?jaar=${data.year}`} className="underline">
          ← {p.back}
        </Link>
      </p>
      <PageHeader
        title={fill(p.regionTitle, { region: data.region.name, year: data.year })}
        intro={fill(p.regionIntro, { insurer: data.insurer.name })}
      >
        <nav aria-label={m.region.year} className="flex flex-wrap gap-2 text-sm">
          {data.years.map((y) => (
            <Link
              key={y}
              href={`${here}?jaar=${y}`}
              aria-current={y === data.year ? "page" : undefined}
              className="rounded-md border border-slate-300 bg-white px-3 py-1 underline"
            >
              {y}
            </Link>
          ))}
        </nav>
      </PageHeader>
      {!r ? (
        <p className="text-muted">{p.empty}</p>
      ) : (
        <>
          <div className="mb-3 flex flex-wrap items-center gap-3 text-sm">
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
              <a className="underline" href={`${base}/verantwoording?regio=${data.region.slug}&jaar=${data.year}&format=xlsx`}>
                {p.xlsx}
              </a>{" "}
              ·{" "}
              <a className="underline" href={`${base}/verantwoording?regio=${data.region.slug}&jaar=${data.year}&format=pdf`}>
                {p.pdf}
              </a>
            </span>
          </div>
          <DataTable
            caption={fill(p.budgetsCaption, { region: data.region.name })}
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
            <div className="mt-6">
              <p className="mb-1 text-sm text-muted">{fill(p.closeHint, { year: data.year })}</p>
              <ActionForm
                action={closeYearAction.bind(null, data.insurer.uzovi, data.region.slug, data.year)}
                idPrefix="sluiten"
                variant="inline"
                buttonTone="secondary"
                submitLabel={fill(p.closeYear, { year: data.year })}
                pendingLabel={p.closing}
              />
            </div>
          ) : null}
        </>
      )}
    </Main>
  );
}
