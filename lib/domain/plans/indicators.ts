// Whether an indicator is on track: a pure function of its direction, baseline, target, the latest
// measurement and (when known) how much of the initiative's run time has passed.

export type IndicatorState = "achieved" | "on_track" | "off_track" | "no_data";

export type IndicatorInput = {
  direction: "increase" | "decrease" | "maintain";
  baseline: number | null;
  target: number;
  measurements: { periodEnd: Date; value: number }[];
  start?: Date | null;
  end?: Date | null;
};

export type IndicatorAssessment = {
  state: IndicatorState;
  latest: { periodEnd: Date; value: number } | null;
  /** Share of the way from baseline to target (0 = baseline, 1 = target), when it can be computed. */
  progress: number | null;
  /** Share of the run time passed at the latest measurement, when start and end are known. */
  elapsed: number | null;
};

/** How far behind the time line progress may lag and still be on track (10 percentage points). */
export const LAG_TOLERANCE = 0.1;
/** A "maintain" indicator is on track within 5% of its target. */
export const MAINTAIN_TOLERANCE = 0.05;

export function assessIndicator(input: IndicatorInput): IndicatorAssessment {
  const sorted = [...input.measurements].sort((a, b) => a.periodEnd.getTime() - b.periodEnd.getTime());
  const latest = sorted.at(-1) ?? null;
  if (!latest) return { state: "no_data", latest: null, progress: null, elapsed: null };

  const elapsed =
    input.start && input.end && input.end > input.start
      ? clamp((latest.periodEnd.getTime() - input.start.getTime()) / (input.end.getTime() - input.start.getTime()))
      : null;

  if (input.direction === "maintain") {
    const margin = Math.max(Math.abs(input.target) * MAINTAIN_TOLERANCE, Number.EPSILON);
    return { state: Math.abs(latest.value - input.target) <= margin ? "on_track" : "off_track", latest, progress: null, elapsed };
  }

  const better = (a: number, b: number) => (input.direction === "increase" ? a >= b : a <= b);
  if (better(latest.value, input.target)) return { state: "achieved", latest, progress: 1, elapsed };

  // Without a baseline, the first measurement is the starting point.
  const baseline = input.baseline ?? (sorted.length > 1 ? sorted[0]!.value : null);
  if (baseline === null) return { state: "no_data", latest, progress: null, elapsed };
  const span = input.target - baseline;
  const progress = span === 0 ? 0 : (latest.value - baseline) / span;
  if (progress < 0) return { state: "off_track", latest, progress, elapsed };
  if (elapsed === null) return { state: progress > 0 ? "on_track" : "off_track", latest, progress, elapsed };
  return { state: progress >= elapsed - LAG_TOLERANCE ? "on_track" : "off_track", latest, progress, elapsed };
}

function clamp(x: number): number {
  return Math.min(1, Math.max(0, x));
}

export type IndicatorTally = { onTrack: number; offTrack: number; noData: number };

/** Counts indicator states the way the dashboard and the initiative list show them: achieved counts as on track. */
export function tallyIndicators(states: readonly IndicatorState[]): IndicatorTally {
  const tally: IndicatorTally = { onTrack: 0, offTrack: 0, noData: 0 };
  for (const s of states) {
    if (s === "achieved" || s === "on_track") tally.onTrack++;
    else if (s === "off_track") tally.offTrack++;
    else tally.noData++;
  }
  return tally;
}
