"use client";
// A Gantt-style time line per theme, from semantic HTML: each theme is a list of initiatives; each
// bar is a link whose text states the dates, positioned by percentage on the plan's time axis;
// milestones are listed with their dates (overdue ones marked in text, not only by colour).
// A client component only so that the page sends the worked-out values (timeline-model.ts) rather
// than the drawn tree; it has no state and does nothing in the browser after drawing.
import Link from "next/link";
import { milestoneTexts, type MilestoneMark, type TimelineModel } from "./timeline-model";

const MARK: Record<MilestoneMark, { symbol: string; className: string }> = {
  done: { symbol: "◆", className: "text-green-800" },
  late: { symbol: "⚠", className: "font-bold text-red-700" },
  open: { symbol: "◇", className: "text-slate-700" },
};

export function TimelineChart({ model }: { model: TimelineModel }) {
  const { years, todayPct } = model;
  return (
    <div className="space-y-8">
      <ul aria-label={model.legendLabel} className="flex flex-wrap gap-4 text-sm">
        {model.legend.map(({ label, colour }) => (
          <li key={colour} className="flex items-center gap-2">
            <span aria-hidden="true" className={`inline-block h-3 w-6 rounded print-exact ${colour}`} />
            {label}
          </li>
        ))}
      </ul>
      {model.themes.map((theme) => (
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
          {theme.bars.length === 0 ? <p className="mt-2 text-muted">{model.noInitiatives}</p> : null}
          <ol className="mt-1 space-y-2">
            {theme.bars.map((bar) => {
              const href = `${model.initiativeBase}/${bar.id}`;
              const milestones = milestoneTexts(model.texts, bar.title, bar.milestones);
              return (
                <li key={bar.id} className="timeline-lane">
                  <span className="pt-1 text-sm font-medium">{bar.title}</span>
                  <div className="relative min-h-9">
                    {todayPct !== null ? (
                      <span aria-hidden="true" className="timeline-today" style={{ left: `${todayPct}%` }} />
                    ) : null}
                    {bar.span ? (
                      <Link
                        href={href}
                        className={`timeline-bar print-exact ${bar.colour}`}
                        style={{ left: `${bar.span.left}%`, width: `${bar.span.width}%` }}
                        title={`${bar.title}: ${bar.dates}`}
                      >
                        <span className="sr-only">{bar.title}: </span>
                        {bar.dates}
                      </Link>
                    ) : (
                      <Link href={href} className="text-sm underline">
                        <span className="sr-only">{bar.title}: </span>
                        {bar.dates}
                      </Link>
                    )}
                    {milestones.items.length > 0 ? (
                      <ul aria-label={milestones.listLabel} className="relative mt-8 h-5">
                        {milestones.items.map((m, i) => (
                          // A bar's milestones are drawn once and never reordered: the position is their key.
                          <li key={i} className="timeline-milestone" style={{ left: `${m.left}%` }} title={m.tooltip}>
                            <span aria-hidden="true" className={MARK[m.mark].className}>
                              {MARK[m.mark].symbol}
                            </span>
                            <span className="sr-only">{m.label}</span>
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
