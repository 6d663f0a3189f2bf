import type { Metadata } from "next";
import Link from "next/link";
import { ActionForm } from "@/components/forms/action-form";
import { IndicatorStateBadge, OverdueBadge, PlanStatusBadge } from "@/components/plan/badges";
import { CommentThread } from "@/components/plan/comment-thread";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/session";
import { CLIENT_GROUP_LABEL, commentAudience, IZA_GOALS, PHASE_LABEL, STATUS_LABEL, THEME_TYPE_LABEL, TRANSITION_LABEL } from "@/lib/domain/plans/rules";
import { getInitiativeFormOptions, getPlan } from "@/lib/domain/plans/service";
import { initiativeFieldSpecs, themeFieldSpecs } from "../fields";
import { formatDate, formatDateTime } from "@/lib/format";
import { getMessages } from "@/lib/i18n/server";
import { loadOr404 } from "@/lib/next/page";
import {
  addCommentAction,
  carryOverAction,
  createInitiativeAction,
  createThemeAction,
  handleCommentAction,
  transitionPlanAction,
  updatePlanAction,
  updateThemeAction,
} from "../actions";

export const metadata: Metadata = { title: "Regioplan" };

const STATUS_EXPLANATION = {
  concept: "Coördinatoren werken het plan uit. Alleen zij kunnen nu reageren.",
  ter_consultatie: "Iedereen die de regio ziet, kan reageren op het plan, de opgaven en de initiatieven. Coördinatoren kunnen het plan nog aanpassen.",
  vastgesteld: "Het plan ligt vast als genummerde versie. Metingen en mijlpalen worden bijgehouden; reageren kan. Wijzigen kan via een herziening of een nieuw plan.",
  geevalueerd: "Het plan is geëvalueerd en alleen nog te lezen.",
} as const;

