import type { Metadata } from "next";
import { getMessages } from "@/lib/i18n/server";
import { ActionForm } from "@/components/forms/action-form";
import { FigureCells, FigureHeaders } from "@/components/money/figures";
import { PageHeader } from "@/components/ui/page-header";
import { Stat, StatGrid } from "@/components/ui/stat";
import { Section } from "@/components/ui/section";
import { Badge, DataTable, Td, Th } from "@/components/ui/table";
import { requireActor } from "@/lib/auth/session";
import { getRegionMoney } from "@/lib/domain/money/region";
import { formatCents, formatDate } from "@/lib/format";
import { fill } from "@/lib/i18n/messages";
import { MONEY_MESSAGES } from "@/lib/i18n/messages/money";
import { getLocale } from "@/lib/i18n/server";
import { loadOr404 } from "@/lib/next/page";
import { createAllocationAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getMessages();
  return { title: t.common.meta.budget };
}

export default async function RegionBudgetPage({
  params,
  searchParams,
}: {
  params: Promise<{ region: string }>;
  searchParams: Promise<{ jaar?: string }>;
}) {
  const { region: slug } = await params;
  const { jaar } = await searchParams;
  const actor = await requireActor();
  const year = jaar && /^\d{4}$/.test(jaar) ? Number(jaar) : undefined;
  const data = await loadOr404(getRegionMoney(actor, slug, year));
  const locale = await getLocale();
  const m = MONEY_MESSAGES[locale];
  const base = `/r/${data.region.slug}/budget`;
  const openBudgets = data.budgets.filter((b) => !b.closed);
  const closures = data.closures.filter((c) => c.year === data.year);

  return (
    <>
      <PageHeader title={fill(m.region.pageTitle, { year: data.year })} intro={m.region.intro}>
        <form method="get" className="flex items-end gap-2">
          <div>
            <label htmlFor="jaar" className="block text-sm font-medium">
              {m.region.year}
            </label>
            <select
              id="jaar"
              name="jaar"
              defaultValue={data.year}
              className="mt-1 rounded-md border border-slate-400 bg-white px-3 py-2"
            >
              {data.years.map((y) => (
                <option key={y} value={y}>
                  {y}
                </option>
              ))}
            </select>
          </div>
          <button type="submit" className="rounded-md border border-slate-400 bg-white px-3 py-2 font-medium">
            {m.region.showYear}
          </button>
        </form>
      </PageHeader>

      {closures.map((c) => (
        <p
          key={c.insurerName}
          role="note"
          className="mb-4 rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-amber-950"
        >
          {fill(m.region.closedNotice, { year: c.year, insurer: c.insurerName, date: formatDate(c.closedAt, locale) })}
        </p>
      ))}

      <Section id="totalen" title={fill(m.region.totals, { year: data.year })} className="">
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
      </Section>

      <Section id="per-titel" title={m.region.perTitle} className="mt-8">
        <DataTable
          caption={m.region.perTitle}
          head={
            <tr>
              <Th>{m.region.title}</Th>
              <FigureHeaders m={m} />
            </tr>
          }
          empty={m.region.noBudgets}
        >
          {data.totalsByTitle.map((t) => (
            <tr key={t.fundingTitle}>
              <Td>{m.title[t.fundingTitle]}</Td>
              <FigureCells f={t.figures} />
            </tr>
          ))}
        </DataTable>
      </Section>

      {data.perInsurer.length > 0 ? (
        <Section id="per-verzekeraar" title={m.region.perInsurer} className="mt-8">
          <DataTable
            caption={m.region.perInsurer}
            head={
              <tr>
                <Th>{m.region.insurer}</Th>
                <Th numeric>{m.figures.planned}</Th>
                <Th numeric>{m.figures.allocated}</Th>
                <Th numeric>{m.figures.approved}</Th>
                <Th numeric>{m.region.openQuestions}</Th>
                <Th numeric>{m.region.concepts}</Th>
                <Th numeric>{m.region.awaitingReview}</Th>
              </tr>
            }
          >
            {data.perInsurer.map((r) => (
              <tr key={r.insurerId}>
                <Td>{r.insurerName}</Td>
                <Td numeric>{formatCents(r.plannedCents)}</Td>
                <Td numeric>{formatCents(r.allocatedCents)}</Td>
                <Td numeric>{formatCents(r.approvedCents)}</Td>
                <Td numeric>{r.openQuestions}</Td>
                <Td numeric>{r.concepts}</Td>
                <Td numeric>{r.awaitingReview}</Td>
              </tr>
            ))}
          </DataTable>
        </Section>
      ) : null}

      {data.detail === "totals" ? <p className="mt-6 text-muted">{m.region.totalsOnly}</p> : null}

      {data.ownInitiativeAllocations.length > 0 ||
      (data.detail === "totals" && actor.memberships.some((x) => x.role === "practice_holder")) ? (
        <Section id="eigen-initiatieven" title={m.region.ownInitiatives} className="mt-8">
          <DataTable
            caption={m.region.ownInitiatives}
            head={
              <tr>
                <Th>{m.region.target}</Th>
                <Th>{m.region.insurer}</Th>
                <Th>{m.region.title}</Th>
                <Th numeric>{m.figures.allocated}</Th>
                <Th numeric>{m.figures.approved}</Th>
              </tr>
            }
            empty={m.region.noOwnInitiatives}
          >
            {data.ownInitiativeAllocations.map((a) => (
              <tr key={a.id}>
                <Td>{a.targetName}</Td>
                <Td>{a.insurerName}</Td>
                <Td>{m.title[a.fundingTitle]}</Td>
                <Td numeric>{formatCents(a.amountCents)}</Td>
                <Td numeric>{formatCents(a.figures.approvedCents)}</Td>
              </tr>
            ))}
          </DataTable>
        </Section>
      ) : null}

      {data.budgets.map((b) => {
        const headingId = `budget-${b.id}`;
        return (
          <section key={b.id} aria-labelledby={headingId} className="mt-10">
            <h2 id={headingId} className="text-xl font-semibold">
              {fill(m.region.budgetHeading, { insurer: b.insurerName, title: m.title[b.fundingTitle] })}
            </h2>
            <p className="mt-1 mb-3 flex flex-wrap items-center gap-2 text-sm text-muted">
              <Badge tone="neutral">{b.preferent ? m.region.preferent : m.region.volgend}</Badge>
              <span>
                {m.region.period}: {formatDate(b.periodStart, locale)} – {formatDate(b.periodEnd, locale)}
              </span>
              {b.contractReference ? <span>· {b.contractReference}</span> : null}
              {b.closed ? <Badge tone="warn">🔒 {m.insurer.closed}</Badge> : null}
            </p>
            <DataTable
              caption={fill(m.region.budgetHeading, { insurer: b.insurerName, title: m.title[b.fundingTitle] })}
              head={
                <tr>
                  <Th>{m.region.target}</Th>
                  <Th>{m.region.theme}</Th>
                  <FigureHeaders m={m} />
                </tr>
              }
            >
              {b.allocations.map((a) => (
                <tr key={a.id}>
                  <Td href={`${base}/toewijzingen/${a.id}`}>{a.targetName}</Td>
                  <Td>{a.themeName ?? "–"}</Td>
                  <FigureCells f={a.figures} />
                </tr>
              ))}
              <tr className="bg-slate-50 font-semibold">
                <Td>{m.figures.planned}</Td>
                <Td>{b.allocations.length === 0 ? m.region.noAllocations : ""}</Td>
                <FigureCells f={b.figures} />
              </tr>
            </DataTable>
          </section>
        );
      })}

      {data.mayAllocate && openBudgets.length > 0 ? (
        <Section id="toewijzen" title={m.region.allocateTitle} className="mt-10 max-w-2xl">
          <ActionForm
            action={createAllocationAction.bind(null, data.region.slug)}
            idPrefix="toewijzen"
            submitLabel={m.region.allocateSubmit}
            fields={[
              {
                kind: "select",
                name: "budgetId",
                label: m.region.allocateBudget,
                required: true,
                options: openBudgets.map((b) => ({
                  value: b.id,
                  label: `${b.insurerName} — ${m.title[b.fundingTitle]} ${b.year} (${formatCents(b.figures.plannedCents - b.figures.allocatedCents)} ${m.region.free})`,
                })),
              },
              {
                kind: "select",
                name: "target",
                label: m.region.allocateTarget,
                required: true,
                emptyLabel: "—",
                options: data.targets.map((target) => ({
                  value: target.value,
                  label:
                    target.kind === "initiative"
                      ? fill(m.region.targetInitiative, { title: target.title, period: target.period })
                      : fill(m.region.targetWijkverband, { name: target.name }),
                })),
              },
              { kind: "number", name: "amount", label: m.region.allocateAmount, hint: m.region.amountHint, required: true },
              { kind: "textarea", name: "note", label: m.region.allocateNote, rows: 2 },
            ]}
          />
        </Section>
      ) : null}
    </>
  );
}
