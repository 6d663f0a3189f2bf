import type { Metadata } from "next";
import Link from "next/link";
import { ActionForm } from "@/components/forms/action-form";
import { FigureCells, FigureHeaders, StatusBadge } from "@/components/money/figures";
import { HistoryTable } from "@/components/network/history-table";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import { DataTable, Td, Th } from "@/components/ui/table";
import { requireActor } from "@/lib/auth/session";
import { getAllocation } from "@/lib/domain/money/region";
import { centsToInput, EXPENDITURE_CATEGORIES } from "@/lib/domain/money/rules";
import { formatCents, formatDate } from "@/lib/format";
import { fill } from "@/lib/i18n/messages";
import { MONEY_MESSAGES } from "@/lib/i18n/messages/money";
import { getMessages } from "@/lib/i18n/server";
import { loadOr404 } from "@/lib/next/page";
import { changeAllocationAction, recordExpenditureAction } from "../../actions";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getMessages();
  return { title: t.common.meta.allocation };
}

export default async function AllocationPage({ params }: { params: Promise<{ region: string; allocationId: string }> }) {
  const { region: slug, allocationId } = await params;
  const actor = await requireActor();
  const a = await loadOr404(getAllocation(actor, slug, allocationId));
  const { locale, t } = await getMessages();
  const m = MONEY_MESSAGES[locale];
  const base = `/r/${a.region.slug}/budget`;
  const iso = (d: Date) => d.toISOString().slice(0, 10);

  return (
    <>
      <p className="mb-2 text-sm">
        <Link href={`${base}?jaar=${a.budget.year}`} className="underline">
          ← {fill(m.region.pageTitle, { year: a.budget.year })}
        </Link>
      </p>
      <PageHeader
        title={fill(m.allocation.pageTitle, { target: a.targetName })}
        intro={`${m.allocation.budget}: ${a.budget.insurerName} — ${m.title[a.budget.fundingTitle]} ${a.budget.year}${a.note ? ` · ${a.note}` : ""}`}
      />
      {a.budget.closed ? (
        <p role="note" className="mb-4 rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-amber-950">
          {m.expenditure.closed}
        </p>
      ) : null}
      <DataTable
        caption={fill(m.allocation.pageTitle, { target: a.targetName })}
        head={
          <tr>
            <Th>{m.allocation.budget}</Th>
            <FigureHeaders m={m} />
          </tr>
        }
      >
        <tr>
          <Td>{m.figures.allocated}</Td>
          <FigureCells f={a.figures} />
        </tr>
        <tr>
          <Td>
            {m.allocation.budget} ({a.budget.insurerName})
          </Td>
          <FigureCells f={a.budget.figures} />
        </tr>
      </DataTable>

      <Section id="uitgaven" title={m.allocation.expenditures}>
        <DataTable
          caption={m.allocation.expenditures}
          head={
            <tr>
              <Th>{m.allocation.date}</Th>
              <Th>{m.allocation.description}</Th>
              <Th>{m.allocation.category}</Th>
              <Th>{m.allocation.status}</Th>
              <Th>{m.allocation.hasEvidence}</Th>
              <Th numeric>{m.region.amount}</Th>
            </tr>
          }
          empty={m.allocation.noExpenditures}
        >
          {a.expenditures.map((e) => (
            <tr key={e.id}>
              <Td>{formatDate(e.date, locale)}</Td>
              <Td href={`${base}/uitgaven/${e.id}`}>{e.description}</Td>
              <Td>{(m.category as Record<string, string>)[e.category] ?? e.category}</Td>
              <Td>
                <StatusBadge status={e.status} m={m} />
              </Td>
              <Td>{e.hasEvidence ? m.allocation.yes : m.allocation.no}</Td>
              <Td numeric>{formatCents(e.amountCents)}</Td>
            </tr>
          ))}
        </DataTable>
      </Section>

      <div className="mt-10 grid gap-8 lg:grid-cols-2">
        {a.mayRecord ? (
          <Section id="vastleggen" title={m.allocation.recordTitle} className="">
            <ActionForm
              action={recordExpenditureAction.bind(null, a.region.slug, a.id)}
              idPrefix="uitgave"
              submitLabel={m.allocation.recordSubmit}
              fields={[
                {
                  kind: "date",
                  name: "date",
                  label: m.allocation.date,
                  hint: fill(m.allocation.dateHint, { start: iso(a.budget.periodStart), end: iso(a.budget.periodEnd) }),
                  required: true,
                },
                { kind: "number", name: "amount", label: m.allocation.amount, hint: m.region.amountHint, required: true },
                {
                  kind: "select",
                  name: "category",
                  label: m.allocation.category,
                  required: true,
                  options: EXPENDITURE_CATEGORIES.map((c) => ({ value: c, label: m.category[c] })),
                },
                { kind: "textarea", name: "description", label: m.allocation.description, required: true, rows: 2 },
                { kind: "text", name: "evidenceReference", label: m.allocation.evidenceReference },
                {
                  kind: "file",
                  name: "evidence",
                  label: m.allocation.evidence,
                  hint: m.allocation.evidenceHint,
                  accept: ".pdf,.png,.jpg,.jpeg,application/pdf,image/png,image/jpeg",
                },
              ]}
            />
          </Section>
        ) : null}
        {a.mayChange ? (
          <Section id="wijzigen" title={m.allocation.changeTitle} className="">
            <ActionForm
              action={changeAllocationAction.bind(null, a.region.slug, a.id)}
              idPrefix="toewijzing"
              submitLabel={m.allocation.changeSubmit}
              fields={[
                {
                  kind: "number",
                  name: "amount",
                  label: m.region.allocateAmount,
                  hint: m.region.amountHint,
                  required: true,
                  defaultValue: centsToInput(a.amountCents),
                },
                { kind: "textarea", name: "note", label: m.region.allocateNote, rows: 2, defaultValue: a.note },
              ]}
            />
          </Section>
        ) : null}
      </div>

      <HistoryTable entries={a.history} labels={t.network} t={t} locale={locale} />
    </>
  );
}
