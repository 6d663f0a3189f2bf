import type { ReactNode } from "react";

/**
 * The frame every chart shares: a figure with its caption, the SVG as one named image, and a
 * sentence that sends readers to the table with the same numbers (`tableId`), which the page shows
 * too. `children` draws inside the SVG.
 */
export function ChartFigure({
  title,
  tableId,
  viewBox,
  svgClassName = "w-full max-w-3xl",
  note,
  children,
}: {
  title: string;
  tableId: string;
  viewBox: string;
  svgClassName?: string;
  /** The link text to the table, with an optional sentence before it (t.common.chartNote). */
  note: { before?: string; link: string };
  children: ReactNode;
}) {
  const titleId = `${tableId}-grafiek-titel`;
  return (
    <figure className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
      <figcaption id={titleId} className="mb-2 font-semibold">
        {title}
      </figcaption>
      <svg
        role="img"
        aria-labelledby={titleId}
        aria-describedby={`${tableId}-grafiek-uitleg`}
        viewBox={viewBox}
        className={svgClassName}
      >
        {children}
      </svg>
      <p id={`${tableId}-grafiek-uitleg`} className="mt-2 text-sm text-muted">
        {note.before ? `${note.before} ` : null}
        <a className="underline" href={`#${tableId}`}>
          {note.link}
        </a>
        {note.before ? "." : null}
      </p>
    </figure>
  );
}
