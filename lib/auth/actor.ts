// Who is acting: the user, each membership with the regions it opens, and the union of those
// regions (what row-level security lets the actor see). Loaded fresh per request, so revoking a
// membership or a budget takes effect at once.
import { systemDb } from "@/lib/db/client";
import { Role } from "@/lib/generated/prisma/enums";

export const ROLES = Object.values(Role);
export type { Role };

export type ActorMembership = {
  role: Role;
  regionId: string | null;
  regionSlug: string | null;
  regionName: string | null;
  organisationId: string | null;
  organisationName: string | null;
  municipalityCode: string | null;
  uzovi: string | null;
  practiceId: string | null;
  /** Regions this membership opens. */
  regionIds: string[];
};

export type Actor = {
  userId: string;
  email: string;
  name: string;
  memberships: ActorMembership[];
  visibleRegionIds: string[];
};

export function isRole(value: string): value is Role {
  return (ROLES as string[]).includes(value);
}

/** Builds the actor from the database, or null when the user does not exist or is inactive. */
export async function loadActor(userId: string): Promise<Actor | null> {
  const user = await systemDb.user.findFirst({
    where: { id: userId, active: true },
    select: {
      id: true,
      email: true,
      name: true,
      memberships: {
        select: {
          role: true,
          regionId: true,
          organisationId: true,
          practiceId: true,
          region: { select: { slug: true, name: true } },
          organisation: { select: { name: true, kind: true, municipalityCode: true, uzovi: true } },
        },
      },
    },
  });
  if (!user) return null;

  const memberships: ActorMembership[] = [];
  for (const m of user.memberships) {
    if (!isRole(m.role)) continue; // unknown roles are refused, never guessed
    memberships.push({
      role: m.role,
      regionId: m.regionId,
      regionSlug: m.region?.slug ?? null,
      regionName: m.region?.name ?? null,
      organisationId: m.organisationId,
      organisationName: m.organisation?.name ?? null,
      municipalityCode: m.organisation?.municipalityCode ?? null,
      uzovi: m.organisation?.uzovi ?? null,
      practiceId: m.practiceId,
      regionIds: await regionsOpenedBy(m),
    });
  }
  const visibleRegionIds = [...new Set(memberships.flatMap((m) => m.regionIds))].sort();
  return { userId: user.id, email: user.email, name: user.name, memberships, visibleRegionIds };
}

async function regionsOpenedBy(m: {
  role: Role;
  regionId: string | null;
  organisationId: string | null;
  organisation: { kind: string; municipalityCode: string | null } | null;
}): Promise<string[]> {
  switch (m.role) {
    case "platform_admin":
      return (await systemDb.region.findMany({ select: { id: true } })).map((r) => r.id);
    case "coordinator":
    case "practice_holder":
      return m.regionId ? [m.regionId] : [];
    case "insurer_reviewer": {
      if (!m.organisationId || m.organisation?.kind !== "insurer") return [];
      const budgets = await systemDb.oiBudget.findMany({
        where: { insurerId: m.organisationId },
        select: { regionId: true },
        distinct: ["regionId"],
      });
      return budgets.map((b) => b.regionId);
    }
    case "municipality_officer": {
      const code = m.organisation?.municipalityCode;
      if (!code || m.organisation?.kind !== "municipality") return [];
      const regions = await systemDb.region.findMany({
        where: { municipalityCodes: { has: code } },
        select: { id: true },
      });
      return regions.map((r) => r.id);
    }
    default:
      return [];
  }
}
