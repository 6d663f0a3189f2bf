import type { ReactNode } from "react";

export function PageHeader({ title, intro, children }: { title: string; intro?: ReactNode; children?: ReactNode }) {
  return (
    <div className="mb-8 flex flex-wrap items-end justify-between gap-4">
      <div>
        <h1 className="text-3xl font-semibold">{title}</h1>
        {intro ? (
          <p className="mt-2 max-w-3xl text-muted" data-page-intro>
            {intro}
          </p>
        ) : null}
      </div>
      {children}
    </div>
  );
}
