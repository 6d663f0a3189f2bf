// The insurer's side: the review queue (oldest first), the portfolio per region and budget with
// the monthly burn of approved spend and the variance flags, and closing a year.
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/authz/permissions";
import { withActor, type Tx } from "@/lib/db/with-actor";
import { Prisma } from "@/lib/generated/prisma/client";
import type { FundingTitle } from "@/lib/generated/prisma/enums";
import { recordAudit } from "@/lib/domain/audit/service";
import { ConflictError, NotFoundError } from "@/lib/domain/errors";
import { insurerInTx, withMoney, type InsurerRef } from "@/lib/domain/money/context";
import { approvedPerMonth, budgetFigures } from "@/lib/domain/money/figures";
import {
  ageInDays,
  emptyFigures,
  monthsOf,
  sumFigures,
  varianceFlags,
  type MoneyFigures,
  type Variance,
} from "@/lib/domain/money/rules";
import { findRegionInTx } from "@/lib/domain/regions/service";
import { msg } from "@/lib/i18n/keys";

export const QUEUE_PAGE_SIZE = 50;

export type QueueItem = {
  id: string;
  regionSlug: string;
  regionName: string;
  targetName: string;
  fundingTitle: FundingTitle;
  date: Date;
  amountCents: number;
  description: string;
  submittedAt: Date;
  ageDays: number;
  evidenceName: string | null;
  /** False when the actor recorded or submitted it (four eyes). */
  mayReview: boolean;
};

export type ReviewQueue = {
  insurer: InsurerRef;
  items: QueueItem[];
  total: number;
  totalCents: number;
  page: number;
  pages: number;
};

/**
 * The ids of one page of the review queue, oldest submission first. PostgreSQL walks the partial
 * index of submitted expenditures ("Expenditure_review_queue_idx", in the queue's order) and stops
 * after the page, instead of reading every expenditure of the insurer's regions: under row-level
 * security `status = 'ingediend'` cannot be an index condition (comparisons on enums are not
 * leakproof), but a partial index with that predicate can be used.
 */
export function queuePageSql(insurerId: string, regionIds: string[], page: number): Prisma.Sql {
  return Prisma.sql`
    SELECT e."id"::text AS id
    FROM "Expenditure" e
    JOIN "Allocation" a ON a."regionId" = e."regionId" AND a."id" = e."allocationId"
    JOIN "OiBudget" b ON b."regionId" = a."regionId" AND b."id" = a."budgetId"
    WHERE e."status" = 'ingediend' AND b."insurerId" = ${insurerId}::uuid
      AND e."regionId" = ANY (${regionIds}::uuid[])
    ORDER BY e."submittedAt" ASC, e."id" ASC
    LIMIT ${QUEUE_PAGE_SIZE} OFFSET ${(page - 1) * QUEUE_PAGE_SIZE}`;
}

