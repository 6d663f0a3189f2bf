// A Gantt-style time line per theme, from semantic HTML: each theme is a list of initiatives; each
// bar is a link whose text states the dates, positioned by percentage on the plan's time axis;
// milestones are listed with their dates (overdue ones marked in text, not only by colour).
import Link from "next/link";
import { fill, type Messages } from "@/lib/i18n/messages";

export type TimelineTheme = {
  id: string;
  name: string;
  initiatives: {
    id: string;
    title: string;
    phase: string;
    startDate: Date | null;
    endDate: Date | null;
    milestones: { id: string; title: string; dueDate: Date; doneAt: Date | null; overdue: boolean }[];
  }[];
};

type Props = {
  themes: TimelineTheme[];
  /** First and last year shown (the plan period, widened to fit all initiatives). */
  fromYear: number;
  toYear: number;
  initiativeHref: (id: string) => string;
  formatDate: (d: Date) => string;
  today: Date;
  t: Messages["plan"];
};

const PHASE_COLOUR: Record<keyof Messages["plan"]["phase"], string> = {
  ontwikkelen: "bg-sky-700",
  opschalen: "bg-blue-800",
  borgen: "bg-emerald-800",
  stoppen: "bg-slate-600",
};

export function Timeline({ themes, fromYear, toYear, initiativeHref, formatDate, today, t }: Props) {
  const start = Date.UTC(fromYear, 0, 1);
  const end = Date.UTC(toYear + 1, 0, 1);
  // Positions in hundredths of a percent (hours on a plan's axis): more digits only made every bar and
  // milestone longer, twice over (HTML and RSC payload).
  const hundredths = (x: number) => Math.round(x * 100) / 100;
  const pct = (d: Date) => hundredths(Math.min(100, Math.max(0, ((d.getTime() - start) / (end - start)) * 100)));
  const years = Array.from({ length: toYear - fromYear + 1 }, (_, i) => fromYear + i);
  const todayPct = today.getTime() >= start && today.getTime() <= end ? pct(today) : null;

  return (
    <div className="space-y-8">
      <ul aria-label={t.timeline.legend} className="flex flex-wrap gap-4 text-sm">
        {(Object.entries(PHASE_COLOUR) as [keyof typeof PHASE_COLOUR, string][]).map(([phase, colour]) => (
          <li key={phase} className="flex items-center gap-2">
            <span aria-hidden="true" className={`inline-block h-3 w-6 rounded print-exact ${colour}`} />
            {t.phase[phase]}
          </li>
        ))}
      </ul>
      {themes.map((theme) => (
        <section
          key={theme.id}
          aria-labelledby={`tl-${theme.id}`}
          className="timeline-theme rounded-lg border border-slate-200 bg-white p-4 shadow-sm"
        >
          <h2 id={`tl-${theme.id}`} className="text-lg font-semibold">
            {theme.name}
          </h2>
          {/* The year axis is decorative: every bar says its own dates. */}
          <div aria-hidden="true" className="mt-3 grid grid-cols-[minmax(10rem,16rem)_1fr] gap-3 text-xs text-muted">
            <span />
            <div className="relative flex border-b border-slate-300">
              {years.map((y) => (
                <span key={y} className="flex-1 border-l border-slate-300 pl-1">
                  {y}
                </span>
              ))}
            </div>
          </div>
          {theme.initiatives.length === 0 ? <p className="mt-2 text-muted">{t.timeline.noInitiatives}</p> : null}
          <ol className="mt-1 space-y-2">
            {theme.initiatives.map((ini) => {
              const s = ini.startDate ?? ini.endDate;
              const e = ini.endDate ?? ini.startDate;
              const left = s ? pct(s) : 0;
              const width = s && e ? hundredths(Math.max(1.5, pct(e) - left)) : 0;
              const dates = s && e ? fill(t.timeline.range, { from: formatDate(s), to: formatDate(e) }) : t.timeline.unplanned;
              return (
                <li key={ini.id} className="grid grid-cols-[minmax(10rem,16rem)_1fr] items-start gap-3">
                  <span className="pt-1 text-sm font-medium">{ini.title}</span>
                  <div className="relative min-h-9">
                    {todayPct !== null ? (
                      <span aria-hidden="true" className="absolute inset-y-0 w-px bg-red-600" style={{ left: `${todayPct}%` }} />
                    ) : null}
                    {s && e ? (
                      <Link
                        href={initiativeHref(ini.id)}
                        className={`timeline-bar absolute top-0 block truncate rounded px-2 py-1 text-xs font-medium text-white print-exact ${PHASE_COLOUR[ini.phase as keyof typeof PHASE_COLOUR] ?? "bg-blue-800"}`}
                        style={{ left: `${left}%`, width: `${width}%`, minWidth: "2.5rem" }}
                        title={`${ini.title}: ${dates}`}
                      >
                        <span className="sr-only">{ini.title}: </span>
                        {dates}
                      </Link>
                    ) : (
                      <Link href={initiativeHref(ini.id)} className="text-sm underline">
                        <span className="sr-only">{ini.title}: </span>
                        {dates}
                      </Link>
                    )}
                    {ini.milestones.length > 0 ? (
                      <ul aria-label={fill(t.timeline.milestonesOf, { title: ini.title })} className="relative mt-8 h-5">
                        {ini.milestones.map((m) => (
                          <li
                            key={m.id}
                            className="absolute top-0 -translate-x-1/2 text-xs leading-none"
                            style={{ left: `${pct(m.dueDate)}%` }}
                            title={`${m.title}: ${formatDate(m.dueDate)}`}
                          >
                            <span
                              aria-hidden="true"
                              className={m.doneAt ? "text-green-800" : m.overdue ? "font-bold text-red-700" : "text-slate-700"}
                            >
                              {m.doneAt ? "◆" : m.overdue ? "⚠" : "◇"}
                            </span>
                            <span className="sr-only">
                              {fill(t.timeline.milestone, { title: m.title, date: formatDate(m.dueDate) })}
                              {m.doneAt ? t.timeline.done : m.overdue ? t.timeline.late : ""}
                            </span>
                          </li>
                        ))}
                      </ul>
                    ) : null}
                  </div>
                </li>
              );
            })}
          </ol>
        </section>
      ))}
    </div>
  );
}
