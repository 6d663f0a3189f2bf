import type { Metadata } from "next";
import Link from "next/link";
import { PrintButton } from "@/components/plan/print-button";
import { requireActor } from "@/lib/auth/session";
import { getPlan } from "@/lib/domain/plans/plans";
import { formatDate, formatDateTime, formatDecimal } from "@/lib/format";
import { fill } from "@/lib/i18n/messages";
import { getMessages } from "@/lib/i18n/server";
import { loadOr404 } from "@/lib/next/page";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getMessages();
  return { title: t.plan.printTitle };
}

const fmt = (n: number | null) => (n === null ? "—" : formatDecimal(n));

/** The whole plan typeset as a document: print it, or save it as PDF from the print dialog. */
export default async function PrintPage({ params }: { params: Promise<{ region: string; planId: string }> }) {
  const { region: slug, planId } = await params;
  const actor = await requireActor();
  const data = await loadOr404(getPlan(actor, slug, planId));
  const { t: messages, locale } = await getMessages();
  const tp = messages.plan;
  const { region, plan, themes } = data;
  const initiatives = themes.reduce((n, t) => n + t.initiatives.length, 0);
  const date = (d: Date) => formatDate(d, locale);

  return (
    <article className="print-document mx-auto max-w-[46rem] font-serif leading-relaxed text-slate-900">
      <div className="no-print mb-6 flex flex-wrap items-center gap-4 font-sans">
        <PrintButton label={tp.print.button} />
        <Link href={`/r/${region.slug}/regioplan/${plan.id}`} className="text-blue-800 underline">
          {tp.print.back}
        </Link>
      </div>
      <header className="mb-10 border-b-2 border-slate-900 pb-6">
        <p className="font-sans text-sm tracking-wide uppercase">{region.brandName ?? region.name}</p>
        <h1 className="mt-2 text-4xl font-bold">{plan.title}</h1>
        <p className="mt-2 font-sans text-sm">
          {fill(tp.print.meta, {
            from: plan.periodStart,
            to: plan.periodEnd,
            status: tp.statusLower[plan.status],
            version: plan.currentVersion > 0 ? fill(tp.print.metaVersion, { n: plan.currentVersion }) : "",
            themes: themes.length,
            initiatives,
            date: formatDateTime(new Date(), locale),
          })}
        </p>
      </header>

      <nav aria-labelledby="inhoud-plan" className="mb-10">
        <h2 id="inhoud-plan" className="text-xl font-bold">
          {tp.print.contents}
        </h2>
        <ol className="mt-2 list-decimal pl-6">
          {plan.summary ? <li>{tp.page.summaryTitle}</li> : null}
          {themes.map((t) => (
            <li key={t.id}>
              <a href={`#p-${t.id}`}>{t.name}</a> {fill(tp.print.themeInitiatives, { count: t.initiatives.length })}
            </li>
          ))}
        </ol>
      </nav>

      {plan.summary ? (
        <section aria-labelledby="p-samenvatting" className="mb-10">
          <h2 id="p-samenvatting" className="text-2xl font-bold">
            {tp.page.summaryTitle}
          </h2>
          <p className="mt-2 whitespace-pre-line">{plan.summary}</p>
        </section>
      ) : null}

      {themes.map((t, index) => (
        <section key={t.id} aria-labelledby={`p-${t.id}`} className={`mb-12 ${index > 0 ? "theme-break" : ""}`}>
          <h2 id={`p-${t.id}`} className="text-2xl font-bold">
            {index + 1}. {t.name}
          </h2>
          <p className="mt-1 font-sans text-sm">
            {fill(tp.print.themeLine, {
              type: tp.themeType[t.type],
              clientGroup: t.clientGroup ? tp.clientGroup[t.clientGroup].toLowerCase() : "—",
              priority: t.priority,
            })}
          </p>
          <p className="font-sans text-sm">
            {fill(tp.print.izaLine, {
              goals: t.izaGoals.map((g) => tp.izaGoal[g as keyof typeof tp.izaGoal] ?? g).join("; ") || "—",
            })}
          </p>
          {t.rationale ? <p className="mt-3 italic">{t.rationale}</p> : null}
          {t.initiatives.map((i, n) => (
            <section key={i.id} aria-labelledby={`pi-${i.id}`} className="mt-6 border-t border-slate-300 pt-4">
              <h3 id={`pi-${i.id}`} className="text-lg font-bold">
                {index + 1}.{n + 1} {i.title}
              </h3>
              <p className="font-sans text-sm">
                {fill(tp.print.initiativeLine, {
                  owner: i.ownerName ?? "—",
                  phase: tp.phase[i.phase].toLowerCase(),
                  start: i.startDate ? date(i.startDate) : "?",
                  end: i.endDate ? date(i.endDate) : "?",
                })}
              </p>
              {i.participants.length > 0 ? (
                <p className="font-sans text-sm">
                  {fill(tp.print.participants, { names: i.participants.map((p) => p.name).join(", ") })}
                </p>
              ) : null}
              {i.description ? <p className="mt-2">{i.description}</p> : null}
              {i.indicators.length > 0 ? (
                <table className="mt-3 w-full border-collapse font-sans text-sm">
                  <caption className="text-left font-semibold">{tp.col.indicators}</caption>
                  <thead>
                    <tr className="border-b border-slate-400 text-left">
                      <th scope="col" className="py-1 pr-2">
                        {tp.col.indicator}
                      </th>
                      <th scope="col" className="py-1 pr-2 text-right">
                        {tp.col.baseline}
                      </th>
                      <th scope="col" className="py-1 pr-2 text-right">
                        {tp.col.target}
                      </th>
                      <th scope="col" className="py-1 pr-2 text-right">
                        {tp.col.latest}
                      </th>
                      <th scope="col" className="py-1">
                        {tp.col.standing}
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {i.indicators.map((x) => (
                      <tr key={x.id} className="border-b border-slate-200 align-top">
                        <td className="py-1 pr-2">
                          {x.name} ({x.unit}; {tp.direction[x.direction].toLowerCase()})
                        </td>
                        <td className="py-1 pr-2 text-right tabular-nums">{fmt(x.baseline)}</td>
                        <td className="py-1 pr-2 text-right tabular-nums">{fmt(x.target)}</td>
                        <td className="py-1 pr-2 text-right tabular-nums">{fmt(x.assessment.latest?.value ?? null)}</td>
                        <td className="py-1">{tp.state[x.assessment.state]}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              ) : null}
              {i.milestones.length > 0 ? (
                <>
                  <h4 className="mt-3 font-sans text-sm font-semibold">{tp.col.milestones}</h4>
                  <ul className="list-disc pl-6 font-sans text-sm">
                    {i.milestones.map((m) => (
                      <li key={m.id}>
                        {date(m.dueDate)}: {m.title}
                        {m.doneAt ? tp.print.done : m.overdue ? tp.print.late : ""}
                      </li>
                    ))}
                  </ul>
                </>
              ) : null}
            </section>
          ))}
        </section>
      ))}
    </article>
  );
}
