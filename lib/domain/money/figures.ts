// The money figures in SQL: sums as bigint per budget, per allocation and per month, inside the
// caller's transaction (row-level security applies). They read the sums the database keeps per
// allocation or budget and status (AllocationSpend, BudgetSpend) and per approved month
// (BudgetApprovedMonth), not the line items: at national scale an insurer has hundreds of thousands
// of expenditures. Pages and exports all read these, so the numbers agree everywhere; the
// integration tests reconcile them with the line items.
import type { Tx } from "@/lib/db/with-actor";
import { Prisma } from "@/lib/generated/prisma/client";
import { emptyFigures, type MoneyFigures } from "@/lib/domain/money/rules";

type FigureRow = {
  id: string;
  planned: bigint;
  allocated: bigint;
  concept: bigint;
  submitted: bigint;
  approved: bigint;
  rejected: bigint;
};

function toFigures(r: FigureRow): MoneyFigures {
  const f = emptyFigures(Number(r.planned));
  f.allocatedCents = Number(r.allocated);
  f.conceptCents = Number(r.concept);
  f.submittedCents = Number(r.submitted);
  f.approvedCents = Number(r.approved);
  f.rejectedCents = Number(r.rejected);
  f.remainingCents = f.plannedCents - f.approvedCents;
  return f;
}

const STATUS_SUMS = Prisma.sql`
  COALESCE(SUM(e."amountCents") FILTER (WHERE e."status" = 'concept'), 0)::bigint AS concept,
  COALESCE(SUM(e."amountCents") FILTER (WHERE e."status" IN ('ingediend', 'vraag_gesteld')), 0)::bigint AS submitted,
  COALESCE(SUM(e."amountCents") FILTER (WHERE e."status" = 'goedgekeurd'), 0)::bigint AS approved,
  COALESCE(SUM(e."amountCents") FILTER (WHERE e."status" = 'afgewezen'), 0)::bigint AS rejected`;

/** Figures per budget for the budgets matching `where` (a condition on alias b = "OiBudget"). */
export async function budgetFigures(tx: Tx, where: Prisma.Sql): Promise<Map<string, MoneyFigures>> {
  const rows = await tx.$queryRaw<FigureRow[]>`
    SELECT b."id"::text AS id, b."amountCents"::bigint AS planned,
      COALESCE((SELECT SUM(a2."amountCents") FROM "Allocation" a2
                 WHERE a2."regionId" = b."regionId" AND a2."budgetId" = b."id"), 0)::bigint AS allocated,
      ${STATUS_SUMS}
    FROM "OiBudget" b
    LEFT JOIN "BudgetSpend" e ON e."regionId" = b."regionId" AND e."budgetId" = b."id"
    WHERE ${where}
    GROUP BY b."id"`;
  return new Map(rows.map((r) => [r.id, toFigures(r)]));
}

/** Figures per allocation (planned = allocated = the allocation's amount). */
export async function allocationFigures(tx: Tx, where: Prisma.Sql): Promise<Map<string, MoneyFigures>> {
  const rows = await tx.$queryRaw<FigureRow[]>`
    SELECT a."id"::text AS id, a."amountCents"::bigint AS planned, a."amountCents"::bigint AS allocated,
      ${STATUS_SUMS}
    FROM "Allocation" a
    JOIN "OiBudget" b ON b."regionId" = a."regionId" AND b."id" = a."budgetId"
    LEFT JOIN "AllocationSpend" e ON e."regionId" = a."regionId" AND e."allocationId" = a."id"
    WHERE ${where}
    GROUP BY a."id"`;
  return new Map(rows.map((r) => [r.id, toFigures(r)]));
}

/**
 * Approved spend per month of the expenditure date over the budgets matching `where`:
 * { "2026-03" → cents }. Grouped by the month itself and formatted after: grouping thousands of
 * rows by a formatted text cost the portfolio most of this query's time.
 */
export async function approvedPerMonth(tx: Tx, where: Prisma.Sql): Promise<Map<string, number>> {
  const rows = await tx.$queryRaw<{ month: string; cents: bigint }[]>`
    SELECT to_char(m."month", 'YYYY-MM') AS month, m.cents FROM (
      SELECT e."month", SUM(e."amountCents")::bigint AS cents
      FROM "BudgetApprovedMonth" e
      JOIN "OiBudget" b ON b."regionId" = e."regionId" AND b."id" = e."budgetId"
      WHERE ${where}
      GROUP BY 1
    ) m`;
  return new Map(rows.map((r) => [r.month, Number(r.cents)]));
}

