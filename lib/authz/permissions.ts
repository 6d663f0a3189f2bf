// The permission registry: DOMAIN.md's role table as code. Each action lists, per role, the rule
// under which a membership of that role allows it on a resource. A role missing from an action's
// entry is denied; unknown roles and actions are denied. Services call can() before withActor().
import type { Actor, ActorMembership, Role } from "@/lib/auth/actor";

/** What an action is performed on: always a region, plus what narrows it. */
export type Resource = {
  regionId: string;
  /** The practice concerned (a practice holder's own practice). */
  practiceId?: string | null;
  /** The municipality (GM code) the record belongs to. */
  municipalityCode?: string | null;
  /** The insurer (organisation id) of an O&I budget. */
  insurerId?: string | null;
};

type Rule = (m: ActorMembership, r: Resource) => boolean;

const inRegion: Rule = (m, r) => m.regionIds.includes(r.regionId);
const ownPractice: Rule = (m, r) => inRegion(m, r) && !!r.practiceId && r.practiceId === m.practiceId;
const ownMunicipality: Rule = (m, r) =>
  inRegion(m, r) && !!r.municipalityCode && r.municipalityCode === m.municipalityCode;
const ownInsurer: Rule = (m, r) => inRegion(m, r) && !!r.insurerId && r.insurerId === m.organisationId;

type RoleRules = Partial<Record<Role, Rule>>;

const allReaders: RoleRules = {
  coordinator: inRegion,
  practice_holder: inRegion,
  insurer_reviewer: inRegion,
  municipality_officer: inRegion,
  platform_admin: inRegion,
};
const coordinatorOnly: RoleRules = { coordinator: inRegion, platform_admin: inRegion };

export const PERMISSIONS = {
  "region.read": allReaders,
  "region.settings": coordinatorOnly,

  "plan.read": allReaders,
  "plan.comment": allReaders,
  "plan.edit": coordinatorOnly,
  "plan.publish": coordinatorOnly,
  /** Marking a comment on the plan, a theme or an initiative as handled. */
  "comment.handle": coordinatorOnly,

  // Municipality officers read the network of their own municipality only.
  "network.read": { ...allReaders, municipality_officer: ownMunicipality },
  "network.edit": coordinatorOnly,
  "practice.editDetails": { coordinator: inRegion, practice_holder: ownPractice, platform_admin: inRegion },

  "agreement.read": { ...allReaders, municipality_officer: ownMunicipality },
  "agreement.draft": coordinatorOnly,
  "agreement.publish": coordinatorOnly,
  "agreement.acknowledge": { practice_holder: ownPractice, platform_admin: inRegion },

  "budget.read": {
    coordinator: inRegion,
    practice_holder: ownPractice,
    insurer_reviewer: ownInsurer,
    platform_admin: inRegion,
  },
  "budget.create": { insurer_reviewer: ownInsurer, platform_admin: inRegion },
  "budget.allocate": coordinatorOnly,
  "budget.review": { insurer_reviewer: ownInsurer, platform_admin: inRegion },
  "expenditure.record": coordinatorOnly,
  "expenditure.submit": coordinatorOnly,

  "social.read": {
    coordinator: inRegion,
    practice_holder: inRegion,
    municipality_officer: ownMunicipality,
    platform_admin: inRegion,
  },
  "social.edit": { coordinator: inRegion, municipality_officer: ownMunicipality, platform_admin: inRegion },

  "audit.read": { coordinator: inRegion, insurer_reviewer: ownInsurer, platform_admin: inRegion },
} as const satisfies Record<string, RoleRules>;

export type Action = keyof typeof PERMISSIONS;
export const ACTIONS = Object.keys(PERMISSIONS) as Action[];

export function isAction(value: string): value is Action {
  return Object.hasOwn(PERMISSIONS, value);
}

/** True when any of the actor's memberships allows the action on the resource. */
export function can(actor: Pick<Actor, "memberships">, action: Action, resource: Resource): boolean {
  if (!isAction(action)) return false;
  const rules: RoleRules = PERMISSIONS[action];
  return actor.memberships.some((m) => {
    if (!Object.hasOwn(rules, m.role)) return false;
    const rule = rules[m.role];
    return rule ? rule(m, resource) : false;
  });
}

/** Whether the actor is a platform administrator (the admin pages and the user list). */
export function isPlatformAdmin(actor: Pick<Actor, "memberships">): boolean {
  return actor.memberships.some((m) => m.role === "platform_admin");
}

/**
 * How far a list-level read reaches within a region: everything, or only some municipalities.
 * Services use this to filter lists; can() decides on single records.
 */
export function readScope(
  actor: Pick<Actor, "memberships">,
  action: Action,
  regionId: string,
): { kind: "all" } | { kind: "municipalities"; codes: string[] } | { kind: "none" } {
  if (can(actor, action, { regionId })) return { kind: "all" };
  const codes = actor.memberships
    .filter((m) => m.municipalityCode && can({ memberships: [m] }, action, { regionId, municipalityCode: m.municipalityCode }))
    .map((m) => m.municipalityCode as string);
  return codes.length > 0 ? { kind: "municipalities", codes } : { kind: "none" };
}
