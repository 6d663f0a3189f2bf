// Where each membership leads, and which one is the actor's home after login.
import type { Actor, ActorMembership, Role } from "@/lib/auth/actor";

export type Workspace = { href: string; role: Role; label: string };

const HOME_PRIORITY: Role[] = ["platform_admin", "coordinator", "practice_holder", "insurer_reviewer", "municipality_officer"];

export function workspaceOf(m: ActorMembership): Workspace | null {
  switch (m.role) {
    case "platform_admin":
      return { href: "/admin", role: m.role, label: "Platformbeheer" };
    case "coordinator":
      return m.regionSlug ? { href: `/r/${m.regionSlug}`, role: m.role, label: m.regionName ?? m.regionSlug } : null;
    case "practice_holder":
      // The holder's dashboard is the region page (agreements to confirm, wijkverbanden, initiatives).
      return m.regionSlug && m.practiceId
        ? { href: `/r/${m.regionSlug}`, role: m.role, label: m.regionName ?? m.regionSlug }
        : null;
    case "insurer_reviewer":
      return m.uzovi ? { href: `/verzekeraar/${m.uzovi}`, role: m.role, label: m.organisationName ?? m.uzovi } : null;
    case "municipality_officer":
      return m.municipalityCode
        ? { href: `/gemeente/${m.municipalityCode}`, role: m.role, label: m.organisationName ?? m.municipalityCode }
        : null;
    default:
      return null;
  }
}

export function workspacesOf(actor: Actor): Workspace[] {
  const all = actor.memberships.map(workspaceOf).filter((w): w is Workspace => w !== null);
  const sorted = all.sort((a, b) => HOME_PRIORITY.indexOf(a.role) - HOME_PRIORITY.indexOf(b.role));
  // One entry per page (a holder of several practices, or a coordinator who also holds a practice).
  return sorted.filter((w, index) => sorted.findIndex((o) => o.href === w.href) === index);
}

/** The page an actor lands on after login; null when no membership leads anywhere. */
export function homePathOf(actor: Actor): string | null {
  return workspacesOf(actor)[0]?.href ?? null;
}

/**
 * Whether the region page is this actor's practice-holder dashboard: they hold a practice there and
 * have no coordinating role in the region (coordinators and admins keep the region overview).
 */
export function isHolderHome(actor: Actor, regionSlug: string): boolean {
  const inRegion = actor.memberships.filter((m) => m.regionSlug === regionSlug || m.role === "platform_admin");
  return (
    inRegion.some((m) => m.role === "practice_holder" && m.practiceId) &&
    !inRegion.some((m) => m.role === "coordinator" || m.role === "platform_admin")
  );
}

/**
 * Whether the region page is this actor's coordinator dashboard: they coordinate this region (or
 * administer the platform). The service checks the permission again (`region.dashboard`).
 */
export function isCoordinatorHome(actor: Actor, regionSlug: string): boolean {
  return actor.memberships.some((m) => (m.role === "coordinator" && m.regionSlug === regionSlug) || m.role === "platform_admin");
}
