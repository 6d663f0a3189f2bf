// The O&I money cycle against a real database: the permission matrix (every money action × every
// role × own and foreign region and insurer), concurrent allocations that never exceed the budget,
// reconciliation of every total with its line items (pages and exports, also after corrections),
// the year lock, four eyes, evidence checks and the history.
import { getInsurerWorkspace } from "@/lib/domain/insurers/service";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { disconnectDb, systemDb } from "@/lib/db/client";
import { withActor } from "@/lib/db/with-actor";
import { ConflictError, DomainError, NotFoundError, ValidationError } from "@/lib/domain/errors";
import { changeBudget, createBudget, getInsurerBudget, listInsurerBudgets } from "@/lib/domain/money/budgets";
import {
  bulkApprove,
  deleteExpenditure,
  getEvidence,
  getExpenditure,
  moveExpenditure,
  recordExpenditure,
  updateExpenditure,
} from "@/lib/domain/money/expenditures";
import {
  closeYear,
  getPortfolio,
  getPortfolioRegion,
  getReviewQueue,
  queuePageSql,
  QUEUE_PAGE_SIZE,
  type QueueItem,
} from "@/lib/domain/money/insurer";
import { changeAllocation, createAllocation, getAllocation, getInitiativeMoney, getRegionMoney } from "@/lib/domain/money/region";
import { getVerantwoording, verantwoordingPdf, verantwoordingXlsx } from "@/lib/domain/money/verantwoording";
import { formatCents } from "@/lib/format";
import { Prisma } from "@/lib/generated/prisma/client";
import { pdfText } from "../support/pdf-text";
import { actorFor, createTenant, type Tenant } from "./fixtures";

const PDF = new TextEncoder().encode("%PDF-1.4\n% bewijsstuk\n");
const evidence = () => ({ fileName: "factuur.pdf", bytes: PDF });

type World = Tenant & { budgetId: string; initiativeId: string; otherInitiativeId: string };

let a: World;
let b: World;
let coordinator: Actor;
let coordinator2: Actor;
let holder: Actor;
let officer: Actor;
let insurer: Actor;
let otherInsurer: Actor;
let otherInsurerId: string;
let otherUzovi: string;
let admin: Actor;
let foreignCoordinator: Actor;
let foreignInsurer: Actor;

async function world(label: string): Promise<World> {
  const t = await createTenant(label);
  const found = await systemDb.oiBudget.findFirstOrThrow({ where: { regionId: t.regionId, insurerId: t.insurerId } });
  // Room for the many allocations the matrix creates.
  const budget = await systemDb.oiBudget.update({ where: { id: found.id }, data: { amountCents: 1_000_000_000 } });
  const plan = await systemDb.regioplan.create({
    data: { regionId: t.regionId, title: "Plan", periodStart: 2025, periodEnd: 2028 },
  });
  const theme = await systemDb.theme.create({
    data: { regionId: t.regionId, planId: plan.id, name: "Ouderen", type: "doelgroep" },
  });
  const initiative = await systemDb.initiative.create({
    data: { regionId: t.regionId, themeId: theme.id, title: "Valpreventie" },
  });
  const other = await systemDb.initiative.create({ data: { regionId: t.regionId, themeId: theme.id, title: "Eigen app" } });
  await systemDb.initiativeParticipant.create({
    data: { regionId: t.regionId, initiativeId: initiative.id, practiceId: t.practiceId },
  });
  return { ...t, budgetId: budget.id, initiativeId: initiative.id, otherInitiativeId: other.id };
}

/** A fresh budget of the tenant's insurer for its own year (tests that close or fill a year). */
let yearCounter = 2040;
async function freshBudget(t: Tenant, amountCents = 10_000_000, insurerId = t.insurerId) {
  const year = yearCounter++;
  const budget = await systemDb.oiBudget.create({
    data: {
      regionId: t.regionId,
      insurerId,
      year,
      fundingTitle: "wijkmanagement",
      amountCents,
      periodStart: new Date(`${year}-01-01`),
      periodEnd: new Date(`${year}-12-31`),
    },
  });
  return { id: budget.id, year };
}

const EXPENSE = { date: "2026-03-15", amount: "12,50", category: "personeel", description: "Wijkcoördinator maart" };

async function allocation(t: World = a, amount = "1.000,00", budgetId = t.budgetId) {
  return (await createAllocation(coordinator, t.slug, { budgetId, target: `initiative:${t.initiativeId}`, amount })).id;
}
async function concept(t: World = a, allocationId?: string, input = EXPENSE) {
  return (await recordExpenditure(coordinator, t.slug, allocationId ?? (await allocation(t)), input, evidence())).id;
}
async function submitted(t: World = a) {
  const id = await concept(t);
  await moveExpenditure(coordinator, t.slug, id, "submit");
  return id;
}
async function questioned(t: World = a) {
  const id = await submitted(t);
  await moveExpenditure(insurer, t.slug, id, "ask", "Graag de urenspecificatie.");
  return id;
}

beforeAll(async () => {
  a = await world("money-a");
  b = await world("money-b");
  const other = await systemDb.organisation.create({
    data: { kind: "insurer", name: `Andere verzekeraar ${Date.now()}`, uzovi: `8${String(Date.now()).slice(-3)}` },
  });
  otherInsurerId = other.id;
  otherUzovi = other.uzovi!;
  await systemDb.oiBudget.create({
    data: {
      regionId: a.regionId,
      insurerId: other.id,
      year: 2026,
      fundingTitle: "regiomanagement",
      amountCents: 5_000_000,
      periodStart: new Date("2026-01-01"),
      periodEnd: new Date("2026-12-31"),
    },
  });
  coordinator = await actorFor([{ role: "coordinator", regionId: a.regionId }]);
  coordinator2 = await actorFor([{ role: "coordinator", regionId: a.regionId }]);
  holder = await actorFor([{ role: "practice_holder", regionId: a.regionId, practiceId: a.practiceId }]);
  officer = await actorFor([{ role: "municipality_officer", organisationId: a.municipalityOrgId }]);
  insurer = await actorFor([{ role: "insurer_reviewer", organisationId: a.insurerId }]);
  otherInsurer = await actorFor([{ role: "insurer_reviewer", organisationId: other.id }]);
  admin = await actorFor([{ role: "platform_admin" }]);
  foreignCoordinator = await actorFor([{ role: "coordinator", regionId: b.regionId }]);
  foreignInsurer = await actorFor([{ role: "insurer_reviewer", organisationId: b.insurerId }]);
});

