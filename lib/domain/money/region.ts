// The region's side of the money: the /r/<regio>/budget overview (who sees what depends on the
// role), allocations to initiatives and wijkverbanden (never above the budget, also under
// concurrency: the budget row is locked), and the money block of an initiative page.
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/authz/permissions";
import { withActor, type Tx } from "@/lib/db/with-actor";
import { Prisma } from "@/lib/generated/prisma/client";
import type { FundingTitle } from "@/lib/generated/prisma/enums";
import { entityHistory, type HistoryEntry } from "@/lib/domain/audit/history";
import { diffFields, recordAudit } from "@/lib/domain/audit/service";
import { ConflictError, NotFoundError } from "@/lib/domain/errors";
import {
  ALLOCATION_NOT_FOUND,
  allocatedSum,
  assertYearOpen,
  claimedSum,
  lockBudget,
  withMoney,
} from "@/lib/domain/money/context";
import { allocationFigures, budgetFigures, insurerFigures, type InsurerFigures } from "@/lib/domain/money/figures";
import { centsToInput, emptyFigures, FUNDING_TITLES, sumFigures, type MoneyFigures } from "@/lib/domain/money/rules";
import {
  AllocationChangeSchema,
  AllocationInputSchema,
  type AllocationChange,
  type AllocationInput,
} from "@/lib/domain/money/schema";
import { findRegionInTx, type RegionSummary } from "@/lib/domain/regions/service";
import { isId } from "@/lib/domain/shared/ids";
import { parseInput } from "@/lib/domain/shared/parse";
import { msg } from "@/lib/i18n/keys";

export type AllocationView = {
  id: string;
  budgetId: string;
  targetKind: "initiative" | "wijkverband";
  targetId: string;
  targetName: string;
  themeName: string | null;
  amountCents: number;
  note: string | null;
  figures: MoneyFigures;
};

export type RegionBudgetView = {
  id: string;
  insurerId: string;
  insurerName: string;
  year: number;
  fundingTitle: FundingTitle;
  preferent: boolean;
  periodStart: Date;
  periodEnd: Date;
  contractReference: string | null;
  closed: boolean;
  figures: MoneyFigures;
  allocations: AllocationView[];
};

export type RegionMoney = {
  region: RegionSummary;
  year: number;
  years: number[];
  /** What the actor sees: everything, one insurer's budgets, or only totals (plus own initiatives). */
  detail: "full" | "totals";
  totals: MoneyFigures;
  totalsByTitle: { fundingTitle: FundingTitle; figures: MoneyFigures }[];
  budgets: RegionBudgetView[];
  /** Budgets summed per insurer with open questions, concepts and items awaiting review (detailed readers only). */
  perInsurer: InsurerFigures[];
  /** Practice holders: allocations to initiatives their practice takes part in. */
  ownInitiativeAllocations: (AllocationView & { insurerName: string; fundingTitle: FundingTitle })[];
  closures: { insurerName: string; year: number; closedAt: Date; closedByName: string }[];
  mayAllocate: boolean;
  mayRecord: boolean;
  /** What an allocation may go to; the page labels them in the reader's language. */
  targets: AllocationTarget[];
};

export type AllocationTarget =
  { value: string; kind: "initiative"; title: string; period: string } | { value: string; kind: "wijkverband"; name: string };

/** Whether a non-insurer membership lets the actor see all budget totals of the region. */
function seesAllTotals(actor: Actor, regionId: string): boolean {
  return actor.memberships.some(
    (m) => m.role !== "insurer_reviewer" && can({ memberships: [m] }, "budget.readTotals", { regionId }),
  );
}

