// Shared pieces of the money services: the insurer workspace check, the budget row lock that
// serialises every change to a budget (allocations never above it, the year lock), the history
// writer, and the mapping of the database's year-lock refusal to a Dutch message.
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/authz/permissions";
import { isId } from "@/lib/domain/shared/ids";
import { withActor, type Tx } from "@/lib/db/with-actor";
import { ConflictError, NotFoundError } from "@/lib/domain/errors";
import type { ExpenditureEventKind, ExpenditureStatus, FundingTitle, Role } from "@/lib/generated/prisma/enums";
import { msg } from "@/lib/i18n/keys";

export const BUDGET_NOT_FOUND = msg("errors.notFound.budget");
export const ALLOCATION_NOT_FOUND = msg("errors.notFound.allocation");
export const EXPENDITURE_NOT_FOUND = msg("errors.notFound.expenditure");

export type InsurerRef = { id: string; name: string; uzovi: string };

/** The insurer of a /verzekeraar/<uzovi> workspace: only its own reviewers and platform admins get in. */
export async function insurerInTx(tx: Tx, actor: Actor, uzovi: string): Promise<InsurerRef> {
  if (!/^\d{4}$/.test(uzovi)) throw new NotFoundError(msg("errors.notFound.workspace"));
  const insurer = await tx.organisation.findFirst({
    where: { uzovi, kind: "insurer" },
    select: { id: true, name: true, uzovi: true },
  });
  if (!insurer || !can(actor, "insurer.workspace", { organisationId: insurer.id }))
    throw new NotFoundError(msg("errors.notFound.workspace"));
  return { id: insurer.id, name: insurer.name, uzovi: insurer.uzovi ?? uzovi };
}

export type LockedBudget = {
  id: string;
  regionId: string;
  insurerId: string;
  year: number;
  fundingTitle: FundingTitle;
  amountCents: number;
  periodStart: Date;
  periodEnd: Date;
};

/**
 * Locks a budget row (SELECT … FOR UPDATE) for the rest of the transaction. Every change to the
 * budget, its allocations or its expenditures takes this lock first, so two coordinators
 * allocating at the same moment are served one after the other and the second sees the first's sum.
 */
export async function lockBudget(tx: Tx, regionId: string, budgetId: string): Promise<LockedBudget> {
  if (!isId(budgetId)) throw new NotFoundError(BUDGET_NOT_FOUND);
  const rows = await tx.$queryRaw<LockedBudget[]>`
    SELECT "id"::text AS "id", "regionId"::text AS "regionId", "insurerId"::text AS "insurerId", "year",
           "fundingTitle"::text AS "fundingTitle", "amountCents", "periodStart", "periodEnd"
    FROM "OiBudget" WHERE "regionId" = ${regionId}::uuid AND "id" = ${budgetId}::uuid FOR UPDATE`;
  const budget = rows[0];
  if (!budget) throw new NotFoundError(BUDGET_NOT_FOUND);
  return budget;
}

export async function yearClosure(tx: Tx, regionId: string, insurerId: string, year: number) {
  return tx.budgetYearClosure.findFirst({
    where: { regionId, insurerId, year },
    select: { closedAt: true, closedByName: true },
  });
}

export async function assertYearOpen(tx: Tx, budget: Pick<LockedBudget, "regionId" | "insurerId" | "year">): Promise<void> {
  if (await yearClosure(tx, budget.regionId, budget.insurerId, budget.year)) throw yearClosedError(budget.year);
}

export function yearClosedError(year: number): ConflictError {
  return new ConflictError(msg("errors.money.yearClosedNamed", { year }));
}

/** Sum of allocations of a budget, as a number (bigint in SQL). */
export async function allocatedSum(tx: Tx, regionId: string, budgetId: string, exceptAllocationId?: string): Promise<number> {
  const [row] = await tx.$queryRaw<{ sum: bigint }[]>`
    SELECT COALESCE(SUM("amountCents"), 0)::bigint AS sum FROM "Allocation"
    WHERE "regionId" = ${regionId}::uuid AND "budgetId" = ${budgetId}::uuid
      AND (${exceptAllocationId ?? null}::uuid IS NULL OR "id" <> ${exceptAllocationId ?? null}::uuid)`;
  return Number(row?.sum ?? 0);
}

/** Money an allocation's expenditures claim (all but the rejected ones). */
export async function claimedSum(tx: Tx, regionId: string, allocationId: string, exceptExpenditureId?: string): Promise<number> {
  const [row] = await tx.$queryRaw<{ sum: bigint }[]>`
    SELECT COALESCE(SUM("amountCents"), 0)::bigint AS sum FROM "Expenditure"
    WHERE "regionId" = ${regionId}::uuid AND "allocationId" = ${allocationId}::uuid AND "status" <> 'afgewezen'
      AND (${exceptExpenditureId ?? null}::uuid IS NULL OR "id" <> ${exceptExpenditureId ?? null}::uuid)`;
  return Number(row?.sum ?? 0);
}

/** The role the actor acts in: the side's own role when it has it, else platform admin. */
export function actingRole(actor: Actor, side: "coordinator" | "reviewer", regionId: string): Role | null {
  const wanted: Role = side === "coordinator" ? "coordinator" : "insurer_reviewer";
  const own = actor.memberships.find((m) => m.role === wanted && m.regionIds.includes(regionId));
  if (own) return own.role;
  return actor.memberships.find((m) => m.role === "platform_admin")?.role ?? null;
}

export async function recordEvent(
  tx: Tx,
  actor: Actor,
  e: {
    regionId: string;
    expenditureId: string;
    kind: ExpenditureEventKind;
    fromStatus: ExpenditureStatus | null;
    toStatus: ExpenditureStatus;
    text?: string | null;
    role: Role | null;
  },
): Promise<void> {
  await tx.expenditureEvent.createMany({
    data: [
      {
        regionId: e.regionId,
        expenditureId: e.expenditureId,
        kind: e.kind,
        fromStatus: e.fromStatus,
        toStatus: e.toStatus,
        text: e.text ?? null,
        actorId: actor.userId,
        actorName: actor.name,
        actorRole: e.role,
      },
    ],
  });
}

/** withActor for money changes: the database's year-lock refusal becomes the Dutch message. */
export async function withMoney<T>(actor: Actor, fn: (tx: Tx) => Promise<T>): Promise<T> {
  try {
    return await withActor(actor, fn, { timeoutMs: 30_000 });
  } catch (error) {
    if (error instanceof Error && error.message.includes("money_year_closed"))
      throw new ConflictError(msg("errors.money.yearClosed"));
    throw error;
  }
}
