// Services answer 404 for anything outside the actor's reach: foreign regions, a child loaded
// under the wrong parent, another insurer's or municipality's workspace.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadActor, type Actor } from "@/lib/auth/actor";
import { disconnectDb, systemDb } from "@/lib/db/client";
import { getAdminOverview } from "@/lib/domain/admin/service";
import { getRegionAuditLog } from "@/lib/domain/audit/queries";
import { NotFoundError } from "@/lib/domain/errors";
import { getInsurerHome, getInsurerWorkspace } from "@/lib/domain/insurers/service";
import { getInsurerSocialFigures } from "@/lib/domain/social/service";
import { getMunicipalityWorkspace } from "@/lib/domain/municipalities/service";
import { getPracticeOverview } from "@/lib/domain/practices/service";
import { getRegion, getRegionDashboard } from "@/lib/domain/regions/service";
import { createTenant, roleActors, type Tenant } from "./fixtures";

let a: Tenant;
let b: Tenant;
let coordinator: Actor;
let holder: Actor;
let insurer: Actor;
let officer: Actor;
let admin: Actor;

beforeAll(async () => {
  a = await createTenant("sa");
  b = await createTenant("sb");
  ({ coordinator, holder, insurer, officer, admin } = await roleActors(a, b));
});

afterAll(async () => {
  await disconnectDb();
});

describe("visible regions per role", () => {
  it("follows memberships, budgets and municipalities", () => {
    expect(coordinator.visibleRegionIds).toEqual([a.regionId]);
    expect(holder.visibleRegionIds).toEqual([a.regionId]);
    expect(insurer.visibleRegionIds).toEqual([a.regionId]);
    expect(officer.visibleRegionIds).toEqual([a.regionId]);
    expect(admin.visibleRegionIds).toEqual(expect.arrayContaining([a.regionId, b.regionId]));
  });

  it("opens a region to an insurer as soon as it holds a budget there", async () => {
    await systemDb.oiBudget.create({
      data: {
        regionId: b.regionId,
        insurerId: a.insurerId,
        year: 2026,
        fundingTitle: "digitalisering",
        amountCents: 1,
        periodStart: new Date("2026-01-01"),
        periodEnd: new Date("2026-12-31"),
      },
    });
    const reloaded = await loadActor(insurer.userId);
    expect(reloaded?.visibleRegionIds.sort()).toEqual([a.regionId, b.regionId].sort());
    await systemDb.oiBudget.deleteMany({ where: { regionId: b.regionId, insurerId: a.insurerId } });
  });
});