afterAll(async () => {
  await disconnectDb();
});

async function refused(promise: Promise<unknown>) {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error, "expected a refusal").toBeInstanceOf(DomainError);
  expect([403, 404, 409]).toContain((error as DomainError).status);
}

// ───────────────────────── the permission matrix ─────────────────────────

type RoleKey =
  "coordinator" | "holder" | "officer" | "insurer" | "otherInsurer" | "admin" | "foreignCoordinator" | "foreignInsurer";
const ROLES: RoleKey[] = [
  "coordinator",
  "holder",
  "officer",
  "insurer",
  "otherInsurer",
  "admin",
  "foreignCoordinator",
  "foreignInsurer",
];
const actorOf = (key: RoleKey): Actor =>
  ({ coordinator, holder, officer, insurer, otherInsurer, admin, foreignCoordinator, foreignInsurer })[key];

/** Each money action on region A and insurer A's budget; `allowed` lists who may. */
const MATRIX: { action: string; allowed: RoleKey[]; run: (actor: Actor) => Promise<unknown> }[] = [
  {
    action: "budget.create (insurer A's workspace)",
    allowed: ["insurer", "admin"],
    run: async (actor) =>
      createBudget(actor, a.uzovi, {
        regionSlug: a.slug,
        year: yearCounter++,
        fundingTitle: "overig",
        amount: "1000",
        preferent: "volgend",
      }),
  },
  {
    action: "budget.change (raise)",
    allowed: ["insurer", "admin"],
    run: async (actor) =>
      changeBudget(actor, a.uzovi, (await freshBudget(a)).id, { amount: "200.000", reason: "Extra middelen" }),
  },
  {
    action: "budget.closeYear",
    allowed: ["insurer", "admin"],
    run: async (actor) => closeYear(actor, a.uzovi, a.slug, (await freshBudget(a)).year),
  },
  {
    action: "allocation.create",
    allowed: ["coordinator", "admin"],
    run: (actor) =>
      createAllocation(actor, a.slug, { budgetId: a.budgetId, target: `wijkverband:${a.wijkverbandId}`, amount: "10" }),
  },
  {
    action: "allocation.change",
    allowed: ["coordinator", "admin"],
    run: async (actor) => changeAllocation(actor, a.slug, await allocation(), { amount: "20" }),
  },
  {
    action: "expenditure.record",
    allowed: ["coordinator", "admin"],
    run: async (actor) => recordExpenditure(actor, a.slug, await allocation(), EXPENSE, evidence()),
  },
  {
    action: "expenditure.update",
    allowed: ["coordinator", "admin"],
    run: async (actor) => updateExpenditure(actor, a.slug, await concept(), { ...EXPENSE, amount: "99" }),
  },
  {
    action: "expenditure.delete",
    allowed: ["coordinator", "admin"],
    run: async (actor) => deleteExpenditure(actor, a.slug, await concept()),
  },
  {
    action: "expenditure.submit",
    allowed: ["coordinator", "admin"],
    run: async (actor) => moveExpenditure(actor, a.slug, await concept(), "submit"),
  },
  {
    action: "expenditure.approve",
    allowed: ["insurer", "admin"],
    run: async (actor) => moveExpenditure(actor, a.slug, await submitted(), "approve"),
  },
  {
    action: "expenditure.ask",
    allowed: ["insurer", "admin"],
    run: async (actor) => moveExpenditure(actor, a.slug, await submitted(), "ask", "Waarom?"),
  },
  {
    action: "expenditure.reject",
    allowed: ["insurer", "admin"],
    run: async (actor) => moveExpenditure(actor, a.slug, await submitted(), "reject", "Past niet"),
  },
  {
    action: "expenditure.answer",
    allowed: ["coordinator", "admin"],
    run: async (actor) => moveExpenditure(actor, a.slug, await questioned(), "answer", "Zie bijlage"),
  },
  {
    action: "expenditure.bulkApprove",
    allowed: ["insurer", "admin"],
    run: async (actor) => bulkApprove(actor, a.uzovi, [await submitted()]),
  },
  {
    action: "read: region budget page",
    allowed: ["coordinator", "holder", "officer", "insurer", "otherInsurer", "admin"],
    run: (actor) => getRegionMoney(actor, a.slug),
  },
  {
    action: "read: allocation with expenditures",
    allowed: ["coordinator", "insurer", "admin"],
    run: async (actor) => getAllocation(actor, a.slug, await allocation()),
  },
  {
    action: "read: expenditure",
    allowed: ["coordinator", "insurer", "admin"],
    run: async (actor) => getExpenditure(actor, a.slug, await concept()),
  },
  {
    action: "read: evidence file",
    allowed: ["coordinator", "insurer", "admin"],
    run: async (actor) => getEvidence(actor, a.slug, await concept()),
  },
  { action: "read: review queue", allowed: ["insurer", "admin"], run: (actor) => getReviewQueue(actor, a.uzovi) },
  { action: "read: portfolio", allowed: ["insurer", "admin"], run: (actor) => getPortfolio(actor, a.uzovi, 2026) },
  {
    action: "read: a region of the portfolio",
    allowed: ["insurer", "admin"],
    run: (actor) => getPortfolioRegion(actor, a.uzovi, a.slug, 2026),
  },
  { action: "read: budget detail", allowed: ["insurer", "admin"], run: (actor) => getInsurerBudget(actor, a.uzovi, a.budgetId) },
  {
    action: "read: verantwoording",
    allowed: ["insurer", "admin"],
    run: (actor) => getVerantwoording(actor, a.uzovi, a.slug, 2026),
  },
];

