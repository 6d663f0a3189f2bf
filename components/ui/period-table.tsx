// Figures per period (referrals per quarter): a label column, optional columns before the periods,
// one column per period, and an optional total row in bold. Formats on the server and draws through
// ValueTable, so a page sends the values rather than the drawn cells.
import { ValueTable, type ValueCell, type ValueRow } from "@/components/ui/value-table";
import { formatNumber } from "@/lib/format";

/** A figure per period: a number, a text such as "< 5" (a suppressed small count), or nothing ("–"). */
export type PeriodValue = number | string | null | undefined;

type PeriodRow = {
  key: string;
  /** A text, or a text linking to the row's page. */
  label: string | { text: string; href: string };
  cells?: readonly string[];
  values: readonly PeriodValue[];
};

export function PeriodTable({
  caption,
  labelHeader,
  columns = [],
  periods,
  rows,
  total,
}: {
  caption: string;
  labelHeader: string;
  /** Columns between the label and the periods; each row gives its `cells` in this order. */
  columns?: readonly { title: string; numeric?: boolean }[];
  periods: readonly string[];
  rows: readonly PeriodRow[];
  total?: Omit<PeriodRow, "key">;
}) {
  const line = (row: Omit<PeriodRow, "key">): ValueCell[] => [
    row.label,
    ...columns.map((_, i) => row.cells?.[i] ?? ""),
    ...row.values.map((v) => (v === null || v === undefined ? "–" : typeof v === "number" ? formatNumber(v) : v)),
  ];
  const valueRows: ValueRow[] = rows.map((row) => ({ key: row.key, cells: line(row) }));
  if (total) valueRows.push({ key: "__total", cells: line(total), strong: true });
  return (
    <ValueTable
      caption={caption}
      columns={[{ title: labelHeader }, ...columns, ...periods.map((p) => ({ title: p, numeric: true }))]}
      rows={valueRows}
    />
  );
}
