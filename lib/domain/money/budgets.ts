// The insurer's O&I budgets: list, create (with the basis rate × registered huisarts patients),
// raise or lower with a reason. Every change locks the budget row and is audited with before/after.
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/authz/permissions";
import { withActor, type Tx } from "@/lib/db/with-actor";
import { Prisma } from "@/lib/generated/prisma/client";
import type { FundingTitle } from "@/lib/generated/prisma/enums";
import { entityHistory, type HistoryEntry } from "@/lib/domain/audit/history";
import { recordAudit } from "@/lib/domain/audit/service";
import { ConflictError, NotFoundError } from "@/lib/domain/errors";
import {
  allocatedSum,
  assertYearOpen,
  BUDGET_NOT_FOUND,
  insurerInTx,
  lockBudget,
  withMoney,
  yearClosedError,
  type InsurerRef,
} from "@/lib/domain/money/context";
import { budgetFigures } from "@/lib/domain/money/figures";
import { basisCents, centsToInput, type MoneyFigures } from "@/lib/domain/money/rules";
import { BudgetChangeSchema, BudgetInputSchema, type BudgetChange, type BudgetInput } from "@/lib/domain/money/schema";
import { findRegionInTx } from "@/lib/domain/regions/service";
import { isId } from "@/lib/domain/shared/ids";
import { parseInput } from "@/lib/domain/shared/parse";
import { msg } from "@/lib/i18n/keys";

export type BudgetRow = {
  id: string;
  regionId: string;
  regionSlug: string;
  regionName: string;
  year: number;
  fundingTitle: FundingTitle;
  amountCents: number;
  rateCents: number | null;
  basisPatients: number | null;
  contractReference: string | null;
  periodStart: Date;
  periodEnd: Date;
  preferent: boolean;
  closed: boolean;
  figures: MoneyFigures;
};

/** Registered patients of the region's active huisarts practices (the basis of a budget). */
export async function registeredHuisartsPatients(tx: Tx, regionId: string): Promise<number> {
  const result = await tx.practice.aggregate({
    where: { regionId, archivedAt: null, discipline: { code: "huisartsenzorg" } },
    _sum: { registeredPatients: true },
  });
  return result._sum.registeredPatients ?? 0;
}

export type InsurerBudgets = {
  insurer: InsurerRef;
  budgets: BudgetRow[];
  /** Regions the insurer may create budgets in, with their registered huisarts patients. */
  regions: { id: string; slug: string; name: string; patients: number }[];
  years: number[];
};

export async function listInsurerBudgets(actor: Actor, uzovi: string, year?: number): Promise<InsurerBudgets> {
  return withActor(actor, async (tx) => {
    const insurer = await insurerInTx(tx, actor, uzovi);
    const all = await tx.oiBudget.findMany({
      where: { insurerId: insurer.id },
      select: {
        id: true,
        regionId: true,
        year: true,
        fundingTitle: true,
        amountCents: true,
        rateCents: true,
        basisPatients: true,
        contractReference: true,
        periodStart: true,
        periodEnd: true,
        preferent: true,
        region: { select: { slug: true, name: true } },
      },
      orderBy: [{ year: "desc" }, { region: { name: "asc" } }, { fundingTitle: "asc" }],
    });
    const visible = all.filter((b) => can(actor, "budget.read", { regionId: b.regionId, insurerId: insurer.id }));
    const years = [...new Set(visible.map((b) => b.year))].sort((a, b) => b - a);
    const shown = year ? visible.filter((b) => b.year === year) : visible;
    const figures = shown.length
      ? await budgetFigures(tx, Prisma.sql`b."id" IN (${Prisma.join(shown.map((b) => Prisma.sql`${b.id}::uuid`))})`)
      : new Map<string, MoneyFigures>();
    const closures = await tx.budgetYearClosure.findMany({
      where: { insurerId: insurer.id },
      select: { regionId: true, year: true },
    });
    const closed = new Set(closures.map((c) => `${c.regionId}:${c.year}`));
    const regionIds = [...new Set(visible.map((b) => b.regionId))];
    const regionRows = await tx.region.findMany({
      where: { id: { in: regionIds } },
      select: { id: true, slug: true, name: true },
      orderBy: { name: "asc" },
    });
    const regions = [];
    for (const r of regionRows) {
      if (!can(actor, "budget.create", { regionId: r.id, insurerId: insurer.id })) continue;
      regions.push({ ...r, patients: await registeredHuisartsPatients(tx, r.id) });
    }
    return {
      insurer,
      years,
      regions,
      budgets: shown.map((b) => ({
        id: b.id,
        regionId: b.regionId,
        regionSlug: b.region.slug,
        regionName: b.region.name,
        year: b.year,
        fundingTitle: b.fundingTitle,
        amountCents: b.amountCents,
        rateCents: b.rateCents,
        basisPatients: b.basisPatients,
        contractReference: b.contractReference,
        periodStart: b.periodStart,
        periodEnd: b.periodEnd,
        preferent: b.preferent,
        closed: closed.has(`${b.regionId}:${b.year}`),
        figures: figures.get(b.id) ?? { ...emptyOf(b.amountCents) },
      })),
    };
  });
}

