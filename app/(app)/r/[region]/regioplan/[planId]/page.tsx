import type { Metadata } from "next";
import Link from "next/link";
import { ActionForm } from "@/components/forms/action-form";
import { PlanStatusBadge } from "@/components/plan/badges";
import { CommentThread } from "@/components/plan/comment-thread";
import { PlanInitiativeTable } from "@/components/plan/plan-initiative-table";
import { Disclosure } from "@/components/ui/disclosure";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/session";
import { commentAudience } from "@/lib/domain/plans/rules";
import { getPlan } from "@/lib/domain/plans/plans";
import { themeFieldSpecs } from "../fields";
import { formatDate, formatDateTime } from "@/lib/format";
import { fill } from "@/lib/i18n/messages";
import { getMessages } from "@/lib/i18n/server";
import { groupBy } from "@/lib/domain/shared/group";
import { loadOr404 } from "@/lib/next/page";
import {
  addCommentAction,
  carryOverAction,
  createThemeAction,
  handleCommentAction,
  transitionPlanAction,
  updatePlanAction,
} from "../actions";

const SECONDARY_LINK =
  "inline-block rounded-md border border-slate-300 bg-white px-3 py-1.5 font-medium text-blue-900 hover:bg-slate-50";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getMessages();
  return { title: t.plan.navPlan };
}

