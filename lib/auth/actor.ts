// Who is acting: the user, each membership with the regions it opens, and the union of those
// regions (what row-level security lets the actor see). Loaded fresh per request, so revoking a
// membership or a budget takes effect at once.
import { systemDb } from "@/lib/db/client";
import { Role } from "@/lib/generated/prisma/enums";
import { isId } from "@/lib/domain/shared/ids";

export const ROLES = Object.values(Role);
export type { Role };

export type ActorMembership = {
  role: Role;
  regionId: string | null;
  regionSlug: string | null;
  regionName: string | null;
  /** The region's branding (its layout shows it), for a membership with a region. */
  regionBrandName: string | null;
  regionBrandColor: string | null;
  organisationId: string | null;
  organisationName: string | null;
  municipalityCode: string | null;
  /** The UZOVI code when the membership's organisation is an insurer. */
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

/** What ACTOR_SQL returns: memberships as JSON, their role not yet checked. */
type ActorRow = {
  id: string;
  email: string;
  name: string;
  memberships: (Omit<ActorMembership, "role" | "regionIds"> & { role: string; regionIds: string[] | null })[];
};

// The user, each membership with its region and organisation, and the regions each membership
// opens, in ONE statement: this runs on every signed-in request, before the page's own work.
//   coordinator, practice holder: their region;
//   insurer reviewer: the regions where the insurer has an O&I budget;
//   municipality officer: the regions whose area includes the municipality;
//   platform admin: every region.
// `extra` adds columns of the user's own (the session's unread count).
const actorSql = (extra: string) => `
SELECT u.id, u.email, u.name,${extra}
  coalesce(json_agg(json_build_object(
    'role', m.role, 'regionId', m."regionId", 'regionSlug', r.slug, 'regionName', r.name,
    'regionBrandName', r."brandName", 'regionBrandColor', r."brandColor",
    'organisationId', m."organisationId", 'organisationName', o.name,
    'municipalityCode', o."municipalityCode", 'uzovi', CASE WHEN o.kind = 'insurer' THEN o.uzovi END,
    'practiceId', m."practiceId",
    'regionIds', CASE
      WHEN m.role = 'platform_admin' THEN (SELECT json_agg(a.id ORDER BY a.id) FROM "Region" a)
      WHEN m.role IN ('coordinator', 'practice_holder') AND m."regionId" IS NOT NULL THEN json_build_array(m."regionId")
      WHEN m.role = 'insurer_reviewer' AND o.kind = 'insurer' THEN
        (SELECT json_agg(DISTINCT b."regionId") FROM "OiBudget" b WHERE b."insurerId" = o.id)
      WHEN m.role = 'municipality_officer' AND o.kind = 'municipality' AND o."municipalityCode" IS NOT NULL THEN
        (SELECT json_agg(a.id ORDER BY a.id) FROM "Region" a WHERE o."municipalityCode" = ANY (a."municipalityCodes"))
    END
  ) ORDER BY m."createdAt", m.id) FILTER (WHERE m.id IS NOT NULL), '[]'::json) AS memberships
FROM "User" u
LEFT JOIN "Membership" m ON m."userId" = u.id
LEFT JOIN "Region" r ON r.id = m."regionId"
LEFT JOIN "Organisation" o ON o.id = m."organisationId"
WHERE u.id = $1::uuid AND u.active AND ($2::int IS NULL OR u."sessionVersion" = $2::int)
GROUP BY u.id`;

const ACTOR_SQL = actorSql("");
// A signed-in request also shows the user's unread notifications in the header. Counted here, by
// the user id this statement has just checked, instead of in a transaction of its own: the same rows
// the app role's own_rows policy would let the user count (notifications are per user, not per region).
const SESSION_SQL = actorSql(`
  (SELECT count(*)::int FROM "Notification" n WHERE n."userId" = u.id AND n."readAt" IS NULL) AS "unreadNotifications",`);

function toActor(user: ActorRow): Actor {
  const memberships: ActorMembership[] = [];
  for (const m of user.memberships) {
    if (!isRole(m.role)) continue; // unknown roles are refused, never guessed
    memberships.push({ ...m, role: m.role, regionIds: m.regionIds ?? [] });
  }
  const visibleRegionIds = [...new Set(memberships.flatMap((m) => m.regionIds))].sort();
  return { userId: user.id, email: user.email, name: user.name, memberships, visibleRegionIds };
}

/**
 * Builds the actor from the database, or null when the user does not exist, is inactive, or the
 * session was issued under an earlier session version (the user logged out since). Omit
 * `sessionVersion` only outside a session (tests, tools).
 */
export async function loadActor(userId: string, sessionVersion?: number): Promise<Actor | null> {
  if (!isId(userId)) return null;
  const [user] = await systemDb.$queryRawUnsafe<ActorRow[]>(ACTOR_SQL, userId, sessionVersion ?? null);
  return user ? toActor(user) : null;
}

export type SessionUser = { actor: Actor; unreadNotifications: number };

/** loadActor() for a signed-in request: the actor and the user's unread notifications, in one statement. */
export async function loadSessionUser(userId: string, sessionVersion: number): Promise<SessionUser | null> {
  if (!isId(userId)) return null;
  const [user] = await systemDb.$queryRawUnsafe<(ActorRow & { unreadNotifications: number })[]>(
    SESSION_SQL,
    userId,
    sessionVersion,
  );
  return user ? { actor: toActor(user), unreadNotifications: user.unreadNotifications } : null;
}
