// The coordinator's dashboard as pure functions: its view model, the "needs attention first" list
// derived from the figures, and the readable description and link of an audit event. The service
// (lib/domain/dashboard/service.ts) gathers the figures; components may import this file.
import type { InitiativePhase, PlanStatus } from "@/lib/generated/prisma/enums";
import type { InsurerFigures } from "@/lib/domain/money/figures";
import type { IndicatorTally } from "@/lib/domain/plans/indicators";
import type { CoreRole } from "@/lib/domain/wijkverbanden/core-team";

export type DashboardPlan = {
  id: string;
  title: string;
  periodStart: number;
  periodEnd: number;
  status: PlanStatus;
  initiatives: number;
  phases: Record<InitiativePhase, number>;
  overdueMilestones: number;
  indicators: IndicatorTally;
};

export type DashboardMoney = {
  year: number;
  insurers: InsurerFigures[];
  totals: Omit<InsurerFigures, "insurerId" | "insurerName">;
  /** The oldest expenditure with an open question / in concept, to act on directly. */
  oldestQuestionId: string | null;
  oldestConceptId: string | null;
};

export type DashboardAgreements = {
  /** Agreements with a published (current) version. */
  published: number;
  /** Member practices asked over all current versions, and what they decided. */
  asked: number;
  accepted: number;
  objections: number;
  open: number;
  /** accepted / asked in whole percents, rounded down (as on the agreements page). */
  percent: number;
  reviewsOverdue: number;
  reviewsSoon: number;
  /** The only agreement with objections, when there is exactly one (to link to it directly). */
  singleObjection: { agreementId: string; wijkverbandId: string } | null;
};

export type DashboardNetwork = {
  total: number;
  complete: number;
  incomplete: { id: string; name: string; missing: CoreRole[] }[];
};

export type DashboardSocial = {
  municipalities: { code: string; name: string; active: number; exploring: number }[];
  active: number;
};

export type ActivityKey =
  | "plan"
  | "planStatus"
  | "theme"
  | "initiative"
  | "indicator"
  | "measurement"
  | "milestone"
  | "milestoneDone"
  | "comment"
  | "practice"
  | "wijkverband"
  | "member"
  | "partner"
  | "agreement"
  | "agreementPublish"
  | "acknowledge"
  | "budget"
  | "allocation"
  | "expenditure"
  | "expenditureMove"
  | "socialLink"
  | "referral"
  | "import"
  | "settings"
  | "other";

export type ActivityItem = {
  id: string;
  occurredAt: Date;
  who: string;
  role: string | null;
  action: string;
  key: ActivityKey;
  /** The verb part of the action (create, update, vastgesteld, approve …) for the description. */
  verb: string;
  href: string | null;
};

export type AttentionKind =
  | "milestonesOverdue"
  | "insurerQuestions"
  | "objections"
  | "reviewsOverdue"
  | "expendituresToSubmit"
  | "reviewsSoon"
  | "indicatorsOffTrack"
  | "incompleteCoreTeams"
  | "noPlan";

export type AttentionItem = { kind: AttentionKind; count: number; urgent: boolean; href: string };

export type CoordinatorDashboard = {
  region: { id: string; slug: string; name: string };
  today: Date;
  plan: DashboardPlan | null;
  money: DashboardMoney | null;
  agreements: DashboardAgreements | null;
  network: DashboardNetwork;
  social: DashboardSocial;
  activity: ActivityItem[];
  attention: AttentionItem[];
};

/**
 * What needs the coordinator first, most urgent first: things that are late or that someone else
 * waits for (overdue milestones, an insurer's question, objections, passed review dates), then what
 * is coming or incomplete. Each item links to the place to act; kinds with nothing to do are left out.
 */
export function attentionItems(
  slug: string,
  d: Pick<CoordinatorDashboard, "plan" | "money" | "agreements" | "network">,
): AttentionItem[] {
  const base = `/r/${slug}`;
  const items: AttentionItem[] = [];
  const add = (kind: AttentionKind, count: number, urgent: boolean, href: string) => {
    if (count > 0) items.push({ kind, count, urgent, href });
  };
  const planList = d.plan ? `${base}/initiatieven?plan=${d.plan.id}` : `${base}/initiatieven`;
  const budget = d.money ? `${base}/budget?jaar=${d.money.year}` : `${base}/budget`;
  const expenditure = (id: string | null) => (id ? `${base}/budget/uitgaven/${id}` : budget);
  const agreements = `${base}/afspraken`;

  if (d.plan) add("milestonesOverdue", d.plan.overdueMilestones, true, `${planList}&signaal=over-tijd`);
  if (d.money) add("insurerQuestions", d.money.totals.openQuestions, true, expenditure(d.money.oldestQuestionId));
  if (d.agreements) {
    const one = d.agreements.singleObjection;
    add(
      "objections",
      d.agreements.objections,
      true,
      one ? `${base}/wijkverbanden/${one.wijkverbandId}/afspraken/${one.agreementId}` : agreements,
    );
    add("reviewsOverdue", d.agreements.reviewsOverdue, true, agreements);
  }
  if (d.money) add("expendituresToSubmit", d.money.totals.concepts, false, expenditure(d.money.oldestConceptId));
  if (d.agreements) add("reviewsSoon", d.agreements.reviewsSoon, false, agreements);
  if (d.plan) add("indicatorsOffTrack", d.plan.indicators.offTrack, false, `${planList}&signaal=niet-op-koers`);
  const incomplete = d.network.incomplete;
  add(
    "incompleteCoreTeams",
    incomplete.length,
    false,
    incomplete.length === 1 ? `${base}/wijkverbanden/${incomplete[0]!.id}` : `${base}/wijkverbanden`,
  );
  if (!d.plan) items.push({ kind: "noPlan", count: 1, urgent: false, href: `${base}/regioplan` });
  // Stable: urgent ones first, each group in the order above.
  return [...items.filter((i) => i.urgent), ...items.filter((i) => !i.urgent)];
}