describe("permission matrix: every money action × every role × own and foreign region/insurer", () => {
  for (const row of MATRIX) {
    for (const role of ROLES) {
      const allowed = row.allowed.includes(role);
      it(`${role} ${allowed ? "may" : "may not"} ${row.action}`, async () => {
        if (allowed) await expect(row.run(actorOf(role)).then(() => "done")).resolves.toBe("done");
        else await refused(row.run(actorOf(role)));
      });
    }
  }

  it("an insurer works only in its own workspace and only in regions where it has a budget", async () => {
    // Own workspace, foreign region: the region is not visible to it.
    await refused(
      createBudget(foreignInsurer, b.uzovi, {
        regionSlug: a.slug,
        year: 2026,
        fundingTitle: "overig",
        amount: "1",
        preferent: "volgend",
      }),
    );
    // Another insurer's budget in the same region, through its own workspace: not found.
    await refused(changeBudget(otherInsurer, otherUzovi, a.budgetId, { amount: "1", reason: "poging" }));
    await refused(getVerantwoording(foreignInsurer, b.uzovi, a.slug, 2026));
    // A region of the portfolio: only where the insurer has budgets (also for the platform admin),
    // and only the insurer's own budgets there.
    await refused(getPortfolioRegion(foreignInsurer, b.uzovi, a.slug, 2026));
    await refused(getPortfolioRegion(admin, otherUzovi, b.slug, 2026));
    const other = await getPortfolioRegion(otherInsurer, otherUzovi, a.slug, 2026);
    expect(other.entry?.figures.plannedCents).toBe(5_000_000);
    expect((await getPortfolioRegion(otherInsurer, otherUzovi, a.slug, 2019)).entry).toBeNull();
  });

  it("the other insurer sees only its own budget on the region page; a municipality officer and practice holder see totals", async () => {
    const seen = await getRegionMoney(otherInsurer, a.slug, 2026);
    expect(seen.budgets.map((x) => x.insurerId)).toEqual([otherInsurerId]);
    expect(seen.totals.plannedCents).toBe(5_000_000);
    const full = await getRegionMoney(coordinator, a.slug, 2026);
    expect(full.budgets).toHaveLength(2);
    const officerView = await getRegionMoney(officer, a.slug, 2026);
    expect(officerView.detail).toBe("totals");
    expect(officerView.budgets).toEqual([]);
    expect(officerView.ownInitiativeAllocations).toEqual([]);
    expect(officerView.totals.plannedCents).toBe(full.totals.plannedCents);
    const holderView = await getRegionMoney(holder, a.slug, 2026);
    expect(holderView.detail).toBe("totals");
    // Allocations to the initiative the holder's practice takes part in, none to the other one.
    await createAllocation(coordinator, a.slug, {
      budgetId: a.budgetId,
      target: `initiative:${a.otherInitiativeId}`,
      amount: "5",
    });
    const after = await getRegionMoney(holder, a.slug, 2026);
    expect(after.ownInitiativeAllocations.length).toBeGreaterThan(0);
    expect(after.ownInitiativeAllocations.every((x) => x.targetId === a.initiativeId)).toBe(true);
    // The initiative page: the holder sees the money of its own initiative, not of the other one.
    expect((await getInitiativeMoney(holder, a.slug, a.initiativeId))?.allocations.length).toBeGreaterThan(0);
    expect((await getInitiativeMoney(holder, a.slug, a.otherInitiativeId))?.allocations).toEqual([]);
    expect((await getInitiativeMoney(officer, a.slug, a.initiativeId))?.allocations).toEqual([]);
  });
});

// ───────────────────────── concurrency ─────────────────────────

