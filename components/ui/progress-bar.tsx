import { fill } from "@/lib/i18n/messages";

/**
 * A progress bar with its label; screen readers get the value. `value` null: work whose length
 * is unknown (no aria-valuenow, an animated bar).
 */
export function ProgressBar({
  value,
  label,
  t,
}: {
  value: number | null;
  label: string;
  t: { progressBusy: string; progressPercent: string };
}) {
  const clamped = value === null ? null : Math.max(0, Math.min(100, Math.round(value)));
  return (
    <div>
      <div className="mb-1 flex justify-between text-sm">
        <span id="voortgang-label">{label}</span>
        {clamped === null ? null : (
          <span aria-hidden="true" className="tabular-nums">
            {clamped}%
          </span>
        )}
      </div>
      <div
        role="progressbar"
        aria-labelledby="voortgang-label"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={clamped ?? undefined}
        aria-valuetext={clamped === null ? t.progressBusy : fill(t.progressPercent, { value: clamped })}
        className="h-3 w-full overflow-hidden rounded-full bg-slate-200"
      >
        <div
          className={`h-full rounded-full bg-blue-800 transition-[width] ${clamped === null ? "animate-pulse" : ""}`}
          style={{ width: `${clamped ?? 100}%` }}
        />
      </div>
    </div>
  );
}
