import type { Metadata } from "next";
import Link from "next/link";
import { PrintButton } from "@/components/plan/print-button";
import { requireActor } from "@/lib/auth/session";
import { STATE_LABEL } from "@/lib/domain/plans/indicators";
import { CLIENT_GROUP_LABEL, DIRECTION_LABEL, IZA_GOALS, PHASE_LABEL, STATUS_LABEL, THEME_TYPE_LABEL } from "@/lib/domain/plans/rules";
import { getPlan } from "@/lib/domain/plans/service";
import { formatDate, formatDateTime, formatDecimal } from "@/lib/format";
import { loadOr404 } from "@/lib/next/page";

export const metadata: Metadata = { title: "Regioplan afdrukken" };

const fmt = (n: number | null) => (n === null ? "—" : formatDecimal(n));

/** The whole plan typeset as a document: print it, or save it as PDF from the print dialog. */
export default async function PrintPage({ params }: { params: Promise<{ region: string; planId: string }> }) {
  const { region: slug, planId } = await params;
  const actor = await requireActor();
  const data = await loadOr404(getPlan(actor, slug, planId));
  const { region, plan, themes } = data;
  const initiatives = themes.reduce((n, t) => n + t.initiatives.length, 0);

  return (
    <article className="print-document mx-auto max-w-[46rem] font-serif leading-relaxed text-slate-900">
      <div className="no-print mb-6 flex flex-wrap items-center gap-4 font-sans">
        <PrintButton label="Afdrukken of opslaan als PDF" />
        <Link href={`/r/${region.slug}/regioplan/${plan.id}`} className="text-blue-800 underline">
          Terug naar het plan
        </Link>
      </div>
      <header className="mb-10 border-b-2 border-slate-900 pb-6">
        <p className="font-sans text-sm tracking-wide uppercase">{region.brandName ?? region.name}</p>
        <h1 className="mt-2 text-4xl font-bold">{plan.title}</h1>
        <p className="mt-2 font-sans text-sm">
          Periode {plan.periodStart}–{plan.periodEnd} · status {STATUS_LABEL[plan.status].toLowerCase()}
          {plan.currentVersion > 0 ? ` · vastgestelde versie ${plan.currentVersion}` : ""} · {themes.length} opgaven, {initiatives} initiatieven · afgedrukt {formatDateTime(new Date())}
        </p>
      </header>

      <nav aria-labelledby="inhoud-plan" className="mb-10">
        <h2 id="inhoud-plan" className="text-xl font-bold">
          Inhoud
        </h2>
        <ol className="mt-2 list-decimal pl-6">
          {plan.summary ? <li>Samenvatting</li> : null}
          {themes.map((t) => (
            <li key={t.id}>
              <a href={`#p-${t.id}`}>{t.name}</a> ({t.initiatives.length} initiatieven)
            </li>
          ))}
        </ol>
      </nav>

      {plan.summary ? (
        <section aria-labelledby="p-samenvatting" className="mb-10">
          <h2 id="p-samenvatting" className="text-2xl font-bold">
            Samenvatting
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
            {THEME_TYPE_LABEL[t.type]} · cliëntgroep {t.clientGroup ? CLIENT_GROUP_LABEL[t.clientGroup].toLowerCase() : "—"} · prioriteit {t.priority}
          </p>
          <p className="font-sans text-sm">IZA-doelen: {t.izaGoals.map((g) => IZA_GOALS[g as keyof typeof IZA_GOALS] ?? g).join("; ") || "—"}</p>
          {t.rationale ? <p className="mt-3 italic">{t.rationale}</p> : null}
          {t.initiatives.map((i, n) => (
            <section key={i.id} aria-labelledby={`pi-${i.id}`} className="mt-6 border-t border-slate-300 pt-4">
              <h3 id={`pi-${i.id}`} className="text-lg font-bold">
                {index + 1}.{n + 1} {i.title}
              </h3>
              <p className="font-sans text-sm">
                Eigenaar {i.ownerName ?? "—"} · fase {PHASE_LABEL[i.phase].toLowerCase()} · {i.startDate ? formatDate(i.startDate) : "?"} tot {i.endDate ? formatDate(i.endDate) : "?"}
              </p>
              {i.participants.length > 0 ? <p className="font-sans text-sm">Deelnemers: {i.participants.map((p) => p.name).join(", ")}</p> : null}
              {i.description ? <p className="mt-2">{i.description}</p> : null}
              {i.indicators.length > 0 ? (
                <table className="mt-3 w-full border-collapse font-sans text-sm">
                  <caption className="text-left font-semibold">Indicatoren</caption>
                  <thead>
                    <tr className="border-b border-slate-400 text-left">
                      <th scope="col" className="py-1 pr-2">Indicator</th>
                      <th scope="col" className="py-1 pr-2 text-right">Nulmeting</th>
                      <th scope="col" className="py-1 pr-2 text-right">Streefwaarde</th>
                      <th scope="col" className="py-1 pr-2 text-right">Laatste</th>
                      <th scope="col" className="py-1">Stand</th>
                    </tr>
                  </thead>
                  <tbody>
                    {i.indicators.map((x) => (
                      <tr key={x.id} className="border-b border-slate-200 align-top">
                        <td className="py-1 pr-2">
                          {x.name} ({x.unit}; {DIRECTION_LABEL[x.direction].toLowerCase()})
                        </td>
                        <td className="py-1 pr-2 text-right tabular-nums">{fmt(x.baseline)}</td>
                        <td className="py-1 pr-2 text-right tabular-nums">{fmt(x.target)}</td>
                        <td className="py-1 pr-2 text-right tabular-nums">{fmt(x.assessment.latest?.value ?? null)}</td>
                        <td className="py-1">{STATE_LABEL[x.assessment.state]}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              ) : null}
              {i.milestones.length > 0 ? (
                <>
                  <h4 className="mt-3 font-sans text-sm font-semibold">Mijlpalen</h4>
                  <ul className="list-disc pl-6 font-sans text-sm">
                    {i.milestones.map((m) => (
                      <li key={m.id}>
                        {formatDate(m.dueDate)}: {m.title}
                        {m.doneAt ? " — gereed" : m.overdue ? " — te laat" : ""}
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
