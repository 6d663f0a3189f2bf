// Row-level security is the second wall: even a query that forgets its tenant filter, or raw SQL
// inside withActor, cannot see or touch another region's rows.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { disconnectDb, systemDb, tenantDb } from "@/lib/db/client";
import { withActor, withTenantContext } from "@/lib/db/with-actor";
import { actorFor, createTenant, randomUUID, type Tenant } from "./fixtures";

let a: Tenant;
let b: Tenant;
let coordinatorA: Actor;

// Every table with regionId: RLS must hide region B from region A's actor in each of them.
const TENANT_TABLES = [
  "RegionPartner",
  "Practice",
  "Wijkverband",
  "WijkverbandMember",
  "WijkStatistic",
  "Agreement",
  "AgreementVersion",
  "Acknowledgement",
  "Regioplan",
  "PlanVersion",
  "Theme",
  "Initiative",
  "InitiativeParticipant",
  "Indicator",
  "Measurement",
  "Milestone",
  "Comment",
  "OiBudget",
  "Allocation",
  "Expenditure",
  "AllocationSpend",
  "AllocationApprovedMonth",
  "BudgetSpend",
  "BudgetApprovedMonth",
  "SocialLink",
  "ReferralCount",
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
    const [who] = await withActor(
      coordinatorA,
      (tx) =>
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
        const [row] = await tx.$queryRawUnsafe<{ n: bigint }[]>(
          `SELECT count(*) AS n FROM "${table}" WHERE "regionId" = $1::uuid`,
          b.regionId,
        );
        expect(Number(row!.n), table).toBe(0);
      }
      const [all] = await tx.$queryRaw<
        { n: bigint }[]
      >`SELECT count(*) AS n FROM "Practice" WHERE "regionId" <> ${a.regionId}::uuid`;
      expect(Number(all!.n)).toBe(0);
    });
  });

  it("cannot change or delete region B's rows", async () => {
    const updated = await withActor(
      coordinatorA,
      (tx) => tx.$executeRaw`UPDATE "Practice" SET name = 'gekaapt' WHERE "regionId" = ${b.regionId}::uuid`,
    );
    expect(updated).toBe(0);
    const viaPrisma = await withActor(coordinatorA, (tx) =>
      tx.practice.updateMany({ where: { id: b.practiceId }, data: { name: "gekaapt" } }),
    );
    expect(viaPrisma.count).toBe(0);
    const deleted = await withActor(
      coordinatorA,
      (tx) => tx.$executeRaw`DELETE FROM "WijkverbandMember" WHERE "regionId" = ${b.regionId}::uuid`,
    );
    expect(deleted).toBe(0);
    const still = await systemDb.practice.findUniqueOrThrow({ where: { id: b.practiceId } });
    expect(still.name).not.toBe("gekaapt");
  });

  it("cannot insert into region B, nor move a row there", async () => {
    const discipline = await systemDb.discipline.findUniqueOrThrow({ where: { code: "huisartsenzorg" } });
    await expect(
      withActor(coordinatorA, (tx) =>
        tx.practice.create({
          data: { regionId: b.regionId, name: "Indringer", disciplineId: discipline.id, municipalityCode: b.municipalityCode },
        }),
      ),
    ).rejects.toThrow(/row-level security/);
    await expect(
      withActor(
        coordinatorA,
        (tx) => tx.$executeRaw`UPDATE "Practice" SET "regionId" = ${b.regionId}::uuid WHERE id = ${a.practiceId}::uuid`,
      ),
    ).rejects.toThrow(/row-level security|violates/);
  });

  it("refuses links across regions in the database itself (composite foreign keys)", async () => {
    await expect(
      systemDb.wijkverbandMember.create({
        data: { regionId: a.regionId, wijkverbandId: a.wijkverbandId, practiceId: b.practiceId, role: "huisarts" },
      }),
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
    await tenantDb.$transaction(async (tx) => {
      await tx.$executeRawUnsafe("SET LOCAL ROLE wijkkracht_app");
      const [row] = await tx.$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM "Practice"`;
      expect(Number(row!.n)).toBe(0);
    });
  });

  it("cannot read password hashes", async () => {
    await expect(withActor(coordinatorA, (tx) => tx.$queryRaw`SELECT "passwordHash" FROM "User" LIMIT 1`)).rejects.toThrow(
      /permission denied/,
    );
    const users = await withActor(coordinatorA, (tx) => tx.user.findMany({ select: { id: true, name: true }, take: 1 }));
    expect(users).toHaveLength(1);
  });

  it("refuses malformed region ids in the context", async () => {
    await expect(withTenantContext({ userId: null, regionIds: ["x','y"] }, async () => 1)).rejects.toThrow(/Ongeldige/);
    expect(randomUUID()).toMatch(/-/);
  });
});

describe("least privilege: the app's connection cannot leave row-level security", () => {
  it("connects as wijkkracht_web, which owns nothing, is no superuser and has no BYPASSRLS", async () => {
    const [who] = await tenantDb.$queryRaw<
      { role: string; superuser: boolean; bypass: boolean; inherit: boolean; owns: bigint }[]
    >`SELECT r.rolname AS role, r.rolsuper AS superuser, r.rolbypassrls AS bypass, r.rolinherit AS inherit,
             (SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
              WHERE n.nspname = 'public' AND pg_has_role(r.oid, c.relowner, 'USAGE')) AS owns
      FROM pg_roles r WHERE r.rolname = session_user`;
    expect(who).toEqual({ role: "wijkkracht_web", superuser: false, bypass: false, inherit: false, owns: 0n });
  });

  it("RESET ROLE inside a tenant transaction lands on a role that cannot read region B — nor any table", async () => {
    await withActor(coordinatorA, async (tx) => {
      await tx.$executeRawUnsafe("SAVEPOINT before_reset");
      await tx.$executeRawUnsafe("RESET ROLE");
      const [role] = await tx.$queryRaw<{ current_user: string }[]>`SELECT current_user`;
      expect(role!.current_user).toBe("wijkkracht_web");
      await expect(tx.$queryRaw`SELECT count(*) FROM "Practice" WHERE "regionId" = ${b.regionId}::uuid`).rejects.toThrow(
        /permission denied/,
      );
      await tx.$executeRawUnsafe("ROLLBACK TO SAVEPOINT before_reset");
      // Nor can it become the owner or the system role.
      await tx.$executeRawUnsafe("SAVEPOINT before_switch");
      await expect(tx.$executeRawUnsafe("SET ROLE wijkkracht_system")).rejects.toThrow(/permission denied/);
      await tx.$executeRawUnsafe("ROLLBACK TO SAVEPOINT before_switch");
    });
    // The same RESET ROLE on a bare connection of the app: still nothing.
    await expect(
      tenantDb.$transaction(async (tx) => {
        await tx.$executeRawUnsafe("RESET ROLE");
        return tx.$queryRaw`SELECT count(*) FROM "User"`;
      }),
    ).rejects.toThrow(/permission denied/);
  });

  it("lets only platform administration change organisations that open regions", async () => {
    const insurer = await systemDb.organisation.findUniqueOrThrow({ where: { id: a.insurerId } });
    // The app role reads them …
    const seen = await withActor(coordinatorA, (tx) => tx.organisation.findUnique({ where: { id: a.insurerId } }));
    expect(seen?.uzovi).toBe(insurer.uzovi);
    // … but cannot change an insurer or a municipality: the row is simply not updatable for it.
    const changed = await withActor(coordinatorA, (tx) =>
      tx.organisation.updateMany({ where: { id: a.insurerId }, data: { uzovi: "9999", name: "Gekaapt" } }),
    );
    expect(changed.count).toBe(0);
    const raw = await withActor(
      coordinatorA,
      (tx) => tx.$executeRaw`UPDATE "Organisation" SET "municipalityCode" = NULL WHERE id = ${a.municipalityOrgId}::uuid`,
    );
    expect(raw).toBe(0);
    // Nor create one, nor turn a partner into one.
    await expect(
      withActor(coordinatorA, (tx) => tx.organisation.create({ data: { kind: "insurer", name: "Nep", uzovi: "9998" } })),
    ).rejects.toThrow(/row-level security/);
    await expect(
      withActor(coordinatorA, (tx) =>
        tx.organisation.create({ data: { kind: "welfare", name: "Nep", municipalityCode: `GM9${Date.now() % 1000}` } }),
      ),
    ).rejects.toThrow(/row-level security/);
    const partner = await withActor(coordinatorA, (tx) =>
      tx.organisation.create({ data: { kind: "welfare", name: `Welzijn ${randomUUID()}` }, select: { id: true } }),
    );
    await expect(
      withActor(coordinatorA, (tx) => tx.organisation.update({ where: { id: partner.id }, data: { kind: "insurer" } })),
    ).rejects.toThrow(/row-level security/);
    // Partners stay editable for the app role; the system client (platform administration) may change anything.
    await withActor(coordinatorA, (tx) => tx.organisation.update({ where: { id: partner.id }, data: { city: "Zaandam" } }));
    await systemDb.organisation.update({ where: { id: a.insurerId }, data: { name: `${insurer.name} (hernoemd)` } });
    expect((await systemDb.organisation.findUniqueOrThrow({ where: { id: a.insurerId } })).uzovi).toBe(insurer.uzovi);
  });

  it("lets coordinators change only the branding of their region, not who sees it", async () => {
    await expect(
      withActor(coordinatorA, (tx) => tx.region.update({ where: { id: a.regionId }, data: { municipalityCodes: ["GM0363"] } })),
    ).rejects.toThrow(/permission denied/);
    await expect(
      withActor(coordinatorA, (tx) => tx.region.update({ where: { id: a.regionId }, data: { preferentInsurerId: null } })),
    ).rejects.toThrow(/permission denied/);
    await withActor(coordinatorA, (tx) => tx.region.update({ where: { id: a.regionId }, data: { brandName: "Eigen naam" } }));
  });
});

describe("audit log is append-only for the application role", () => {
  it("may insert and read its own region's events, never update or delete them", async () => {
    await withActor(coordinatorA, (tx) =>
      tx.auditEvent.createMany({
        data: [{ regionId: a.regionId, userId: coordinatorA.userId, action: "test.event", entityType: "Test" }],
      }),
    );
    const events = await withActor(coordinatorA, (tx) => tx.auditEvent.findMany({ where: { action: "test.event" } }));
    expect(events).toHaveLength(1);
    await expect(withActor(coordinatorA, (tx) => tx.$executeRaw`UPDATE "AuditEvent" SET action = 'vervalst'`)).rejects.toThrow(
      /permission denied/,
    );
    await expect(withActor(coordinatorA, (tx) => tx.$executeRaw`DELETE FROM "AuditEvent"`)).rejects.toThrow(/permission denied/);
    await expect(withActor(coordinatorA, (tx) => tx.$executeRaw`TRUNCATE "AuditEvent"`)).rejects.toThrow(/permission denied/);
    await expect(
      withActor(coordinatorA, (tx) =>
        tx.auditEvent.createMany({ data: [{ regionId: b.regionId, action: "test.forged", entityType: "Test" }] }),
      ),
    ).rejects.toThrow(/row-level security/);
  });
});

// Not on the embedded database: its connections share one session, so they send every statement unnamed.
describe.skipIf(process.env.DATABASE_PREPARED_STATEMENTS === "false")(
  "statements prepared once per connection (lib/db/client.ts)",
  () => {
    // Sequential transactions take the pool's most recently released connection, so these all run on
    // one connection. After five runs PostgreSQL may switch a statement to a generic plan, planned once
    // for every value; here it must, and that plan must still apply the policies with the context of
    // the transaction that executes it.
    it("keep row-level security per transaction, also once PostgreSQL plans them generically", async () => {
      const coordinatorB = await actorFor([{ role: "coordinator", regionId: b.regionId }]);
      await withActor(coordinatorA, (tx) => tx.$executeRaw`SET plan_cache_mode = force_generic_plan`);
      const practiceRegions = (actor: Actor) =>
        withActor(actor, (tx) => tx.practice.findMany({ where: { name: { not: "" } }, select: { regionId: true } }));
      for (let run = 0; run < 8; run++) {
        const rows = await practiceRegions(run % 2 ? coordinatorA : coordinatorB);
        expect(rows.length).toBeGreaterThan(0);
        expect(new Set(rows.map((row) => row.regionId))).toEqual(new Set([run % 2 ? a.regionId : b.regionId]));
      }
      const prepared = await withActor(coordinatorA, async (tx) => {
        const rows = await tx.$queryRaw<{ name: string; runs: number; generic: number }[]>`
        SELECT name, (generic_plans + custom_plans)::int AS runs, generic_plans::int AS generic
        FROM pg_prepared_statements
        WHERE statement LIKE '%FROM "public"."Practice"%' AND statement LIKE '%"name" <>%' AND statement NOT LIKE '%pg_prepared_statements%'`;
        const regions = await practiceRegions(coordinatorA);
        await tx.$executeRaw`RESET plan_cache_mode`;
        return { rows, regions };
      });
      expect(prepared.rows).toHaveLength(1);
      expect(prepared.rows[0]!.name).toMatch(/^w/);
      expect(prepared.rows[0]!.runs).toBeGreaterThanOrEqual(8);
      expect(prepared.rows[0]!.generic).toBeGreaterThanOrEqual(7);
      expect(new Set(prepared.regions.map((row) => row.regionId))).toEqual(new Set([a.regionId]));
    });

    it("leaves bulk writes unnamed, so their texts of every row count do not fill the cache", async () => {
      const event = { regionId: a.regionId, action: "test.bulk", entityType: "Test" };
      const prepared = await withActor(coordinatorA, async (tx) => {
        await tx.auditEvent.createMany({ data: [event] });
        await tx.auditEvent.createMany({ data: Array.from({ length: 60 }, () => event) });
        return tx.$queryRaw<{ parameters: number }[]>`
        SELECT cardinality(parameter_types)::int AS parameters FROM pg_prepared_statements
        WHERE statement LIKE 'INSERT INTO "public"."AuditEvent"%'`;
      });
      expect(await withActor(coordinatorA, (tx) => tx.auditEvent.count({ where: { action: "test.bulk" } }))).toBe(61);
      // The one-row insert is prepared; the 60-row one (180 parameters) is not.
      expect(prepared.length).toBeGreaterThan(0);
      for (const row of prepared) expect(row.parameters).toBeLessThanOrEqual(100);
    });
  },
);
