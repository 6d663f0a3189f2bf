// The coordinator dashboard's pure rules: what needs attention first, the audit descriptions and
// links, the sums, and the plan and indicator helpers it shares with the initiative list.
import { describe, expect, it } from "vitest";
import {
  activityHref,
  attentionItems,
  describeAction,
  moneyTotals,
  type DashboardAgreements,
  type DashboardMoney,
  type DashboardNetwork,
  type DashboardPlan,
} from "@/lib/domain/dashboard/rules";
import type { InsurerFigures } from "@/lib/domain/money/figures";
import { tallyIndicators } from "@/lib/domain/plans/indicators";
import { followedPlan } from "@/lib/domain/plans/rules";
import { en, nl } from "@/lib/i18n/messages/dashboard";

const ID = "11111111-1111-4111-8111-111111111111";
const WV = "22222222-2222-4222-8222-222222222222";

function plan(overrides: Partial<DashboardPlan> = {}): DashboardPlan {
  return {
    id: ID,
    title: "Plan",
    periodStart: 2026,
    periodEnd: 2027,
    status: "vastgesteld",
    initiatives: 0,
    phases: { ontwikkelen: 0, opschalen: 0, borgen: 0, stoppen: 0 },
    overdueMilestones: 0,
    indicators: { onTrack: 0, offTrack: 0, noData: 0 },
    ...overrides,
  };
}

function insurer(overrides: Partial<InsurerFigures> = {}): InsurerFigures {
  return {
    insurerId: "i",
    insurerName: "V",
    plannedCents: 0,
    allocatedCents: 0,
    submittedCents: 0,
    approvedCents: 0,
    openQuestions: 0,
    concepts: 0,
    awaitingReview: 0,
    ...overrides,
  };
}

function money(overrides: Partial<InsurerFigures> = {}, oldest: Partial<DashboardMoney> = {}): DashboardMoney {
  const rows = [insurer(overrides)];
  return { year: 2026, insurers: rows, totals: moneyTotals(rows), oldestQuestionId: null, oldestConceptId: null, ...oldest };
}

function agreements(overrides: Partial<DashboardAgreements> = {}): DashboardAgreements {
  return {
    published: 1,
    asked: 4,
    accepted: 4,
    objections: 0,
    open: 0,
    percent: 100,
    reviewsOverdue: 0,
    reviewsSoon: 0,
    singleObjection: null,
    ...overrides,
  };
}

const completeNetwork: DashboardNetwork = { total: 1, complete: 1, incomplete: [] };

describe("attentionItems", () => {
  it("is empty when nothing is late, waiting or incomplete", () => {
    expect(attentionItems("zw", { plan: plan(), money: money(), agreements: agreements(), network: completeNetwork })).toEqual(
      [],
    );
  });

  it("puts the urgent kinds first, whatever order they arise in, and leaves out zero counts", () => {
    const items = attentionItems("zw", {
      plan: plan({ overdueMilestones: 0, indicators: { onTrack: 1, offTrack: 3, noData: 0 } }),
      money: money({ openQuestions: 0, concepts: 2 }),
      agreements: agreements({ reviewsOverdue: 1, reviewsSoon: 2 }),
      network: {
        total: 3,
        complete: 1,
        incomplete: [
          { id: WV, name: "A", missing: ["apotheek"] },
          { id: ID, name: "B", missing: [] },
        ],
      },
    });
    expect(items.map((i) => [i.kind, i.count, i.urgent])).toEqual([
      ["reviewsOverdue", 1, true],
      ["expendituresToSubmit", 2, false],
      ["reviewsSoon", 2, false],
      ["indicatorsOffTrack", 3, false],
      ["incompleteCoreTeams", 2, false],
    ]);
    // Several incomplete core teams: the list; several concepts without a known oldest: the budget page of the year.
    expect(items.find((i) => i.kind === "incompleteCoreTeams")?.href).toBe("/r/zw/wijkverbanden");
    expect(items.find((i) => i.kind === "expendituresToSubmit")?.href).toBe("/r/zw/budget?jaar=2026");
  });

  it("links to the place to act: the filtered initiative list, the oldest item, the one agreement or wijkverband", () => {
    const items = attentionItems("zw", {
      plan: plan({ overdueMilestones: 2 }),
      money: money({ openQuestions: 3 }, { oldestQuestionId: ID }),
      agreements: agreements({ objections: 1, singleObjection: { agreementId: ID, wijkverbandId: WV } }),
      network: { total: 1, complete: 0, incomplete: [{ id: WV, name: "A", missing: ["apotheek"] }] },
    });
    expect(items.map((i) => i.href)).toEqual([
      `/r/zw/initiatieven?plan=${ID}&signaal=over-tijd`,
      `/r/zw/budget/uitgaven/${ID}`,
      `/r/zw/wijkverbanden/${WV}/afspraken/${ID}`,
      `/r/zw/wijkverbanden/${WV}`,
    ]);
    expect(items.every((i) => i.kind === "incompleteCoreTeams" || i.urgent)).toBe(true);
  });

  it("objections spread over several agreements go to the agreement overview", () => {
    const [item] = attentionItems("zw", {
      plan: plan(),
      money: null,
      agreements: agreements({ objections: 3 }),
      network: completeNetwork,
    });
    expect(item).toEqual({ kind: "objections", count: 3, urgent: true, href: "/r/zw/afspraken" });
  });

  it("asks for a plan when the region has none, after everything else", () => {
    const items = attentionItems("zw", {
      plan: null,
      money: null,
      agreements: null,
      network: { total: 1, complete: 0, incomplete: [{ id: WV, name: "A", missing: ["huisarts"] }] },
    });
    expect(items.map((i) => i.kind)).toEqual(["incompleteCoreTeams", "noPlan"]);
    expect(items[1]?.href).toBe("/r/zw/regioplan");
  });
});