async function targetNames(tx: Tx, regionId: string, rows: { initiativeId: string | null; wijkverbandId: string | null }[]) {
  const initiativeIds = [...new Set(rows.map((r) => r.initiativeId).filter((v): v is string => !!v))];
  const wijkverbandIds = [...new Set(rows.map((r) => r.wijkverbandId).filter((v): v is string => !!v))];
  const initiatives = initiativeIds.length
    ? await tx.initiative.findMany({
        where: { regionId, id: { in: initiativeIds } },
        select: { id: true, title: true, theme: { select: { name: true } } },
      })
    : [];
  const wijkverbanden = wijkverbandIds.length
    ? await tx.wijkverband.findMany({ where: { regionId, id: { in: wijkverbandIds } }, select: { id: true, name: true } })
    : [];
  const names = new Map<string, { name: string; theme: string | null }>();
  for (const i of initiatives) names.set(i.id, { name: i.title, theme: i.theme.name });
  for (const w of wijkverbanden) names.set(w.id, { name: w.name, theme: null });
  return names;
}

function allocationView(
  a: {
    id: string;
    budgetId: string;
    initiativeId: string | null;
    wijkverbandId: string | null;
    amountCents: number;
    note: string | null;
  },
  names: Map<string, { name: string; theme: string | null }>,
  figures: Map<string, MoneyFigures>,
): AllocationView {
  const targetId = (a.initiativeId ?? a.wijkverbandId)!;
  const name = names.get(targetId);
  return {
    id: a.id,
    budgetId: a.budgetId,
    targetKind: a.initiativeId ? "initiative" : "wijkverband",
    targetId,
    targetName: name?.name ?? "–",
    themeName: name?.theme ?? null,
    amountCents: a.amountCents,
    note: a.note,
    figures: figures.get(a.id) ?? { ...emptyFigures(a.amountCents), allocatedCents: a.amountCents },
  };
}

