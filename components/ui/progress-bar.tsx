/** A determinate progress bar (0–100) with its label; screen readers get the value. */
export function ProgressBar({ value, label }: { value: number; label: string }) {
  const clamped = Math.max(0, Math.min(100, Math.round(value)));
  return (
    <div>
      <div className="mb-1 flex justify-between text-sm">
        <span id="voortgang-label">{label}</span>
        <span aria-hidden="true" className="tabular-nums">
          {clamped}%
        </span>
      </div>
      <div
        role="progressbar"
        aria-labelledby="voortgang-label"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={clamped}
        aria-valuetext={`${clamped} procent`}
        className="h-3 w-full overflow-hidden rounded-full bg-slate-200"
      >
        <div className="h-full rounded-full bg-blue-800 transition-[width]" style={{ width: `${clamped}%` }} />
      </div>
    </div>
  );
}
