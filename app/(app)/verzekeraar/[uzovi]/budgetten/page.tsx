import type { Metadata } from "next";
import { getMessages } from "@/lib/i18n/server";
import Link from "next/link";
import { ActionForm } from "@/components/forms/action-form";
import { budgetBasis } from "@/components/money/figures";
import { Main } from "@/components/layout/main";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import { Badge, DataTable, Td, Th } from "@/components/ui/table";
import { requireActor } from "@/lib/auth/session";
import { listInsurerBudgets } from "@/lib/domain/money/budgets";
import { FUNDING_TITLES } from "@/lib/domain/money/rules";
import { formatCents, formatNumber } from "@/lib/format";
import { fill } from "@/lib/i18n/messages";
import { MONEY_MESSAGES } from "@/lib/i18n/messages/money";
import { getLocale } from "@/lib/i18n/server";
import { loadOr404 } from "@/lib/next/page";
import { createBudgetAction } from "../actions";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getMessages();
  return { title: t.common.meta.budgets };
}

export default async function InsurerBudgetsPage({
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
  const data = await loadOr404(listInsurerBudgets(actor, uzovi, year));
  const m = MONEY_MESSAGES[await getLocale()];
  const i = m.insurer;
  const base = `/verzekeraar/${data.insurer.uzovi}`;

  return (
    <Main>
      <PageHeader title={i.budgetsTitle} intro={i.budgetsIntro} />
      <nav aria-label={i.year} className="mb-4 flex flex-wrap gap-2 text-sm">
        <Link
          href={`${base}/budgetten`}
          aria-current={year === undefined ? "page" : undefined}
          className="rounded-md border border-slate-300 bg-white px-3 py-1 underline"
        >
          {i.allYears}
        </Link>
        {data.years.map((y) => (
          <Link
            key={y}
            href={`${base}/budgetten?jaar=${y}`}
            aria-current={year === y ? "page" : undefined}
            className="rounded-md border border-slate-300 bg-white px-3 py-1 underline"
          >
            {y}
          </Link>
        ))}
      </nav>
      <DataTable
        caption={i.budgetsTitle}
        head={
          <tr>
            <Th>{i.region}</Th>
            <Th numeric>{i.year}</Th>
            <Th>{i.fundingTitle}</Th>
            <Th>{i.position}</Th>
            <Th>{i.basis}</Th>
            <Th numeric>{m.figures.planned}</Th>
            <Th numeric>{m.figures.allocated}</Th>
            <Th numeric>{m.figures.approved}</Th>
            <Th>{i.state}</Th>
          </tr>
        }
        empty={i.noBudgets}
      >
        {data.budgets.map((b) => (
          <tr key={b.id}>
            <Td>{b.regionName}</Td>
            <Td numeric>{b.year}</Td>
            <Td href={`${base}/budgetten/${b.id}`}>{m.title[b.fundingTitle]}</Td>
            <Td>{b.preferent ? i.preferent : i.volgend}</Td>
            <Td>{budgetBasis(b, i)}</Td>
            <Td numeric>{formatCents(b.figures.plannedCents)}</Td>
            <Td numeric>{formatCents(b.figures.allocatedCents)}</Td>
            <Td numeric>{formatCents(b.figures.approvedCents)}</Td>
            <Td>{b.closed ? <Badge tone="warn">{i.closed}</Badge> : <Badge tone="neutral">{i.open}</Badge>}</Td>
          </tr>
        ))}
      </DataTable>

      {data.regions.length > 0 ? (
        <Section id="nieuw-budget" title={i.createTitle} className="mt-10 max-w-2xl">
          <ActionForm
            action={createBudgetAction.bind(null, data.insurer.uzovi)}
            idPrefix="budget"
            submitLabel={i.createSubmit}
            fields={[
              {
                kind: "select",
                name: "regionSlug",
                label: i.region,
                required: true,
                options: data.regions.map((r) => ({ value: r.slug, label: r.name })),
              },
              {
                kind: "number",
                name: "year",
                label: i.year,
                inputMode: "numeric",
                required: true,
                defaultValue: new Date().getUTCFullYear() + 1,
              },
              {
                kind: "select",
                name: "fundingTitle",
                label: i.fundingTitle,
                required: true,
                options: FUNDING_TITLES.map((t) => ({ value: t, label: m.title[t] })),
              },
              {
                kind: "number",
                name: "rate",
                label: i.rate,
                hint: fill(i.rateHint, { list: data.regions.map((r) => `${r.name}: ${formatNumber(r.patients)}`).join("; ") }),
              },
              { kind: "number", name: "amount", label: i.amount, hint: i.amountHint },
              { kind: "text", name: "contractReference", label: i.contractReference },
              { kind: "date", name: "periodStart", label: i.periodStart, hint: i.periodHint },
              { kind: "date", name: "periodEnd", label: i.periodEnd, hint: i.periodHint },
              {
                kind: "select",
                name: "preferent",
                label: i.position,
                required: true,
                options: [
                  { value: "volgend", label: i.volgend },
                  { value: "preferent", label: i.preferent },
                ],
              },
            ]}
          />
        </Section>
      ) : null}
    </Main>
  );
}
