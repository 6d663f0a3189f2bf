// The coordinator's dashboard against PostgreSQL: known data in → exact figures out, the same
// numbers as the pages they link to, and who may see it (role × own/foreign region).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { isCoordinatorHome, isHolderHome } from "@/lib/auth/workspaces";
import { disconnectDb, systemDb } from "@/lib/db/client";
import { listRegionAgreements } from "@/lib/domain/agreements/service";
import { getCoordinatorDashboard } from "@/lib/domain/dashboard/service";
import { NotFoundError } from "@/lib/domain/errors";
import { getRegionMoney } from "@/lib/domain/money/region";
import { listInitiatives } from "@/lib/domain/plans/initiatives";
import { getRegionSocial } from "@/lib/domain/social/service";
import { listWijkverbanden } from "@/lib/domain/wijkverbanden/service";
import { createTenant, roleActors, type RoleActors, type Tenant } from "./fixtures";

const DAY = 86_400_000;
const now = new Date();
const year = now.getUTCFullYear();
const today = new Date(Date.UTC(year, now.getUTCMonth(), now.getUTCDate()));
const d = (iso: string) => new Date(`${iso}T00:00:00Z`);

let own: Tenant;
let foreign: Tenant;
let empty: Tenant;
let actors: RoleActors;
let emptyCoordinator: Actor;
const ids = {} as {
  plan: string;
  wv2: string;
  agreement1: string;
  oldestQuestion: string;
  oldestConcept: string;
  practices: string[];
};

async function practice(t: Tenant, name: string, archived = false) {
  const discipline = await systemDb.discipline.findUniqueOrThrow({ where: { code: "huisartsenzorg" } });
  return (
    await systemDb.practice.create({
      data: {
        regionId: t.regionId,
        name,
        disciplineId: discipline.id,
        municipalityCode: t.municipalityCode,
        archivedAt: archived ? new Date() : null,
      },
    })
  ).id;
}