describe("moneyTotals", () => {
  it("adds every figure and count over the insurers", () => {
    expect(
      moneyTotals([
        insurer({ plannedCents: 100, allocatedCents: 50, approvedCents: 10, submittedCents: 5, openQuestions: 1, concepts: 2 }),
        insurer({ plannedCents: 200, allocatedCents: 20, approvedCents: 1, awaitingReview: 4, openQuestions: 2 }),
      ]),
    ).toEqual({
      plannedCents: 300,
      allocatedCents: 70,
      submittedCents: 5,
      approvedCents: 11,
      openQuestions: 3,
      concepts: 2,
      awaitingReview: 4,
    });
  });
});

describe("describeAction", () => {
  it.each([
    ["plan.status.vastgesteld", "planStatus", "vastgesteld"],
    ["plan.create", "plan", "create"],
    ["initiative.milestone.done", "milestoneDone", "done"],
    ["initiative.milestone.create", "milestone", "create"],
    ["initiative.measurement.record", "measurement", "record"],
    ["wijkverband.member.add", "member", "add"],
    ["agreement.publish", "agreementPublish", "publish"],
    ["agreement.newVersion", "agreement", "newVersion"],
    ["agreement.acknowledge", "acknowledge", "acknowledge"],
    ["expenditure.approve", "expenditureMove", "approve"],
    ["expenditure.create", "expenditure", "create"],
    ["budget.closeYear", "budget", "closeYear"],
    ["practice.import", "import", "import"],
    ["socialorganisation.create", "partner", "create"],
    ["region.settings.update", "settings", "update"],
    ["something.unknown", "other", "unknown"],
  ])("%s → %s / %s", (action, key, verb) => {
    expect(describeAction(action)).toEqual({ key, verb });
  });

  it("has a subject for every key and Dutch and English words for every verb it can produce", () => {
    for (const verb of ["create", "update", "done", "approve", "ask", "answer", "closeYear", "import", "newVersion"]) {
      expect(nl.activity.verb).toHaveProperty(verb);
      expect(en.activity.verb).toHaveProperty(verb);
    }
  });
});

describe("activityHref", () => {
  it("links records that have a page, and nothing else", () => {
    expect(activityHref("zw", "Initiative", ID, null)).toBe(`/r/zw/initiatieven/${ID}`);
    expect(activityHref("zw", "expenditure", ID, null)).toBe(`/r/zw/budget/uitgaven/${ID}`);
    expect(activityHref("zw", "Agreement", ID, WV)).toBe(`/r/zw/wijkverbanden/${WV}/afspraken/${ID}`);
    expect(activityHref("zw", "Agreement", ID, null)).toBeNull();
    expect(activityHref("zw", "Discipline", ID, null)).toBeNull();
    expect(activityHref("zw", "Initiative", "not-an-id", null)).toBeNull();
    expect(activityHref("zw", "Initiative", null, null)).toBeNull();
  });
});

describe("shared with the initiative list", () => {
  it("tallyIndicators counts achieved as on track", () => {
    expect(tallyIndicators(["achieved", "on_track", "off_track", "no_data", "no_data"])).toEqual({
      onTrack: 2,
      offTrack: 1,
      noData: 2,
    });
  });

  it("followedPlan prefers an adopted plan covering the year, then the newest adopted, then the newest", () => {
    const p = (id: string, status: DashboardPlan["status"], periodStart: number, periodEnd: number) => ({
      id,
      status,
      periodStart,
      periodEnd,
    });
    const newestFirst = [
      p("concept", "concept", 2028, 2030),
      p("now", "vastgesteld", 2025, 2027),
      p("old", "geevalueerd", 2021, 2024),
    ];
    expect(followedPlan(newestFirst, 2026)?.id).toBe("now");
    expect(followedPlan(newestFirst, 2040)?.id).toBe("now");
    expect(followedPlan([p("concept", "concept", 2028, 2030)], 2026)?.id).toBe("concept");
    expect(followedPlan([], 2026)).toBeNull();
  });
});
