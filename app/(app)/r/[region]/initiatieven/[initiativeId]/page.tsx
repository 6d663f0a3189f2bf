import type { Metadata } from "next";
import Link from "next/link";
import { IndicatorChart } from "@/components/charts/indicator-chart";
import { ActionForm } from "@/components/forms/action-form";
import { IndicatorStateBadge, OverdueBadge, PlanStatusBadge } from "@/components/plan/badges";
import { CommentThread } from "@/components/plan/comment-thread";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/session";
import { CLIENT_GROUP_LABEL, commentAudience, DIRECTION_LABEL, PHASE_LABEL } from "@/lib/domain/plans/rules";
import { getInitiative } from "@/lib/domain/plans/service";
import { formatDate, formatDateTime, formatDecimal } from "@/lib/format";
import { getMessages } from "@/lib/i18n/server";
import { loadOr404 } from "@/lib/next/page";
import {
  addCommentAction,
  addIndicatorAction,
  addMilestoneAction,
  handleCommentAction,
  milestoneDoneAction,
  recordMeasurementAction,
  updateInitiativeAction,
} from "../../regioplan/actions";
import { INDICATOR_FIELDS, initiativeFieldSpecs, MILESTONE_FIELDS } from "../../regioplan/fields";

export const metadata: Metadata = { title: "Initiatief" };

const KIND_LABEL = { wijkverband: "Wijkverbanden", practice: "Praktijken", organisation: "Organisaties" } as const;
const ACTION_LABEL: Record<string, string> = {
  "initiative.create": "Initiatief aangemaakt",
  "initiative.update": "Initiatief gewijzigd",
  "initiative.indicator.create": "Indicator toegevoegd",
  "initiative.measurement.record": "Meting vastgelegd",
  "initiative.milestone.create": "Mijlpaal toegevoegd",
  "initiative.milestone.done": "Mijlpaal gereed",
  "initiative.milestone.reopen": "Mijlpaal heropend",
  "comment.create": "Reactie geplaatst",
  "comment.handle": "Reactie afgehandeld",
  "comment.reopen": "Reactie heropend",
};
const fmtNumber = formatDecimal;