/** Submitted expenditures of the regions the insurer funds, oldest submission first. */
export async function getReviewQueue(actor: Actor, uzovi: string, page = 1, now = new Date()): Promise<ReviewQueue> {
  return withActor(actor, async (tx) => {
    const insurer = await insurerInTx(tx, actor, uzovi);
    const regionIds = actor.visibleRegionIds.filter((regionId) =>
      can(actor, "budget.review", { regionId, insurerId: insurer.id }),
    );
    const where = {
      status: "ingediend" as const,
      regionId: { in: regionIds },
      allocation: { budget: { insurerId: insurer.id } },
    };
    const [summary] = await tx.$queryRaw<{ count: bigint; cents: bigint }[]>`
      SELECT COALESCE(SUM(e."count"), 0)::bigint AS count, COALESCE(SUM(e."amountCents"), 0)::bigint AS cents
      FROM "BudgetSpend" e
      JOIN "OiBudget" b ON b."regionId" = e."regionId" AND b."id" = e."budgetId"
      WHERE e."status" = 'ingediend' AND b."insurerId" = ${insurer.id}::uuid
        AND e."regionId" = ANY (${regionIds}::uuid[])`;
    const total = Number(summary?.count ?? 0);
    const pages = Math.max(1, Math.ceil(total / QUEUE_PAGE_SIZE));
    const current = Math.min(Math.max(1, page), pages);
    // The page's ids first (see queuePageSql); then the details of just those rows.
    const pageIds = await tx.$queryRaw<{ id: string }[]>(queuePageSql(insurer.id, regionIds, current));
    const order = new Map(pageIds.map((r, i) => [r.id, i]));
    const details = await tx.expenditure.findMany({
      where: { ...where, id: { in: pageIds.map((r) => r.id) } },
      select: {
        id: true,
        date: true,
        amountCents: true,
        description: true,
        submittedAt: true,
        createdById: true,
        submittedById: true,
        region: { select: { slug: true, name: true } },
        evidence: { select: { fileName: true } },
        allocation: {
          select: {
            initiativeId: true,
            wijkverbandId: true,
            budget: { select: { fundingTitle: true } },
          },
        },
      },
    });
    const rows = details.sort((x, y) => (order.get(x.id) ?? 0) - (order.get(y.id) ?? 0));
    const initiativeIds = [...new Set(rows.map((r) => r.allocation.initiativeId).filter((v): v is string => !!v))];
    const wijkverbandIds = [...new Set(rows.map((r) => r.allocation.wijkverbandId).filter((v): v is string => !!v))];
    const initiatives = initiativeIds.length
      ? await tx.initiative.findMany({ where: { id: { in: initiativeIds } }, select: { id: true, title: true } })
      : [];
    const wijkverbanden = wijkverbandIds.length
      ? await tx.wijkverband.findMany({ where: { id: { in: wijkverbandIds } }, select: { id: true, name: true } })
      : [];
    const names = new Map<string, string>([
      ...initiatives.map((i) => [i.id, i.title] as const),
      ...wijkverbanden.map((w) => [w.id, w.name] as const),
    ]);
    return {
      insurer,
      total,
      totalCents: Number(summary?.cents ?? 0),
      page: current,
      pages,
      items: rows.map((r) => {
        const submittedAt = r.submittedAt ?? r.date;
        return {
          id: r.id,
          regionSlug: r.region.slug,
          regionName: r.region.name,
          targetName: names.get((r.allocation.initiativeId ?? r.allocation.wijkverbandId)!) ?? "–",
          fundingTitle: r.allocation.budget.fundingTitle,
          date: r.date,
          amountCents: r.amountCents,
          description: r.description,
          submittedAt,
          ageDays: ageInDays(submittedAt, now),
          evidenceName: r.evidence?.fileName ?? null,
          mayReview: r.createdById !== actor.userId && r.submittedById !== actor.userId,
        };
      }),
    };
  });
}

export type PortfolioBudget = {
  id: string;
  fundingTitle: FundingTitle;
  preferent: boolean;
  figures: MoneyFigures;
  flags: Variance[];
};
export type PortfolioRegion = {
  regionId: string;
  slug: string;
  name: string;
  closed: { closedAt: Date; closedByName: string } | null;
  openItems: number;
  figures: MoneyFigures;
  budgets: PortfolioBudget[];
  flags: Variance[];
};
export type Portfolio = {
  insurer: InsurerRef;
  year: number;
  years: number[];
  totals: MoneyFigures;
  regions: PortfolioRegion[];
  /** Approved spend per month (by expenditure date) and cumulative, over all regions. */
  burn: { month: string; approvedCents: number; cumulativeCents: number }[];
};

export async function getPortfolio(actor: Actor, uzovi: string, year?: number, today = new Date()): Promise<Portfolio> {
  return withActor(actor, async (tx) => portfolioInTx(tx, actor, await insurerInTx(tx, actor, uzovi), { year, today }));
}