async function seed(t: Tenant) {
  const regionId = t.regionId;
  // ── plans: the followed plan (vastgesteld, covering this year) and a newer concept ──
  const plan = await systemDb.regioplan.create({
    data: { regionId, title: "Regioplan dashboard", periodStart: year - 1, periodEnd: year + 1, status: "vastgesteld" },
  });
  ids.plan = plan.id;
  const concept = await systemDb.regioplan.create({
    data: { regionId, title: "Volgend plan", periodStart: year + 2, periodEnd: year + 4, status: "concept" },
  });
  const theme = await systemDb.theme.create({ data: { regionId, planId: plan.id, name: "Ouderen", type: "doelgroep" } });
  const conceptTheme = await systemDb.theme.create({
    data: { regionId, planId: concept.id, name: "Later", type: "doelgroep" },
  });
  const start = d(`${year}-01-01`);
  const end = d(`${year + 1}-12-31`);
  const initiative = (title: string, phase: "ontwikkelen" | "opschalen" | "borgen" | "stoppen", themeId = theme.id) =>
    systemDb.initiative.create({ data: { regionId, themeId, title, phase, startDate: start, endDate: end } });
  const [i1, i2] = [await initiative("Een", "ontwikkelen"), await initiative("Twee", "ontwikkelen")];
  await initiative("Drie", "opschalen");
  await initiative("Vier", "borgen");
  const later = await initiative("Later", "ontwikkelen", conceptTheme.id);

  // Milestones: two open and past their date, one done late, one still to come; one overdue in the concept plan.
  for (const [initiativeId, due, done] of [
    [i1.id, -10, false],
    [i2.id, -1, false],
    [i1.id, -20, true],
    [i2.id, 10, false],
    [later.id, -5, false],
  ] as const) {
    await systemDb.milestone.create({
      data: {
        regionId,
        initiativeId,
        title: `Mijlpaal ${due}`,
        dueDate: new Date(today.getTime() + due * DAY),
        doneAt: done ? new Date() : null,
      },
    });
  }

  // Indicators: achieved, off track, no data, and on track from its first measurement (no baseline).
  const indicator = async (baseline: number | null, measurements: [string, string, number][]) => {
    const ind = await systemDb.indicator.create({
      data: { regionId, initiativeId: i1.id, name: "I", unit: "%", baseline, target: 100, direction: "increase" },
    });
    for (const [period, periodEnd, value] of measurements)
      await systemDb.measurement.create({ data: { regionId, indicatorId: ind.id, period, periodEnd: d(periodEnd), value } });
  };
  await indicator(0, [[`${year}-03`, `${year}-03-31`, 100]]);
  await indicator(0, [[`${year}-Q4`, `${year}-12-31`, 5]]);
  await indicator(0, []);
  await indicator(null, [
    [`${year}-01`, `${year}-01-31`, 10],
    [`${year}-03`, `${year}-03-31`, 0],
    [`${year}-05`, `${year}-05-31`, 50],
  ]);

  // ── money: the fixture's budget (insurer A, regiomanagement) plus insurer B and another year ──
  const budgetA = await systemDb.oiBudget.findFirstOrThrow({ where: { regionId, insurerId: t.insurerId } });
  await systemDb.oiBudget.update({ where: { id: budgetA.id }, data: { year } });
  const insurerB = await systemDb.organisation.create({ data: { kind: "insurer", name: "Aaa Verzekeraar B" } });
  await systemDb.oiBudget.create({
    data: {
      regionId,
      insurerId: insurerB.id,
      year,
      fundingTitle: "wijkmanagement",
      amountCents: 5_000_000,
      periodStart: d(`${year}-01-01`),
      periodEnd: d(`${year}-12-31`),
    },
  });
  const previous = await systemDb.oiBudget.create({
    data: {
      regionId,
      insurerId: t.insurerId,
      year: year - 1,
      fundingTitle: "regiomanagement",
      amountCents: 7_000_000,
      periodStart: d(`${year - 1}-01-01`),
      periodEnd: d(`${year - 1}-12-31`),
    },
  });
  const alloc = await systemDb.allocation.create({
    data: { regionId, budgetId: budgetA.id, initiativeId: i1.id, amountCents: 3_000_000 },
  });
  await systemDb.allocation.create({
    data: { regionId, budgetId: budgetA.id, wijkverbandId: t.wijkverbandId, amountCents: 1_000_000 },
  });
  const oldAlloc = await systemDb.allocation.create({
    data: { regionId, budgetId: previous.id, initiativeId: i1.id, amountCents: 2_000_000 },
  });
  const expenditure = async (allocationId: string, status: string, amountCents: number, updatedDaysAgo: number) =>
    (
      await systemDb.expenditure.create({
        data: {
          regionId,
          allocationId,
          date: d(`${year}-02-01`),
          amountCents,
          description: `${status} ${amountCents}`,
          category: "overig",
          status: status as "concept",
          updatedAt: new Date(now.getTime() - updatedDaysAgo * DAY),
        },
      })
    ).id;
  await expenditure(alloc.id, "concept", 100_000, 1);
  ids.oldestConcept = await expenditure(alloc.id, "concept", 150_000, 5);
  await expenditure(alloc.id, "ingediend", 200_000, 1);
  ids.oldestQuestion = await expenditure(alloc.id, "vraag_gesteld", 300_000, 3);
  await expenditure(alloc.id, "goedgekeurd", 400_000, 1);
  await expenditure(alloc.id, "afgewezen", 50_000, 1);
  await expenditure(oldAlloc.id, "vraag_gesteld", 70_000, 30);

  // ── network: wv1 (the fixture's, incomplete) and wv2 (complete), an archived one not counted ──
  const p1 = t.practiceId;
  const p2 = await practice(t, "Praktijk twee");
  const gone = await practice(t, "Praktijk gesloten", true);
  const [p3, p4, p5, p6] = [await practice(t, "P3"), await practice(t, "P4"), await practice(t, "P5"), await practice(t, "P6")];
  ids.practices = [p1, p2, p3, p4, p5, p6];
  for (const [practiceId, role] of [
    [p2, "wijkverpleging"],
    [gone, "apotheek"],
  ] as const)
    await systemDb.wijkverbandMember.create({ data: { regionId, wijkverbandId: t.wijkverbandId, practiceId, role } });
  const wv2 = await systemDb.wijkverband.create({
    data: { regionId, name: "Aaa Wijkverband compleet", municipalityCode: t.municipalityCode, wijkCodes: [] },
  });
  ids.wv2 = wv2.id;
  for (const [practiceId, role] of [
    [p3, "huisarts"],
    [p4, "Wijkverpleging"],
    [p5, "apotheek"],
    [p6, "sociaal-domein"],
  ] as const)
    await systemDb.wijkverbandMember.create({ data: { regionId, wijkverbandId: wv2.id, practiceId, role } });
  await systemDb.wijkverband.create({
    data: { regionId, name: "Opgeheven", municipalityCode: t.municipalityCode, wijkCodes: [], archivedAt: new Date() },
  });

  // ── agreements: wv1 v1 (superseded) and v2 (current, review in 10 days); wv2 v1 (review passed) ──
  const user = (await systemDb.user.findFirstOrThrow({ select: { id: true } })).id;
  const a1 = await systemDb.agreement.create({ data: { regionId, wijkverbandId: t.wijkverbandId, title: "Ouderenzorg" } });
  ids.agreement1 = a1.id;
  const version = (agreementId: string, versionNumber: number, status: string, reviewInDays: number | null) =>
    systemDb.agreementVersion.create({
      data: {
        regionId,
        agreementId,
        versionNumber,
        body: "Tekst",
        effectiveDate: d(`${year}-01-01`),
        status: status as "gepubliceerd",
        publishedAt: new Date(),
        reviewDate: reviewInDays === null ? null : new Date(today.getTime() + reviewInDays * DAY),
      },
    });
  const a1v1 = await version(a1.id, 1, "vervangen", null);
  const a1v2 = await version(a1.id, 2, "gepubliceerd", 10);
  const ack = (agreementVersionId: string, practiceId: string, decision: "accepted" | "objection") =>
    systemDb.acknowledgement.create({
      data: { regionId, agreementVersionId, practiceId, decision, userId: user, reason: decision === "objection" ? "Nee" : null },
    });
  await ack(a1v1.id, p2, "accepted");
  await ack(a1v2.id, p1, "accepted");
  await ack(a1v2.id, p2, "objection");
  await ack(a1v2.id, gone, "accepted");
  const a2 = await systemDb.agreement.create({ data: { regionId, wijkverbandId: wv2.id, title: "Medicatie" } });
  await version(a2.id, 1, "gepubliceerd", -1);
  await version(a2.id, 2, "concept", null);

  // ── social domain: per municipality active / exploring (stopped links do not count) ──
  const org = await systemDb.organisation.create({
    data: {
      kind: "social_domain",
      name: "Welzijn Test",
      socialKind: "welzijnsorganisatie",
      socialMunicipalityCode: t.municipalityCode,
    },
  });
  const otherGm = (await systemDb.region.findUniqueOrThrow({ where: { id: regionId } })).municipalityCodes.find(
    (c) => c !== t.municipalityCode,
  )!;
  for (const [municipalityCode, status] of [
    [t.municipalityCode, "actief"],
    [t.municipalityCode, "actief"],
    [t.municipalityCode, "verkenning"],
    [t.municipalityCode, "gestopt"],
    [otherGm, "actief"],
  ] as const)
    await systemDb.socialLink.create({
      data: {
        regionId,
        organisationId: org.id,
        wijkverbandId: t.wijkverbandId,
        municipalityCode,
        kind: "welzijn_op_recept",
        status,
        exploringSince: d(`${year}-01-01`),
        startDate: status === "verkenning" ? null : d(`${year}-02-01`),
        endDate: status === "gestopt" ? d(`${year}-03-01`) : null,
      },
    });

  // ── audit: twelve events, the newest ten shown ──
  for (let n = 0; n < 10; n++)
    await systemDb.auditEvent.create({
      data: { regionId, action: "practice.update", entityType: "Practice", entityId: p3, userEmail: "oud@test.invalid" },
    });
  await systemDb.auditEvent.create({
    data: {
      regionId,
      action: "plan.status.vastgesteld",
      entityType: "Regioplan",
      entityId: plan.id,
      userId: user,
      role: "coordinator",
    },
  });
  await systemDb.auditEvent.create({
    data: { regionId, action: "agreement.publish", entityType: "Agreement", entityId: a1.id, userId: user, role: "coordinator" },
  });
}

