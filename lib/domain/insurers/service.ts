import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/authz/permissions";
import { withActor, type Tx } from "@/lib/db/with-actor";
import { insurerInTx, type InsurerRef } from "@/lib/domain/money/context";
import { insurerSocialFiguresInTx, type InsurerSocialFigures } from "@/lib/domain/social/service";

export type InsurerBudgetRow = {
  regionId: string;
  regionSlug: string;
  regionName: string;
  year: number;
  budgetCents: number;
  allocatedCents: number;
  approvedCents: number;
  toReview: number;
};

export type InsurerWorkspace = { insurer: InsurerRef; rows: InsurerBudgetRow[] };

/** The insurer's O&I budgets per region and year. Only its own reviewers (and platform admins) get in. */
export async function getInsurerWorkspace(actor: Actor, uzovi: string): Promise<InsurerWorkspace> {
  return withActor(actor, (tx) => insurerWorkspaceInTx(tx, actor, uzovi));
}

export type InsurerHome = InsurerWorkspace & { social: InsurerSocialFigures };

/**
 * The insurer's home in one transaction: the workspace's budgets, and the referral figures per
 * region of the last two quarters (all quarters are on the social-domain page).
 */
export async function getInsurerHome(actor: Actor, uzovi: string, today = new Date()): Promise<InsurerHome> {
  return withActor(actor, async (tx) => {
    const workspace = await insurerWorkspaceInTx(tx, actor, uzovi);
    const social = await insurerSocialFiguresInTx(tx, actor, workspace.insurer.id, { rows: false, quarters: 2, today });
    return { ...workspace, social };
  });
}

async function insurerWorkspaceInTx(tx: Tx, actor: Actor, uzovi: string): Promise<InsurerWorkspace> {
  const insurer = await insurerInTx(tx, actor, uzovi);

  // One aggregate per region and year in SQL over the sums the database keeps per budget
  // (BudgetSpend): a national insurer funds hundreds of thousands of expenditures.
  const regionIds = actor.visibleRegionIds.filter((regionId) => can(actor, "budget.read", { regionId, insurerId: insurer.id }));
  const sums = await tx.$queryRaw<
    {
      regionId: string;
      slug: string;
      name: string;
      year: number;
      budget: bigint;
      allocated: bigint;
      approved: bigint;
      toReview: bigint;
    }[]
  >`
    WITH budgets AS (
      SELECT b."id", b."regionId", b."year", b."amountCents" FROM "OiBudget" b
      WHERE b."insurerId" = ${insurer.id}::uuid AND b."regionId" = ANY (${regionIds}::uuid[])
    ), allocated AS (
      SELECT bu."regionId", bu."year", SUM(a."amountCents") AS allocated FROM "Allocation" a
      JOIN budgets bu ON bu."regionId" = a."regionId" AND bu."id" = a."budgetId"
      GROUP BY 1, 2
    ), spent AS MATERIALIZED (
      SELECT bu."regionId", bu."year",
        COALESCE(SUM(e."amountCents") FILTER (WHERE e."status" = 'goedgekeurd'), 0) AS approved,
        COALESCE(SUM(e."count") FILTER (WHERE e."status" = 'ingediend'), 0) AS "toReview"
      FROM budgets bu JOIN "BudgetSpend" e ON e."regionId" = bu."regionId" AND e."budgetId" = bu."id"
      GROUP BY 1, 2
    )
    SELECT r."id"::text AS "regionId", r."slug", r."name", t."year",
      t.budget::bigint AS budget,
      COALESCE(a.allocated, 0)::bigint AS allocated,
      COALESCE(s.approved, 0)::bigint AS approved, COALESCE(s."toReview", 0)::bigint AS "toReview"
    FROM (SELECT "regionId", "year", SUM("amountCents") AS budget FROM budgets GROUP BY 1, 2) t
    JOIN "Region" r ON r."id" = t."regionId"
    LEFT JOIN allocated a ON a."regionId" = t."regionId" AND a."year" = t."year"
    LEFT JOIN spent s ON s."regionId" = t."regionId" AND s."year" = t."year"
    ORDER BY r."name", t."year" DESC`;
  const rows: InsurerBudgetRow[] = sums.map((r) => ({
    regionId: r.regionId,
    regionSlug: r.slug,
    regionName: r.name,
    year: r.year,
    budgetCents: Number(r.budget),
    allocatedCents: Number(r.allocated),
    approvedCents: Number(r.approved),
    toReview: Number(r.toReview),
  }));
  return { insurer, rows };
}