export type PortfolioRegionPage = {
  insurer: InsurerRef;
  region: { slug: string; name: string };
  year: number;
  /** The years with the insurer's budgets in this region. */
  years: number[];
  /** The region's budgets and figures in the year; null when it has none in that year. */
  entry: PortfolioRegion | null;
};

/**
 * One region of the portfolio: its budgets in the year with their figures and variances, whether the
 * year is closed, and what still waits. A region where the insurer has no budget is not found.
 */
export async function getPortfolioRegion(
  actor: Actor,
  uzovi: string,
  slug: string,
  year?: number,
  today = new Date(),
): Promise<PortfolioRegionPage> {
  return withActor(actor, async (tx) => {
    const insurer = await insurerInTx(tx, actor, uzovi);
    const region = await findRegionInTx(tx, actor, slug);
    if (!can(actor, "budget.read", { regionId: region.id, insurerId: insurer.id }))
      throw new NotFoundError(msg("errors.notFound.region"));
    const portfolio = await portfolioInTx(tx, actor, insurer, { year, today, regionId: region.id });
    if (!portfolio.hasBudgets) throw new NotFoundError(msg("errors.notFound.region"));
    return {
      insurer,
      region: { slug: region.slug, name: region.name },
      year: portfolio.year,
      years: portfolio.years,
      entry: portfolio.regions[0] ?? null,
    };
  });
}

/** The portfolio of every region the actor may read the insurer's budgets in, or of one region. */
async function portfolioInTx(
  tx: Tx,
  actor: Actor,
  insurer: InsurerRef,
  options: { year?: number; today: Date; regionId?: string },
): Promise<Portfolio & { hasBudgets: boolean }> {
  const { today } = options;
  const all = await tx.oiBudget.findMany({
    where: { insurerId: insurer.id, ...(options.regionId ? { regionId: options.regionId } : {}) },
    select: {
      id: true,
      regionId: true,
      year: true,
      fundingTitle: true,
      preferent: true,
      amountCents: true,
      region: { select: { slug: true, name: true } },
    },
    orderBy: [{ region: { name: "asc" } }, { fundingTitle: "asc" }],
  });
  const visible = all.filter((b) => can(actor, "budget.read", { regionId: b.regionId, insurerId: insurer.id }));
  const years = [...new Set(visible.map((b) => b.year))].sort((a, b) => b - a);
  const thisYear = today.getUTCFullYear();
  const chosen = options.year ?? (years.includes(thisYear) ? thisYear : (years[0] ?? thisYear));
  const inYear = visible.filter((b) => b.year === chosen);
  const regionIds = [...new Set(inYear.map((b) => b.regionId))];
  const scope = Prisma.sql`b."insurerId" = ${insurer.id}::uuid AND b."year" = ${chosen} AND b."regionId" = ANY (${regionIds}::uuid[])`;
  const figures = inYear.length ? await budgetFigures(tx, scope) : new Map<string, MoneyFigures>();
  const months = inYear.length ? await approvedPerMonth(tx, scope) : new Map<string, number>();
  const closures = await tx.budgetYearClosure.findMany({
    where: { insurerId: insurer.id, year: chosen, regionId: { in: regionIds } },
    select: { regionId: true, closedAt: true, closedByName: true },
  });
  const open = regionIds.length
    ? await tx.$queryRaw<{ regionId: string; count: bigint }[]>`
        SELECT e."regionId"::text AS "regionId", SUM(e."count")::bigint AS count FROM "BudgetSpend" e
        JOIN "OiBudget" b ON b."regionId" = e."regionId" AND b."id" = e."budgetId"
        WHERE ${scope} AND e."status" IN ('ingediend', 'vraag_gesteld') GROUP BY 1`
    : [];
  const regions: PortfolioRegion[] = regionIds.map((regionId) => {
    const budgets = inYear
      .filter((b) => b.regionId === regionId)
      .map((b) => {
        const f = figures.get(b.id) ?? emptyFigures(b.amountCents);
        return {
          id: b.id,
          fundingTitle: b.fundingTitle,
          preferent: b.preferent,
          figures: f,
          flags: varianceFlags(f, chosen, today),
        };
      });
    const regionFigures = sumFigures(budgets.map((b) => b.figures));
    const first = inYear.find((b) => b.regionId === regionId)!;
    const closure = closures.find((c) => c.regionId === regionId);
    return {
      regionId,
      slug: first.region.slug,
      name: first.region.name,
      closed: closure ? { closedAt: closure.closedAt, closedByName: closure.closedByName } : null,
      openItems: Number(open.find((o) => o.regionId === regionId)?.count ?? 0),
      figures: regionFigures,
      budgets,
      flags: varianceFlags(regionFigures, chosen, today),
    };
  });
  let cumulative = 0;
  const burn = monthsOf(chosen).map((month) => {
    const approved = months.get(month) ?? 0;
    cumulative += approved;
    return { month, approvedCents: approved, cumulativeCents: cumulative };
  });
  return {
    insurer,
    year: chosen,
    years: years.length ? years : [chosen],
    totals: sumFigures(regions.map((r) => r.figures)),
    regions,
    burn,
    hasBudgets: visible.length > 0,
  };
}

