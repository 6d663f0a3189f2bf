import type { ReactNode } from "react";

/**
 * A data table with a caption (read by screen readers) and a horizontal scroll on small screens.
 * `bare` drops the card frame, for a table inside a card.
 */
export function DataTable({
  caption,
  head,
  children,
  captionVisible = false,
  bare = false,
}: {
  caption: string;
  head: ReactNode;
  children: ReactNode;
  captionVisible?: boolean;
  bare?: boolean;
}) {
  return (
    // Focusable and named, so keyboard users can scroll a table that is wider than the screen.
    <div
      role="group"
      aria-label={caption}
      tabIndex={0}
      className={bare ? "overflow-x-auto" : "overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-sm"}
    >
      <table className="min-w-full divide-y divide-slate-200 text-sm">
        <caption className={captionVisible ? "px-4 py-3 text-left text-lg font-semibold" : "sr-only"}>{caption}</caption>
        <thead className="bg-slate-50 text-left">{head}</thead>
        <tbody className="divide-y divide-slate-100">{children}</tbody>
      </table>
    </div>
  );
}

export function Th({ children, numeric = false }: { children: ReactNode; numeric?: boolean }) {
  return (
    <th scope="col" className={`px-4 py-2 font-semibold ${numeric ? "text-right" : ""}`}>
      {children}
    </th>
  );
}

export function Td({
  children,
  numeric = false,
  nowrap = false,
}: {
  children: ReactNode;
  numeric?: boolean;
  /** Keep on one line (dates, date ranges). */
  nowrap?: boolean;
}) {
  return (
    <td className={`px-4 py-2 ${numeric ? "text-right tabular-nums" : ""} ${nowrap ? "whitespace-nowrap" : ""}`}>{children}</td>
  );
}

export function Badge({ tone, children }: { tone: "good" | "warn" | "neutral"; children: ReactNode }) {
  const tones = {
    good: "bg-green-100 text-green-900",
    warn: "bg-amber-100 text-amber-900",
    neutral: "bg-slate-100 text-slate-800",
  } as const;
  return <span className={`inline-block rounded-full px-2 py-0.5 text-xs font-medium ${tones[tone]}`}>{children}</span>;
}
