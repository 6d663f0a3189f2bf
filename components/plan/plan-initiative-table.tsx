"use client";
// The initiatives of one theme on the plan page. A client component only so that the page sends each
// row's values rather than its drawn cells: for a plan of 60 initiatives the drawn rows were most of
// the page and of its rendering time. It has no state and does nothing in the browser after drawing.
import Link from "next/link";
import { DataTable, Td, Th } from "@/components/ui/table";
import type { IndicatorState } from "@/lib/domain/plans/indicators";
import type { Messages } from "@/lib/i18n/messages";
import { IndicatorStateBadge, OverdueBadge } from "./badges";

export type PlanInitiativeRow = {
  id: string;
  href: string;
  title: string;
  owner: string;
  phase: string;
  /** "6 januari 2025 – 5 juli 2027", with "?" for a date not yet set. */
  planning: string;
  indicators: { id: string; name: string; state: IndicatorState }[];
  /** "2 open" */
  open: string;
  overdue: number;
};

export function PlanInitiativeTable({
  caption,
  head,
  rows,
  t,
}: {
  caption: string;
  head: string[];
  rows: PlanInitiativeRow[];
  /** Only what the cells read: the badges' texts and the word for an empty indicator list. */
  t: { plan: Pick<Messages["plan"], "state" | "overdue"> & { page: Pick<Messages["plan"]["page"], "none"> } };
}) {
  return (
    <DataTable
      bare
      caption={caption}
      head={
        <tr>
          {head.map((label) => (
            <Th key={label}>{label}</Th>
          ))}
        </tr>
      }
    >
      {rows.map((row) => (
        <tr key={row.id}>
          <Td>
            <Link href={row.href} className="font-medium text-blue-800 underline">
              {row.title}
            </Link>
          </Td>
          <Td>{row.owner}</Td>
          <Td>{row.phase}</Td>
          <Td nowrap>{row.planning}</Td>
          <Td>
            <ul className="space-y-1">
              {row.indicators.map((ind) => (
                <li key={ind.id}>
                  <IndicatorStateBadge state={ind.state} t={t} /> <span className="text-xs">{ind.name}</span>
                </li>
              ))}
              {row.indicators.length === 0 ? <li className="text-muted">{t.plan.page.none}</li> : null}
            </ul>
          </Td>
          <Td>
            {row.open} <OverdueBadge count={row.overdue} t={t} />
          </Td>
        </tr>
      ))}
    </DataTable>
  );
}
