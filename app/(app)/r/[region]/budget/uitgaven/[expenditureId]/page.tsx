import type { Metadata } from "next";
import Link from "next/link";
import { ActionForm } from "@/components/forms/action-form";
import { StatusBadge } from "@/components/money/figures";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import { DataTable, Td, Th } from "@/components/ui/table";
import { requireActor } from "@/lib/auth/session";
import { getExpenditure } from "@/lib/domain/money/expenditures";
import { centsToInput, EXPENDITURE_CATEGORIES } from "@/lib/domain/money/rules";
import { formatCents, formatDate, formatDateTime, formatNumber } from "@/lib/format";
import { fill } from "@/lib/i18n/messages";
import { MONEY_MESSAGES } from "@/lib/i18n/messages/money";
import { getMessages } from "@/lib/i18n/server";
import { loadOr404 } from "@/lib/next/page";
import { deleteExpenditureAction, moveExpenditureAction, updateExpenditureAction } from "../../actions";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getMessages();
  return { title: t.common.meta.expenditure };
}

export default async function ExpenditurePage({ params }: { params: Promise<{ region: string; expenditureId: string }> }) {
  const { region: slug, expenditureId } = await params;
  const actor = await requireActor();
  const e = await loadOr404(getExpenditure(actor, slug, expenditureId));
  const { locale, t } = await getMessages();
  const m = MONEY_MESSAGES[locale];
  const x = m.expenditure;
  const base = `/r/${e.region.slug}/budget`;
  const may = (move: (typeof e.moves)[number]) => e.moves.includes(move);
  const move = (kind: "submit" | "approve" | "ask" | "reject" | "answer") =>
    moveExpenditureAction.bind(null, e.region.slug, e.id, kind);
  const iso = (d: Date) => d.toISOString().slice(0, 10);
  const reviewer = actor.memberships.some((mm) => mm.role === "insurer_reviewer");
  const lastQuestion = e.status === "vraag_gesteld" ? e.reviewerRemarks : null;

  return (
    <>
      <p className="mb-2 text-sm">
        <Link href={`${base}/toewijzingen/${e.allocationId}`} className="underline">
          ← {fill(m.allocation.pageTitle, { target: e.targetName })}
        </Link>
      </p>
      <PageHeader title={fill(x.pageTitle, { description: e.description })}>
        <StatusBadge status={e.status} m={m} />
      </PageHeader>
      {e.closed ? (
        <p role="note" className="mb-4 rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-amber-950">
          {x.closed}
        </p>
      ) : null}
      {lastQuestion ? (
        <div role="note" className="mb-6 rounded-md border border-amber-300 bg-amber-50 px-4 py-3 text-amber-950">
          <p className="font-semibold">{x.openQuestion}</p>
          <p className="mt-1 whitespace-pre-line">{lastQuestion}</p>
        </div>
      ) : null}

      <Section id="gegevens" title={x.details} className="">
        <dl className="grid max-w-3xl grid-cols-1 gap-x-6 gap-y-2 rounded-lg border border-slate-200 bg-white p-5 shadow-sm sm:grid-cols-[12rem_1fr]">
          <dt className="font-medium">{m.allocation.status}</dt>
          <dd>{m.status[e.status]}</dd>
          <dt className="font-medium">{m.allocation.date}</dt>
          <dd>{formatDate(e.date, locale)}</dd>
          <dt className="font-medium">{m.region.amount}</dt>
          <dd className="tabular-nums">{formatCents(e.amountCents)}</dd>
          <dt className="font-medium">{m.allocation.category}</dt>
          <dd>{(m.category as Record<string, string>)[e.category] ?? e.category}</dd>
          <dt className="font-medium">{x.allocation}</dt>
          <dd>
            {e.targetName} — {m.title[e.fundingTitle]} {e.year}
          </dd>
          <dt className="font-medium">{x.insurer}</dt>
          <dd>{e.insurerName}</dd>
          {e.evidenceReference ? (
            <>
              <dt className="font-medium">{m.allocation.evidenceReference}</dt>
              <dd>{e.evidenceReference}</dd>
            </>
          ) : null}
          <dt className="font-medium">{x.evidence}</dt>
          <dd>
            {e.evidence ? (
              <a href={`${base}/uitgaven/${e.id}/bewijs`} className="underline">
                {fill(x.download, { name: e.evidence.fileName })} ({formatNumber(Math.ceil(e.evidence.sizeBytes / 1024))} kB)
              </a>
            ) : (
              x.noEvidence
            )}
          </dd>
          {e.reviewerRemarks && e.status !== "vraag_gesteld" ? (
            <>
              <dt className="font-medium">{x.reviewerRemarks}</dt>
              <dd className="whitespace-pre-line">{e.reviewerRemarks}</dd>
            </>
          ) : null}
        </dl>
      </Section>

      {e.moves.length > 0 ? (
        <div className="mt-8 grid gap-8 lg:grid-cols-2">
          {may("submit") || may("delete") ? (
            <section aria-labelledby="acties" className="space-y-3">
              <h2 id="acties" className="text-xl font-semibold">
                {m.allocation.status}: {m.status[e.status]}
              </h2>
              <div className="flex flex-wrap gap-3">
                {may("submit") ? (
                  <ActionForm action={move("submit")} idPrefix="indienen" variant="inline" submitLabel={x.submit} />
                ) : null}
                {may("delete") ? (
                  <ActionForm
                    action={deleteExpenditureAction.bind(null, e.region.slug, e.id)}
                    idPrefix="verwijderen"
                    variant="inline"
                    buttonTone="secondary"
                    submitLabel={x.delete}
                  />
                ) : null}
              </div>
            </section>
          ) : null}
          {may("edit") ? (
            <Section id="bewerken" title={x.edit} className="">
              <ActionForm
                action={updateExpenditureAction.bind(null, e.region.slug, e.id)}
                idPrefix="bewerken"
                submitLabel={x.save}
                fields={[
                  {
                    kind: "date",
                    name: "date",
                    label: m.allocation.date,
                    hint: fill(m.allocation.dateHint, { start: iso(e.periodStart), end: iso(e.periodEnd) }),
                    required: true,
                    defaultValue: iso(e.date),
                  },
                  {
                    kind: "number",
                    name: "amount",
                    label: m.allocation.amount,
                    hint: m.region.amountHint,
                    required: true,
                    defaultValue: centsToInput(e.amountCents),
                  },
                  {
                    kind: "select",
                    name: "category",
                    label: m.allocation.category,
                    required: true,
                    defaultValue: e.category,
                    options: EXPENDITURE_CATEGORIES.map((c) => ({ value: c, label: m.category[c] })),
                  },
                  {
                    kind: "textarea",
                    name: "description",
                    label: m.allocation.description,
                    required: true,
                    rows: 2,
                    defaultValue: e.description,
                  },
                  {
                    kind: "text",
                    name: "evidenceReference",
                    label: m.allocation.evidenceReference,
                    defaultValue: e.evidenceReference,
                  },
                  {
                    kind: "file",
                    name: "evidence",
                    label: m.allocation.evidence,
                    hint: e.evidence ? m.allocation.evidenceReplaceHint : m.allocation.evidenceHint,
                    accept: ".pdf,.png,.jpg,.jpeg,application/pdf,image/png,image/jpeg",
                  },
                ]}
              />
            </Section>
          ) : null}
          {may("answer") ? (
            <Section id="antwoorden" title={x.answerTitle} className="">
              <ActionForm
                action={move("answer")}
                idPrefix="antwoord"
                submitLabel={x.answerSubmit}
                fields={[{ kind: "textarea", name: "text", label: x.answer, required: true, rows: 4 }]}
              />
            </Section>
          ) : null}
          {may("approve") ? (
            <Section id="beoordelen" title={x.reviewTitle} className="" stacked>
              <ActionForm action={move("approve")} idPrefix="goedkeuren" variant="inline" submitLabel={x.approve} />
              <ActionForm
                action={move("ask")}
                idPrefix="vraag"
                submitLabel={x.ask}
                fields={[{ kind: "textarea", name: "text", label: x.question, required: true, rows: 3 }]}
              />
              <ActionForm
                action={move("reject")}
                idPrefix="afwijzen"
                submitLabel={x.reject}
                buttonTone="secondary"
                fields={[{ kind: "textarea", name: "text", label: x.reason, required: true, rows: 3 }]}
              />
            </Section>
          ) : null}
        </div>
      ) : reviewer && e.status === "ingediend" && !e.closed ? (
        <p role="note" className="mt-6 rounded-md border border-slate-300 bg-slate-50 px-3 py-2">
          {x.fourEyes}
        </p>
      ) : null}

      <Section id="geschiedenis" title={x.history}>
        <DataTable
          caption={x.history}
          head={
            <tr>
              <Th>{x.when}</Th>
              <Th>{x.who}</Th>
              <Th>{x.what}</Th>
              <Th>{x.text}</Th>
            </tr>
          }
        >
          {e.events.map((v) => (
            <tr key={v.id}>
              <Td>{formatDateTime(v.occurredAt, locale)}</Td>
              <Td>
                {v.actorName}
                {v.actorRole ? <span className="block text-sm text-muted">{t.roles[v.actorRole]}</span> : null}
              </Td>
              <Td>{m.event[v.kind]}</Td>
              <Td>
                <span className="whitespace-pre-line">{v.text ?? ""}</span>
              </Td>
            </tr>
          ))}
        </DataTable>
      </Section>
    </>
  );
}
