import type { ReactNode } from "react";

/**
 * A titled part of a page: its h2 names the section for screen readers (aria-labelledby), with
 * optional actions beside the title (export links) and an intro under it. `stacked` spaces a chart
 * and its table evenly.
 */
export function Section({
  id,
  title,
  actions,
  intro,
  className = "mt-10",
  stacked = false,
  children,
}: {
  id: string;
  title: ReactNode;
  actions?: ReactNode;
  intro?: ReactNode;
  className?: string;
  stacked?: boolean;
  children: ReactNode;
}) {
  const gap = stacked ? "" : "mb-3 ";
  return (
    <section aria-labelledby={id} className={[className, stacked ? "space-y-4" : ""].filter(Boolean).join(" ") || undefined}>
      {actions ? (
        <div className={`${gap}flex flex-wrap items-baseline justify-between gap-2`}>
          <h2 id={id} className="text-xl font-semibold">
            {title}
          </h2>
          {actions}
        </div>
      ) : (
        <h2 id={id} className={`${gap}text-xl font-semibold`}>
          {title}
        </h2>
      )}
      {intro ? <p className="mb-3 text-muted">{intro}</p> : null}
      {children}
    </section>
  );
}