beforeAll(async () => {
  own = await createTenant("dash");
  foreign = await createTenant("dashf");
  empty = await createTenant("dashe");
  actors = await roleActors(own, foreign);
  emptyCoordinator = (await roleActors(empty, foreign)).coordinator;
  await seed(own);
}, 60_000);

afterAll(async () => {
  await disconnectDb();
});

describe("the coordinator's dashboard", () => {
  it("counts the followed plan's initiatives per phase, overdue milestones and indicator states", async () => {
    const data = await getCoordinatorDashboard(actors.coordinator, own.slug);
    expect(data.plan).toMatchObject({
      id: ids.plan,
      initiatives: 4,
      phases: { ontwikkelen: 2, opschalen: 1, borgen: 1, stoppen: 0 },
      overdueMilestones: 2,
      indicators: { onTrack: 2, offTrack: 1, noData: 1 },
    });
    // The initiative list it links to shows the same numbers.
    const list = await listInitiatives(actors.coordinator, own.slug, { plan: ids.plan });
    expect(list.total).toBe(4);
    expect(list.summary).toEqual({ overdueMilestones: 2, indicators: data.plan!.indicators });
    const overdue = await listInitiatives(actors.coordinator, own.slug, { plan: ids.plan, signal: "over-tijd" });
    expect(overdue.initiatives.map((i) => i.title).sort()).toEqual(["Een", "Twee"]);
    expect(overdue.summary?.overdueMilestones).toBe(2);
    const phase = await listInitiatives(actors.coordinator, own.slug, { plan: ids.plan, phase: "ontwikkelen" });
    expect(phase.initiatives).toHaveLength(2);
  });

  it("sums the money per insurer for this year, with open questions and concepts, as the budget page does", async () => {
    const data = await getCoordinatorDashboard(actors.coordinator, own.slug);
    expect(data.money?.year).toBe(year);
    expect(data.money?.insurers).toEqual([
      expect.objectContaining({
        insurerName: "Aaa Verzekeraar B",
        plannedCents: 5_000_000,
        allocatedCents: 0,
        approvedCents: 0,
        openQuestions: 0,
        concepts: 0,
      }),
      expect.objectContaining({
        insurerId: own.insurerId,
        plannedCents: 10_000_000,
        allocatedCents: 4_000_000,
        submittedCents: 500_000,
        approvedCents: 400_000,
        openQuestions: 1,
        concepts: 2,
        awaitingReview: 1,
      }),
    ]);
    expect(data.money?.totals).toMatchObject({ plannedCents: 15_000_000, allocatedCents: 4_000_000, openQuestions: 1 });
    expect(data.money?.oldestQuestionId).toBe(ids.oldestQuestion);
    expect(data.money?.oldestConceptId).toBe(ids.oldestConcept);
    const page = await getRegionMoney(actors.coordinator, own.slug, year);
    expect(page.perInsurer).toEqual(data.money?.insurers);
    expect(page.totals.plannedCents).toBe(data.money?.totals.plannedCents);
    expect(page.totals.approvedCents).toBe(data.money?.totals.approvedCents);
  });

  it("gives the share acknowledged over the current versions' member practices, objections and reviews", async () => {
    const data = await getCoordinatorDashboard(actors.coordinator, own.slug);
    // wv1: p1 accepted, p2 objection (the archived practice is not asked); wv2: four practices open.
    expect(data.agreements).toEqual({
      published: 2,
      asked: 6,
      accepted: 1,
      objections: 1,
      open: 4,
      percent: 16,
      reviewsOverdue: 1,
      reviewsSoon: 1,
      singleObjection: { agreementId: ids.agreement1, wijkverbandId: own.wijkverbandId },
    });
    const page = await listRegionAgreements(actors.coordinator, own.slug);
    const sum = (k: "asked" | "accepted" | "objections") => page.rows.reduce((n, r) => n + (r.share?.[k] ?? 0), 0);
    expect([sum("asked"), sum("accepted"), sum("objections")]).toEqual([6, 1, 1]);
  });

  it("checks the core teams of active wijkverbanden, like the wijkverband list", async () => {
    const data = await getCoordinatorDashboard(actors.coordinator, own.slug);
    expect(data.network).toEqual({
      total: 2,
      complete: 1,
      incomplete: [{ id: own.wijkverbandId, name: expect.stringContaining("Wijkverband"), missing: ["sociaal domein"] }],
    });
    const list = await listWijkverbanden(actors.coordinator, own.slug);
    expect(list.rows.filter((r) => r.coreComplete).length).toBe(data.network.complete);
    expect(list.rows.length).toBe(data.network.total);
  });

  it("counts active links per municipality, like the region's social-domain page", async () => {
    const data = await getCoordinatorDashboard(actors.coordinator, own.slug);
    expect(data.social.active).toBe(3);
    expect(data.social.municipalities.map((m) => [m.code === own.municipalityCode, m.active, m.exploring])).toEqual([
      [true, 2, 1],
      [false, 1, 0],
    ]);
    const page = await getRegionSocial(actors.coordinator, own.slug);
    expect(page.perMunicipality.map((m) => m.active)).toEqual(data.social.municipalities.map((m) => m.active));
  });

  it("shows the last ten audit events, newest first, with a description and a link", async () => {
    const data = await getCoordinatorDashboard(actors.coordinator, own.slug);
    expect(data.activity).toHaveLength(10);
    expect(data.activity[0]).toMatchObject({
      key: "agreementPublish",
      role: "coordinator",
      href: `/r/${own.slug}/wijkverbanden/${own.wijkverbandId}/afspraken/${ids.agreement1}`,
    });
    expect(data.activity[0]!.who).not.toBe("–");
    expect(data.activity[1]).toMatchObject({
      key: "planStatus",
      verb: "vastgesteld",
      href: `/r/${own.slug}/regioplan/${ids.plan}`,
    });
    expect(data.activity[2]).toMatchObject({ key: "practice", verb: "update", who: "oud@test.invalid" });
    const ids10 = data.activity.map((e) => BigInt(e.id));
    expect([...ids10].sort((a, b) => (a > b ? -1 : 1))).toEqual(ids10);
  });

  it("lists what needs attention, urgent first, each linking to the place to act", async () => {
    const data = await getCoordinatorDashboard(actors.coordinator, own.slug);
    const base = `/r/${own.slug}`;
    expect(data.attention.map((a) => [a.kind, a.count, a.href])).toEqual([
      ["milestonesOverdue", 2, `${base}/initiatieven?plan=${ids.plan}&signaal=over-tijd`],
      ["insurerQuestions", 1, `${base}/budget/uitgaven/${ids.oldestQuestion}`],
      ["objections", 1, `${base}/wijkverbanden/${own.wijkverbandId}/afspraken/${ids.agreement1}`],
      ["reviewsOverdue", 1, `${base}/afspraken`],
      ["expendituresToSubmit", 2, `${base}/budget/uitgaven/${ids.oldestConcept}`],
      ["reviewsSoon", 1, `${base}/afspraken`],
      ["indicatorsOffTrack", 1, `${base}/initiatieven?plan=${ids.plan}&signaal=niet-op-koers`],
      ["incompleteCoreTeams", 1, `${base}/wijkverbanden/${own.wijkverbandId}`],
    ]);
  });

  it("has empty states for a region without plan, agreements or activity", async () => {
    // The fixture's region: one budget (last year's fixture value kept), one incomplete wijkverband.
    const data = await getCoordinatorDashboard(emptyCoordinator, empty.slug);
    expect(data.plan).toBeNull();
    expect(data.agreements).toBeNull();
    expect(data.activity).toEqual([]);
    expect(data.social.active).toBe(0);
    expect(data.attention.map((a) => a.kind)).toEqual(["incompleteCoreTeams", "noPlan"]);
    await systemDb.oiBudget.deleteMany({ where: { regionId: empty.regionId } });
    expect((await getCoordinatorDashboard(emptyCoordinator, empty.slug)).money).toBeNull();
  });
});

