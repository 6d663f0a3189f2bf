"use client";
// A plain table drawn from values the server worked out: texts, links and badges, already formatted.
// A client component only so that a page sends each row's values instead of its drawn cells (a
// server component's cells go into the RSC payload as an element tree and are parsed again for the
// HTML; docs/architecture.md, "A long table or chart"). It has no state and formats nothing itself:
// the browser's Intl may write a number or date differently from the server's and break hydration.
import { Badge, DataTable, Td, Th } from "@/components/ui/table";

/** A cell: a text, a link, badges, or a muted text (such as "none"). */
export type ValueCell =
  | string
  | { text: string; href: string }
  | { badges: readonly { tone: "good" | "warn" | "neutral"; text: string }[] }
  | { muted: string };

export type ValueColumn = { title: string; numeric?: boolean; nowrap?: boolean };

/** A row's cells in the columns' order; `strong` sets the row in bold (a total). */
export type ValueRow = { key: string; cells: readonly ValueCell[]; strong?: boolean };

function Cell({ cell }: { cell: ValueCell }) {
  if (typeof cell === "string") return cell;
  if ("href" in cell) return cell.text; // linked by the Td
  if ("muted" in cell) return <span className="text-sm text-muted">{cell.muted}</span>;
  return (
    <span className="flex flex-wrap gap-1">
      {cell.badges.map((badge) => (
        <Badge key={badge.text} tone={badge.tone}>
          {badge.text}
        </Badge>
      ))}
    </span>
  );
}

export function ValueTable({
  caption,
  columns,
  rows,
  empty,
}: {
  caption: string;
  columns: readonly ValueColumn[];
  rows: readonly ValueRow[];
  /** Shown instead of a table without rows. */
  empty?: string;
}) {
  return (
    <DataTable
      caption={caption}
      empty={empty}
      head={
        <tr>
          {columns.map((column) => (
            <Th key={column.title} numeric={column.numeric}>
              {column.title}
            </Th>
          ))}
        </tr>
      }
    >
      {rows.map((row) => (
        <tr key={row.key} className={row.strong ? "font-semibold" : undefined}>
          {row.cells.map((cell, i) => (
            <Td
              key={columns[i]?.title ?? i}
              numeric={columns[i]?.numeric}
              nowrap={columns[i]?.nowrap}
              href={typeof cell === "object" && "href" in cell ? cell.href : undefined}
            >
              <Cell cell={cell} />
            </Td>
          ))}
        </tr>
      ))}
    </DataTable>
  );
}
