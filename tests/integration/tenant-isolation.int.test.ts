// Row-level security is the second wall: even a query that forgets its tenant filter, or raw SQL
// inside withActor, cannot see or touch another region's rows.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { disconnectDb, systemDb } from "@/lib/db/client";
import { withActor, withTenantContext } from "@/lib/db/with-actor";
import { actorFor, createTenant, randomUUID, type Tenant } from "./fixtures";

let a: Tenant;
let b: Tenant;
let coordinatorA: Actor;

// Every table with regionId: RLS must hide region B from region A's actor in each of them.
const TENANT_TABLES = [
  "RegionPartner", "Practice", "Wijkverband", "WijkverbandMember", "WijkStatistic", "Agreement", "AgreementVersion",
  "Acknowledgement", "Regioplan", "PlanVersion", "Theme", "Initiative", "InitiativeParticipant", "Indicator",
  "Measurement", "Milestone", "Comment", "OiBudget", "Allocation", "Expenditure", "SocialLink", "ReferralCount",
];

beforeAll(async () => {
  a = await createTenant("a");
  b = await createTenant("b");
  coordinatorA = await actorFor([{ role: "coordinator", regionId: a.regionId }]);
});

afterAll(async () => {
  await disconnectDb();
});

describe("row-level security through withActor", () => {
  it("has RLS enabled and forced on every region-scoped table", async () => {
    const rows = await systemDb.$queryRaw<{ relname: string; relrowsecurity: boolean; relforcerowsecurity: boolean }[]>`
      SELECT c.relname, c.relrowsecurity, c.relforcerowsecurity FROM pg_class c
      JOIN pg_attribute a ON a.attrelid = c.oid AND a.attname = 'regionId' AND NOT a.attisdropped
      JOIN pg_namespace n ON n.oid = c.relnamespace AND n.nspname = 'public' WHERE c.relkind = 'r'`;
    const names = rows.map((r) => r.relname);
    for (const table of TENANT_TABLES) expect(names).toContain(table);
    for (const row of rows) {
      expect(row, row.relname).toMatchObject({ relrowsecurity: true, relforcerowsecurity: true });
    }
  });

  it("runs as the restricted role without BYPASSRLS", async () => {
    const [who] = await withActor(coordinatorA, (tx) =>
      tx.$queryRaw<{ role: string; bypass: boolean; superuser: boolean }[]>`
        SELECT current_user AS role, r.rolbypassrls AS bypass, r.rolsuper AS superuser FROM pg_roles r WHERE r.rolname = current_user`,
    );
    expect(who).toEqual({ role: "wijkkracht_app", bypass: false, superuser: false });
  });

  it("shows only the actor's own region through Prisma queries without a region filter", async () => {
    const practices = await withActor(coordinatorA, (tx) => tx.practice.findMany({ select: { regionId: true } }));
    expect(practices.length).toBeGreaterThan(0);
    expect(new Set(practices.map((p) => p.regionId))).toEqual(new Set([a.regionId]));
    const foreign = await withActor(coordinatorA, (tx) => tx.practice.findUnique({ where: { id: b.practiceId } }));
    expect(foreign).toBeNull();
    const regions = await withActor(coordinatorA, (tx) => tx.region.findMany({ select: { id: true } }));
    expect(regions.map((r) => r.id)).toEqual([a.regionId]);
  });

  it("hides region B from raw SQL inside the transaction, in every tenant table", async () => {
    await withActor(coordinatorA, async (tx) => {
      for (const table of TENANT_TABLES) {
        const [row] = await tx.$queryRawUnsafe<{ n: bigint }[]>(`SELECT count(*) AS n FROM "${table}" WHERE "regionId" = $1::uuid`, b.regionId);
        expect(Number(row!.n), table).toBe(0);
      }
      const [all] = await tx.$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM "Practice" WHERE "regionId" <> ${a.regionId}::uuid`;
      expect(Number(all!.n)).toBe(0);
    });
  });

  it("cannot change or delete region B's rows", async () => {
    const updated = await withActor(coordinatorA, (tx) =>
      tx.$executeRaw`UPDATE "Practice" SET name = 'gekaapt' WHERE "regionId" = ${b.regionId}::uuid`,
    );
    expect(updated).toBe(0);
    const viaPrisma = await withActor(coordinatorA, (tx) => tx.practice.updateMany({ where: { id: b.practiceId }, data: { name: "gekaapt" } }));
    expect(viaPrisma.count).toBe(0);
    const deleted = await withActor(coordinatorA, (tx) => tx.$executeRaw`DELETE FROM "WijkverbandMember" WHERE "regionId" = ${b.regionId}::uuid`);
    expect(deleted).toBe(0);
    const still = await systemDb.practice.findUniqueOrThrow({ where: { id: b.practiceId } });
    expect(still.name).not.toBe("gekaapt");
  });

  it("cannot insert into region B, nor move a row there", async () => {
    const discipline = await systemDb.discipline.findUniqueOrThrow({ where: { code: "huisartsenzorg" } });
    await expect(
      withActor(coordinatorA, (tx) =>
        tx.practice.create({ data: { regionId: b.regionId, name: "Indringer", disciplineId: discipline.id, municipalityCode: b.municipalityCode } }),
      ),
    ).rejects.toThrow(/row-level security/);
    await expect(
      withActor(coordinatorA, (tx) => tx.$executeRaw`UPDATE "Practice" SET "regionId" = ${b.regionId}::uuid WHERE id = ${a.practiceId}::uuid`),
    ).rejects.toThrow(/row-level security|violates/);
  });

  it("refuses links across regions in the database itself (composite foreign keys)", async () => {
    await expect(
      systemDb.wijkverbandMember.create({ data: { regionId: a.regionId, wijkverbandId: a.wijkverbandId, practiceId: b.practiceId, role: "huisarts" } }),
    ).rejects.toThrow();
    await expect(
      systemDb.agreement.create({ data: { regionId: a.regionId, wijkverbandId: b.wijkverbandId, title: "Kruislings" } }),
    ).rejects.toThrow();
  });

  it("sees no tenant rows at all without an actor context", async () => {
    await withTenantContext({ userId: null, regionIds: [] }, async (tx) => {
      for (const table of [...TENANT_TABLES, "Region", "Membership", "AuditEvent"]) {
        const [row] = await tx.$queryRawUnsafe<{ n: bigint }[]>(`SELECT count(*) AS n FROM "${table}"`);
        expect(Number(row!.n), table).toBe(0);
      }
    });
    // The bare role, without even the setting, sees nothing either.
    await systemDb.$transaction(async (tx) => {
      await tx.$executeRawUnsafe("SET LOCAL ROLE wijkkracht_app");
      const [row] = await tx.$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM "Practice"`;
      expect(Number(row!.n)).toBe(0);
    });
  });

  it("cannot read password hashes", async () => {
    await expect(withActor(coordinatorA, (tx) => tx.$queryRaw`SELECT "passwordHash" FROM "User" LIMIT 1`)).rejects.toThrow(/permission denied/);
    const users = await withActor(coordinatorA, (tx) => tx.user.findMany({ select: { id: true, name: true }, take: 1 }));
    expect(users).toHaveLength(1);
  });

  it("refuses malformed region ids in the context", async () => {
    await expect(withTenantContext({ userId: null, regionIds: ["x','y"] }, async () => 1)).rejects.toThrow(/Ongeldige/);
    expect(randomUUID()).toMatch(/-/);
  });
});

describe("audit log is append-only for the application role", () => {
  it("may insert and read its own region's events, never update or delete them", async () => {
    await withActor(coordinatorA, (tx) =>
      tx.auditEvent.createMany({ data: [{ regionId: a.regionId, userId: coordinatorA.userId, action: "test.event", entityType: "Test" }] }),
    );
    const events = await withActor(coordinatorA, (tx) => tx.auditEvent.findMany({ where: { action: "test.event" } }));
    expect(events).toHaveLength(1);
    await expect(withActor(coordinatorA, (tx) => tx.$executeRaw`UPDATE "AuditEvent" SET action = 'vervalst'`)).rejects.toThrow(/permission denied/);
    await expect(withActor(coordinatorA, (tx) => tx.$executeRaw`DELETE FROM "AuditEvent"`)).rejects.toThrow(/permission denied/);
    await expect(withActor(coordinatorA, (tx) => tx.$executeRaw`TRUNCATE "AuditEvent"`)).rejects.toThrow(/permission denied/);
    await expect(
      withActor(coordinatorA, (tx) => tx.auditEvent.createMany({ data: [{ regionId: b.regionId, action: "test.forged", entityType: "Test" }] })),
    ).rejects.toThrow(/row-level security/);
  });
});
