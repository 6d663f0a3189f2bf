import { ChartFigure } from "@/components/charts/chart-figure";

/**
 * A horizontal bar chart in plain SVG. It is a picture of a table that the page also shows:
 * `tableId` names that table, so screen-reader users are sent to the same numbers.
 */
export type Bar = { label: string; value: number | null; display: string };

export function BarChart({
  title,
  bars,
  tableId,
  max,
  note,
}: {
  title: string;
  bars: Bar[];
  tableId: string;
  max?: number;
  /** The sentence that sends readers to the table, in the reader's language (t.common.chartNote). */
  note: { before: string; link: string };
}) {
  const top = max ?? Math.max(0, ...bars.map((b) => b.value ?? 0));
  const rowHeight = 28;
  const labelWidth = 200;
  const chartWidth = 360;
  const height = bars.length * rowHeight + 8;
  return (
    <ChartFigure title={title} tableId={tableId} viewBox={`0 0 ${labelWidth + chartWidth + 70} ${height}`} note={note}>
      {bars.map((bar, i) => {
        const width = top > 0 && bar.value !== null ? (bar.value / top) * chartWidth : 0;
        const y = i * rowHeight + 4;
        return (
          <g key={`${bar.label}-${i}`}>
            <text x={labelWidth - 8} y={y + 15} textAnchor="end" fontSize="13" fill="#0f172a">
              {bar.label.length > 28 ? `${bar.label.slice(0, 27)}…` : bar.label}
            </text>
            <rect x={labelWidth} y={y} width={width} height={rowHeight - 10} rx="3" fill="#1e40af" />
            <text x={labelWidth + width + 6} y={y + 15} fontSize="13" fill="#0f172a">
              {bar.display}
            </text>
          </g>
        );
      })}
    </ChartFigure>
  );
}