function emptyOf(planned: number): MoneyFigures {
  return {
    plannedCents: planned,
    allocatedCents: 0,
    conceptCents: 0,
    submittedCents: 0,
    approvedCents: 0,
    rejectedCents: 0,
    remainingCents: planned,
  };
}

export async function createBudget(actor: Actor, uzovi: string, input: BudgetInput): Promise<{ id: string }> {
  const data = parseInput(BudgetInputSchema, input);
  return withMoney(actor, async (tx) => {
    const insurer = await insurerInTx(tx, actor, uzovi);
    const region = await findRegionInTx(tx, actor, data.regionSlug).catch(() => {
      throw new NotFoundError(msg("errors.notFound.region"));
    });
    if (!can(actor, "budget.create", { regionId: region.id, insurerId: insurer.id }))
      throw new NotFoundError(msg("errors.notFound.region"));
    if (await tx.budgetYearClosure.findFirst({ where: { regionId: region.id, insurerId: insurer.id, year: data.year } }))
      throw yearClosedError(data.year);
    const patients = data.rate !== undefined ? await registeredHuisartsPatients(tx, region.id) : null;
    const amountCents = data.amount ?? basisCents(data.rate!, patients ?? 0);
    if (amountCents > 2_000_000_000)
      throw new ConflictError(msg("errors.money.budgetTooHigh"), { amount: [msg("errors.money.budgetTooHigh")] });
    const existing = await tx.oiBudget.findFirst({
      where: { regionId: region.id, insurerId: insurer.id, year: data.year, fundingTitle: data.fundingTitle as FundingTitle },
      select: { id: true },
    });
    if (existing)
      throw new ConflictError(msg("errors.money.budgetExists"), {
        fundingTitle: [msg("errors.money.budgetExistsField")],
      });
    const values = {
      regionId: region.id,
      insurerId: insurer.id,
      year: data.year,
      fundingTitle: data.fundingTitle as FundingTitle,
      amountCents,
      rateCents: data.rate ?? null,
      basisPatients: patients,
      contractReference: data.contractReference,
      periodStart: data.periodStart ?? new Date(Date.UTC(data.year, 0, 1)),
      periodEnd: data.periodEnd ?? new Date(Date.UTC(data.year, 11, 31)),
      preferent: data.preferent,
    };
    const created = await tx.oiBudget.create({ data: values, select: { id: true } });
    await recordAudit(tx, actor, {
      regionId: region.id,
      action: "budget.create",
      entityType: "budget",
      entityId: created.id,
      changes: {
        amountCents: { before: null, after: amountCents },
        fundingTitle: { before: null, after: values.fundingTitle },
        year: { before: null, after: values.year },
        rateCents: { before: null, after: values.rateCents },
        basisPatients: { before: null, after: values.basisPatients },
        preferent: { before: null, after: values.preferent },
        contractReference: { before: null, after: values.contractReference },
      },
    });
    return created;
  });
}