describe("allocations never exceed the budget", () => {
  it("when two coordinators allocate at the same moment, only what fits is accepted", async () => {
    const budget = await freshBudget(a, 100_000); // € 1.000
    const attempts = Array.from({ length: 8 }, (_, i) =>
      createAllocation(i % 2 ? coordinator : coordinator2, a.slug, {
        budgetId: budget.id,
        target: `initiative:${a.initiativeId}`,
        amount: "300,00",
      }),
    );
    const results = await Promise.allSettled(attempts);
    const ok = results.filter((r) => r.status === "fulfilled");
    const failed = results.filter((r): r is PromiseRejectedResult => r.status === "rejected");
    expect(ok).toHaveLength(3);
    for (const f of failed) {
      expect(f.reason).toBeInstanceOf(ConflictError);
      expect((f.reason as ConflictError).fieldErrors.amount?.[0]).toMatch(/nog € 100,00 vrij/);
    }
    const [sum] = await systemDb.$queryRaw<{ sum: bigint }[]>`
      SELECT COALESCE(SUM("amountCents"), 0)::bigint AS sum FROM "Allocation" WHERE "budgetId" = ${budget.id}::uuid`;
    expect(Number(sum!.sum)).toBe(90_000);
  });

  it("concurrent raises of one allocation cannot push the sum over the budget either", async () => {
    const budget = await freshBudget(a, 100_000);
    const first = await allocation(a, "400", budget.id);
    const second = await allocation(a, "400", budget.id);
    const results = await Promise.allSettled([
      changeAllocation(coordinator, a.slug, first, { amount: "600" }),
      changeAllocation(coordinator2, a.slug, second, { amount: "600" }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const rows = await systemDb.allocation.findMany({ where: { budgetId: budget.id } });
    expect(rows.reduce((s, r) => s + r.amountCents, 0)).toBeLessThanOrEqual(100_000);
  });

  it("a budget cannot be lowered below what is allocated", async () => {
    const budget = await freshBudget(a, 100_000);
    await allocation(a, "800", budget.id);
    await expect(changeBudget(insurer, a.uzovi, budget.id, { amount: "700", reason: "Bezuiniging" })).rejects.toThrow(
      /niet lager/,
    );
    await changeBudget(insurer, a.uzovi, budget.id, { amount: "800", reason: "Bezuiniging" });
  });
});

// ───────────────────────── rules and bad input ─────────────────────────

describe("expenditure rules", () => {
  it("refuses bad amounts and dates outside the budget period with field messages; stores nothing", async () => {
    const allocationId = await allocation();
    const before = await systemDb.expenditure.count({ where: { allocationId } });
    const bad = async (input: typeof EXPENSE, field: string, message: RegExp) => {
      const error = await recordExpenditure(coordinator, a.slug, allocationId, input, evidence()).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ValidationError);
      expect((error as ValidationError).fieldErrors[field]?.join(" ")).toMatch(message);
    };
    await bad({ ...EXPENSE, amount: "12.50" }, "amount", /1\.234,56/);
    await bad({ ...EXPENSE, amount: "-3" }, "amount", /positief/);
    await bad({ ...EXPENSE, amount: "10.000.001" }, "amount", /te hoog/);
    await bad({ ...EXPENSE, date: "2027-01-01" }, "date", /looptijd van het budget/);
    await bad({ ...EXPENSE, date: "2026-02-30" }, "date", /jjjj-mm-dd/);
    expect(await systemDb.expenditure.count({ where: { allocationId } })).toBe(before);
  });

  it("checks evidence by content: wrong type, empty, oversize and unreadable files store nothing", async () => {
    const allocationId = await allocation();
    const cases: [Uint8Array | null, RegExp][] = [
      [new TextEncoder().encode("just text pretending to be factuur.pdf"), /PDF-, PNG- of JPEG/],
      [new Uint8Array(), /leeg/],
      [
        (() => {
          const big = new Uint8Array(10 * 1024 * 1024 + 1);
          big.set(PDF);
          return big;
        })(),
        /10 MB/,
      ],
      [null, /niet worden gelezen/],
    ];
    for (const [bytes, message] of cases) {
      const error = await recordExpenditure(coordinator, a.slug, allocationId, EXPENSE, { fileName: "factuur.pdf", bytes }).catch(
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(ValidationError);
      expect((error as ValidationError).fieldErrors.evidence?.join(" ")).toMatch(message);
    }
    expect(await systemDb.expenditure.count({ where: { allocationId } })).toBe(0);
    const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);
    const id = (await recordExpenditure(coordinator, a.slug, allocationId, EXPENSE, { fileName: "bon.pdf", bytes: png })).id;
    const file = await getEvidence(coordinator, a.slug, id);
    expect(file.contentType).toBe("image/png");
    expect(Buffer.from(file.content).equals(Buffer.from(png))).toBe(true);
  });

  it("an expenditure cannot claim more than its allocation; submission needs evidence", async () => {
    const allocationId = await allocation(a, "1.000");
    await expect(recordExpenditure(coordinator, a.slug, allocationId, { ...EXPENSE, amount: "1.000,01" })).rejects.toThrow(
      /nog € 1000,00 vrij/,
    );
    const id = (await recordExpenditure(coordinator, a.slug, allocationId, { ...EXPENSE, amount: "600" })).id;
    await expect(moveExpenditure(coordinator, a.slug, id, "submit")).rejects.toThrow(/bewijsstuk/);
    await expect(changeAllocation(coordinator, a.slug, allocationId, { amount: "500" })).rejects.toThrow(
      /niet lager worden dan de uitgaven/,
    );
  });

  it("refuses every move the status does not allow, with a Dutch message", async () => {
    const id = await submitted();
    await expect(updateExpenditure(coordinator, a.slug, id, EXPENSE)).rejects.toThrow(
      /ingediend en kan niet meer worden gewijzigd/,
    );
    await expect(deleteExpenditure(coordinator, a.slug, id)).rejects.toThrow(/verwijderd/);
    await expect(moveExpenditure(coordinator, a.slug, id, "answer", "antwoord")).rejects.toThrow(/geen vraag open/);
    await moveExpenditure(insurer, a.slug, id, "approve");
    await expect(moveExpenditure(insurer, a.slug, id, "reject", "toch niet")).rejects.toThrow(/alleen ingediende/);
    await expect(moveExpenditure(insurer, a.slug, id, "ask", "")).rejects.toBeInstanceOf(ValidationError);
  });

  it("four eyes: someone with both roles cannot review what they submitted, not even in bulk", async () => {
    const both = await actorFor([
      { role: "coordinator", regionId: a.regionId },
      { role: "insurer_reviewer", organisationId: a.insurerId },
    ]);
    const allocationId = await allocation();
    const id = (await recordExpenditure(both, a.slug, allocationId, EXPENSE, evidence())).id;
    await moveExpenditure(both, a.slug, id, "submit");
    await expect(moveExpenditure(both, a.slug, id, "approve")).rejects.toThrow(/vier ogen/);
    const other = await submitted();
    await expect(bulkApprove(both, a.uzovi, [other, id])).rejects.toThrow(/Er is niets goedgekeurd/);
    expect((await systemDb.expenditure.findUniqueOrThrow({ where: { id: other } })).status).toBe("ingediend");
    expect((await getExpenditure(both, a.slug, id)).moves).toEqual([]);
    const queue = await getReviewQueue(both, a.uzovi);
    expect(queue.items.find((i) => i.id === id)?.mayReview ?? false).toBe(false);
  });

  it("keeps the full history with texts, and audits every change with before and after", async () => {
    const id = await questioned();
    await moveExpenditure(coordinator, a.slug, id, "answer", "De specificatie staat in de bijlage.");
    await moveExpenditure(insurer, a.slug, id, "approve");
    const detail = await getExpenditure(coordinator, a.slug, id);
    expect(detail.status).toBe("goedgekeurd");
    expect(detail.events.map((e) => e.kind)).toEqual(["aangemaakt", "ingediend", "vraag_gesteld", "beantwoord", "goedgekeurd"]);
    expect(detail.events[2]!.text).toBe("Graag de urenspecificatie.");
    expect(detail.events[3]!.text).toBe("De specificatie staat in de bijlage.");
    expect(detail.events[4]!.actorRole).toBe("insurer_reviewer");
    const audit = await systemDb.auditEvent.findMany({
      where: { entityType: "expenditure", entityId: id },
      orderBy: { id: "asc" },
    });
    expect(audit.map((e) => e.action)).toEqual([
      "expenditure.create",
      "expenditure.submit",
      "expenditure.ask",
      "expenditure.answer",
      "expenditure.approve",
    ]);
    expect(audit[4]!.changes).toMatchObject({ status: { before: "ingediend", after: "goedgekeurd" } });
    const budget = await freshBudget(a, 100_000);
    await changeBudget(insurer, a.uzovi, budget.id, { amount: "2.000", reason: "Extra wijk" });
    const history = await getInsurerBudget(insurer, a.uzovi, budget.id);
    expect(history.history[0]!.action).toBe("budget.raise");
    expect(history.history[0]!.changes).toEqual(
      expect.arrayContaining([
        { field: "amountCents", before: "100000", after: "200000" },
        { field: "reason", before: "–", after: "Extra wijk" },
      ]),
    );
  });

  it("creates a budget from the basis: rate × registered huisarts patients, overridable", async () => {
    const year = yearCounter++;
    const created = await createBudget(insurer, a.uzovi, {
      regionSlug: a.slug,
      year,
      fundingTitle: "digitalisering",
      rate: "2,50",
      preferent: "preferent",
    });
    const row = await systemDb.oiBudget.findUniqueOrThrow({ where: { id: created.id } });
    expect(row.basisPatients).toBe(2500);
    expect(row.amountCents).toBe(250 * 2500);
    expect(row.preferent).toBe(true);
    const override = await createBudget(insurer, a.uzovi, {
      regionSlug: a.slug,
      year,
      fundingTitle: "overig",
      rate: "2,50",
      amount: "7.000",
      preferent: "volgend",
    });
    expect((await systemDb.oiBudget.findUniqueOrThrow({ where: { id: override.id } })).amountCents).toBe(700_000);
    await expect(
      createBudget(insurer, a.uzovi, { regionSlug: a.slug, year, fundingTitle: "overig", amount: "1", preferent: "volgend" }),
    ).rejects.toThrow(/al een budget/);
    const list = await listInsurerBudgets(insurer, a.uzovi, year);
    expect(list.budgets.map((x) => x.fundingTitle).sort()).toEqual(["digitalisering", "overig"]);
  });
});

// ───────────────────────── reconciliation ─────────────────────────

async function lineItems(t: Tenant, year: number, insurerId = t.insurerId) {
  const budgets = await systemDb.oiBudget.findMany({ where: { regionId: t.regionId, year, insurerId } });
  const allocations = await systemDb.allocation.findMany({ where: { budgetId: { in: budgets.map((x) => x.id) } } });
  const expenditures = await systemDb.expenditure.findMany({ where: { allocationId: { in: allocations.map((x) => x.id) } } });
  const sum = (rows: { amountCents: number }[]) => rows.reduce((s, r) => s + r.amountCents, 0);
  const by = (...s: string[]) => sum(expenditures.filter((e) => s.includes(e.status)));
  return {
    planned: sum(budgets),
    allocated: sum(allocations),
    concept: by("concept"),
    submitted: by("ingediend", "vraag_gesteld"),
    approved: by("goedgekeurd"),
    rejected: by("afgewezen"),
    approvedRows: expenditures.filter((e) => e.status === "goedgekeurd"),
  };
}

async function xlsxTotals(buffer: Buffer) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  const lastRow = (name: string) => {
    const sheet = workbook.getWorksheet(name)!;
    return sheet.getRow(sheet.rowCount).values as unknown[];
  };
  const sheet = workbook.getWorksheet("Goedgekeurde uitgaven")!;
  let listed = 0;
  for (let r = 2; r < sheet.rowCount; r++) listed += Math.round(Number(sheet.getRow(r).getCell(7).value) * 100);
  return {
    summary: lastRow("Samenvatting"),
    perInitiative: lastRow("Per initiatief"),
    approvedList: lastRow("Goedgekeurde uitgaven"),
    listed,
  };
}

describe("the review queue", () => {
  it("lists the insurer's submitted expenditures, oldest submission first, page by page, and nothing else", async () => {
    const first = await submitted();
    const second = await submitted();
    const draft = await concept();
    const approved = await submitted();
    await moveExpenditure(insurer, a.slug, approved, "approve");
    const otherBudget = await systemDb.oiBudget.findFirstOrThrow({ where: { regionId: a.regionId, insurerId: otherInsurerId } });
    const othersOwn = await concept(a, await allocation(a, "1.000,00", otherBudget.id));
    await moveExpenditure(coordinator, a.slug, othersOwn, "submit");

    const firstPage = await getReviewQueue(insurer, a.uzovi);
    const items: QueueItem[] = [...firstPage.items];
    for (let page = 2; page <= firstPage.pages; page++) items.push(...(await getReviewQueue(insurer, a.uzovi, page)).items);
    const ids = items.map((i) => i.id);
    const expected = await systemDb.expenditure.count({
      where: { status: "ingediend", allocation: { budget: { insurerId: a.insurerId } } },
    });
    expect(firstPage.total).toBe(expected);
    expect(firstPage.pages).toBe(Math.max(1, Math.ceil(expected / QUEUE_PAGE_SIZE)));
    expect(firstPage.items).toHaveLength(Math.min(expected, QUEUE_PAGE_SIZE));
    expect(new Set(ids).size).toBe(expected);
    expect(ids.indexOf(first)).toBeGreaterThanOrEqual(0);
    expect(ids.indexOf(first)).toBeLessThan(ids.indexOf(second));
    for (const id of [draft, approved, othersOwn]) expect(ids).not.toContain(id);
    const times = items.map((i) => i.submittedAt.getTime());
    expect(times).toEqual([...times].sort((x, y) => x - y));
    // The other insurer's queue has its own.
    expect((await getReviewQueue(otherInsurer, otherUzovi)).items.map((i) => i.id)).toContain(othersOwn);
  });

  it("walks the partial index of submitted expenditures, also under row-level security", async () => {
    const plan = await withActor(insurer, async (tx) => {
      // The test database is small: make every other way look expensive, so the plan shows whether
      // PostgreSQL may use the index here at all (it may not use `status = …` as an index condition).
      await tx.$executeRawUnsafe("SET LOCAL enable_seqscan = off");
      await tx.$executeRawUnsafe("SET LOCAL enable_bitmapscan = off");
      await tx.$executeRawUnsafe("SET LOCAL enable_sort = off");
      return tx.$queryRaw<unknown[]>(Prisma.sql`EXPLAIN (FORMAT JSON) ${queuePageSql(a.insurerId, insurer.visibleRegionIds, 1)}`);
    });
    expect(JSON.stringify(plan)).toContain("Expenditure_review_queue_idx");
  });
});

describe("reconciliation: line items sum to every total on every page and export", () => {
  let t: World;
  const YEAR = 2026;

  async function reconcile() {
    const items = await lineItems(t, YEAR);
    // Region budget page (coordinator) — only this insurer's budgets exist in this tenant.
    const page = await getRegionMoney(coordinator2Of(t), t.slug, YEAR);
    expect(page.totals).toMatchObject({
      plannedCents: items.planned,
      allocatedCents: items.allocated,
      conceptCents: items.concept,
      submittedCents: items.submitted,
      approvedCents: items.approved,
      rejectedCents: items.rejected,
      remainingCents: items.planned - items.approved,
    });
    const allocSum = page.budgets.flatMap((x) => x.allocations).reduce((s, x) => s + x.amountCents, 0);
    expect(allocSum).toBe(items.allocated);
    expect(page.budgets.flatMap((x) => x.allocations).reduce((s, x) => s + x.figures.approvedCents, 0)).toBe(items.approved);
    expect(page.totalsByTitle.reduce((s, x) => s + x.figures.approvedCents, 0)).toBe(items.approved);
    // Portfolio (insurer).
    const portfolio = await getPortfolio(tInsurer, t.uzovi, YEAR);
    const region = portfolio.regions.find((r) => r.slug === t.slug)!;
    expect(region.figures).toEqual(page.totals);
    // The region's own page of the portfolio: the same row, with its budgets.
    const regionPage = await getPortfolioRegion(tInsurer, t.uzovi, t.slug, YEAR);
    expect(regionPage.entry).toEqual(region);
    expect(regionPage.years).toContain(YEAR);
    expect(portfolio.burn.at(-1)!.cumulativeCents).toBe(items.approved);
    expect(portfolio.burn.reduce((s, m) => s + m.approvedCents, 0)).toBe(items.approved);
    // Insurer home: the region's row of the year.
    const home = (await getInsurerWorkspace(tInsurer, t.uzovi)).rows.find((r) => r.regionSlug === t.slug && r.year === YEAR);
    expect(home).toMatchObject({ budgetCents: items.planned, allocatedCents: items.allocated, approvedCents: items.approved });
    // Insurer budgets list.
    const list = await listInsurerBudgets(tInsurer, t.uzovi, YEAR);
    expect(list.budgets.reduce((s, x) => s + x.figures.approvedCents, 0)).toBe(items.approved);
    // Verantwoording data, XLSX and PDF.
    const v = await getVerantwoording(tInsurer, t.uzovi, t.slug, YEAR);
    expect(v.totals).toEqual({ budgetCents: items.planned, allocatedCents: items.allocated, approvedCents: items.approved });
    expect(v.lines.reduce((s, l) => s + l.allocatedCents, 0)).toBe(items.allocated);
    expect(v.lines.reduce((s, l) => s + l.approvedCents, 0)).toBe(items.approved);
    expect(v.expenditures.reduce((s, e) => s + e.amountCents, 0)).toBe(items.approved);
    expect(v.expenditures).toHaveLength(items.approvedRows.length);
    const xlsx = await xlsxTotals(await verantwoordingXlsx(v, "nl"));
    expect(xlsx.summary.slice(1)).toEqual(["Totaal", items.planned / 100, items.allocated / 100, items.approved / 100]);
    expect(xlsx.perInitiative.slice(4)).toEqual([items.allocated / 100, items.approved / 100]);
    expect(xlsx.listed).toBe(items.approved);
    const text = pdfText(await verantwoordingPdf(v, "nl"));
    expect(text).toContain(t.slug.length ? v.region.name : "");
    expect(text).toContain(formatCents(items.planned));
    expect(text).toContain(formatCents(items.allocated));
    expect(text).toContain(formatCents(items.approved));
    expect(text).toContain(`Verantwoording O&I-gelden ${YEAR}`);
    expect(text).toContain("Samenvatting per financieringstitel");
    // The same figures in English for an English reader: sheet names, headers, totals and the PDF's texts.
    const english = new ExcelJS.Workbook();
    await english.xlsx.load((await verantwoordingXlsx(v, "en")) as unknown as ArrayBuffer);
    expect(english.worksheets.map((w) => w.name)).toEqual(["Summary", "Per initiative", "Approved expenditures"]);
    expect(english.getWorksheet("Summary")!.getRow(1).values).toEqual([
      undefined,
      "Funding title",
      "Budget (€)",
      "Allocated (€)",
      "Approved (€)",
    ]);
    const summary = english.getWorksheet("Summary")!;
    expect((summary.getRow(summary.rowCount).values as unknown[]).slice(1)).toEqual([
      "Total",
      items.planned / 100,
      items.allocated / 100,
      items.approved / 100,
    ]);
    const englishText = pdfText(await verantwoordingPdf(v, "en"));
    expect(englishText).toContain(`Accountability for O&I funds ${YEAR}`);
    expect(englishText).toContain("Summary per funding title");
    expect(englishText).toContain(formatCents(items.approved));
    expect(englishText).not.toMatch(/Samenvatting|Goedgekeurde uitgaven|Totaal|pagina/);
    return items;
  }

  let tCoordinator: Actor;
  let tInsurer: Actor;
  const coordinator2Of = (_t: World) => tCoordinator;

  it("before and after corrections (budget raised and lowered, allocation changed, expenditures edited, rejected, answered)", async () => {
    t = await world("money-rec");
    tCoordinator = await actorFor([{ role: "coordinator", regionId: t.regionId }]);
    tInsurer = await actorFor([{ role: "insurer_reviewer", organisationId: t.insurerId }]);
    const alloc = (
      await createAllocation(tCoordinator, t.slug, {
        budgetId: t.budgetId,
        target: `initiative:${t.initiativeId}`,
        amount: "40.000",
      })
    ).id;
    const wv = (
      await createAllocation(tCoordinator, t.slug, {
        budgetId: t.budgetId,
        target: `wijkverband:${t.wijkverbandId}`,
        amount: "25.000,50",
      })
    ).id;
    const ids: string[] = [];
    const amounts = ["1.000,01", "2.500", "333,33", "4.999,99", "10.000", "750,25"];
    for (const [i, amount] of amounts.entries()) {
      const target = i % 2 ? wv : alloc;
      ids.push(
        (await recordExpenditure(tCoordinator, t.slug, target, { ...EXPENSE, date: `2026-0${i + 1}-10`, amount }, evidence())).id,
      );
    }
    for (const id of ids.slice(0, 5)) await moveExpenditure(tCoordinator, t.slug, id, "submit");
    await moveExpenditure(tInsurer, t.slug, ids[0]!, "approve");
    await moveExpenditure(tInsurer, t.slug, ids[1]!, "approve");
    await moveExpenditure(tInsurer, t.slug, ids[2]!, "reject", "Niet subsidiabel");
    await moveExpenditure(tInsurer, t.slug, ids[3]!, "ask", "Specificatie?");
    const first = await reconcile();
    expect(first.approved).toBe(100_001 + 250_000);

    // Corrections.
    await changeBudget(tInsurer, t.uzovi, t.budgetId, { amount: "120.000", reason: "Verhoging" });
    await changeBudget(tInsurer, t.uzovi, t.budgetId, { amount: "90.000", reason: "Verlaging" });
    await changeAllocation(tCoordinator, t.slug, alloc, { amount: "35.000" });
    await updateExpenditure(tCoordinator, t.slug, ids[5]!, { ...EXPENSE, date: "2026-06-10", amount: "800" });
    await moveExpenditure(tCoordinator, t.slug, ids[3]!, "answer", "Zie bijlage");
    await moveExpenditure(tInsurer, t.slug, ids[3]!, "approve");
    await bulkApprove(tInsurer, t.uzovi, [ids[4]!]);
    const second = await reconcile();
    expect(second.planned).toBe(9_000_000);
    expect(second.approved).toBe(100_001 + 250_000 + 499_999 + 1_000_000);
    expect(second.rejected).toBe(33_333);
  });
});

// ───────────────────────── the year lock ─────────────────────────

describe("the year lock", () => {
  it("closes only when nothing waits; afterwards nothing in that year changes, for anyone", async () => {
    const budget = await freshBudget(a, 1_000_000);
    const expenseIn = { ...EXPENSE, date: `${budget.year}-05-01` };
    const alloc = await allocation(a, "5.000", budget.id);
    const waiting = (await recordExpenditure(coordinator, a.slug, alloc, expenseIn, evidence())).id;
    await moveExpenditure(coordinator, a.slug, waiting, "submit");
    await expect(closeYear(insurer, a.uzovi, a.slug, budget.year)).rejects.toThrow(/wacht nog 1 uitgave/);
    await moveExpenditure(insurer, a.slug, waiting, "approve");
    const draft = (await recordExpenditure(coordinator, a.slug, alloc, expenseIn, evidence())).id;
    await closeYear(insurer, a.uzovi, a.slug, budget.year);
    await expect(closeYear(insurer, a.uzovi, a.slug, budget.year)).rejects.toThrow(/al afgesloten/);

    const attempts: [string, () => Promise<unknown>][] = [
      ["budget change", () => changeBudget(insurer, a.uzovi, budget.id, { amount: "20.000", reason: "na sluiting" })],
      [
        "budget create",
        () =>
          createBudget(insurer, a.uzovi, {
            regionSlug: a.slug,
            year: budget.year,
            fundingTitle: "overig",
            amount: "1",
            preferent: "volgend",
          }),
      ],
      [
        "allocation create",
        () => createAllocation(coordinator, a.slug, { budgetId: budget.id, target: `initiative:${a.initiativeId}`, amount: "1" }),
      ],
      ["allocation change", () => changeAllocation(coordinator, a.slug, alloc, { amount: "6.000" })],
      ["expenditure record", () => recordExpenditure(coordinator, a.slug, alloc, expenseIn, evidence())],
      ["expenditure update", () => updateExpenditure(coordinator, a.slug, draft, expenseIn)],
      ["expenditure delete", () => deleteExpenditure(coordinator, a.slug, draft)],
      ["expenditure submit", () => moveExpenditure(coordinator, a.slug, draft, "submit")],
      [
        "admin allocation",
        () => createAllocation(admin, a.slug, { budgetId: budget.id, target: `initiative:${a.initiativeId}`, amount: "1" }),
      ],
    ];
    for (const [what, attempt] of attempts) {
      const error = await attempt().then(
        () => null,
        (e: unknown) => e,
      );
      expect(error, what).toBeInstanceOf(ConflictError);
      expect((error as Error).message, what).toMatch(/afgesloten/);
    }
    // The database refuses too, whatever the application does.
    await expect(
      withActor(coordinator, (tx) => tx.expenditure.updateMany({ where: { id: draft }, data: { amountCents: 1 } })),
    ).rejects.toThrow(/money_year_closed/);
    // The pages say so.
    const page = await getRegionMoney(coordinator, a.slug, budget.year);
    expect(page.budgets.find((x) => x.id === budget.id)?.closed).toBe(true);
    expect(page.closures.some((c) => c.year === budget.year)).toBe(true);
    const detail = await getExpenditure(coordinator, a.slug, draft);
    expect(detail.closed).toBe(true);
    expect(detail.moves).toEqual([]);
    const allocationPage = await getAllocation(coordinator, a.slug, alloc);
    expect(allocationPage.mayRecord).toBe(false);
    expect((await getVerantwoording(insurer, a.uzovi, a.slug, budget.year)).closed).toBe(true);
  });

  it("a closure is refused for a year without budgets and to a foreign insurer", async () => {
    await expect(closeYear(insurer, a.uzovi, a.slug, 1999)).rejects.toThrow(/geen budgetten/);
    await expect(closeYear(foreignInsurer, a.uzovi, a.slug, 2026)).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe("exports are formula-safe", () => {
  it("neutralises a description that starts like a formula in the verantwoording XLSX", async () => {
    const id = await concept(a, undefined, { ...EXPENSE, description: '=HYPERLINK("http://x")' });
    await moveExpenditure(coordinator, a.slug, id, "submit");
    await moveExpenditure(insurer, a.slug, id, "approve");
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(
      (await verantwoordingXlsx(await getVerantwoording(insurer, a.uzovi, a.slug, 2026), "nl")) as unknown as ArrayBuffer,
    );
    const sheet = workbook.getWorksheet("Goedgekeurde uitgaven")!;
    const values: unknown[] = [];
    sheet.eachRow((row) => values.push(row.getCell(6).value));
    expect(values).toContain('\'=HYPERLINK("http://x")');
    expect(values.some((v) => typeof v === "object" && v !== null && "formula" in v)).toBe(false);
  });
});

describe("the sums the database keeps per allocation and per budget", () => {
  const recomputed = () =>
    Promise.all([
      systemDb.$queryRaw<unknown[]>`
        SELECT "regionId"::text, "allocationId"::text, "status"::text, SUM("amountCents")::bigint AS cents, COUNT(*)::int AS n
        FROM "Expenditure" GROUP BY 1, 2, 3 ORDER BY 1, 2, 3`,
      systemDb.$queryRaw<unknown[]>`
        SELECT "regionId"::text, "allocationId"::text, to_char("date", 'YYYY-MM') AS month, SUM("amountCents")::bigint AS cents, COUNT(*)::int AS n
        FROM "Expenditure" WHERE "status" = 'goedgekeurd' GROUP BY 1, 2, 3 ORDER BY 1, 2, 3`,
      systemDb.$queryRaw<unknown[]>`
        SELECT e."regionId"::text, a."budgetId"::text, e."status"::text, SUM(e."amountCents")::bigint AS cents, COUNT(*)::int AS n
        FROM "Expenditure" e JOIN "Allocation" a ON a."regionId" = e."regionId" AND a."id" = e."allocationId"
        GROUP BY 1, 2, 3 ORDER BY 1, 2, 3`,
      systemDb.$queryRaw<unknown[]>`
        SELECT e."regionId"::text, a."budgetId"::text, to_char(e."date", 'YYYY-MM') AS month, SUM(e."amountCents")::bigint AS cents, COUNT(*)::int AS n
        FROM "Expenditure" e JOIN "Allocation" a ON a."regionId" = e."regionId" AND a."id" = e."allocationId"
        WHERE e."status" = 'goedgekeurd' GROUP BY 1, 2, 3 ORDER BY 1, 2, 3`,
    ]);
  const kept = () =>
    Promise.all([
      systemDb.$queryRaw<unknown[]>`
        SELECT "regionId"::text, "allocationId"::text, "status"::text, "amountCents"::bigint AS cents, "count" AS n
        FROM "AllocationSpend" ORDER BY 1, 2, 3`,
      systemDb.$queryRaw<unknown[]>`
        SELECT "regionId"::text, "allocationId"::text, to_char("month", 'YYYY-MM') AS month, "amountCents"::bigint AS cents, "count" AS n
        FROM "AllocationApprovedMonth" ORDER BY 1, 2, 3`,
      systemDb.$queryRaw<unknown[]>`
        SELECT "regionId"::text, "budgetId"::text, "status"::text, "amountCents"::bigint AS cents, "count" AS n
        FROM "BudgetSpend" ORDER BY 1, 2, 3`,
      systemDb.$queryRaw<unknown[]>`
        SELECT "regionId"::text, "budgetId"::text, to_char("month", 'YYYY-MM') AS month, "amountCents"::bigint AS cents, "count" AS n
        FROM "BudgetApprovedMonth" ORDER BY 1, 2, 3`,
    ]);

  it("equal the line items after everything the tests above did, and follow edits, moves and deletions", async () => {
    expect(await kept()).toEqual(await recomputed());
    const id = await concept(a);
    await moveExpenditure(coordinator, a.slug, id, "submit");
    await moveExpenditure(insurer, a.slug, id, "approve");
    expect(await kept()).toEqual(await recomputed());
    const draft = await concept(a);
    await deleteExpenditure(coordinator, a.slug, draft);
    expect(await kept()).toEqual(await recomputed());
    // No row stays behind for a combination that has no expenditures any more.
    for (const sums of await kept()) expect((sums as { n: number }[]).every((r) => r.n > 0)).toBe(true);
  });

  it("can be read by the application but not written", async () => {
    for (const table of ["AllocationSpend", "AllocationApprovedMonth", "BudgetSpend", "BudgetApprovedMonth"]) {
      await expect(
        withActor(coordinator, (tx) => tx.$executeRawUnsafe(`UPDATE "${table}" SET "amountCents" = 0`)),
        table,
      ).rejects.toThrow(/permission denied/);
    }
    await expect(withActor(coordinator, (tx) => tx.allocationSpend.count())).resolves.toBeGreaterThan(0);
    await expect(withActor(coordinator, (tx) => tx.budgetSpend.count())).resolves.toBeGreaterThan(0);
  });

  it("keep an allocation with its budget: the database refuses to move it, so the budget sums stay right", async () => {
    const [moved] = await systemDb.$queryRaw<{ id: string; regionId: string; budgetId: string }[]>`
      SELECT a."id"::text, a."regionId"::text, a."budgetId"::text FROM "Allocation" a
      WHERE EXISTS (SELECT 1 FROM "Expenditure" e WHERE e."regionId" = a."regionId" AND e."allocationId" = a."id")
        AND EXISTS (SELECT 1 FROM "OiBudget" b WHERE b."regionId" = a."regionId" AND b."id" <> a."budgetId") LIMIT 1`;
    expect(moved).toBeDefined();
    const [other] = await systemDb.$queryRaw<{ id: string }[]>`
      SELECT "id"::text FROM "OiBudget" WHERE "regionId" = ${moved!.regionId}::uuid AND "id" <> ${moved!.budgetId}::uuid LIMIT 1`;
    await expect(
      withActor(coordinator, (tx) => tx.allocation.update({ where: { id: moved!.id }, data: { budgetId: other!.id } })),
    ).rejects.toThrow(/allocation_budget_fixed/);
    await expect(
      systemDb.$executeRaw`UPDATE "Allocation" SET "budgetId" = ${other!.id}::uuid WHERE "id" = ${moved!.id}::uuid`,
    ).rejects.toThrow(/allocation_budget_fixed/);
    expect(await kept()).toEqual(await recomputed());
  });
});
