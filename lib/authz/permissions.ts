// The permission registry, the only place that says who may do what: each action lists, per role,
// the rule under which a membership of that role allows it on a resource. A role missing from an
// action's entry is denied; unknown roles and actions are denied. Services call can() (and
// readScope() for lists); nothing else checks roles.
import type { Actor, ActorMembership, Role } from "@/lib/auth/actor";

/**
 * What an action is performed on: a region plus what narrows it, or — for the workspaces of an
 * insurer or a municipality and for platform administration — the organisation or nothing.
 */
export type Resource = {
  /** The region (tenant); every region-scoped action is refused without it. */
  regionId?: string;
  /** The practice concerned (a practice holder's own practice). */
  practiceId?: string | null;
  /** The municipality (GM code) the record belongs to. */
  municipalityCode?: string | null;
  /** The insurer (organisation id) of an O&I budget. */
  insurerId?: string | null;
  /** The practices a social link reaches: its practice, or the member practices of its wijkverband. */
  practiceIds?: readonly string[] | null;
  /** The organisation whose workspace is opened (an insurer or a municipality). */
  organisationId?: string | null;
};

type Rule = (m: ActorMembership, r: Resource) => boolean;

const inRegion: Rule = (m, r) => !!r.regionId && m.regionIds.includes(r.regionId);
const ownPractice: Rule = (m, r) => inRegion(m, r) && !!r.practiceId && r.practiceId === m.practiceId;
const ownMunicipality: Rule = (m, r) => inRegion(m, r) && !!r.municipalityCode && r.municipalityCode === m.municipalityCode;
const ownWijkverband: Rule = (m, r) => inRegion(m, r) && !!m.practiceId && !!r.practiceIds?.includes(m.practiceId);
const ownInsurer: Rule = (m, r) => inRegion(m, r) && !!r.insurerId && r.insurerId === m.organisationId;
const ownOrganisation: Rule = (m, r) => !!r.organisationId && r.organisationId === m.organisationId;
const anywhere: Rule = () => true;

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
  /** The coordinator's dashboard on /r/<regio>: every module's figures, objections and money in detail. */
  "region.dashboard": coordinatorOnly,

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
  /** Objection reasons: coordinators, and a holder for their own practice; never insurers or municipalities. */
  "agreement.readReasons": { coordinator: inRegion, practice_holder: ownPractice, platform_admin: inRegion },

  // O&I money (README "O&I-gelden"). Totals: every role that reads the region (insurers see only
  // their own budgets' totals, the service filters). Budgets and allocations in detail: the
  // coordinators and the budget's insurer; a practice holder sees allocations to initiatives
  // its practice takes part in. Expenditure details: coordinators and the budget's insurer only.
  "budget.readTotals": allReaders,
  "budget.read": { coordinator: inRegion, insurer_reviewer: ownInsurer, platform_admin: inRegion },
  "allocation.read": {
    coordinator: inRegion,
    practice_holder: ownPractice,
    insurer_reviewer: ownInsurer,
    platform_admin: inRegion,
  },
  "expenditure.read": { coordinator: inRegion, insurer_reviewer: ownInsurer, platform_admin: inRegion },
  /** Create a budget, raise or lower it. */
  "budget.create": { insurer_reviewer: ownInsurer, platform_admin: inRegion },
  "budget.edit": { insurer_reviewer: ownInsurer, platform_admin: inRegion },
  /** Close a year of the insurer's budgets in a region: nothing in it changes afterwards. */
  "budget.closeYear": { insurer_reviewer: ownInsurer, platform_admin: inRegion },
  "budget.allocate": coordinatorOnly,
  /** Approve, ask a question, reject (never one's own submission: four eyes, in the service). */
  "budget.review": { insurer_reviewer: ownInsurer, platform_admin: inRegion },
  /** Record, edit and delete concept expenditures, with their evidence. */
  "expenditure.record": coordinatorOnly,
  /** Submit, and answer a reviewer's question (which resubmits). */
  "expenditure.submit": coordinatorOnly,

  // Social domain: links with their notes and contacts. Practice holders see the links that reach
  // their practice (directly or through a wijkverband it is a member of).
  "social.read": {
    coordinator: inRegion,
    practice_holder: ownWijkverband,
    municipality_officer: ownMunicipality,
    platform_admin: inRegion,
  },
  /** Organisations, links, statuses and referral counts (by hand and by import). */
  "social.edit": { coordinator: inRegion, municipality_officer: ownMunicipality, platform_admin: inRegion },
  /** Aggregate referral figures without notes or contacts; insurers of the regions they fund (small numbers suppressed). */
  "social.figures": {
    coordinator: inRegion,
    municipality_officer: ownMunicipality,
    insurer_reviewer: inRegion,
    platform_admin: inRegion,
  },

  "audit.read": { coordinator: inRegion, insurer_reviewer: ownInsurer, platform_admin: inRegion },

  // Workspaces outside the regions: resource { organisationId } or nothing.
  "insurer.workspace": { insurer_reviewer: ownOrganisation, platform_admin: anywhere },
  "municipality.workspace": { municipality_officer: ownOrganisation, platform_admin: anywhere },
  /** The admin pages: regions, users, the disciplines catalogue. */
  "platform.admin": { platform_admin: anywhere },
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