describe("who sees the coordinator's dashboard", () => {
  it("the coordinator of the region and the platform admin", async () => {
    for (const actor of [actors.coordinator, actors.admin]) {
      expect(isCoordinatorHome(actor, own.slug)).toBe(true);
      expect((await getCoordinatorDashboard(actor, own.slug)).region.id).toBe(own.regionId);
    }
  });

  it("not a coordinator of another region, nor any other role of this region (they keep their own home)", async () => {
    expect(isCoordinatorHome(actors.foreign.coordinator, own.slug)).toBe(false);
    await expect(getCoordinatorDashboard(actors.foreign.coordinator, own.slug)).rejects.toBeInstanceOf(NotFoundError);
    for (const actor of [actors.holder, actors.insurer, actors.officer, actors.foreign.holder, actors.foreign.insurer]) {
      expect(isCoordinatorHome(actor, own.slug)).toBe(false);
      await expect(getCoordinatorDashboard(actor, own.slug)).rejects.toBeInstanceOf(NotFoundError);
    }
    // The practice holder lands on their own dashboard.
    expect(isHolderHome(actors.holder, own.slug)).toBe(true);
  });

  it("answers 404 for an unknown or malformed region", async () => {
    await expect(getCoordinatorDashboard(actors.coordinator, "bestaat-niet")).rejects.toBeInstanceOf(NotFoundError);
    await expect(getCoordinatorDashboard(actors.coordinator, "../x")).rejects.toBeInstanceOf(NotFoundError);
  });
});