export async function getRegionMoney(actor: Actor, slug: string, year?: number): Promise<RegionMoney> {
  return withActor(actor, async (tx) => {
    const region = await findRegionInTx(tx, actor, slug);
    if (!can(actor, "budget.readTotals", { regionId: region.id })) throw new NotFoundError(msg("errors.notFound.page"));
    const all = await tx.oiBudget.findMany({
      where: { regionId: region.id },
      select: {
        id: true,
        insurerId: true,
        year: true,
        fundingTitle: true,
        preferent: true,
        periodStart: true,
        periodEnd: true,
        contractReference: true,
        amountCents: true,
        insurer: { select: { name: true } },
      },
      orderBy: [{ insurer: { name: "asc" } }, { fundingTitle: "asc" }],
    });
    const allTotals = seesAllTotals(actor, region.id);
    const detailed = (b: { insurerId: string }) => can(actor, "budget.read", { regionId: region.id, insurerId: b.insurerId });
    const counted = all.filter((b) => allTotals || detailed(b));
    const years = [...new Set(counted.map((b) => b.year))].sort((a, b) => b - a);
    const thisYear = new Date().getUTCFullYear();
    const chosen = year ?? (years.includes(thisYear) ? thisYear : (years[0] ?? thisYear));
    const inYear = counted.filter((b) => b.year === chosen);

    const figures = inYear.length
      ? await budgetFigures(tx, Prisma.sql`b."regionId" = ${region.id}::uuid AND b."year" = ${chosen}`)
      : new Map<string, MoneyFigures>();
    const figuresOf = (b: { id: string; amountCents: number }) => figures.get(b.id) ?? emptyFigures(b.amountCents);
    const totals = sumFigures(inYear.map(figuresOf));
    const totalsByTitle = FUNDING_TITLES.map((t) => ({
      fundingTitle: t,
      figures: sumFigures(inYear.filter((b) => b.fundingTitle === t).map(figuresOf)),
    })).filter((t) => inYear.some((b) => b.fundingTitle === t.fundingTitle));

    const closuresRaw = await tx.budgetYearClosure.findMany({
      where: { regionId: region.id },
      select: { insurerId: true, year: true, closedAt: true, closedByName: true, insurer: { select: { name: true } } },
      orderBy: { year: "desc" },
    });
    const closedKey = new Set(closuresRaw.map((c) => `${c.insurerId}:${c.year}`));

    const detailedBudgets = inYear.filter(detailed);
    const allocations = await tx.allocation.findMany({
      where: { regionId: region.id, budget: { year: chosen } },
      select: {
        id: true,
        budgetId: true,
        initiativeId: true,
        wijkverbandId: true,
        amountCents: true,
        note: true,
        createdAt: true,
      },
      orderBy: { createdAt: "asc" },
    });
    const names = await targetNames(tx, region.id, allocations);
    const aFigures = allocations.length
      ? await allocationFigures(tx, Prisma.sql`a."regionId" = ${region.id}::uuid AND b."year" = ${chosen}`)
      : new Map<string, MoneyFigures>();

    const budgets: RegionBudgetView[] = detailedBudgets.map((b) => ({
      id: b.id,
      insurerId: b.insurerId,
      insurerName: b.insurer.name,
      year: b.year,
      fundingTitle: b.fundingTitle,
      preferent: b.preferent,
      periodStart: b.periodStart,
      periodEnd: b.periodEnd,
      contractReference: b.contractReference,
      closed: closedKey.has(`${b.insurerId}:${b.year}`),
      figures: figuresOf(b),
      allocations: allocations.filter((a) => a.budgetId === b.id).map((a) => allocationView(a, names, aFigures)),
    }));

    // Practice holders: allocations to initiatives their practice takes part in.
    const ownInitiativeAllocations: RegionMoney["ownInitiativeAllocations"] = [];
    const holderPractices = actor.memberships
      .filter((m) => m.role === "practice_holder" && m.practiceId && m.regionIds.includes(region.id))
      .map((m) => m.practiceId!);
    if (holderPractices.length && budgets.length === 0) {
      const participating = await tx.initiativeParticipant.findMany({
        where: { regionId: region.id, practiceId: { in: holderPractices } },
        select: { initiativeId: true, practiceId: true },
      });
      const budgetOf = new Map(inYear.map((b) => [b.id, b]));
      for (const a of allocations) {
        if (!a.initiativeId) continue;
        const p = participating.find((x) => x.initiativeId === a.initiativeId);
        if (!p || !can(actor, "allocation.read", { regionId: region.id, practiceId: p.practiceId })) continue;
        const b = budgetOf.get(a.budgetId);
        if (!b) continue;
        ownInitiativeAllocations.push({
          ...allocationView(a, names, aFigures),
          insurerName: b.insurer.name,
          fundingTitle: b.fundingTitle,
        });
      }
    }

    // Per insurer (all funding titles) with the expenditures that ask someone to act; the
    // coordinator's dashboard shows the same rows.
    const perInsurer = detailedBudgets.length
      ? ((await insurerFigures(tx, region.id, chosen))?.insurers ?? []).filter((r) =>
          can(actor, "budget.read", { regionId: region.id, insurerId: r.insurerId }),
        )
      : [];

    const mayAllocate = can(actor, "budget.allocate", { regionId: region.id });
    let targets: RegionMoney["targets"] = [];
    if (mayAllocate) {
      const [initiatives, wijkverbanden] = [
        await tx.initiative.findMany({
          where: { regionId: region.id },
          select: { id: true, title: true, theme: { select: { plan: { select: { periodStart: true, periodEnd: true } } } } },
          orderBy: { title: "asc" },
        }),
        await tx.wijkverband.findMany({
          where: { regionId: region.id, archivedAt: null },
          select: { id: true, name: true },
          orderBy: { name: "asc" },
        }),
      ];
      targets = [
        ...initiatives.map((i) => ({
          value: `initiative:${i.id}`,
          kind: "initiative" as const,
          title: i.title,
          period: `${i.theme.plan.periodStart}–${i.theme.plan.periodEnd}`,
        })),
        ...wijkverbanden.map((w) => ({ value: `wijkverband:${w.id}`, kind: "wijkverband" as const, name: w.name })),
      ];
    }

    return {
      region,
      year: chosen,
      years: years.length ? years : [chosen],
      detail: budgets.length > 0 ? "full" : "totals",
      totals,
      totalsByTitle,
      budgets,
      perInsurer,
      ownInitiativeAllocations,
      closures: closuresRaw
        .filter((c) => allTotals || can(actor, "budget.read", { regionId: region.id, insurerId: c.insurerId }))
        .map((c) => ({ insurerName: c.insurer.name, year: c.year, closedAt: c.closedAt, closedByName: c.closedByName })),
      mayAllocate,
      mayRecord: can(actor, "expenditure.record", { regionId: region.id }),
      targets,
    };
  });
}

