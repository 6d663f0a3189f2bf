// The time line worked out on the server: every position, date and sentence a bar or milestone
// needs, as plain values. The chart that draws it (timeline-chart.tsx) renders on the server and in
// the browser from these values alone, so the page sends them once instead of the whole drawn tree
// (which, for a plan of 60 initiatives, was most of the page and of its rendering time).
import { fill } from "@/lib/i18n/fill";
import type { Messages } from "@/lib/i18n/messages";

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

export type MilestoneMark = "done" | "late" | "open";

/** A milestone on a bar: where, how it stands, and its title and date for the texts around it. */
export type TimelineMilestone = { left: number; mark: MilestoneMark; title: string; date: string };

/** The sentences around bars and milestones, each once: the chart fills them per bar (milestoneTexts). */
export type TimelineTexts = { milestonesOf: string; milestone: string; done: string; late: string };

export type TimelineModel = {
  years: number[];
  /** Today's position in percent of the axis, or null when today is outside it. */
  todayPct: number | null;
  legend: { label: string; colour: string }[];
  legendLabel: string;
  noInitiatives: string;
  /** A bar links to this + "/" + the initiative's id. */
  initiativeBase: string;
  texts: TimelineTexts;
  themes: {
    id: string;
    name: string;
    bars: {
      id: string;
      title: string;
      colour: string;
      /** "6 januari 2025 tot 5 juli 2027", or the text for an unplanned initiative. */
      dates: string;
      /** Left edge and width in percent; null when the initiative has no dates. */
      span: { left: number; width: number } | null;
      milestones: TimelineMilestone[];
    }[];
  }[];
};

/**
 * What a bar's milestones say: the list's name, and each milestone with its tooltip and what a screen
 * reader hears ("Mijlpaal Evaluatie, 16 mei 2027, te laat"). Worked out where it is drawn, so the
 * page sends each title and date once.
 */
export function milestoneTexts(texts: TimelineTexts, barTitle: string, milestones: readonly TimelineMilestone[]) {
  return {
    listLabel: fill(texts.milestonesOf, { title: barTitle }),
    items: milestones.map((m) => ({
      ...m,
      tooltip: `${m.title}: ${m.date}`,
      label:
        fill(texts.milestone, { title: m.title, date: m.date }) +
        (m.mark === "done" ? texts.done : m.mark === "late" ? texts.late : ""),
    })),
  };
}

const PHASE_COLOUR: Record<keyof Messages["plan"]["phase"], string> = {
  ontwikkelen: "bg-sky-700",
  opschalen: "bg-blue-800",
  borgen: "bg-emerald-800",
  stoppen: "bg-slate-600",
};

// Positions in hundredths of a percent (hours on a plan's axis): more digits only make every bar and
// milestone longer, twice over (HTML and RSC payload).
const hundredths = (x: number) => Math.round(x * 100) / 100;

export function timelineModel(input: {
  themes: TimelineTheme[];
  /** First and last year shown (the plan period, widened to fit all initiatives). */
  fromYear: number;
  toYear: number;
  /** The initiatives' pages: this + "/" + id. */
  initiativeBase: string;
  formatDate: (d: Date) => string;
  today: Date;
  t: Messages["plan"];
}): TimelineModel {
  const { fromYear, toYear, formatDate, today, t } = input;
  const start = Date.UTC(fromYear, 0, 1);
  const end = Date.UTC(toYear + 1, 0, 1);
  const pct = (d: Date) => hundredths(Math.min(100, Math.max(0, ((d.getTime() - start) / (end - start)) * 100)));
  return {
    years: Array.from({ length: toYear - fromYear + 1 }, (_, i) => fromYear + i),
    todayPct: today.getTime() >= start && today.getTime() <= end ? pct(today) : null,
    legend: (Object.entries(PHASE_COLOUR) as [keyof typeof PHASE_COLOUR, string][]).map(([phase, colour]) => ({
      label: t.phase[phase],
      colour,
    })),
    legendLabel: t.timeline.legend,
    noInitiatives: t.timeline.noInitiatives,
    initiativeBase: input.initiativeBase,
    texts: {
      milestonesOf: t.timeline.milestonesOf,
      milestone: t.timeline.milestone,
      done: t.timeline.done,
      late: t.timeline.late,
    },
    themes: input.themes.map((theme) => ({
      id: theme.id,
      name: theme.name,
      bars: theme.initiatives.map((ini) => {
        const s = ini.startDate ?? ini.endDate;
        const e = ini.endDate ?? ini.startDate;
        const left = s ? pct(s) : 0;
        return {
          id: ini.id,
          title: ini.title,
          colour: PHASE_COLOUR[ini.phase as keyof typeof PHASE_COLOUR] ?? "bg-blue-800",
          dates: s && e ? fill(t.timeline.range, { from: formatDate(s), to: formatDate(e) }) : t.timeline.unplanned,
          span: s && e ? { left, width: hundredths(Math.max(1.5, pct(e) - left)) } : null,
          milestones: ini.milestones.map((m) => ({
            left: pct(m.dueDate),
            mark: m.doneAt ? ("done" as const) : m.overdue ? ("late" as const) : ("open" as const),
            title: m.title,
            date: formatDate(m.dueDate),
          })),
        };
      }),
    })),
  };
}