export default async function InitiativePage({ params }: { params: Promise<{ region: string; initiativeId: string }> }) {
  const { region: slug, initiativeId } = await params;
  const actor = await requireActor();
  const data = await loadOr404(getInitiative(actor, slug, initiativeId));
  const { t, locale } = await getMessages();
  const { region, plan, initiative: ini, permissions } = data;
  const fmtDate = (d: Date) => formatDate(d, locale);
  const fmtDateTime = (d: Date) => formatDateTime(d, locale);
  const audience = commentAudience(plan.status);
  const overdue = ini.milestones.filter((m) => m.overdue).length;

  return (
    <>
      <p className="no-print mb-2 text-sm">
        <Link href={`/r/${region.slug}/regioplan/${plan.id}`} className="text-blue-800 underline">
          {plan.title} ({plan.periodStart}–{plan.periodEnd})
        </Link>{" "}
        · opgave {data.theme.name}
      </p>
      <PageHeader title={ini.title} intro={ini.description ?? undefined}>
        <PlanStatusBadge status={plan.status} />
      </PageHeader>

      <dl className="mb-10 grid gap-x-6 gap-y-2 rounded-lg border border-slate-200 bg-white p-5 text-sm shadow-sm sm:grid-cols-[auto_1fr]">
        <dt className="font-medium">Eigenaar</dt>
        <dd>{ini.ownerName ?? "—"}</dd>
        <dt className="font-medium">Fase</dt>
        <dd>{PHASE_LABEL[ini.phase]}</dd>
        <dt className="font-medium">Planning</dt>
        <dd>
          {ini.startDate ? fmtDate(ini.startDate) : "?"} – {ini.endDate ? fmtDate(ini.endDate) : "?"}
        </dd>
        <dt className="font-medium">Cliëntgroep (opgave)</dt>
        <dd>{data.theme.clientGroup ? CLIENT_GROUP_LABEL[data.theme.clientGroup] : "—"}</dd>
        <dt className="font-medium">Gemeenten</dt>
        <dd>{ini.municipalityCodes.join(", ") || "—"}</dd>
        {data.carriedFrom ? (
          <>
            <dt className="font-medium">Overgenomen uit</dt>
            <dd>
              <Link href={`/r/${region.slug}/initiatieven/${data.carriedFrom.id}`} className="text-blue-800 underline">
                {data.carriedFrom.title}
              </Link>{" "}
              ({data.carriedFrom.planTitle})
            </dd>
          </>
        ) : null}
      </dl>

      <section aria-labelledby="deelnemers" className="mb-10">
        <h2 id="deelnemers" className="mb-3 text-xl font-semibold">
          Deelnemers
        </h2>
        {ini.participants.length === 0 ? (
          <p className="text-muted">Nog geen deelnemers vastgelegd.</p>
        ) : (
          <div className="grid gap-4 sm:grid-cols-3">
            {(["wijkverband", "practice", "organisation"] as const).map((kind) => {
              const list = ini.participants.filter((p) => p.kind === kind);
              if (list.length === 0) return null;
              return (
                <div key={kind}>
                  <h3 className="font-semibold">{KIND_LABEL[kind]}</h3>
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
      </section>

      <section aria-labelledby="indicatoren" className="mb-10 space-y-4">
        <h2 id="indicatoren" className="text-xl font-semibold">
          Indicatoren
        </h2>
        {ini.indicators.length === 0 ? <p className="text-muted">Nog geen indicatoren.</p> : null}
        {ini.indicators.map((ind) => (
          <article key={ind.id} aria-labelledby={`ind-${ind.id}`} className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
            <div className="flex flex-wrap items-center justify-between gap-2">
              <h3 id={`ind-${ind.id}`} className="text-lg font-semibold">
                {ind.name}
              </h3>
              <IndicatorStateBadge state={ind.assessment.state} />
            </div>
            <p className="mb-3 text-sm text-muted">
              Eenheid: {ind.unit} · {DIRECTION_LABEL[ind.direction]} · nulmeting {ind.baseline !== null ? fmtNumber(ind.baseline) : "—"} · streefwaarde {fmtNumber(ind.target)}
              {ind.assessment.latest ? ` · laatste meting ${fmtNumber(ind.assessment.latest.value)}` : ""}
            </p>
            <IndicatorChart id={ind.id} name={ind.name} unit={ind.unit} baseline={ind.baseline} target={ind.target} measurements={ind.measurements} />
            {permissions.mayMonitor ? (
              <details className="no-print mt-3">
                <summary className="cursor-pointer font-medium text-blue-900">Meting vastleggen</summary>
                <div className="mt-3 max-w-md">
                  <ActionForm
                    idPrefix={`meting-${ind.id}`}
                    action={recordMeasurementAction.bind(null, region.slug, ind.id)}
                    submitLabel="Meting opslaan"
                    pendingLabel="Bezig met opslaan…"
                    fields={[
                      { kind: "text", name: "period", label: `Periode (${ind.name})`, hint: "Bijvoorbeeld 2026-Q3, 2026-H2, 2026-07 of 2026. Een bestaande periode wordt overschreven." },
                      { kind: "number", name: "value", label: `Waarde in ${ind.unit}` },
                    ]}
                  />
                </div>
              </details>
            ) : null}
          </article>
        ))}
        {permissions.mayEdit ? (
          <details className="no-print">
            <summary className="cursor-pointer font-medium text-blue-900">Indicator toevoegen</summary>
            <div className="mt-3 max-w-xl">
              <ActionForm idPrefix="nieuwe-indicator" action={addIndicatorAction.bind(null, region.slug, ini.id)} fields={INDICATOR_FIELDS} submitLabel="Indicator toevoegen" pendingLabel="Bezig met toevoegen…" />
            </div>
          </details>
        ) : null}
      </section>

      <section aria-labelledby="mijlpalen" className="mb-10">
        <h2 id="mijlpalen" className="mb-3 flex flex-wrap items-center gap-3 text-xl font-semibold">
          Mijlpalen <OverdueBadge count={overdue} />
        </h2>
        {ini.milestones.length === 0 ? (
          <p className="text-muted">Nog geen mijlpalen.</p>
        ) : (
          <ol className="space-y-2">
            {ini.milestones.map((m) => (
              <li key={m.id} className={`flex flex-wrap items-center justify-between gap-3 rounded-lg border p-3 ${m.overdue ? "border-red-400 bg-red-50" : "border-slate-200 bg-white"}`}>
                <div>
                  <p className="font-medium">{m.title}</p>
                  <p className="text-sm">
                    Deadline {fmtDate(m.dueDate)}
                    {m.doneAt ? <span className="text-green-900"> · ✔ gereed op {fmtDate(m.doneAt)}</span> : m.overdue ? <strong className="text-red-800"> · ⚠ te laat</strong> : <span className="text-muted"> · open</span>}
                  </p>
                </div>
                {permissions.mayMonitor ? (
                  <span className="no-print">
                    <ActionForm variant="inline" buttonTone="secondary" idPrefix={`mp-${m.id}`} action={milestoneDoneAction.bind(null, region.slug, m.id, !m.doneAt)} submitLabel={m.doneAt ? `Heropen ${m.title}` : `Gereed: ${m.title}`} />
                  </span>
                ) : null}
              </li>
            ))}
          </ol>
        )}
        {permissions.mayEdit ? (
          <details className="no-print mt-3">
            <summary className="cursor-pointer font-medium text-blue-900">Mijlpaal toevoegen</summary>
            <div className="mt-3 max-w-md">
              <ActionForm idPrefix="nieuwe-mijlpaal" action={addMilestoneAction.bind(null, region.slug, ini.id)} fields={MILESTONE_FIELDS} submitLabel="Mijlpaal toevoegen" pendingLabel="Bezig met toevoegen…" />
            </div>
          </details>
        ) : null}
      </section>

      {permissions.mayEdit && data.options ? (
        <details className="no-print mb-10">
          <summary className="cursor-pointer text-lg font-semibold text-blue-900">Initiatief bewerken</summary>
          <div className="mt-3 max-w-2xl">
            <ActionForm idPrefix="initiatief" action={updateInitiativeAction.bind(null, region.slug, ini.id)} fields={initiativeFieldSpecs(data.options, ini)} submitLabel="Initiatief opslaan" pendingLabel="Bezig met opslaan…" />
          </div>
        </details>
      ) : null}

      <div className="mb-10 max-w-3xl">
        <CommentThread
          idPrefix="reactie-initiatief"
          headingId="reacties"
          heading="Reacties"
          comments={data.comments}
          roleLabels={t.roles}
          formatDateTime={fmtDateTime}
          addAction={permissions.mayComment ? addCommentAction.bind(null, region.slug, "initiative", ini.id) : null}
          addLabel="Uw reactie op dit initiatief"
          closedText={audience === "closed" ? "Dit plan is geëvalueerd; reageren kan niet meer." : audience === "editors" ? "Reageren kan zodra het plan ter consultatie ligt." : undefined}
          handleAction={permissions.mayHandleComments ? (id, handled) => handleCommentAction.bind(null, region.slug, id, handled) : null}
        />
      </div>

      <section aria-labelledby="geschiedenis" className="max-w-4xl">
        <h2 id="geschiedenis" className="mb-3 text-xl font-semibold">
          Geschiedenis
        </h2>
        {data.history.length === 0 ? (
          <p className="text-muted">Nog geen wijzigingen vastgelegd in het auditlog.</p>
        ) : (
          <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-sm">
            <table className="min-w-full divide-y divide-slate-200 text-sm">
              <caption className="sr-only">Wijzigingen aan dit initiatief uit het auditlog</caption>
              <thead className="bg-slate-50 text-left">
                <tr>
                  <th scope="col" className="px-4 py-2 font-semibold">Tijdstip</th>
                  <th scope="col" className="px-4 py-2 font-semibold">Wie</th>
                  <th scope="col" className="px-4 py-2 font-semibold">Actie</th>
                  <th scope="col" className="px-4 py-2 font-semibold">Gewijzigd</th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {data.history.map((h) => (
                  <tr key={h.id}>
                    <td className="px-4 py-2 whitespace-nowrap">{fmtDateTime(h.occurredAt)}</td>
                    <td className="px-4 py-2">
                      {h.role ? t.roles[h.role] : "—"}
                      {h.userEmail ? <span className="text-muted"> ({h.userEmail})</span> : null}
                    </td>
                    <td className="px-4 py-2">
                      {ACTION_LABEL[h.action] ?? h.action} <span className="text-xs text-muted">({h.action})</span>
                    </td>
                    <td className="px-4 py-2">{h.fields.join(", ") || "—"}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </>
  );
}
