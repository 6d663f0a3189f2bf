// The demo seed against a freshly migrated database without demo data: it creates the demo once,
// and a second run changes nothing. Other files' tenants may share the database, so every check
// is limited to the demo regions and users (files run one after the other).
import { afterAll, describe, expect, it } from "vitest";
import { disconnectDb, systemDb } from "@/lib/db/client";
import { loadActor } from "@/lib/auth/actor";
import { seedDemoData } from "@/lib/db/seed/demo";
import { getHolderDashboard } from "@/lib/domain/agreements/service";
import { comparePlanVersions } from "@/lib/domain/plans/versions";
import { DEMO_USERS, REGIONS } from "@/lib/db/seed/demo-data";

async function rowCounts(): Promise<Record<string, number>> {
  const db = systemDb;
  const counters: Record<string, () => Promise<number>> = {
    user: () => db.user.count(),
    membership: () => db.membership.count(),
    organisation: () => db.organisation.count(),
    discipline: () => db.discipline.count(),
    region: () => db.region.count(),
    regionPartner: () => db.regionPartner.count(),
    practice: () => db.practice.count(),
    wijkverband: () => db.wijkverband.count(),
    wijkverbandMember: () => db.wijkverbandMember.count(),
    wijkStatistic: () => db.wijkStatistic.count(),
    agreement: () => db.agreement.count(),
    agreementVersion: () => db.agreementVersion.count(),
    acknowledgement: () => db.acknowledgement.count(),
    regioplan: () => db.regioplan.count(),
    planVersion: () => db.planVersion.count(),
    theme: () => db.theme.count(),
    initiative: () => db.initiative.count(),
    initiativeParticipant: () => db.initiativeParticipant.count(),
    indicator: () => db.indicator.count(),
    measurement: () => db.measurement.count(),
    milestone: () => db.milestone.count(),
    comment: () => db.comment.count(),
    oiBudget: () => db.oiBudget.count(),
    allocation: () => db.allocation.count(),
    expenditure: () => db.expenditure.count(),
    socialLink: () => db.socialLink.count(),
    referralCount: () => db.referralCount.count(),
  };
  const counts: Record<string, number> = {};
  // One after the other: on the embedded database all connections share one backend anyway.
  for (const [name, count] of Object.entries(counters)) counts[name] = await count();
  return counts;
}

