import type { ReactNode } from "react";

/**
 * A closed part of a page that opens on its summary: a form to add or change something, or a
 * comment thread. `bodyClassName` limits the width of what opens.
 */
export function Disclosure({
  summary,
  className,
  bodyClassName,
  large = false,
  open,
  children,
}: {
  summary: ReactNode;
  className?: string;
  bodyClassName?: string;
  /** A summary in the size of a section heading. */
  large?: boolean;
  open?: boolean;
  children: ReactNode;
}) {
  return (
    <details className={className} open={open || undefined}>
      <summary className={`cursor-pointer ${large ? "text-lg font-semibold" : "font-medium"} text-blue-900`}>{summary}</summary>
      <div className={bodyClassName ? `mt-3 ${bodyClassName}` : "mt-3"}>{children}</div>
    </details>
  );
}