/** Region totals for the dashboard (same figures as the budget page). */
export async function regionMoneyTotals(tx: Tx, actor: Actor, regionId: string, year: number): Promise<MoneyFigures | null> {
  if (!can(actor, "budget.readTotals", { regionId })) return null;
  const budgets = await tx.oiBudget.findMany({
    where: { regionId, year },
    select: { id: true, insurerId: true, amountCents: true },
  });
  const all = seesAllTotals(actor, regionId);
  const counted = budgets.filter((b) => all || can(actor, "budget.read", { regionId, insurerId: b.insurerId }));
  if (!counted.length) return emptyFigures(0);
  const figures = await budgetFigures(tx, Prisma.sql`b."id" IN (${Prisma.join(counted.map((b) => Prisma.sql`${b.id}::uuid`))})`);
  return sumFigures(counted.map((b) => figures.get(b.id) ?? emptyFigures(b.amountCents)));
}

// ───────────────────────── allocations ─────────────────────────

function overBudget(budgetCents: number, otherAllocations: number): ConflictError {
  const available = Math.max(0, budgetCents - otherAllocations);
  const message = msg("errors.money.overBudget", { available: centsToInput(available) });
  return new ConflictError(message, { amount: [message] });
}

export async function createAllocation(actor: Actor, slug: string, input: AllocationInput): Promise<{ id: string }> {
  const data = parseInput(AllocationInputSchema, input);
  return withMoney(actor, async (tx) => {
    const region = await findRegionInTx(tx, actor, slug);
    if (!can(actor, "budget.allocate", { regionId: region.id })) throw new NotFoundError(msg("errors.notFound.page"));
    const budget = await lockBudget(tx, region.id, data.budgetId);
    await assertYearOpen(tx, budget);
    const target =
      data.kind === "initiative"
        ? await tx.initiative.findFirst({ where: { regionId: region.id, id: data.targetId }, select: { id: true } })
        : await tx.wijkverband.findFirst({
            where: { regionId: region.id, id: data.targetId, archivedAt: null },
            select: { id: true },
          });
    if (!target)
      throw new ConflictError(msg("errors.money.chooseRegionTarget"), {
        target: [msg("errors.money.chooseRegionTarget")],
      });
    const others = await allocatedSum(tx, region.id, budget.id);
    if (others + data.amount > budget.amountCents) throw overBudget(budget.amountCents, others);
    const created = await tx.allocation.create({
      data: {
        regionId: region.id,
        budgetId: budget.id,
        initiativeId: data.kind === "initiative" ? target.id : null,
        wijkverbandId: data.kind === "wijkverband" ? target.id : null,
        amountCents: data.amount,
        note: data.note,
      },
      select: { id: true },
    });
    await recordAudit(tx, actor, {
      regionId: region.id,
      action: "allocation.create",
      entityType: "allocation",
      entityId: created.id,
      changes: {
        budgetId: { before: null, after: budget.id },
        [data.kind === "initiative" ? "initiativeId" : "wijkverbandId"]: { before: null, after: target.id },
        amountCents: { before: null, after: data.amount },
        note: { before: null, after: data.note },
      },
    });
    return created;
  });
}

