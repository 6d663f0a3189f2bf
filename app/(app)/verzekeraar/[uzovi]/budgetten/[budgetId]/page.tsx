import type { Metadata } from "next";
import Link from "next/link";
import { ActionForm } from "@/components/forms/action-form";
import { budgetBasis, FigureCells, FigureHeaders } from "@/components/money/figures";
import { Main } from "@/components/layout/main";
import { HistoryTable } from "@/components/network/history-table";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import { DataTable, Td, Th } from "@/components/ui/table";
import { requireActor } from "@/lib/auth/session";
import { getInsurerBudget } from "@/lib/domain/money/budgets";
import { centsToInput } from "@/lib/domain/money/rules";
import { formatDate, formatNumber } from "@/lib/format";
import { fill } from "@/lib/i18n/messages";
import { MONEY_MESSAGES } from "@/lib/i18n/messages/money";
import { getMessages } from "@/lib/i18n/server";
import { loadOr404 } from "@/lib/next/page";
import { changeBudgetAction } from "../../actions";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getMessages();
  return { title: t.common.meta.budget };
}

export default async function InsurerBudgetPage({ params }: { params: Promise<{ uzovi: string; budgetId: string }> }) {
  const { uzovi, budgetId } = await params;
  const actor = await requireActor();
  const b = await loadOr404(getInsurerBudget(actor, uzovi, budgetId));
  const { locale, t } = await getMessages();
  const m = MONEY_MESSAGES[locale];
  const i = m.insurer;
  const title = fill(i.budgetTitle, { title: m.title[b.fundingTitle], year: b.year, region: b.regionName });

  return (
    <Main>
      <p className="mb-2 text-sm">
        <Link href={`/verzekeraar/${b.insurer.uzovi}/budgetten?jaar=${b.year}`} className="underline">
          ← {i.budgetsTitle}
        </Link>
      </p>
      <PageHeader
        title={title}
        intro={`${b.preferent ? i.preferent : i.volgend} · ${formatDate(b.periodStart, locale)} – ${formatDate(b.periodEnd, locale)}${b.contractReference ? ` · ${b.contractReference}` : ""}`}
      />
      {b.closed ? (
        <p role="note" className="mb-4 rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-amber-950">
          {m.expenditure.closed}
        </p>
      ) : null}
      <DataTable
        caption={title}
        head={
          <tr>
            <Th>{i.basis}</Th>
            <FigureHeaders m={m} />
          </tr>
        }
      >
        <tr>
          <Td>{budgetBasis(b, i)}</Td>
          <FigureCells f={b.figures} />
        </tr>
      </DataTable>
      <p className="mt-2 text-sm text-muted">{fill(i.currentBasis, { patients: formatNumber(b.regionPatients) })}</p>

      {!b.closed ? (
        <Section id="wijzigen" title={i.changeTitle} className="mt-10 max-w-2xl">
          <ActionForm
            action={changeBudgetAction.bind(null, b.insurer.uzovi, b.id)}
            idPrefix="wijzigen"
            submitLabel={i.changeSubmit}
            fields={[
              {
                kind: "number",
                name: "amount",
                label: i.newAmount,
                hint: m.region.amountHint,
                required: true,
                defaultValue: centsToInput(b.amountCents),
              },
              { kind: "textarea", name: "reason", label: i.reason, required: true, rows: 2 },
              { kind: "text", name: "contractReference", label: i.contractReference, defaultValue: b.contractReference },
            ]}
          />
        </Section>
      ) : null}
      <HistoryTable entries={b.history} labels={{ ...t.network, history: i.history }} t={t} locale={locale} />
    </Main>
  );
}
