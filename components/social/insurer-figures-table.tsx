import type { ReactNode } from "react";
import { DataTable, Td, Th } from "@/components/ui/table";
import type { ShownCount } from "@/lib/domain/social/rules";
import { formatNumber } from "@/lib/format";

type Row = { key: string; label: ReactNode; extra?: ReactNode; activeLinks: number; counts: ShownCount[] };

/** The insurer's aggregate referral figures: a label column (region or wijkverband), active links, a column per quarter. */
export function InsurerFiguresTable({
  caption,
  labelHeader,
  extraHeader,
  periods,
  activeLinksHeader,
  rows,
}: {
  caption: string;
  labelHeader: string;
  /** A second column (wijkverbanden per region, or the municipality), shown when given. */
  extraHeader?: { title: string; numeric?: boolean };
  periods: readonly string[];
  activeLinksHeader: string;
  rows: readonly Row[];
}) {
  return (
    <DataTable
      caption={caption}
      head={
        <tr>
          <Th>{labelHeader}</Th>
          {extraHeader ? <Th numeric={extraHeader.numeric}>{extraHeader.title}</Th> : null}
          <Th numeric>{activeLinksHeader}</Th>
          {periods.map((p) => (
            <Th key={p} numeric>
              {p}
            </Th>
          ))}
        </tr>
      }
    >
      {rows.map((r) => (
        <tr key={r.key}>
          <Td>{r.label}</Td>
          {extraHeader ? <Td numeric={extraHeader.numeric}>{r.extra}</Td> : null}
          <Td numeric>{formatNumber(r.activeLinks)}</Td>
          {r.counts.map((c, i) => (
            <Td key={periods[i]} numeric>
              {c === null ? "–" : typeof c === "number" ? formatNumber(c) : c}
            </Td>
          ))}
        </tr>
      ))}
    </DataTable>
  );
}
