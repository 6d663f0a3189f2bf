import Link from "next/link";
import { Children, type ReactNode } from "react";

/**
 * A data table with a caption (read by screen readers) and a horizontal scroll on small screens.
 * `bare` drops the card frame, for a table inside a card. With `empty`, a table without rows is
 * that sentence instead.
 */
export function DataTable({
  caption,
  head,
  children,
  captionVisible = false,
  bare = false,
  empty,
}: {
  caption: string;
  head: ReactNode;
  children: ReactNode;
  captionVisible?: boolean;
  bare?: boolean;
  empty?: ReactNode;
}) {
  if (empty !== undefined && Children.toArray(children).length === 0) return <p className="text-muted">{empty}</p>;
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
    <th scope="col" className={numeric ? "cell font-semibold text-right" : "cell font-semibold"}>
      {children}
    </th>
  );
}

export function Td({
  children,
  numeric = false,
  nowrap = false,
  href,
}: {
  children: ReactNode;
  numeric?: boolean;
  /** Keep on one line (dates, date ranges). */
  nowrap?: boolean;
  /** Links the content to this page (the row's own record). */
  href?: string;
}) {
  return (
    <td
      className={
        numeric ? (nowrap ? "cell cell-num whitespace-nowrap" : "cell cell-num") : nowrap ? "cell whitespace-nowrap" : "cell"
      }
    >
      {href ? (
        <Link href={href} className="underline">
          {children}
        </Link>
      ) : (
        children
      )}
    </td>
  );
}

export function Badge({ tone, children }: { tone: "good" | "warn" | "neutral"; children: ReactNode }) {
  const tones = {
    good: "bg-green-100 text-green-900",
    warn: "bg-amber-100 text-amber-900",
    neutral: "bg-slate-100 text-slate-800",
  } as const;
  return <span className={`pill ${tones[tone]}`}>{children}</span>;
}
