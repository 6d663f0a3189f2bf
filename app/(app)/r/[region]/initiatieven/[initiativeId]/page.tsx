import type { Metadata } from "next";
import Link from "next/link";
import { describeField } from "@/components/audit/describe-action";
import { IndicatorChart } from "@/components/charts/indicator-chart";
import { ActionForm } from "@/components/forms/action-form";
import { IndicatorStateBadge, OverdueBadge, PlanStatusBadge } from "@/components/plan/badges";
import { CommentThread } from "@/components/plan/comment-thread";
import { Disclosure } from "@/components/ui/disclosure";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import { DataTable, Td, Th } from "@/components/ui/table";
import { requireActor } from "@/lib/auth/session";
import { commentAudience } from "@/lib/domain/plans/rules";
import { getInitiative } from "@/lib/domain/plans/initiatives";
import { formatDate, formatDateTime, formatDecimal } from "@/lib/format";
import { fill } from "@/lib/i18n/messages";
import { getMessages } from "@/lib/i18n/server";
import { loadOr404 } from "@/lib/next/page";
import { InitiativeMoneyBlock } from "@/components/money/initiative-money";
import { getInitiativeMoney } from "@/lib/domain/money/region";
import { MONEY_MESSAGES } from "@/lib/i18n/messages/money";
import {
  addCommentAction,
  addIndicatorAction,
  addMilestoneAction,
  handleCommentAction,
  milestoneDoneAction,
  recordMeasurementAction,
  updateInitiativeAction,
} from "../../regioplan/actions";
import { indicatorFieldSpecs, initiativeFieldSpecs, measurementFieldSpecs, milestoneFieldSpecs } from "../../regioplan/fields";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getMessages();
  return { title: t.plan.col.initiative };
}
const fmtNumber = formatDecimal;