export default async function PlanPage({ params }: { params: Promise<{ region: string; planId: string }> }) {
  const { region: slug, planId } = await params;
  const actor = await requireActor();
  const data = await loadOr404(getPlan(actor, slug, planId));
  const { t, locale } = await getMessages();
  const { region, plan, permissions } = data;
  const base = `/r/${region.slug}/regioplan/${plan.id}`;
  const fmtDateTime = (d: Date) => formatDateTime(d, locale);
  const fmtDate = (d: Date) => formatDate(d, locale);
  const audience = commentAudience(plan.status);
  const tp = t.plan;
  const closedText = audience === "closed" ? tp.page.closedEvaluated : audience === "editors" ? tp.page.closedConcept : undefined;
  const handle = permissions.mayHandleComments
    ? (id: string, handled: boolean) => handleCommentAction.bind(null, region.slug, id, handled)
    : null;
  // Grouped once: each theme asks for its comments three times.
  const commentsBySubject = groupBy(data.comments, (c) => `${c.subjectType}:${c.subjectId}`);
  const commentsOn = (type: string, id: string) => commentsBySubject.get(`${type}:${id}`) ?? [];
  const initiativeCount = data.themes.reduce((n, th) => n + th.initiatives.length, 0);
  const tableHead = [tp.col.initiative, tp.col.owner, tp.col.phase, tp.col.planning, tp.col.indicators, tp.col.milestones];
  const tableMessages = { plan: { state: tp.state, overdue: tp.overdue, page: { none: tp.page.none } } };

  return (
    <>
      <PageHeader
        title={plan.title}
        intro={
          <>
            {fill(tp.page.intro, {
              from: plan.periodStart,
              to: plan.periodEnd,
              initiatives: initiativeCount,
              themes: data.themes.length,
            })}
            {plan.currentVersion > 0 ? fill(tp.page.introVersion, { version: plan.currentVersion }) : ""}
            {data.previousPlan ? (
              <>
                {" · "}
                {tp.page.followsOn}{" "}
                <Link className="text-blue-800 underline" href={`/r/${region.slug}/regioplan/${data.previousPlan.id}`}>
                  {data.previousPlan.title}
                </Link>
              </>
            ) : null}
          </>
        }
      >
        <PlanStatusBadge status={plan.status} t={t} />
      </PageHeader>

      <nav aria-label={tp.page.sections} className="no-print mb-8">
        <ul className="flex flex-wrap gap-2 text-sm">
          {[
            [`${base}/tijdlijn`, tp.timelineTitle],
            [`${base}/versies`, tp.versionsTitle],
            [`${base}/afdrukken`, tp.printTitle],
            [`${base}/werkagenda?format=xlsx`, tp.page.werkagendaXlsx],
            [`${base}/werkagenda?format=csv`, tp.page.werkagendaCsv],
            [`/r/${region.slug}/initiatieven?plan=${plan.id}`, tp.page.filterInitiatives],
          ].map(([href, label]) => (
            <li key={href}>
              <a href={href} className={SECONDARY_LINK}>
                {label}
              </a>
            </li>
          ))}
        </ul>
      </nav>

      <section aria-labelledby="status" className="mb-10 rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
        <h2 id="status" className="text-xl font-semibold">
          {fill(tp.page.statusHeading, { status: tp.status[plan.status] })}
        </h2>
        <p className="mt-1 text-muted">{tp.statusExplanation[plan.status]}</p>
        {data.versions.length > 0 ? (
          <p className="mt-2 text-sm">
            {tp.page.adoptedVersions}{" "}
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
                submitLabel={tp.transition[`${plan.status}>${to}` as keyof typeof tp.transition] ?? tp.status[to]}
              />
            ))}
          </div>
        ) : null}
      </section>

      {plan.summary ? (
        <section aria-labelledby="samenvatting" className="mb-10 max-w-3xl">
          <h2 id="samenvatting" className="text-xl font-semibold">
            {tp.page.summaryTitle}
          </h2>
          <p className="mt-2 whitespace-pre-line">{plan.summary}</p>
        </section>
      ) : null}

      <section aria-labelledby="opgaven" className="space-y-8">
        <h2 id="opgaven" className="text-2xl font-semibold">
          {tp.page.themesHeading}
        </h2>
        {data.themes.length === 0 ? <p className="text-muted">{tp.page.noThemes}</p> : null}
        {data.themes.map((theme) => (
          <section
            key={theme.id}
            aria-labelledby={`opgave-${theme.id}`}
            className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm"
          >
            <h3 id={`opgave-${theme.id}`} className="text-xl font-semibold">
              {theme.name}
            </h3>
            <dl className="mt-2 grid gap-x-6 gap-y-1 text-sm sm:grid-cols-[auto_1fr]">
              <dt className="font-medium">{tp.col.type}</dt>
              <dd>{tp.themeType[theme.type]}</dd>
              <dt className="font-medium">{tp.col.clientGroup}</dt>
              <dd>{theme.clientGroup ? tp.clientGroup[theme.clientGroup] : "—"}</dd>
              <dt className="font-medium">{tp.col.izaGoals}</dt>
              <dd>{theme.izaGoals.map((g) => tp.izaGoal[g as keyof typeof tp.izaGoal] ?? g).join("; ") || "—"}</dd>
              <dt className="font-medium">{tp.col.priority}</dt>
              <dd>{theme.priority}</dd>
              {theme.rationale ? (
                <>
                  <dt className="font-medium">{tp.col.rationale}</dt>
                  <dd>{theme.rationale}</dd>
                </>
              ) : null}
            </dl>
            {theme.initiatives.length === 0 ? (
              <p className="mt-4 text-muted">{tp.page.noInitiatives}</p>
            ) : (
              <div className="mt-4">
                <PlanInitiativeTable
                  caption={fill(tp.page.initiativesUnder, { theme: theme.name })}
                  head={tableHead}
                  t={tableMessages}
                  rows={theme.initiatives.map((ini) => ({
                    id: ini.id,
                    href: `/r/${region.slug}/initiatieven/${ini.id}`,
                    title: ini.title,
                    owner: ini.ownerName ?? "—",
                    phase: tp.phase[ini.phase],
                    planning: `${ini.startDate ? fmtDate(ini.startDate) : "?"} – ${ini.endDate ? fmtDate(ini.endDate) : "?"}`,
                    indicators: ini.indicators.map((ind) => ({ id: ind.id, name: ind.name, state: ind.assessment.state })),
                    open: fill(tp.page.open, { count: ini.milestones.filter((m) => !m.doneAt).length }),
                    overdue: ini.milestones.filter((m) => m.overdue).length,
                  }))}
                />
              </div>
            )}
            {permissions.mayEdit ? (
              <p className="no-print mt-4 flex flex-wrap gap-2">
                <Link href={`${base}/nieuw-initiatief?opgave=${theme.id}`} className={SECONDARY_LINK}>
                  {fill(tp.page.addInitiativeToTheme, { theme: theme.name })}
                </Link>
                <Link href={`${base}/opgave/${theme.id}`} className={SECONDARY_LINK}>
                  {fill(tp.page.editThemeOf, { theme: theme.name })}
                </Link>
              </p>
            ) : null}
            <Disclosure
              summary={fill(tp.page.themeComments, { count: commentsOn("theme", theme.id).length })}
              className="mt-4"
              open={commentsOn("theme", theme.id).some((c) => !c.handledAt)}
            >
              <CommentThread
                level={3}
                idPrefix={`reactie-opgave-${theme.id}`}
                headingId={`reacties-opgave-${theme.id}`}
                heading={fill(tp.page.commentsOn, { name: theme.name })}
                comments={commentsOn("theme", theme.id)}
                t={t}
                formatDateTime={fmtDateTime}
                addAction={permissions.mayComment ? addCommentAction.bind(null, region.slug, "theme", theme.id) : null}
                addLabel={fill(tp.page.yourThemeComment, { name: theme.name })}
                closedText={closedText}
                handleAction={handle}
              />
            </Disclosure>
          </section>
        ))}
      </section>

      {permissions.mayEdit ? (
        <section aria-labelledby="toevoegen" className="no-print mt-10 grid gap-8 lg:grid-cols-2">
          <h2 id="toevoegen" className="sr-only">
            {tp.page.addAndEdit}
          </h2>
          <div>
            <h3 className="mb-3 text-xl font-semibold">{tp.page.addTheme}</h3>
            <ActionForm
              idPrefix="nieuwe-opgave"
              action={createThemeAction.bind(null, region.slug, plan.id)}
              fields={themeFieldSpecs(tp)}
              submitLabel={tp.page.addTheme}
              pendingLabel={tp.form.adding}
            />
          </div>
          <div>
            <h3 className="mb-3 text-xl font-semibold">{tp.page.addInitiative}</h3>
            {data.themes.length === 0 ? (
              <p className="text-muted">{tp.page.addThemeFirst}</p>
            ) : (
              <Link
                href={`${base}/nieuw-initiatief`}
                className="inline-block rounded-md bg-blue-800 px-4 py-2 font-semibold text-white hover:bg-blue-900"
              >
                {tp.page.addInitiative}
              </Link>
            )}
          </div>
          <div className="lg:col-span-2 max-w-2xl">
            <h3 className="mb-3 text-xl font-semibold">{tp.page.editPlan}</h3>
            <ActionForm
              idPrefix="plan-bewerken"
              action={updatePlanAction.bind(null, region.slug, plan.id)}
              submitLabel={tp.page.savePlan}
              pendingLabel={tp.form.saving}
              fields={[
                { kind: "text", name: "title", label: tp.form.title, defaultValue: plan.title, required: true },
                {
                  kind: "number",
                  inputMode: "numeric",
                  name: "periodStart",
                  label: tp.form.startYear,
                  defaultValue: plan.periodStart,
                },
                { kind: "number", inputMode: "numeric", name: "periodEnd", label: tp.form.endYear, defaultValue: plan.periodEnd },
                { kind: "textarea", name: "summary", label: tp.form.summary, defaultValue: plan.summary, rows: 5 },
              ]}
            />
          </div>
        </section>
      ) : null}

      <div className="mt-10 max-w-3xl">
        <CommentThread
          idPrefix="reactie-plan"
          headingId="reacties-plan"
          heading={tp.page.planComments}
          comments={commentsOn("plan", plan.id)}
          t={t}
          formatDateTime={fmtDateTime}
          addAction={permissions.mayComment ? addCommentAction.bind(null, region.slug, "plan", plan.id) : null}
          addLabel={tp.page.yourPlanComment}
          closedText={closedText}
          handleAction={handle}
        />
      </div>

      {permissions.isEditor ? (
        <section aria-labelledby="vervolgplan" className="no-print mt-10 max-w-2xl">
          <h2 id="vervolgplan" className="mb-2 text-xl font-semibold">
            {tp.page.carryOverTitle}
          </h2>
          <p className="mb-3 text-muted">{tp.page.carryOverText}</p>
          <ActionForm
            idPrefix="vervolgplan"
            action={carryOverAction.bind(null, region.slug, plan.id)}
            submitLabel={tp.form.carryOver}
            pendingLabel={tp.form.carrying}
            fields={[
              {
                kind: "text",
                name: "title",
                label: tp.form.newPlanTitle,
                defaultValue: fill(tp.form.defaultPlanTitle, {
                  from: plan.periodEnd + 1,
                  to: plan.periodEnd + 1 + (plan.periodEnd - plan.periodStart),
                }),
                required: true,
              },
              {
                kind: "number",
                inputMode: "numeric",
                name: "periodStart",
                label: tp.form.startYear,
                defaultValue: plan.periodEnd + 1,
              },
              {
                kind: "number",
                inputMode: "numeric",
                name: "periodEnd",
                label: tp.form.endYear,
                defaultValue: plan.periodEnd + 1 + (plan.periodEnd - plan.periodStart),
              },
            ]}
          />
        </section>
      ) : null}
    </>
  );
}