/** Changes an allocation's amount (never above the budget, never below what its expenditures claim). */
export async function changeAllocation(actor: Actor, slug: string, allocationId: string, input: AllocationChange): Promise<void> {
  const data = parseInput(AllocationChangeSchema, input);
  if (!isId(allocationId)) throw new NotFoundError(ALLOCATION_NOT_FOUND);
  await withMoney(actor, async (tx) => {
    const region = await findRegionInTx(tx, actor, slug);
    if (!can(actor, "budget.allocate", { regionId: region.id })) throw new NotFoundError(ALLOCATION_NOT_FOUND);
    const row = await tx.allocation.findFirst({ where: { regionId: region.id, id: allocationId }, select: { budgetId: true } });
    if (!row) throw new NotFoundError(ALLOCATION_NOT_FOUND);
    const budget = await lockBudget(tx, region.id, row.budgetId);
    await assertYearOpen(tx, budget);
    const before = await tx.allocation.findFirstOrThrow({
      where: { regionId: region.id, id: allocationId },
      select: { amountCents: true, note: true },
    });
    const others = await allocatedSum(tx, region.id, budget.id, allocationId);
    if (others + data.amount > budget.amountCents) throw overBudget(budget.amountCents, others);
    const claimed = await claimedSum(tx, region.id, allocationId);
    if (data.amount < claimed) {
      const message = msg("errors.money.allocationBelowClaimed", { amount: centsToInput(claimed) });
      throw new ConflictError(message, { amount: [message] });
    }
    const after = { amountCents: data.amount, note: data.note ?? before.note };
    await tx.allocation.update({ where: { id: allocationId }, data: after });
    await recordAudit(tx, actor, {
      regionId: region.id,
      action: "allocation.change",
      entityType: "allocation",
      entityId: allocationId,
      changes: diffFields(before, after),
    });
  });
}

export type AllocationDetail = AllocationView & {
  region: RegionSummary;
  budget: {
    id: string;
    insurerName: string;
    year: number;
    fundingTitle: FundingTitle;
    periodStart: Date;
    periodEnd: Date;
    closed: boolean;
    figures: MoneyFigures;
  };
  expenditures: {
    id: string;
    date: Date;
    amountCents: number;
    category: string;
    description: string;
    status: import("@/lib/generated/prisma/enums").ExpenditureStatus;
    hasEvidence: boolean;
  }[];
  mayChange: boolean;
  mayRecord: boolean;
  history: HistoryEntry[];
};

export async function getAllocation(actor: Actor, slug: string, allocationId: string): Promise<AllocationDetail> {
  if (!isId(allocationId)) throw new NotFoundError(ALLOCATION_NOT_FOUND);
  return withActor(actor, async (tx) => {
    const region = await findRegionInTx(tx, actor, slug);
    const a = await tx.allocation.findFirst({
      where: { regionId: region.id, id: allocationId },
      select: {
        id: true,
        budgetId: true,
        initiativeId: true,
        wijkverbandId: true,
        amountCents: true,
        note: true,
        budget: {
          select: {
            insurerId: true,
            year: true,
            fundingTitle: true,
            periodStart: true,
            periodEnd: true,
            amountCents: true,
            insurer: { select: { name: true } },
          },
        },
      },
    });
    if (!a || !can(actor, "expenditure.read", { regionId: region.id, insurerId: a.budget.insurerId }))
      throw new NotFoundError(ALLOCATION_NOT_FOUND);
    const names = await targetNames(tx, region.id, [a]);
    const figures = await allocationFigures(tx, Prisma.sql`a."id" = ${a.id}::uuid`);
    const bFigures = await budgetFigures(tx, Prisma.sql`b."id" = ${a.budgetId}::uuid`);
    const closed = !!(await tx.budgetYearClosure.findFirst({
      where: { regionId: region.id, insurerId: a.budget.insurerId, year: a.budget.year },
    }));
    const expenditures = await tx.expenditure.findMany({
      where: { regionId: region.id, allocationId: a.id },
      select: {
        id: true,
        date: true,
        amountCents: true,
        category: true,
        description: true,
        status: true,
        evidence: { select: { id: true } },
      },
      orderBy: [{ date: "asc" }, { createdAt: "asc" }],
    });
    return {
      ...allocationView(a, names, figures),
      region,
      budget: {
        id: a.budgetId,
        insurerName: a.budget.insurer.name,
        year: a.budget.year,
        fundingTitle: a.budget.fundingTitle,
        periodStart: a.budget.periodStart,
        periodEnd: a.budget.periodEnd,
        closed,
        figures: bFigures.get(a.budgetId) ?? emptyFigures(a.budget.amountCents),
      },
      expenditures: expenditures.map((e) => ({ ...e, evidence: undefined, hasEvidence: !!e.evidence })),
      mayChange: !closed && can(actor, "budget.allocate", { regionId: region.id }),
      mayRecord: !closed && can(actor, "expenditure.record", { regionId: region.id }),
      history: await entityHistory(tx, region.id, "allocation", a.id),
    };
  });
}

