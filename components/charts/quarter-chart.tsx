import { ChartFigure } from "@/components/charts/chart-figure";

/**
 * Columns per quarter in plain SVG, rendered on the server. It is a picture of a table that the page
 * also shows: `tableId` names that table, so screen-reader users are sent to the same numbers.
 */
export function QuarterChart({
  title,
  periods,
  values,
  tableId,
  tableLabel,
}: {
  title: string;
  periods: string[];
  values: (number | null)[];
  tableId: string;
  tableLabel: string;
}) {
  const top = Math.max(1, ...values.map((v) => v ?? 0));
  const column = 64;
  const height = 180;
  const base = height + 10;
  return (
    <ChartFigure
      title={title}
      tableId={tableId}
      viewBox={`0 0 ${periods.length * column + 10} ${base + 40}`}
      note={{ link: tableLabel }}
    >
      <line x1="5" x2={periods.length * column + 5} y1={base} y2={base} stroke="#475569" />
      {periods.map((period, i) => {
        const value = values[i] ?? null;
        const h = value === null ? 0 : (value / top) * height;
        const x = 5 + i * column + 10;
        return (
          <g key={period}>
            <rect x={x} y={base - h} width={column - 20} height={h} rx="3" fill="#1e40af" />
            <text x={x + (column - 20) / 2} y={base - h - 5} textAnchor="middle" fontSize="12" fill="#0f172a">
              {value === null ? "–" : value}
            </text>
            <text x={x + (column - 20) / 2} y={base + 18} textAnchor="middle" fontSize="11" fill="#334155">
              {period}
            </text>
          </g>
        );
      })}
    </ChartFigure>
  );
}
