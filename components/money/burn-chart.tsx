import { ChartFigure } from "@/components/charts/chart-figure";

/**
 * The monthly burn of approved spend as a server-rendered SVG: a bar per month for the cumulative
 * approved amount, with the budget as a dashed line. A picture of the table the page also shows
 * (`tableId`), so screen-reader users get the same numbers there.
 */
export type BurnPoint = { label: string; cumulativeCents: number; display: string };

export function BurnChart({
  title,
  points,
  budgetCents,
  budgetLabel,
  tableId,
  tableLinkText,
}: {
  title: string;
  points: BurnPoint[];
  budgetCents: number;
  budgetLabel: string;
  tableId: string;
  tableLinkText: string;
}) {
  const width = 720;
  const height = 260;
  const left = 16;
  const bottom = 28;
  const top = 24;
  const max = Math.max(budgetCents, ...points.map((p) => p.cumulativeCents), 1);
  const slot = (width - left * 2) / Math.max(points.length, 1);
  const y = (cents: number) => height - bottom - (cents / max) * (height - bottom - top);
  return (
    <ChartFigure
      title={title}
      tableId={tableId}
      viewBox={`0 0 ${width} ${height}`}
      svgClassName="w-full max-w-4xl"
      note={{ link: tableLinkText }}
    >
      {points.map((p, i) => {
        const x = left + i * slot + slot * 0.15;
        const barTop = y(p.cumulativeCents);
        return (
          <g key={p.label}>
            <rect x={x} y={barTop} width={slot * 0.7} height={height - bottom - barTop} rx="2" fill="#1e40af" />
            <text x={x + slot * 0.35} y={height - 10} textAnchor="middle" fontSize="12" fill="#0f172a">
              {p.label}
            </text>
          </g>
        );
      })}
      {budgetCents > 0 ? (
        <g>
          <line
            x1={left}
            x2={width - left}
            y1={y(budgetCents)}
            y2={y(budgetCents)}
            stroke="#b45309"
            strokeWidth="2"
            strokeDasharray="6 4"
          />
          <text x={width - left} y={y(budgetCents) - 6} textAnchor="end" fontSize="12" fill="#78350f">
            {budgetLabel}
          </text>
        </g>
      ) : null}
    </ChartFigure>
  );
}
