// Test tenants built through the system client, with names unique per call so test files never
// collide in the shared test database.
import { randomUUID } from "node:crypto";
import { loadActor, type Actor, type Role } from "@/lib/auth/actor";
import { hashPassword } from "@/lib/auth/password";
import { systemDb } from "@/lib/db/client";

export type Tenant = {
  regionId: string;
  slug: string;
  municipalityCode: string;
  practiceId: string;
  otherMunicipalityPracticeId: string;
  wijkverbandId: string;
  insurerId: string;
  uzovi: string;
  municipalityOrgId: string;
};

let counter = 0;
const unique = () => `${process.pid}${Date.now().toString(36)}${(counter++).toString(36)}`;
/** A random 4-digit code that is very unlikely to collide between runs. */
const digits = (n: number) => String(Math.floor(Math.random() * 10 ** n)).padStart(n, "0");

async function withUniqueCode<T>(create: () => Promise<T>): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await create();
    } catch (error) {
      if (attempt >= 20 || (error as { code?: string }).code !== "P2002") throw error;
    }
  }
}

async function discipline(code: string) {
  return systemDb.discipline.upsert({
    where: { code },
    update: {},
    create: { code, name: code, nameEn: code, category: "medical" },
  });
}

export async function createTenant(label = "t"): Promise<Tenant> {
  const id = unique();
  const huisarts = await discipline("huisartsenzorg");
  // Codes in ranges no real organisation uses (GM8xxx/GM9xxx, UZOVI 9xxx); retried on the rare clash.
  const insurer = await withUniqueCode(() =>
    systemDb.organisation.create({ data: { kind: "insurer", name: `Verzekeraar ${id}`, uzovi: `9${digits(3)}` } }),
  );
  const municipality = await withUniqueCode(() =>
    systemDb.organisation.create({ data: { kind: "municipality", name: `Gemeente ${id}`, municipalityCode: `GM9${digits(3)}` } }),
  );
  const gm = municipality.municipalityCode!;
  const otherGm = `GM8${digits(3)}`;
  const region = await systemDb.region.create({
    data: {
      slug: `${label}-${id}`,
      name: `Regio ${label} ${id}`,
      code: `T${id}`,
      legalForm: "coöperatie",
      municipalityCodes: [gm, otherGm],
    },
  });
  const practice = await systemDb.practice.create({
    data: {
      regionId: region.id,
      name: `Praktijk ${id}`,
      disciplineId: huisarts.id,
      agb: `01${digits(6)}`,
      municipalityCode: gm,
      registeredPatients: 2500,
    },
  });
  const otherPractice = await systemDb.practice.create({
    data: { regionId: region.id, name: `Andere praktijk ${id}`, disciplineId: huisarts.id, municipalityCode: otherGm },
  });
  const wijkverband = await systemDb.wijkverband.create({
    data: { regionId: region.id, name: `Wijkverband ${id}`, municipalityCode: gm, wijkCodes: [] },
  });
  await systemDb.wijkverbandMember.create({
    data: { regionId: region.id, wijkverbandId: wijkverband.id, practiceId: practice.id, role: "huisarts" },
  });
  await systemDb.oiBudget.create({
    data: {
      regionId: region.id,
      insurerId: insurer.id,
      year: 2026,
      fundingTitle: "regiomanagement",
      amountCents: 10_000_000,
      periodStart: new Date("2026-01-01"),
      periodEnd: new Date("2026-12-31"),
    },
  });
  return {
    regionId: region.id,
    slug: region.slug,
    municipalityCode: gm,
    practiceId: practice.id,
    otherMunicipalityPracticeId: otherPractice.id,
    wijkverbandId: wijkverband.id,
    insurerId: insurer.id,
    uzovi: insurer.uzovi!,
    municipalityOrgId: municipality.id,
  };
}

let passwordHash: Promise<string> | undefined;

export async function createUser(
  memberships: { role: Role; regionId?: string; organisationId?: string; practiceId?: string }[],
  password = "juist-wachtwoord",
): Promise<{ id: string; email: string; password: string }> {
  passwordHash ??= hashPassword("juist-wachtwoord");
  const email = `user-${unique()}@test.invalid`;
  const user = await systemDb.user.create({
    data: {
      email,
      name: `Test ${email}`,
      passwordHash: password === "juist-wachtwoord" ? await passwordHash : await hashPassword(password),
      memberships: { create: memberships },
    },
  });
  return { id: user.id, email, password };
}

export async function actorFor(memberships: Parameters<typeof createUser>[0]): Promise<Actor> {
  const user = await createUser(memberships);
  const actor = await loadActor(user.id);
  if (!actor) throw new Error("actor not loaded");
  return actor;
}

export { randomUUID };

/** The roles of the permission matrix, in the order tests list them. */
export const ROLES = ["coordinator", "practice_holder", "insurer_reviewer", "municipality_officer", "platform_admin"] as const;

/**
 * An actor with one role for a tenant: coordinators of its region, the holder of its practice,
 * the reviewer of its insurer, the officer of its municipality; the platform admin has no tenant.
 */
export function actorInTenant(role: Role, t: Tenant): Promise<Actor> {
  switch (role) {
    case "coordinator":
      return actorFor([{ role, regionId: t.regionId }]);
    case "practice_holder":
      return actorFor([{ role, regionId: t.regionId, practiceId: t.practiceId }]);
    case "insurer_reviewer":
      return actorFor([{ role, organisationId: t.insurerId }]);
    case "municipality_officer":
      return actorFor([{ role, organisationId: t.municipalityOrgId }]);
    case "platform_admin":
      return actorFor([{ role }]);
  }
}

export type RoleActors = {
  coordinator: Actor;
  holder: Actor;
  insurer: Actor;
  officer: Actor;
  admin: Actor;
  /** The same roles in the foreign tenant (the platform admin has no tenant, so none here). */
  foreign: { coordinator: Actor; holder: Actor; insurer: Actor; officer: Actor };
};

/** One actor per role for the own tenant and for a foreign one: the setup of every authorisation matrix. */
export async function roleActors(own: Tenant, foreign: Tenant): Promise<RoleActors> {
  return {
    coordinator: await actorInTenant("coordinator", own),
    holder: await actorInTenant("practice_holder", own),
    insurer: await actorInTenant("insurer_reviewer", own),
    officer: await actorInTenant("municipality_officer", own),
    admin: await actorInTenant("platform_admin", own),
    foreign: {
      coordinator: await actorInTenant("coordinator", foreign),
      holder: await actorInTenant("practice_holder", foreign),
      insurer: await actorInTenant("insurer_reviewer", foreign),
      officer: await actorInTenant("municipality_officer", foreign),
    },
  };
}
