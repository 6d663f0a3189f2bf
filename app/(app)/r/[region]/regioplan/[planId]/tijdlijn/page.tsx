import type { Metadata } from "next";
import Link from "next/link";
import { TimelineChart } from "@/components/plan/timeline-chart";
import { timelineModel } from "@/components/plan/timeline-model";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import { requireActor } from "@/lib/auth/session";
import { startOfToday } from "@/lib/domain/plans/access";
import { getPlanTimeline } from "@/lib/domain/plans/plans";
import { formatDate } from "@/lib/format";
import { fill } from "@/lib/i18n/messages";
import { getMessages } from "@/lib/i18n/server";
import { loadOr404 } from "@/lib/next/page";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getMessages();
  return { title: t.plan.timelineTitle };
}

export default async function TimelinePage({ params }: { params: Promise<{ region: string; planId: string }> }) {
  const { region: slug, planId } = await params;
  const actor = await requireActor();
  const data = await loadOr404(getPlanTimeline(actor, slug, planId));
  const { t, locale } = await getMessages();
  const { region, plan } = data;
  const fmtDate = (d: Date) => formatDate(d, locale);
  const dates = data.themes
    .flatMap((th) => th.initiatives.flatMap((i) => [i.startDate, i.endDate, ...i.milestones.map((m) => m.dueDate)]))
    .filter((d): d is Date => !!d);
  const years = dates.map((d) => d.getUTCFullYear());
  const fromYear = Math.min(plan.periodStart, ...years);
  const toYear = Math.max(plan.periodEnd, ...years);
  const milestones = data.themes
    .flatMap((th) => th.initiatives.flatMap((i) => i.milestones.map((m) => ({ ...m, initiative: i }))))
    .sort((a, b) => a.dueDate.getTime() - b.dueDate.getTime());
  const overdue = milestones.filter((m) => m.overdue);
  const upcoming = milestones.filter((m) => !m.doneAt && !m.overdue).slice(0, 15);

  return (
    <>
      <p className="no-print mb-2 text-sm">
        <Link href={`/r/${region.slug}/regioplan/${plan.id}`} className="text-blue-800 underline">
          {fill(t.plan.page.backTo, { title: plan.title })}
        </Link>
      </p>
      <PageHeader
        title={`${t.plan.timelineTitle}: ${plan.title}`}
        intro={fill(t.plan.timeline.intro, { from: fromYear, to: toYear })}
      />
      {data.themes.length === 0 ? <p className="text-muted">{t.plan.page.noThemes}</p> : null}
      <TimelineChart
        model={timelineModel({
          themes: data.themes,
          fromYear,
          toYear,
          initiativeBase: `/r/${region.slug}/initiatieven`,
          formatDate: fmtDate,
          today: startOfToday(),
          t: t.plan,
        })}
      />

      <div className="mt-10 grid gap-8 lg:grid-cols-2">
        <Section id="te-laat" title={fill(t.plan.timeline.overdue, { count: overdue.length })} className="">
          {overdue.length === 0 ? (
            <p className="text-muted">{t.plan.timeline.noOverdue}</p>
          ) : (
            <ul className="space-y-2">
              {overdue.map((m) => (
                <li key={m.id} className="rounded-md border border-red-400 bg-red-50 p-3 text-sm">
                  <strong className="text-red-800">⚠ {fmtDate(m.dueDate)}</strong> — {m.title} ·{" "}
                  <Link href={`/r/${region.slug}/initiatieven/${m.initiative.id}`} className="text-blue-800 underline">
                    {m.initiative.title}
                  </Link>
                </li>
              ))}
            </ul>
          )}
        </Section>
        <Section id="komend" title={t.plan.timeline.upcoming} className="">
          {upcoming.length === 0 ? (
            <p className="text-muted">{t.plan.timeline.noUpcoming}</p>
          ) : (
            <ul className="space-y-2">
              {upcoming.map((m) => (
                <li key={m.id} className="rounded-md border border-slate-200 bg-white p-3 text-sm">
                  <strong>{fmtDate(m.dueDate)}</strong> — {m.title} ·{" "}
                  <Link href={`/r/${region.slug}/initiatieven/${m.initiative.id}`} className="text-blue-800 underline">
                    {m.initiative.title}
                  </Link>
                </li>
              ))}
            </ul>
          )}
        </Section>
      </div>
    </>
  );
}