describe("demo seed", () => {
  afterAll(async () => {
    await disconnectDb();
  });

  it("creates the demo once and is idempotent", { timeout: 120_000 }, async () => {
    const first = await seedDemoData(systemDb);
    expect(first).toEqual({ created: true });
    const afterFirst = await rowCounts();

    const second = await seedDemoData(systemDb);
    expect(second).toEqual({ created: false });
    expect(await rowCounts()).toEqual(afterFirst);

    // Regions and network.
    const regions = await systemDb.region.findMany({
      where: { slug: { in: REGIONS.map((r) => r.slug) } },
      select: { id: true, slug: true },
    });
    expect(regions).toHaveLength(2);
    const region1 = regions.find((r) => r.slug === "zaanstreek-waterland");
    const region2 = regions.find((r) => r.slug === "amstelland-meerlanden");
    expect(region1).toBeDefined();
    expect(region2).toBeDefined();
    if (!region1 || !region2) return;

    expect(await systemDb.practice.count({ where: { regionId: { in: [region1.id, region2.id] } } })).toBeGreaterThanOrEqual(60);
    expect(await systemDb.wijkverband.count({ where: { regionId: { in: [region1.id, region2.id] } } })).toBeGreaterThanOrEqual(
      12,
    );

    // AGB codes: 8 digits, unique per region.
    const practices = await systemDb.practice.findMany({ select: { regionId: true, agb: true } });
    for (const region of [region1, region2]) {
      const codes = practices.filter((p) => p.regionId === region.id).map((p) => p.agb);
      for (const code of codes) expect(code).toMatch(/^\d{8}$/);
      expect(new Set(codes).size).toBe(codes.length);
    }

    // Demo users and their memberships.
    const users = await systemDb.user.findMany({
      where: { email: { in: DEMO_USERS.map((u) => u.email) } },
      select: {
        email: true,
        name: true,
        memberships: {
          select: {
            role: true,
            regionId: true,
            practice: { select: { name: true, regionId: true } },
            organisation: { select: { kind: true, name: true, uzovi: true, municipalityCode: true } },
          },
        },
      },
    });
    expect(users).toHaveLength(6);
    const byEmail = (email: string) => {
      const user = users.find((u) => u.email === email);
      expect(user, email).toBeDefined();
      expect(user?.memberships).toHaveLength(1);
      return user?.memberships[0];
    };

    const coordinator = byEmail("coordinator@wijkkracht.test");
    expect(coordinator).toMatchObject({ role: "coordinator", regionId: region1.id, practice: null, organisation: null });

    const huisarts = byEmail("huisarts@wijkkracht.test");
    expect(huisarts).toMatchObject({ role: "practice_holder", regionId: region1.id, organisation: null });
    expect(huisarts?.practice?.regionId).toBe(region1.id);
    expect(huisarts?.practice?.name).toBe("Huisartsenpraktijk De Zaan");

    const verzekeraar = byEmail("verzekeraar@wijkkracht.test");
    expect(verzekeraar).toMatchObject({ role: "insurer_reviewer", regionId: null, practice: null });
    expect(verzekeraar?.organisation?.kind).toBe("insurer");
    expect(verzekeraar?.organisation?.uzovi).toMatch(/^\d{4}$/);

    const gemeente = byEmail("gemeente@wijkkracht.test");
    expect(gemeente).toMatchObject({ role: "municipality_officer", regionId: null, practice: null });
    expect(gemeente?.organisation).toMatchObject({ kind: "municipality", municipalityCode: "GM0479" });

    const beheer = byEmail("beheer@wijkkracht.test");
    expect(beheer).toMatchObject({ role: "platform_admin", regionId: null, practice: null, organisation: null });

    const coordinator2 = byEmail("coordinator2@wijkkracht.test");
    expect(coordinator2).toMatchObject({ role: "coordinator", regionId: region2.id, practice: null, organisation: null });

    expect(users.find((u) => u.email === "huisarts@wijkkracht.test")?.name).toBe("Dr. Pieter Bakker");
    expect(users.find((u) => u.email === "coordinator@wijkkracht.test")?.name).toBe("Sanne de Vries");

    // The demo insurer has O&I budgets in both regions.
    const uzovi = verzekeraar?.organisation?.uzovi ?? "";
    const insurerBudgets = await systemDb.oiBudget.findMany({
      where: { insurer: { uzovi }, regionId: { in: [region1.id, region2.id] } },
      select: { regionId: true, amountCents: true, rateCents: true, basisPatients: true },
    });
    expect(new Set(insurerBudgets.map((b) => b.regionId))).toEqual(new Set([region1.id, region2.id]));
    for (const b of insurerBudgets) {
      expect(Number.isInteger(b.amountCents)).toBe(true);
      if (b.rateCents !== null && b.basisPatients !== null) expect(b.amountCents).toBe(b.rateCents * b.basisPatients);
    }

    // A believable regioplan per region: 4–6 themes, 15+ initiatives, each with an indicator with
    // measurements and a milestone; some milestones overdue; comments from partners.
    const today = new Date(Date.UTC(new Date().getUTCFullYear(), new Date().getUTCMonth(), new Date().getUTCDate()));
    for (const region of [region1, region2]) {
      const plans = await systemDb.regioplan.findMany({
        where: { regionId: region.id },
        select: {
          id: true,
          status: true,
          currentVersion: true,
          themes: {
            select: {
              initiatives: {
                select: {
                  indicators: { select: { _count: { select: { measurements: true } } } },
                  milestones: { select: { dueDate: true, doneAt: true } },
                },
              },
            },
          },
        },
      });
      expect(plans).toHaveLength(1);
      const plan = plans[0]!;
      expect(plan.themes.length).toBeGreaterThanOrEqual(4);
      expect(plan.themes.length).toBeLessThanOrEqual(6);
      const initiatives = plan.themes.flatMap((t) => t.initiatives);
      expect(initiatives.length, region.slug).toBeGreaterThanOrEqual(15);
      for (const i of initiatives) {
        expect(i.indicators.length).toBeGreaterThan(0);
        expect(i.indicators.some((x) => x._count.measurements > 0)).toBe(true);
        expect(i.milestones.length).toBeGreaterThan(0);
      }
      expect(initiatives.flatMap((i) => i.milestones).filter((m) => !m.doneAt && m.dueDate < today).length).toBeGreaterThan(0);
      expect(await systemDb.comment.count({ where: { regionId: region.id } })).toBeGreaterThanOrEqual(3);
      // A vastgesteld plan has its frozen version with the same initiatives.
      if (plan.status === "vastgesteld") {
        const version = await systemDb.planVersion.findFirstOrThrow({
          where: { regionId: region.id, planId: plan.id, versionNumber: plan.currentVersion },
        });
        const snapshot = version.snapshot as { themes: { initiatives: { id: string }[] }[] };
        expect(snapshot.themes.flatMap((t) => t.initiatives)).toHaveLength(initiatives.length);
        // … and the live plan still matches it: comparing v1 with the working state shows no change.
        const coordinatorUser = await systemDb.user.findUniqueOrThrow({ where: { email: "coordinator2@wijkkracht.test" } });
        const comparison = await comparePlanVersions((await loadActor(coordinatorUser.id))!, region.slug, plan.id);
        expect(comparison.diff).toMatchObject({ plan: [], themes: [] });
      }
    }

    // Agreements: every wijkverband has one, some two versions, some a concept; decisions are
    // mixed; the demo practice holder has something to confirm.
    for (const region of [region1, region2]) {
      const wijkverbanden = await systemDb.wijkverband.findMany({
        where: { regionId: region.id },
        select: { id: true, agreements: { select: { versions: { select: { status: true } } } } },
      });
      for (const w of wijkverbanden) expect(w.agreements.length, w.id).toBeGreaterThan(0);
      const versions = wijkverbanden.flatMap((w) => w.agreements.map((a) => a.versions.map((v) => v.status)));
      expect(versions.some((v) => v.includes("vervangen") && v.includes("gepubliceerd"))).toBe(true);
      expect(versions.some((v) => v.includes("concept"))).toBe(true);
      const decisions = await systemDb.acknowledgement.groupBy({
        by: ["decision"],
        where: { regionId: region.id },
        _count: true,
      });
      expect(decisions.map((d) => d.decision).sort()).toEqual(["accepted", "objection"]);
    }
    const holderUser = await systemDb.user.findUniqueOrThrow({ where: { email: "huisarts@wijkkracht.test" } });
    const dashboard = await getHolderDashboard((await loadActor(holderUser.id))!, "zaanstreek-waterland");
    expect(dashboard.agreements.toConfirm).toBeGreaterThan(0);
  });
});
