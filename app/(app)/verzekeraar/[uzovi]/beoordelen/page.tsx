import type { Metadata } from "next";
import { getMessages } from "@/lib/i18n/server";
import Link from "next/link";
import { RowSubmitButton } from "@/components/forms/inline-button";
import { SharedForm } from "@/components/forms/shared-form";
import { Main } from "@/components/layout/main";
import { PageHeader } from "@/components/ui/page-header";
import { Badge, DataTable, Td, Th } from "@/components/ui/table";
import { requireActor } from "@/lib/auth/session";
import { getReviewQueue } from "@/lib/domain/money/insurer";
import { formatCents, formatDate, formatNumber } from "@/lib/format";
import { fill } from "@/lib/i18n/messages";
import { MONEY_MESSAGES } from "@/lib/i18n/messages/money";
import { getLocale } from "@/lib/i18n/server";
import { loadOr404 } from "@/lib/next/page";
import { bulkApproveAction } from "../actions";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getMessages();
  return { title: t.common.meta.review };
}

const BULK_FORM = "bulk-goedkeuren";
/** A row's own approve button: the same action with that one id. */
const APPROVE_FORM = "goedkeuren";

export default async function ReviewQueuePage({
  params,
  searchParams,
}: {
  params: Promise<{ uzovi: string }>;
  searchParams: Promise<{ pagina?: string }>;
}) {
  const { uzovi } = await params;
  const { pagina } = await searchParams;
  const actor = await requireActor();
  const page = pagina && /^\d{1,6}$/.test(pagina) ? Number(pagina) : 1;
  const queue = await loadOr404(getReviewQueue(actor, uzovi, page));
  const locale = await getLocale();
  const m = MONEY_MESSAGES[locale];
  const q = m.queue;
  const base = `/verzekeraar/${queue.insurer.uzovi}/beoordelen`;
  const approve = bulkApproveAction.bind(null, queue.insurer.uzovi);

  return (
    <Main>
      <PageHeader title={q.title} intro={q.intro} />
      {queue.total === 0 ? (
        <p className="text-muted">{q.empty}</p>
      ) : (
        <>
          <p className="mb-2" role="status">
            {fill(q.summary, { count: formatNumber(queue.total), amount: formatCents(queue.totalCents) })}
          </p>
          <SharedForm id={BULK_FORM} action={approve} submitLabel={q.bulkApprove} pendingLabel="…" />
          <SharedForm id={APPROVE_FORM} action={approve} pendingLabel={q.approving} />
          <DataTable
            caption={q.caption}
            head={
              <tr>
                <Th>{q.select}</Th>
                <Th numeric>{q.age}</Th>
                <Th>{q.region}</Th>
                <Th>{q.target}</Th>
                <Th>{q.description}</Th>
                <Th numeric>{q.amount}</Th>
                <Th>{q.evidence}</Th>
                <Th>{q.actions}</Th>
              </tr>
            }
          >
            {queue.items.map((item) => (
              <tr key={item.id}>
                <Td>
                  {item.mayReview ? (
                    <input
                      type="checkbox"
                      name="ids"
                      value={item.id}
                      form={BULK_FORM}
                      aria-label={fill(q.selectItem, { description: item.description })}
                      className="h-4 w-4"
                    />
                  ) : (
                    <Badge tone="neutral">{q.ownSubmission}</Badge>
                  )}
                </Td>
                <Td numeric>{item.ageDays}</Td>
                <Td>{item.regionName}</Td>
                <Td>
                  {item.targetName}
                  <span className="block text-sm text-muted">
                    {m.title[item.fundingTitle]} · {formatDate(item.date, locale)}
                  </span>
                </Td>
                <Td>{item.description}</Td>
                <Td numeric>{formatCents(item.amountCents)}</Td>
                <Td>
                  {item.evidenceName ? (
                    <a href={`/r/${item.regionSlug}/budget/uitgaven/${item.id}/bewijs`} className="underline">
                      {item.evidenceName}
                    </a>
                  ) : (
                    "–"
                  )}
                </Td>
                <Td>
                  <div className="flex flex-wrap items-start gap-2">
                    {item.mayReview ? (
                      <RowSubmitButton
                        form={APPROVE_FORM}
                        name="ids"
                        value={item.id}
                        label={m.expenditure.approve}
                        ariaLabel={fill(q.approveItem, { description: item.description })}
                      />
                    ) : null}
                    <Link
                      href={`/r/${item.regionSlug}/budget/uitgaven/${item.id}`}
                      className="rounded-md border border-slate-400 bg-white px-3 py-1.5 text-sm font-medium underline"
                    >
                      {q.review}
                    </Link>
                  </div>
                </Td>
              </tr>
            ))}
          </DataTable>
          {queue.pages > 1 ? (
            <nav aria-label={fill(q.page, { page: queue.page, pages: queue.pages })} className="mt-4 flex items-center gap-4">
              {queue.page > 1 ? (
                <Link href={`${base}?pagina=${queue.page - 1}`} className="underline">
                  {q.previous}
                </Link>
              ) : null}
              <span>{fill(q.page, { page: queue.page, pages: queue.pages })}</span>
              {queue.page < queue.pages ? (
                <Link href={`${base}?pagina=${queue.page + 1}`} className="underline">
                  {q.next}
                </Link>
              ) : null}
            </nav>
          ) : null}
        </>
      )}
    </Main>
  );
}
