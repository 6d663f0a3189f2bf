import type { Metadata } from "next";
import { getMessages } from "@/lib/i18n/server";
import Link from "next/link";
import { SharedForm } from "@/components/forms/shared-form";
import { Main } from "@/components/layout/main";
import { PageHeader } from "@/components/ui/page-header";
import { ReviewQueueTable } from "@/components/money/review-queue-table";
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
          <ReviewQueueTable
            caption={q.caption}
            head={{
              select: q.select,
              age: q.age,
              region: q.region,
              target: q.target,
              description: q.description,
              amount: q.amount,
              evidence: q.evidence,
              actions: q.actions,
            }}
            forms={{ bulk: BULK_FORM, approve: APPROVE_FORM }}
            labels={{
              ownSubmission: q.ownSubmission,
              approve: m.expenditure.approve,
              review: q.review,
              selectItem: q.selectItem,
              approveItem: q.approveItem,
            }}
            rows={queue.items.map((item) => ({
              id: item.id,
              mayReview: item.mayReview,
              ageDays: item.ageDays,
              regionName: item.regionName,
              targetName: item.targetName,
              fundingAndDate: `${m.title[item.fundingTitle]} · ${formatDate(item.date, locale)}`,
              description: item.description,
              amount: formatCents(item.amountCents),
              evidenceName: item.evidenceName,
              href: `/r/${item.regionSlug}/budget/uitgaven/${item.id}`,
            }))}
          />
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
