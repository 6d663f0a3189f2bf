// The permission registry as a table: every role × every action × own and foreign tenant.
import { describe, expect, it } from "vitest";
import type { ActorMembership, Role } from "@/lib/auth/actor";
import { ACTIONS, can, readScope, type Action, type Resource } from "@/lib/authz/permissions";

const REGION_A = "00000000-0000-4000-8000-00000000000a";
const REGION_B = "00000000-0000-4000-8000-00000000000b";
const OWN_PRACTICE = "00000000-0000-4000-8000-0000000000p1";
const OTHER_PRACTICE = "00000000-0000-4000-8000-0000000000p2";
const INSURER = "00000000-0000-4000-8000-0000000000i1";
const OTHER_INSURER = "00000000-0000-4000-8000-0000000000i2";
const OWN_GM = "GM0479";
const OTHER_GM = "GM0439";

function membership(role: Role, extra: Partial<ActorMembership> = {}): ActorMembership {
  return {
    role,
    regionId: null,
    regionSlug: null,
    regionName: null,
    regionBrandName: null,
    regionBrandColor: null,
    organisationId: null,
    organisationName: null,
    municipalityCode: null,
    uzovi: null,
    practiceId: null,
    regionIds: [REGION_A],
    ...extra,
  };
}

const MEMBERSHIPS: Record<Role, ActorMembership> = {
  coordinator: membership("coordinator", { regionId: REGION_A }),
  practice_holder: membership("practice_holder", { regionId: REGION_A, practiceId: OWN_PRACTICE }),
  insurer_reviewer: membership("insurer_reviewer", { organisationId: INSURER }),
  municipality_officer: membership("municipality_officer", { organisationId: "gm-org", municipalityCode: OWN_GM }),
  // The platform admin sees every region; here the world has only region A so "foreign" means a
  // region it was not given, which must also be refused.
  platform_admin: membership("platform_admin"),
};

/** The resource in the actor's own tenant that the role's own-scope rules refer to. */
function ownResource(region: string): Resource {
  return {
    regionId: region,
    practiceId: OWN_PRACTICE,
    municipalityCode: OWN_GM,
    insurerId: INSURER,
    practiceIds: [OWN_PRACTICE],
  };
}

// Y = allowed on the own resource; N = refused. Columns follow the role order in ROLE_ORDER.
const ROLE_ORDER: Role[] = ["coordinator", "practice_holder", "insurer_reviewer", "municipality_officer", "platform_admin"];
const EXPECTED: Record<Action, string> = {
  //                       coord holder insurer gemeente admin
  "region.read": "Y Y Y Y Y",
  "region.settings": "Y N N N Y",
  "region.dashboard": "Y N N N Y",
  "plan.read": "Y Y Y Y Y",
  "plan.comment": "Y Y Y Y Y",
  "plan.edit": "Y N N N Y",
  "plan.publish": "Y N N N Y",
  "comment.handle": "Y N N N Y",
  "network.read": "Y Y Y Y Y",
  "network.edit": "Y N N N Y",
  "practice.editDetails": "Y Y N N Y",
  "agreement.read": "Y Y Y Y Y",
  "agreement.draft": "Y N N N Y",
  "agreement.publish": "Y N N N Y",
  "agreement.acknowledge": "N Y N N Y",
  "agreement.readReasons": "Y Y N N Y",
  "budget.readTotals": "Y Y Y Y Y",
  "budget.read": "Y N Y N Y",
  "allocation.read": "Y Y Y N Y",
  "expenditure.read": "Y N Y N Y",
  "budget.create": "N N Y N Y",
  "budget.edit": "N N Y N Y",
  "budget.closeYear": "N N Y N Y",
  "budget.allocate": "Y N N N Y",
  "budget.review": "N N Y N Y",
  "expenditure.record": "Y N N N Y",
  "expenditure.submit": "Y N N N Y",
  "social.read": "Y Y N Y Y",
  "social.edit": "Y N N Y Y",
  "social.figures": "Y N Y Y Y",
  "audit.read": "Y N Y N Y",
  // Workspaces: "own" is the role's own organisation (or, for the admin, any); "foreign" another one.
  "insurer.workspace": "N N Y N Y",
  "municipality.workspace": "N N N Y Y",
  "platform.admin": "N N N N Y",
};

/** Actions on a workspace or the platform rather than on a region. */
const WORKSPACE_ACTIONS = new Set<Action>(["insurer.workspace", "municipality.workspace", "platform.admin"]);
const OTHER_ORGANISATION = "00000000-0000-4000-8000-0000000000o9";