/** Raise or lower a budget during the year, with a reason; never below what is allocated. */
export async function changeBudget(actor: Actor, uzovi: string, budgetId: string, input: BudgetChange): Promise<void> {
  const data = parseInput(BudgetChangeSchema, input);
  if (!isId(budgetId)) throw new NotFoundError(BUDGET_NOT_FOUND);
  await withMoney(actor, async (tx) => {
    const insurer = await insurerInTx(tx, actor, uzovi);
    const row = await tx.oiBudget.findFirst({ where: { id: budgetId, insurerId: insurer.id }, select: { regionId: true } });
    if (!row || !can(actor, "budget.edit", { regionId: row.regionId, insurerId: insurer.id }))
      throw new NotFoundError(BUDGET_NOT_FOUND);
    const budget = await lockBudget(tx, row.regionId, budgetId);
    await assertYearOpen(tx, budget);
    const allocated = await allocatedSum(tx, budget.regionId, budget.id);
    if (data.amount < allocated) {
      const message = msg("errors.money.budgetBelowAllocated", { amount: centsToInput(allocated) });
      throw new ConflictError(message, { amount: [message] });
    }
    const before = await tx.oiBudget.findFirstOrThrow({ where: { id: budgetId }, select: { contractReference: true } });
    await tx.oiBudget.update({
      where: { id: budgetId },
      data: {
        amountCents: data.amount,
        ...(data.contractReference !== null ? { contractReference: data.contractReference } : {}),
      },
    });
    await recordAudit(tx, actor, {
      regionId: budget.regionId,
      action: data.amount >= budget.amountCents ? "budget.raise" : "budget.lower",
      entityType: "budget",
      entityId: budget.id,
      changes: {
        amountCents: { before: budget.amountCents, after: data.amount },
        ...(data.contractReference !== null && data.contractReference !== before.contractReference
          ? { contractReference: { before: before.contractReference, after: data.contractReference } }
          : {}),
        reason: data.reason,
      },
    });
  });
}

export type BudgetDetail = BudgetRow & { insurer: InsurerRef; history: HistoryEntry[]; regionPatients: number };

export async function getInsurerBudget(actor: Actor, uzovi: string, budgetId: string): Promise<BudgetDetail> {
  if (!isId(budgetId)) throw new NotFoundError(BUDGET_NOT_FOUND);
  return withActor(actor, async (tx) => {
    const insurer = await insurerInTx(tx, actor, uzovi);
    const b = await tx.oiBudget.findFirst({
      where: { id: budgetId, insurerId: insurer.id },
      include: { region: { select: { slug: true, name: true } } },
    });
    if (!b || !can(actor, "budget.read", { regionId: b.regionId, insurerId: insurer.id }))
      throw new NotFoundError(BUDGET_NOT_FOUND);
    const figures = await budgetFigures(tx, Prisma.sql`b."id" = ${b.id}::uuid`);
    const closed = !!(await tx.budgetYearClosure.findFirst({
      where: { regionId: b.regionId, insurerId: insurer.id, year: b.year },
    }));
    return {
      id: b.id,
      regionId: b.regionId,
      regionSlug: b.region.slug,
      regionName: b.region.name,
      year: b.year,
      fundingTitle: b.fundingTitle,
      amountCents: b.amountCents,
      rateCents: b.rateCents,
      basisPatients: b.basisPatients,
      contractReference: b.contractReference,
      periodStart: b.periodStart,
      periodEnd: b.periodEnd,
      preferent: b.preferent,
      closed,
      figures: figures.get(b.id) ?? emptyOf(b.amountCents),
      insurer,
      history: await entityHistory(tx, b.regionId, "budget", b.id),
      regionPatients: await registeredHuisartsPatients(tx, b.regionId),
    };
  });
}