// ───────────────────────── the initiative page ─────────────────────────

export type InitiativeMoney = {
  allocatedCents: number;
  approvedCents: number;
  remainingCents: number;
  allocations: {
    id: string;
    insurerName: string;
    year: number;
    fundingTitle: FundingTitle;
    amountCents: number;
    approvedCents: number;
    mayOpen: boolean;
  }[];
};

/** The money of one initiative, as far as the actor may see it; null when it may see none. */
export async function getInitiativeMoney(actor: Actor, slug: string, initiativeId: string): Promise<InitiativeMoney | null> {
  if (!isId(initiativeId)) throw new NotFoundError(msg("errors.notFound.initiative"));
  return withActor(actor, async (tx) => {
    const region = await findRegionInTx(tx, actor, slug);
    const rows = await tx.allocation.findMany({
      where: { regionId: region.id, initiativeId },
      select: {
        id: true,
        amountCents: true,
        budget: { select: { insurerId: true, year: true, fundingTitle: true, insurer: { select: { name: true } } } },
      },
      orderBy: [{ budget: { year: "desc" } }, { createdAt: "asc" }],
    });
    const practices = (
      await tx.initiativeParticipant.findMany({
        where: { regionId: region.id, initiativeId, practiceId: { not: null } },
        select: { practiceId: true },
      })
    ).map((p) => p.practiceId!);
    const visible = rows.filter(
      (r) =>
        can(actor, "allocation.read", { regionId: region.id, insurerId: r.budget.insurerId }) ||
        practices.some((p) => can(actor, "allocation.read", { regionId: region.id, practiceId: p })),
    );
    if (!visible.length)
      return can(actor, "budget.readTotals", { regionId: region.id })
        ? { allocatedCents: 0, approvedCents: 0, remainingCents: 0, allocations: [] }
        : null;
    const figures = await allocationFigures(
      tx,
      Prisma.sql`a."id" IN (${Prisma.join(visible.map((r) => Prisma.sql`${r.id}::uuid`))})`,
    );
    const allocations = visible.map((r) => ({
      id: r.id,
      insurerName: r.budget.insurer.name,
      year: r.budget.year,
      fundingTitle: r.budget.fundingTitle,
      amountCents: r.amountCents,
      approvedCents: figures.get(r.id)?.approvedCents ?? 0,
      mayOpen: can(actor, "expenditure.read", { regionId: region.id, insurerId: r.budget.insurerId }),
    }));
    const allocatedCents = allocations.reduce((s, a) => s + a.amountCents, 0);
    const approvedCents = allocations.reduce((s, a) => s + a.approvedCents, 0);
    return { allocatedCents, approvedCents, remainingCents: allocatedCents - approvedCents, allocations };
  });
}