/** Sums the per-insurer rows (the region's totals for the year). */
export function moneyTotals(insurers: readonly InsurerFigures[]): DashboardMoney["totals"] {
  const totals: DashboardMoney["totals"] = {
    plannedCents: 0,
    allocatedCents: 0,
    submittedCents: 0,
    approvedCents: 0,
    openQuestions: 0,
    concepts: 0,
    awaitingReview: 0,
  };
  for (const r of insurers) {
    totals.plannedCents += r.plannedCents;
    totals.allocatedCents += r.allocatedCents;
    totals.submittedCents += r.submittedCents;
    totals.approvedCents += r.approvedCents;
    totals.openQuestions += r.openQuestions;
    totals.concepts += r.concepts;
    totals.awaitingReview += r.awaitingReview;
  }
  return totals;
}

const ACTIVITY_KEYS: Record<string, ActivityKey> = {
  plan: "plan",
  theme: "theme",
  initiative: "initiative",
  "initiative.indicator": "indicator",
  "initiative.measurement": "measurement",
  "initiative.milestone": "milestone",
  comment: "comment",
  practice: "practice",
  wijkverband: "wijkverband",
  "wijkverband.member": "member",
  partner: "partner",
  agreement: "agreement",
  budget: "budget",
  allocation: "allocation",
  expenditure: "expenditure",
  sociallink: "socialLink",
  socialorganisation: "partner",
  referral: "referral",
  wijkstatistic: "import",
  "region.settings": "settings",
};

const EXPENDITURE_MOVES = new Set(["submit", "approve", "ask", "reject", "answer"]);

/** The description key and verb of an audit action ("initiative.milestone.done" → milestoneDone). */
export function describeAction(action: string): { key: ActivityKey; verb: string } {
  const parts = action.split(".");
  const verb = parts.at(-1) ?? action;
  if (parts[0] === "plan" && parts[1] === "status" && parts[2]) return { key: "planStatus", verb: parts[2] };
  if (action === "initiative.milestone.done") return { key: "milestoneDone", verb };
  if (action === "agreement.publish") return { key: "agreementPublish", verb };
  if (action === "agreement.acknowledge") return { key: "acknowledge", verb };
  if (parts[0] === "expenditure" && EXPENDITURE_MOVES.has(verb)) return { key: "expenditureMove", verb };
  if (verb === "import") return { key: "import", verb };
  for (let n = parts.length - 1; n >= 1; n--) {
    const key = ACTIVITY_KEYS[parts.slice(0, n).join(".")];
    if (key) return { key, verb };
  }
  return { key: "other", verb };
}

/** Where an audit event's subject lives in the region, when it has a page of its own. */
export function activityHref(
  slug: string,
  entityType: string,
  entityId: string | null,
  agreementWijkverbandId: string | null,
): string | null {
  if (!entityId || !/^[0-9a-f-]{36}$/i.test(entityId)) return null;
  const base = `/r/${slug}`;
  switch (entityType) {
    case "Regioplan":
      return `${base}/regioplan/${entityId}`;
    case "Initiative":
      return `${base}/initiatieven/${entityId}`;
    case "Practice":
      return `${base}/praktijken/${entityId}`;
    case "Wijkverband":
      return `${base}/wijkverbanden/${entityId}`;
    case "Agreement":
      return agreementWijkverbandId ? `${base}/wijkverbanden/${agreementWijkverbandId}/afspraken/${entityId}` : null;
    case "expenditure":
      return `${base}/budget/uitgaven/${entityId}`;
    case "allocation":
      return `${base}/budget/toewijzingen/${entityId}`;
    case "SocialLink":
      return `${base}/sociaal-domein/verbindingen/${entityId}`;
    default:
      return null;
  }
}