export default async function PlanPage({ params }: { params: Promise<{ region: string; planId: string }> }) {
  const { region: slug, planId } = await params;
  const actor = await requireActor();
  const data = await loadOr404(getPlan(actor, slug, planId));
  const { t, locale } = await getMessages();
  const { region, plan, permissions } = data;
  const base = `/r/${region.slug}/regioplan/${plan.id}`;
  const options = permissions.mayEdit ? await getInitiativeFormOptions(actor, slug, planId) : null;
  const fmtDateTime = (d: Date) => formatDateTime(d, locale);
  const fmtDate = (d: Date) => formatDate(d, locale);
  const audience = commentAudience(plan.status);
  const closedText = audience === "closed" ? "Dit plan is geëvalueerd; reageren kan niet meer." : audience === "editors" ? "Reageren kan zodra het plan ter consultatie ligt." : undefined;
  const handle = permissions.mayHandleComments ? (id: string, handled: boolean) => handleCommentAction.bind(null, region.slug, id, handled) : null;
  const commentsOn = (type: string, id: string) => data.comments.filter((c) => c.subjectType === type && c.subjectId === id);
  const initiativeCount = data.themes.reduce((n, th) => n + th.initiatives.length, 0);

  return (
    <>
      <PageHeader
        title={plan.title}
        intro={
          <>
            Periode {plan.periodStart}–{plan.periodEnd} · {initiativeCount} initiatieven in {data.themes.length} opgaven
            {plan.currentVersion > 0 ? ` · laatst vastgestelde versie: v${plan.currentVersion}` : ""}
            {data.previousPlan ? (
              <>
                {" · "}vervolg op{" "}
                <Link className="text-blue-800 underline" href={`/r/${region.slug}/regioplan/${data.previousPlan.id}`}>
                  {data.previousPlan.title}
                </Link>
              </>
            ) : null}
          </>
        }
      >
        <PlanStatusBadge status={plan.status} />
      </PageHeader>

      <nav aria-label="Onderdelen van het plan" className="no-print mb-8">
        <ul className="flex flex-wrap gap-2 text-sm">
          {[
            [`${base}/tijdlijn`, t.plan.timelineTitle],
            [`${base}/versies`, t.plan.versionsTitle],
            [`${base}/afdrukken`, t.plan.printTitle],
            [`${base}/werkagenda?formaat=xlsx`, "Werkagenda (Excel)"],
            [`${base}/werkagenda?formaat=csv`, "Werkagenda (CSV)"],
            [`/r/${region.slug}/initiatieven?plan=${plan.id}`, "Initiatieven filteren"],
          ].map(([href, label]) => (
            <li key={href}>
              <a href={href} className="inline-block rounded-md border border-slate-300 bg-white px-3 py-1.5 font-medium text-blue-900 hover:bg-slate-50">
                {label}
              </a>
            </li>
          ))}
        </ul>
      </nav>

      <section aria-labelledby="status" className="mb-10 rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
        <h2 id="status" className="text-xl font-semibold">
          Status: {STATUS_LABEL[plan.status]}
        </h2>
        <p className="mt-1 text-muted">{STATUS_EXPLANATION[plan.status]}</p>
        {data.versions.length > 0 ? (
          <p className="mt-2 text-sm">
            Vastgestelde versies:{" "}
            {data.versions.map((v, i) => (
              <span key={v.versionNumber}>
                {i > 0 ? ", " : ""}
                <Link href={`${base}/versies/${v.versionNumber}`} className="text-blue-800 underline">
                  v{v.versionNumber} ({fmtDate(v.createdAt)})
                </Link>
              </span>
            ))}
          </p>
        ) : null}
        {permissions.transitions.length > 0 ? (
          <div className="no-print mt-4 flex flex-wrap gap-3">
            {permissions.transitions.map((to) => (
              <ActionForm
                key={to}
                variant="inline"
                buttonTone={to === "concept" ? "secondary" : "primary"}
                idPrefix={`status-${to}`}
                action={transitionPlanAction.bind(null, region.slug, plan.id, to)}
                submitLabel={TRANSITION_LABEL[`${plan.status}>${to}`] ?? STATUS_LABEL[to]}
              />
            ))}
          </div>
        ) : null}
      </section>

      {plan.summary ? (
        <section aria-labelledby="samenvatting" className="mb-10 max-w-3xl">
          <h2 id="samenvatting" className="text-xl font-semibold">
            Samenvatting
          </h2>
          <p className="mt-2 whitespace-pre-line">{plan.summary}</p>
        </section>
      ) : null}

      <section aria-labelledby="opgaven" className="space-y-8">
        <h2 id="opgaven" className="text-2xl font-semibold">
          Opgaven en initiatieven
        </h2>
        {data.themes.length === 0 ? <p className="text-muted">Dit plan heeft nog geen opgaven.</p> : null}
        {data.themes.map((theme) => (
          <section key={theme.id} aria-labelledby={`opgave-${theme.id}`} className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
            <h3 id={`opgave-${theme.id}`} className="text-xl font-semibold">
              {theme.name}
            </h3>
            <dl className="mt-2 grid gap-x-6 gap-y-1 text-sm sm:grid-cols-[auto_1fr]">
              <dt className="font-medium">Type</dt>
              <dd>{THEME_TYPE_LABEL[theme.type]}</dd>
              <dt className="font-medium">Cliëntgroep</dt>
              <dd>{theme.clientGroup ? CLIENT_GROUP_LABEL[theme.clientGroup] : "—"}</dd>
              <dt className="font-medium">IZA-doelen</dt>
              <dd>{theme.izaGoals.map((g) => IZA_GOALS[g as keyof typeof IZA_GOALS] ?? g).join("; ") || "—"}</dd>
              <dt className="font-medium">Prioriteit</dt>
              <dd>{theme.priority}</dd>
              {theme.rationale ? (
                <>
                  <dt className="font-medium">Onderbouwing</dt>
                  <dd>{theme.rationale}</dd>
                </>
              ) : null}
            </dl>
            {theme.initiatives.length === 0 ? (
              <p className="mt-4 text-muted">Nog geen initiatieven onder deze opgave.</p>
            ) : (
              <div className="mt-4 overflow-x-auto">
                <table className="min-w-full divide-y divide-slate-200 text-sm">
                  <caption className="sr-only">Initiatieven onder {theme.name}</caption>
                  <thead className="bg-slate-50 text-left">
                    <tr>
                      <th scope="col" className="px-3 py-2 font-semibold">Initiatief</th>
                      <th scope="col" className="px-3 py-2 font-semibold">Eigenaar</th>
                      <th scope="col" className="px-3 py-2 font-semibold">Fase</th>
                      <th scope="col" className="px-3 py-2 font-semibold">Planning</th>
                      <th scope="col" className="px-3 py-2 font-semibold">Indicatoren</th>
                      <th scope="col" className="px-3 py-2 font-semibold">Mijlpalen</th>
                    </tr>
                  </thead>
                  <tbody className="divide-y divide-slate-100">
                    {theme.initiatives.map((ini) => {
                      const open = ini.milestones.filter((m) => !m.doneAt).length;
                      const overdue = ini.milestones.filter((m) => m.overdue).length;
                      return (
                        <tr key={ini.id}>
                          <td className="px-3 py-2">
                            <Link href={`/r/${region.slug}/initiatieven/${ini.id}`} className="font-medium text-blue-800 underline">
                              {ini.title}
                            </Link>
                          </td>
                          <td className="px-3 py-2">{ini.ownerName ?? "—"}</td>
                          <td className="px-3 py-2">{PHASE_LABEL[ini.phase]}</td>
                          <td className="px-3 py-2 whitespace-nowrap">
                            {ini.startDate ? fmtDate(ini.startDate) : "?"} – {ini.endDate ? fmtDate(ini.endDate) : "?"}
                          </td>
                          <td className="px-3 py-2">
                            <ul className="space-y-1">
                              {ini.indicators.map((ind) => (
                                <li key={ind.id}>
                                  <IndicatorStateBadge state={ind.assessment.state} /> <span className="text-xs">{ind.name}</span>
                                </li>
                              ))}
                              {ini.indicators.length === 0 ? <li className="text-muted">Geen</li> : null}
                            </ul>
                          </td>
                          <td className="px-3 py-2">
                            {open} open <OverdueBadge count={overdue} />
                          </td>
                        </tr>
                      );
                    })}
                  </tbody>
                </table>
              </div>
            )}
            {permissions.mayEdit ? (
              <details className="no-print mt-4">
                <summary className="cursor-pointer font-medium text-blue-900">Opgave bewerken</summary>
                <div className="mt-3 max-w-2xl">
                  <ActionForm idPrefix={`opgave-${theme.id}`} action={updateThemeAction.bind(null, region.slug, theme.id)} fields={themeFieldSpecs(theme)} submitLabel="Opgave opslaan" pendingLabel="Bezig met opslaan…" />
                </div>
              </details>
            ) : null}
            <details className="mt-4" open={commentsOn("theme", theme.id).some((c) => !c.handledAt) || undefined}>
              <summary className="cursor-pointer font-medium text-blue-900">Reacties op deze opgave ({commentsOn("theme", theme.id).length})</summary>
              <div className="mt-3">
                <CommentThread
                  level={3}
                  idPrefix={`reactie-opgave-${theme.id}`}
                  headingId={`reacties-opgave-${theme.id}`}
                  heading={`Reacties op ${theme.name}`}
                  comments={commentsOn("theme", theme.id)}
                  roleLabels={t.roles}
                  formatDateTime={fmtDateTime}
                  addAction={permissions.mayComment ? addCommentAction.bind(null, region.slug, "theme", theme.id) : null}
                  addLabel={`Uw reactie op de opgave ${theme.name}`}
                  closedText={closedText}
                  handleAction={handle}
                />
              </div>
            </details>
          </section>
        ))}
      </section>

      {permissions.mayEdit && options ? (
        <section aria-labelledby="toevoegen" className="no-print mt-10 grid gap-8 lg:grid-cols-2">
          <h2 id="toevoegen" className="sr-only">
            Toevoegen en bewerken
          </h2>
          <div>
            <h3 className="mb-3 text-xl font-semibold">Opgave toevoegen</h3>
            <ActionForm idPrefix="nieuwe-opgave" action={createThemeAction.bind(null, region.slug, plan.id)} fields={themeFieldSpecs()} submitLabel="Opgave toevoegen" pendingLabel="Bezig met toevoegen…" />
          </div>
          <div>
            <h3 className="mb-3 text-xl font-semibold">Initiatief toevoegen</h3>
            {options.themes.length === 0 ? (
              <p className="text-muted">Voeg eerst een opgave toe.</p>
            ) : (
              <ActionForm
                idPrefix="nieuw-initiatief"
                action={createInitiativeAction.bind(null, region.slug)}
                submitLabel="Initiatief toevoegen"
                pendingLabel="Bezig met toevoegen…"
                fields={initiativeFieldSpecs(options)}
              />
            )}
          </div>
          <div className="lg:col-span-2 max-w-2xl">
            <h3 className="mb-3 text-xl font-semibold">Plan bewerken</h3>
            <ActionForm
              idPrefix="plan-bewerken"
              action={updatePlanAction.bind(null, region.slug, plan.id)}
              submitLabel="Plan opslaan"
              pendingLabel="Bezig met opslaan…"
              fields={[
                { kind: "text", name: "title", label: "Titel", defaultValue: plan.title, required: true },
                { kind: "number", inputMode: "numeric", name: "periodStart", label: "Beginjaar", defaultValue: plan.periodStart },
                { kind: "number", inputMode: "numeric", name: "periodEnd", label: "Eindjaar", defaultValue: plan.periodEnd },
                { kind: "textarea", name: "summary", label: "Samenvatting", defaultValue: plan.summary, rows: 5 },
              ]}
            />
          </div>
        </section>
      ) : null}

      <div className="mt-10 max-w-3xl">
        <CommentThread
          idPrefix="reactie-plan"
          headingId="reacties-plan"
          heading="Reacties op het plan"
          comments={commentsOn("plan", plan.id)}
          roleLabels={t.roles}
          formatDateTime={fmtDateTime}
          addAction={permissions.mayComment ? addCommentAction.bind(null, region.slug, "plan", plan.id) : null}
          addLabel="Uw reactie op het plan"
          closedText={closedText}
          handleAction={handle}
        />
      </div>

      {permissions.isEditor ? (
        <section aria-labelledby="vervolgplan" className="no-print mt-10 max-w-2xl">
          <h2 id="vervolgplan" className="mb-2 text-xl font-semibold">
            Nieuw plan op basis van dit plan
          </h2>
          <p className="mb-3 text-muted">
            Neemt alle opgaven over, en de initiatieven die niet in de fase &quot;stoppen&quot; zitten, met hun deelnemers, indicatoren (met metingen) en open mijlpalen. Het nieuwe plan begint als concept.
          </p>
          <ActionForm
            idPrefix="vervolgplan"
            action={carryOverAction.bind(null, region.slug, plan.id)}
            submitLabel="Nieuw plan aanmaken"
            pendingLabel="Bezig met overnemen…"
            fields={[
              { kind: "text", name: "title", label: "Titel van het nieuwe plan", defaultValue: `Regioplan ${plan.periodEnd + 1}–${plan.periodEnd + 1 + (plan.periodEnd - plan.periodStart)}`, required: true },
              { kind: "number", inputMode: "numeric", name: "periodStart", label: "Beginjaar", defaultValue: plan.periodEnd + 1 },
              { kind: "number", inputMode: "numeric", name: "periodEnd", label: "Eindjaar", defaultValue: plan.periodEnd + 1 + (plan.periodEnd - plan.periodStart) },
            ]}
          />
        </section>
      ) : null}
    </>
  );
}