export type InsurerFigures = {
  insurerId: string;
  insurerName: string;
  plannedCents: number;
  allocatedCents: number;
  /** Waiting for the insurer's decision (ingediend + vraag gesteld), in cents. */
  submittedCents: number;
  approvedCents: number;
  /** Expenditures the insurer asked a question about (vraag gesteld): the coordinator answers. */
  openQuestions: number;
  /** Expenditures still in concept: the coordinator submits them. */
  concepts: number;
  /** Expenditures submitted and waiting for the insurer (ingediend). */
  awaitingReview: number;
};

/**
 * The region's budgets of one year summed per insurer (all funding titles), with the counts of
 * expenditures by the status that asks someone to act. The year is `preferredYear` when the region
 * has budgets in it, else its latest budget year (the rule of the budget page); null without budgets.
 */
export async function insurerFigures(
  tx: Tx,
  regionId: string,
  preferredYear: number,
): Promise<{ year: number; insurers: InsurerFigures[] } | null> {
  const rows = await tx.$queryRaw<
    {
      year: number;
      insurerId: string;
      insurerName: string;
      planned: bigint;
      allocated: bigint;
      submitted: bigint;
      approved: bigint;
      questions: bigint;
      concepts: bigint;
      awaiting: bigint;
    }[]
  >`
    WITH y AS (
      SELECT COALESCE(
        (SELECT ${preferredYear}::int WHERE EXISTS (
           SELECT 1 FROM "OiBudget" WHERE "regionId" = ${regionId}::uuid AND "year" = ${preferredYear}::int)),
        (SELECT max("year") FROM "OiBudget" WHERE "regionId" = ${regionId}::uuid)) AS year
    ),
    b AS (
      SELECT ob."id", ob."insurerId", ob."amountCents", ob."year"
      FROM "OiBudget" ob JOIN y ON ob."year" = y.year
      WHERE ob."regionId" = ${regionId}::uuid
    ),
    a AS (
      SELECT al."budgetId", SUM(al."amountCents")::bigint AS allocated
      FROM "Allocation" al JOIN b ON b."id" = al."budgetId"
      WHERE al."regionId" = ${regionId}::uuid
      GROUP BY al."budgetId"
    ),
    e AS (
      SELECT ex."budgetId",
        COALESCE(SUM(ex."amountCents") FILTER (WHERE ex."status" IN ('ingediend', 'vraag_gesteld')), 0)::bigint AS submitted,
        COALESCE(SUM(ex."amountCents") FILTER (WHERE ex."status" = 'goedgekeurd'), 0)::bigint AS approved,
        COALESCE(SUM(ex."count") FILTER (WHERE ex."status" = 'vraag_gesteld'), 0) AS questions,
        COALESCE(SUM(ex."count") FILTER (WHERE ex."status" = 'concept'), 0) AS concepts,
        COALESCE(SUM(ex."count") FILTER (WHERE ex."status" = 'ingediend'), 0) AS awaiting
      FROM "BudgetSpend" ex
      JOIN b ON b."id" = ex."budgetId"
      WHERE ex."regionId" = ${regionId}::uuid
      GROUP BY ex."budgetId"
    )
    SELECT b."year", b."insurerId"::text AS "insurerId", o."name" AS "insurerName",
      SUM(b."amountCents")::bigint AS planned,
      COALESCE(SUM(a.allocated), 0)::bigint AS allocated,
      COALESCE(SUM(e.submitted), 0)::bigint AS submitted,
      COALESCE(SUM(e.approved), 0)::bigint AS approved,
      COALESCE(SUM(e.questions), 0)::bigint AS questions,
      COALESCE(SUM(e.concepts), 0)::bigint AS concepts,
      COALESCE(SUM(e.awaiting), 0)::bigint AS awaiting
    FROM b
    JOIN "Organisation" o ON o."id" = b."insurerId"
    LEFT JOIN a ON a."budgetId" = b."id"
    LEFT JOIN e ON e."budgetId" = b."id"
    GROUP BY b."year", b."insurerId", o."name"
    ORDER BY o."name"`;
  if (rows.length === 0) return null;
  return {
    year: rows[0]!.year,
    insurers: rows.map((r) => ({
      insurerId: r.insurerId,
      insurerName: r.insurerName,
      plannedCents: Number(r.planned),
      allocatedCents: Number(r.allocated),
      submittedCents: Number(r.submitted),
      approvedCents: Number(r.approved),
      openQuestions: Number(r.questions),
      concepts: Number(r.concepts),
      awaitingReview: Number(r.awaiting),
    })),
  };
}