describe("region workspace", () => {
  it("opens the own region and answers 404 for a foreign one", async () => {
    expect((await getRegion(coordinator, a.slug)).id).toBe(a.regionId);
    await expect(getRegion(coordinator, b.slug)).rejects.toBeInstanceOf(NotFoundError);
    await expect(getRegion(holder, b.slug)).rejects.toBeInstanceOf(NotFoundError);
    await expect(getRegion(insurer, b.slug)).rejects.toBeInstanceOf(NotFoundError);
    await expect(getRegion(officer, b.slug)).rejects.toBeInstanceOf(NotFoundError);
    expect((await getRegion(admin, b.slug)).id).toBe(b.regionId);
  });

  it("shows true figures; budget totals to every reader of the region, expenditure counts to coordinators", async () => {
    const forCoordinator = await getRegionDashboard(coordinator, a.slug, 2026);
    expect(forCoordinator.practices).toBe(2);
    expect(forCoordinator.registeredPatients).toBe(2500);
    expect(forCoordinator.wijkverbanden).toHaveLength(1);
    expect(forCoordinator.wijkverbanden[0]).toMatchObject({
      coreComplete: false,
      missing: ["wijkverpleging", "apotheek", "sociaal domein"],
    });
    expect(forCoordinator.budget?.totalCents).toBe(10_000_000);
    // Issue 8: practice holders and municipality officers see the budget totals, not expenditure details.
    expect((await getRegionDashboard(holder, a.slug, 2026)).budget).toMatchObject({
      totalCents: 10_000_000,
      pendingExpenditures: 0,
    });
    // The municipality officer sees its own municipality's network only.
    const forOfficer = await getRegionDashboard(officer, a.slug, 2026);
    expect(forOfficer.practices).toBe(1);
    expect(forOfficer.budget).toMatchObject({ totalCents: 10_000_000, pendingExpenditures: 0 });
  });

  it("shows the audit log to the coordinator and admin only", async () => {
    await expect(getRegionAuditLog(coordinator, a.slug)).resolves.toMatchObject({ region: { id: a.regionId } });
    await expect(getRegionAuditLog(admin, a.slug)).resolves.toBeDefined();
    for (const actor of [holder, insurer, officer])
      await expect(getRegionAuditLog(actor, a.slug)).rejects.toBeInstanceOf(NotFoundError);
    await expect(getRegionAuditLog(coordinator, b.slug)).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe("practice page", () => {
  it("loads a practice only together with its own region", async () => {
    expect((await getPracticeOverview(holder, a.slug, a.practiceId)).practice.id).toBe(a.practiceId);
    // Own region in the URL, foreign practice id: 404, not a leak.
    await expect(getPracticeOverview(coordinator, a.slug, b.practiceId)).rejects.toBeInstanceOf(NotFoundError);
    await expect(getPracticeOverview(admin, a.slug, b.practiceId)).rejects.toBeInstanceOf(NotFoundError);
    await expect(getPracticeOverview(coordinator, b.slug, b.practiceId)).rejects.toBeInstanceOf(NotFoundError);
  });

  it("lets a municipality officer see practices in its own municipality only", async () => {
    await expect(getPracticeOverview(officer, a.slug, a.practiceId)).resolves.toBeDefined();
    await expect(getPracticeOverview(officer, a.slug, a.otherMunicipalityPracticeId)).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe("organisation workspaces", () => {
  it("opens an insurer workspace to its own reviewers and the admin only", async () => {
    const own = await getInsurerWorkspace(insurer, a.uzovi);
    expect(own.rows).toEqual([expect.objectContaining({ regionId: a.regionId, year: 2026, budgetCents: 10_000_000 })]);
    await expect(getInsurerWorkspace(insurer, b.uzovi)).rejects.toBeInstanceOf(NotFoundError);
    await expect(getInsurerWorkspace(coordinator, a.uzovi)).rejects.toBeInstanceOf(NotFoundError);
    await expect(getInsurerWorkspace(admin, a.uzovi)).resolves.toBeDefined();
  });

  it("gives the insurer's home, in one transaction, what the workspace and the social figures give apart", async () => {
    const today = new Date();
    const home = await getInsurerHome(insurer, a.uzovi, today);
    const { insurer: own, rows } = await getInsurerWorkspace(insurer, a.uzovi);
    expect(home).toEqual({
      insurer: own,
      rows,
      social: await getInsurerSocialFigures(insurer, own.id, { rows: false, quarters: 2, today }),
    });
    expect(home.social.periods).toHaveLength(2);
    await expect(getInsurerHome(insurer, b.uzovi)).rejects.toBeInstanceOf(NotFoundError);
    await expect(getInsurerHome(coordinator, a.uzovi)).rejects.toBeInstanceOf(NotFoundError);
    await expect(getInsurerHome(insurer, "12ab")).rejects.toBeInstanceOf(NotFoundError);
    await expect(getInsurerHome(admin, a.uzovi)).resolves.toBeDefined();
  });

  it("opens a municipality workspace to its own officers and the admin only", async () => {
    const own = await getMunicipalityWorkspace(officer, a.municipalityCode.toLowerCase());
    expect(own.wijkverbanden.map((w) => w.id)).toEqual([a.wijkverbandId]);
    expect(own.practices).toBe(1);
    await expect(getMunicipalityWorkspace(officer, b.municipalityCode)).rejects.toBeInstanceOf(NotFoundError);
    await expect(getMunicipalityWorkspace(coordinator, a.municipalityCode)).rejects.toBeInstanceOf(NotFoundError);
  });

  it("shows platform administration to the platform admin only", async () => {
    const overview = await getAdminOverview(admin);
    expect(overview.regions.map((r) => r.id)).toEqual(expect.arrayContaining([a.regionId, b.regionId]));
    for (const actor of [coordinator, holder, insurer, officer])
      await expect(getAdminOverview(actor)).rejects.toBeInstanceOf(NotFoundError);
  });
});
