"use client";
// The insurer's review queue: one page of submitted expenditures, each to select for the bulk
// approval, approve alone or open. A client component only so that the page sends each row's values
// rather than its drawn cells (a page of rows was most of the page and of its rendering time); it has
// no state. The buttons submit the page's shared forms by their ids.
import Link from "next/link";
import { RowSubmitButton } from "@/components/forms/inline-button";
import { Badge, DataTable, Td, Th } from "@/components/ui/table";
import { fill } from "@/lib/i18n/fill";

export type ReviewQueueRow = {
  id: string;
  /** False for the reviewer's own submission, which someone else must approve. */
  mayReview: boolean;
  ageDays: number;
  regionName: string;
  targetName: string;
  /** "O&I-budget 2026 · 3 maart 2026" */
  fundingAndDate: string;
  description: string;
  amount: string;
  /** The evidence file's name; it opens at the expenditure's page + /bewijs. */
  evidenceName: string | null;
  /** The expenditure's page. */
  href: string;
};

export function ReviewQueueTable({
  caption,
  head,
  rows,
  forms,
  labels,
}: {
  caption: string;
  head: {
    select: string;
    age: string;
    region: string;
    target: string;
    description: string;
    amount: string;
    evidence: string;
    actions: string;
  };
  rows: ReviewQueueRow[];
  /** The ids of the page's bulk form and its one-row approve form. */
  forms: { bulk: string; approve: string };
  /** selectItem and approveItem are templates with {description}: the row's names for screen readers. */
  labels: { ownSubmission: string; approve: string; review: string; selectItem: string; approveItem: string };
}) {
  return (
    <DataTable
      caption={caption}
      head={
        <tr>
          <Th>{head.select}</Th>
          <Th numeric>{head.age}</Th>
          <Th>{head.region}</Th>
          <Th>{head.target}</Th>
          <Th>{head.description}</Th>
          <Th numeric>{head.amount}</Th>
          <Th>{head.evidence}</Th>
          <Th>{head.actions}</Th>
        </tr>
      }
    >
      {rows.map((row) => (
        <tr key={row.id}>
          <Td>
            {row.mayReview ? (
              <input
                type="checkbox"
                name="ids"
                value={row.id}
                form={forms.bulk}
                aria-label={fill(labels.selectItem, { description: row.description })}
                className="h-4 w-4"
              />
            ) : (
              <Badge tone="neutral">{labels.ownSubmission}</Badge>
            )}
          </Td>
          <Td numeric>{row.ageDays}</Td>
          <Td>{row.regionName}</Td>
          <Td>
            {row.targetName}
            <span className="block text-sm text-muted">{row.fundingAndDate}</span>
          </Td>
          <Td>{row.description}</Td>
          <Td numeric>{row.amount}</Td>
          <Td>
            {row.evidenceName ? (
              <a href={`${row.href}/bewijs`} className="underline">
                {row.evidenceName}
              </a>
            ) : (
              "–"
            )}
          </Td>
          <Td>
            <div className="flex flex-wrap items-start gap-2">
              {row.mayReview ? (
                <RowSubmitButton
                  form={forms.approve}
                  name="ids"
                  value={row.id}
                  label={labels.approve}
                  ariaLabel={fill(labels.approveItem, { description: row.description })}
                />
              ) : null}
              <Link
                href={row.href}
                className="rounded-md border border-slate-400 bg-white px-3 py-1.5 text-sm font-medium underline"
              >
                {labels.review}
              </Link>
            </div>
          </Td>
        </tr>
      ))}
    </DataTable>
  );
}