export default async function InitiativePage({ params }: { params: Promise<{ region: string; initiativeId: string }> }) {
  const { region: slug, initiativeId } = await params;
  const actor = await requireActor();
  const data = await loadOr404(getInitiative(actor, slug, initiativeId));
  const { t, locale } = await getMessages();
  const money = await getInitiativeMoney(actor, slug, initiativeId);
  const { region, plan, initiative: ini, permissions } = data;
  const fmtDate = (d: Date) => formatDate(d, locale);
  const fmtDateTime = (d: Date) => formatDateTime(d, locale);
  const audience = commentAudience(plan.status);
  const overdue = ini.milestones.filter((m) => m.overdue).length;
  const tp = t.plan;
  const ti = tp.initiative;

  return (
    <>
      <p className="no-print mb-2 text-sm">
        <Link href={`/r/${region.slug}/regioplan/${plan.id}`} className="text-blue-800 underline">
          {plan.title} ({plan.periodStart}–{plan.periodEnd})
        </Link>{" "}
        · {fill(ti.theme, { name: data.theme.name })}
      </p>
      <PageHeader title={ini.title} intro={ini.description ? <span data-user-content>{ini.description}</span> : undefined}>
        <PlanStatusBadge status={plan.status} t={t} />
      </PageHeader>

      <dl className="mb-10 grid gap-x-6 gap-y-2 rounded-lg border border-slate-200 bg-white p-5 text-sm shadow-sm sm:grid-cols-[auto_1fr]">
        <dt className="font-medium">{tp.col.owner}</dt>
        <dd>{ini.ownerName ?? "—"}</dd>
        <dt className="font-medium">{tp.col.phase}</dt>
        <dd>{tp.phase[ini.phase]}</dd>
        <dt className="font-medium">{tp.col.planning}</dt>
        <dd>
          {ini.startDate ? fmtDate(ini.startDate) : "?"} – {ini.endDate ? fmtDate(ini.endDate) : "?"}
        </dd>
        <dt className="font-medium">{ti.clientGroupTheme}</dt>
        <dd>{data.theme.clientGroup ? tp.clientGroup[data.theme.clientGroup] : "—"}</dd>
        <dt className="font-medium">{tp.col.municipalities}</dt>
        <dd>{ini.municipalityCodes.join(", ") || "—"}</dd>
        {data.carriedFrom ? (
          <>
            <dt className="font-medium">{ti.carriedFrom}</dt>
            <dd>
              <Link href={`/r/${region.slug}/initiatieven/${data.carriedFrom.id}`} className="text-blue-800 underline">
                {data.carriedFrom.title}
              </Link>{" "}
              ({data.carriedFrom.planTitle})
            </dd>
          </>
        ) : null}
      </dl>

      <Section id="deelnemers" title={ti.participants} className="mb-10">
        {ini.participants.length === 0 ? (
          <p className="text-muted">{ti.noParticipants}</p>
        ) : (
          <div className="grid gap-4 sm:grid-cols-3">
            {(["wijkverband", "practice", "organisation"] as const).map((kind) => {
              const list = ini.participants.filter((p) => p.kind === kind);
              if (list.length === 0) return null;
              return (
                <div key={kind}>
                  <h3 className="font-semibold">{ti.kind[kind]}</h3>
                  <ul className="mt-1 list-disc pl-5 text-sm">
                    {list.map((p) => (
                      <li key={p.id}>
                        {p.name}
                        {p.municipalityCode ? <span className="text-muted"> ({p.municipalityCode})</span> : null}
                      </li>
                    ))}
                  </ul>
                </div>
              );
            })}
          </div>
        )}
      </Section>

      {money ? <InitiativeMoneyBlock money={money} m={MONEY_MESSAGES[locale]} regionSlug={region.slug} /> : null}
      <Section id="indicatoren" title={tp.col.indicators} className="mb-10" stacked>
        {ini.indicators.length === 0 ? <p className="text-muted">{ti.noIndicators}</p> : null}
        {ini.indicators.map((ind) => (
          <article
            key={ind.id}
            aria-labelledby={`ind-${ind.id}`}
            className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm"
          >
            <div className="flex flex-wrap items-center justify-between gap-2">
              <h3 id={`ind-${ind.id}`} className="text-lg font-semibold">
                {ind.name}
              </h3>
              <IndicatorStateBadge state={ind.assessment.state} t={t} />
            </div>
            <p className="mb-3 text-sm text-muted">
              {fill(ti.indicatorLine, {
                unit: ind.unit,
                direction: tp.direction[ind.direction],
                baseline: ind.baseline !== null ? fmtNumber(ind.baseline) : "—",
                target: fmtNumber(ind.target),
              })}
              {ind.assessment.latest ? fill(ti.latestMeasurement, { value: fmtNumber(ind.assessment.latest.value) }) : ""}
            </p>
            <IndicatorChart
              id={ind.id}
              name={ind.name}
              unit={ind.unit}
              baseline={ind.baseline}
              target={ind.target}
              measurements={ind.measurements}
              t={tp.chart}
            />
            {permissions.mayMonitor ? (
              <Disclosure summary={ti.recordMeasurement} className="no-print mt-3" bodyClassName="max-w-md">
                <ActionForm
                  idPrefix={`meting-${ind.id}`}
                  action={recordMeasurementAction.bind(null, region.slug, ind.id)}
                  submitLabel={ti.saveMeasurement}
                  pendingLabel={tp.form.saving}
                  fields={measurementFieldSpecs(tp, ind)}
                />
              </Disclosure>
            ) : null}
          </article>
        ))}
        {permissions.mayEdit ? (
          <Disclosure summary={ti.addIndicator} className="no-print" bodyClassName="max-w-xl">
            <ActionForm
              idPrefix="nieuwe-indicator"
              action={addIndicatorAction.bind(null, region.slug, ini.id)}
              fields={indicatorFieldSpecs(tp)}
              submitLabel={ti.addIndicator}
              pendingLabel={tp.form.adding}
            />
          </Disclosure>
        ) : null}
      </Section>

      <section aria-labelledby="mijlpalen" className="mb-10">
        <h2 id="mijlpalen" className="mb-3 flex flex-wrap items-center gap-3 text-xl font-semibold">
          {tp.col.milestones} <OverdueBadge count={overdue} t={t} />
        </h2>
        {ini.milestones.length === 0 ? (
          <p className="text-muted">{ti.noMilestones}</p>
        ) : (
          <ol className="space-y-2">
            {ini.milestones.map((m) => (
              <li
                key={m.id}
                className={`flex flex-wrap items-center justify-between gap-3 rounded-lg border p-3 ${m.overdue ? "border-red-400 bg-red-50" : "border-slate-200 bg-white"}`}
              >
                <div>
                  <p className="font-medium">{m.title}</p>
                  <p className="text-sm">
                    {fill(ti.deadline, { date: fmtDate(m.dueDate) })}
                    {m.doneAt ? (
                      <span className="text-green-900">{fill(ti.doneOn, { date: fmtDate(m.doneAt) })}</span>
                    ) : m.overdue ? (
                      <strong className="text-red-800">{ti.late}</strong>
                    ) : (
                      <span className="text-muted">{ti.openState}</span>
                    )}
                  </p>
                </div>
                {permissions.mayMonitor ? (
                  <span className="no-print">
                    <ActionForm
                      variant="inline"
                      buttonTone="secondary"
                      idPrefix={`mp-${m.id}`}
                      action={milestoneDoneAction.bind(null, region.slug, m.id, !m.doneAt)}
                      submitLabel={fill(m.doneAt ? ti.reopen : ti.markDone, { title: m.title })}
                    />
                  </span>
                ) : null}
              </li>
            ))}
          </ol>
        )}
        {permissions.mayEdit ? (
          <Disclosure summary={ti.addMilestone} className="no-print mt-3" bodyClassName="max-w-md">
            <ActionForm
              idPrefix="nieuwe-mijlpaal"
              action={addMilestoneAction.bind(null, region.slug, ini.id)}
              fields={milestoneFieldSpecs(tp)}
              submitLabel={ti.addMilestone}
              pendingLabel={tp.form.adding}
            />
          </Disclosure>
        ) : null}
      </section>

      {permissions.mayEdit && data.options ? (
        <Disclosure summary={ti.edit} className="no-print mb-10" bodyClassName="max-w-2xl" large>
          <ActionForm
            idPrefix="initiatief"
            action={updateInitiativeAction.bind(null, region.slug, ini.id)}
            fields={initiativeFieldSpecs(tp, data.options, ini)}
            submitLabel={ti.save}
            pendingLabel={tp.form.saving}
          />
        </Disclosure>
      ) : null}

      <div className="mb-10 max-w-3xl">
        <CommentThread
          idPrefix="reactie-initiatief"
          headingId="reacties"
          heading={tp.comments.title}
          comments={data.comments}
          t={t}
          formatDateTime={fmtDateTime}
          addAction={permissions.mayComment ? addCommentAction.bind(null, region.slug, "initiative", ini.id) : null}
          addLabel={tp.comments.yourInitiativeComment}
          closedText={
            audience === "closed" ? tp.page.closedEvaluated : audience === "editors" ? tp.page.closedConcept : undefined
          }
          handleAction={
            permissions.mayHandleComments ? (id, handled) => handleCommentAction.bind(null, region.slug, id, handled) : null
          }
        />
      </div>

      <Section id="geschiedenis" title={ti.history} className="max-w-4xl">
        <DataTable
          caption={ti.historyCaption}
          head={
            <tr>
              <Th>{tp.col.when}</Th>
              <Th>{tp.col.who}</Th>
              <Th>{tp.col.action}</Th>
              <Th>{tp.col.changedFields}</Th>
            </tr>
          }
          empty={ti.noHistory}
        >
          {data.history.map((h) => (
            <tr key={h.id}>
              <Td nowrap>{fmtDateTime(h.occurredAt)}</Td>
              <Td>
                {h.role ? t.roles[h.role] : "—"}
                {h.userEmail ? <span className="text-muted"> ({h.userEmail})</span> : null}
              </Td>
              <Td>
                {tp.history[h.action as keyof typeof tp.history] ?? h.action}{" "}
                <span className="text-xs text-muted">({h.action})</span>
              </Td>
              <Td>{h.fields.map((f) => describeField(f, t)).join(", ") || "—"}</Td>
            </tr>
          ))}
        </DataTable>
      </Section>
    </>
  );
}
