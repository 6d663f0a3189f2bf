// Badges of the plan module. They take the page's catalogue (`t`) rather than reading it themselves:
// a plan page shows a few hundred of them, and an async component per badge made each one a
// separate, awaited piece of the page's stream. Each asks only for the part of the catalogue it
// reads, so a client component can pass that part instead of the whole catalogue.
import type { IndicatorState } from "@/lib/domain/plans/indicators";
import type { Messages } from "@/lib/i18n/messages";
import { fill } from "@/lib/i18n/fill";

type PlanStatus = keyof Messages["plan"]["status"];

const STATUS_TONE: Record<PlanStatus, string> = {
  concept: "bg-slate-100 text-slate-800 border-slate-300",
  ter_consultatie: "bg-amber-50 text-amber-900 border-amber-300",
  vastgesteld: "bg-green-50 text-green-900 border-green-300",
  geevalueerd: "bg-blue-50 text-blue-900 border-blue-300",
};

export function PlanStatusBadge({ status, t }: { status: keyof Messages["plan"]["status"]; t: Messages }) {
  return (
    <span className={`inline-block rounded-full border px-2.5 py-0.5 text-sm font-medium ${STATUS_TONE[status]}`}>
      {t.plan.status[status]}
    </span>
  );
}

const STATE_TONE: Record<IndicatorState, string> = {
  achieved: "bg-green-100 text-green-900",
  on_track: "bg-green-50 text-green-900",
  off_track: "bg-red-50 text-red-900",
  no_data: "bg-slate-100 text-slate-800",
};
const STATE_ICON: Record<IndicatorState, string> = { achieved: "✔", on_track: "●", off_track: "▲", no_data: "○" };

/** Indicator state with an icon and text, never colour alone. */
export function IndicatorStateBadge({ state, t }: { state: IndicatorState; t: { plan: Pick<Messages["plan"], "state"> } }) {
  return (
    <span className={`pill print-exact ${STATE_TONE[state]}`}>
      <span aria-hidden="true">{STATE_ICON[state]}</span>
      {t.plan.state[state]}
    </span>
  );
}

export function OverdueBadge({ count, t }: { count: number; t: { plan: Pick<Messages["plan"], "overdue"> } }) {
  if (count === 0) return null;
  return (
    <span className="inline-block rounded-full bg-red-700 px-2 py-0.5 text-xs font-semibold text-white print-exact">
      {count === 1 ? t.plan.overdue.one : fill(t.plan.overdue.many, { count })}
    </span>
  );
}