describe("permission registry", () => {
  it("has an expectation for every action", () => {
    expect(Object.keys(EXPECTED).sort()).toEqual([...ACTIONS].sort());
  });

  for (const action of ACTIONS.filter((a) => WORKSPACE_ACTIONS.has(a))) {
    const row = EXPECTED[action].split(" ");
    ROLE_ORDER.forEach((role, index) => {
      const actor = { memberships: [MEMBERSHIPS[role]] };
      const allowed = row[index] === "Y";
      const own = MEMBERSHIPS[role].organisationId;
      it(`${role} ${allowed ? "may" : "may not"} ${action} of its own organisation`, () => {
        expect(can(actor, action, { organisationId: own })).toBe(allowed);
      });
      // Only the platform admin reaches every workspace.
      it(`${role} ${role === "platform_admin" ? "may" : "may not"} ${action} of another organisation`, () => {
        expect(can(actor, action, { organisationId: OTHER_ORGANISATION })).toBe(role === "platform_admin");
      });
    });
  }

  it("refuses region actions without a region and workspace actions as region actions", () => {
    for (const role of ROLE_ORDER) {
      const actor = { memberships: [MEMBERSHIPS[role]] };
      for (const action of ACTIONS.filter((a) => !WORKSPACE_ACTIONS.has(a))) expect(can(actor, action, {})).toBe(false);
      if (role !== "platform_admin") {
        expect(can(actor, "insurer.workspace", ownResource(REGION_A))).toBe(false);
        expect(can(actor, "municipality.workspace", ownResource(REGION_A))).toBe(false);
      }
    }
  });

  for (const action of ACTIONS.filter((a) => !WORKSPACE_ACTIONS.has(a))) {
    const row = EXPECTED[action].split(" ");
    ROLE_ORDER.forEach((role, index) => {
      const actor = { memberships: [MEMBERSHIPS[role]] };
      const allowed = row[index] === "Y";
      it(`${role} ${allowed ? "may" : "may not"} ${action} in its own region`, () => {
        expect(can(actor, action, ownResource(REGION_A))).toBe(allowed);
      });
      it(`${role} may not ${action} in a foreign region`, () => {
        expect(can(actor, action, ownResource(REGION_B))).toBe(false);
      });
    });
  }

  it("narrows own-scope rules: another practice, municipality or insurer is refused", () => {
    const holder = { memberships: [MEMBERSHIPS.practice_holder] };
    expect(can(holder, "practice.editDetails", { regionId: REGION_A, practiceId: OTHER_PRACTICE })).toBe(false);
    expect(can(holder, "agreement.acknowledge", { regionId: REGION_A, practiceId: OTHER_PRACTICE })).toBe(false);
    const officer = { memberships: [MEMBERSHIPS.municipality_officer] };
    expect(can(officer, "network.read", { regionId: REGION_A, municipalityCode: OTHER_GM })).toBe(false);
    expect(can(officer, "social.edit", { regionId: REGION_A, municipalityCode: OTHER_GM })).toBe(false);
    expect(can(officer, "network.read", { regionId: REGION_A })).toBe(false);
    // A practice holder sees only social links that reach its own practice.
    expect(can(holder, "social.read", { regionId: REGION_A, practiceIds: [OTHER_PRACTICE] })).toBe(false);
    expect(can(holder, "social.read", { regionId: REGION_A })).toBe(false);
    const insurer = { memberships: [MEMBERSHIPS.insurer_reviewer] };
    expect(can(insurer, "budget.review", { regionId: REGION_A, insurerId: OTHER_INSURER })).toBe(false);
    expect(can(insurer, "budget.read", { regionId: REGION_A })).toBe(false);
    expect(can(insurer, "expenditure.read", { regionId: REGION_A, insurerId: OTHER_INSURER })).toBe(false);
    expect(can(holder, "allocation.read", { regionId: REGION_A, practiceId: OTHER_PRACTICE })).toBe(false);
  });

  it("refuses unknown roles and unknown actions", () => {
    const stranger = { memberships: [{ ...MEMBERSHIPS.coordinator, role: "superuser" as Role }] };
    for (const action of ACTIONS) expect(can(stranger, action, ownResource(REGION_A))).toBe(false);
    const coordinator = { memberships: [MEMBERSHIPS.coordinator] };
    expect(can(coordinator, "plan.destroy" as Action, ownResource(REGION_A))).toBe(false);
    expect(can(coordinator, "toString" as Action, ownResource(REGION_A))).toBe(false);
  });

  it("gives no rights without memberships", () => {
    for (const action of ACTIONS) expect(can({ memberships: [] }, action, ownResource(REGION_A))).toBe(false);
  });

  it("combines memberships: a huisarts who is also coordinator may edit the plan", () => {
    const both = { memberships: [MEMBERSHIPS.practice_holder, MEMBERSHIPS.coordinator] };
    expect(can(both, "plan.edit", ownResource(REGION_A))).toBe(true);
    expect(can(both, "agreement.acknowledge", ownResource(REGION_A))).toBe(true);
  });

  it("scopes list reads: all, own municipalities, or none", () => {
    expect(readScope({ memberships: [MEMBERSHIPS.coordinator] }, "network.read", REGION_A)).toEqual({ kind: "all" });
    expect(readScope({ memberships: [MEMBERSHIPS.municipality_officer] }, "network.read", REGION_A)).toEqual({
      kind: "municipalities",
      codes: [OWN_GM],
    });
    expect(readScope({ memberships: [MEMBERSHIPS.municipality_officer] }, "network.read", REGION_B)).toEqual({ kind: "none" });
    expect(readScope({ memberships: [MEMBERSHIPS.insurer_reviewer] }, "social.read", REGION_A)).toEqual({ kind: "none" });
  });
});