/**
 * Closes a year of the insurer's budgets in a region, once nothing waits for a decision. Locks the
 * budget rows first, so no change to them can slip in between the check and the closure.
 */
export async function closeYear(actor: Actor, uzovi: string, slug: string, year: number): Promise<void> {
  if (!Number.isInteger(year)) throw new NotFoundError(msg("errors.notFound.year"));
  await withMoney(actor, async (tx) => {
    const insurer = await insurerInTx(tx, actor, uzovi);
    const region = await findRegionInTx(tx, actor, slug);
    if (!can(actor, "budget.closeYear", { regionId: region.id, insurerId: insurer.id }))
      throw new NotFoundError(msg("errors.notFound.region"));
    const budgets = await tx.$queryRaw<{ id: string }[]>`
      SELECT "id"::text AS id FROM "OiBudget"
      WHERE "regionId" = ${region.id}::uuid AND "insurerId" = ${insurer.id}::uuid AND "year" = ${year}
      ORDER BY "id" FOR UPDATE`;
    if (!budgets.length) throw new ConflictError(msg("errors.money.noBudgets", { year }));
    if (await tx.budgetYearClosure.findFirst({ where: { regionId: region.id, insurerId: insurer.id, year } }))
      throw new ConflictError(msg("errors.money.yearAlreadyClosed", { year }));
    const open = await tx.expenditure.count({
      where: {
        regionId: region.id,
        status: { in: ["ingediend", "vraag_gesteld"] },
        allocation: { budget: { insurerId: insurer.id, year } },
      },
    });
    if (open > 0)
      throw new ConflictError(
        open === 1 ? msg("errors.money.openExpendituresOne") : msg("errors.money.openExpendituresMany", { count: open }),
      );
    const closure = await tx.budgetYearClosure.create({
      data: { regionId: region.id, insurerId: insurer.id, year, closedById: actor.userId, closedByName: actor.name },
      select: { id: true },
    });
    await recordAudit(tx, actor, {
      regionId: region.id,
      action: "budget.closeYear",
      entityType: "budgetYear",
      entityId: closure.id,
      changes: {
        year: { before: null, after: year },
        insurerId: { before: null, after: insurer.id },
        closed: { before: false, after: true },
      },
    });
  });
}

/** The insurer of a workspace, for its layout (404 for anyone but its reviewers and platform admins). */
export function getInsurer(actor: Actor, uzovi: string): Promise<InsurerRef> {
  return withActor(actor, (tx) => insurerInTx(tx, actor, uzovi));
}
