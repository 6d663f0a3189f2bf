// A small line chart of an indicator's measurements as inline SVG, always with a table holding
// the same numbers (the chart is role="img" with a summary; the table is the accessible source).
import { formatDecimal } from "@/lib/format";
import { fill, type Messages } from "@/lib/i18n/messages";

type Point = { period: string; value: number };

type Props = {
  id: string;
  name: string;
  unit: string;
  baseline: number | null;
  target: number;
  measurements: Point[];
  t: Messages["plan"]["chart"];
};

const W = 260;
const H = 90;
const PAD = 8;

const fmt = formatDecimal;

export function IndicatorChart({ id, name, unit, baseline, target, measurements, t }: Props) {
  const values = [...measurements.map((m) => m.value), target, ...(baseline !== null ? [baseline] : [])];
  const min = Math.min(...values);
  const max = Math.max(...values);
  const span = max - min || 1;
  const x = (i: number) => (measurements.length <= 1 ? W / 2 : PAD + (i * (W - 2 * PAD)) / (measurements.length - 1));
  const y = (v: number) => H - PAD - ((v - min) / span) * (H - 2 * PAD);
  const first = measurements[0];
  const last = measurements.at(-1);
  const summary =
    first && last
      ? fill(t.summary, {
          name,
          first: fmt(first.value),
          firstPeriod: first.period,
          last: fmt(last.value),
          lastPeriod: last.period,
          unit,
          baseline: baseline !== null ? fill(t.summaryBaseline, { value: fmt(baseline) }) : "",
          target: fmt(target),
        })
      : fill(t.summaryEmpty, { name, target: fmt(target), unit });
  return (
    <div className="flex flex-wrap items-start gap-4">
      <svg
        role="img"
        aria-label={summary}
        viewBox={`0 0 ${W} ${H}`}
        width={W}
        height={H}
        className="rounded border border-slate-200 bg-white print-exact"
      >
        <line x1={PAD} x2={W - PAD} y1={y(target)} y2={y(target)} stroke="#166534" strokeDasharray="4 3" strokeWidth={1.5} />
        {baseline !== null ? (
          <line x1={PAD} x2={W - PAD} y1={y(baseline)} y2={y(baseline)} stroke="#64748b" strokeDasharray="2 3" strokeWidth={1} />
        ) : null}
        {measurements.length > 1 ? (
          <polyline
            fill="none"
            stroke="#1e40af"
            strokeWidth={2}
            points={measurements.map((m, i) => `${x(i)},${y(m.value)}`).join(" ")}
          />
        ) : null}
        {measurements.map((m, i) => (
          <circle key={m.period} cx={x(i)} cy={y(m.value)} r={3} fill="#1e40af" />
        ))}
      </svg>
      <table className="text-sm">
        <caption id={`${id}-bijschrift`} className="text-left text-xs text-muted">
          {fill(t.measurements, { name, unit })}
        </caption>
        <thead>
          <tr>
            <th scope="col" className="pr-4 text-left font-semibold">
              {t.period}
            </th>
            <th scope="col" className="text-right font-semibold">
              {t.value}
            </th>
          </tr>
        </thead>
        <tbody>
          {baseline !== null ? (
            <tr>
              <th scope="row" className="pr-4 text-left font-normal text-muted">
                {t.baseline}
              </th>
              <td className="text-right tabular-nums">{fmt(baseline)}</td>
            </tr>
          ) : null}
          {measurements.map((m) => (
            <tr key={m.period}>
              <th scope="row" className="pr-4 text-left font-normal">
                {m.period}
              </th>
              <td className="text-right tabular-nums">{fmt(m.value)}</td>
            </tr>
          ))}
          <tr>
            <th scope="row" className="pr-4 text-left font-normal text-green-900">
              {t.target}
            </th>
            <td className="text-right tabular-nums text-green-900">{fmt(target)}</td>
          </tr>
        </tbody>
      </table>
    </div>
  );
}
