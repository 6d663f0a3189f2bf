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
      return m.regionSlug && m.practiceId
        ? { href: `/r/${m.regionSlug}/praktijken/${m.practiceId}`, role: m.role, label: m.regionName ?? m.regionSlug }
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
  return all.sort((a, b) => HOME_PRIORITY.indexOf(a.role) - HOME_PRIORITY.indexOf(b.role));
}

/** The page an actor lands on after login; null when no membership leads anywhere. */
export function homePathOf(actor: Actor): string | null {
  return workspacesOf(actor)[0]?.href ?? null;
}
