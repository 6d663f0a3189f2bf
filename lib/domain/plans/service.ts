// The regioplan: plans, themes (opgaven), initiatives with indicators, measurements and
// milestones, comments, versions and carry-over. Every mutation: parseInput → withActor →
// findRegionInTx → load the child with its region (and plan) → can() → rule checks → change →
// recordAudit, all in one transaction.
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/authz/permissions";
import { withActor, type Tx } from "@/lib/db/with-actor";
import type { ClientGroup, IndicatorDirection, InitiativePhase, PlanStatus, Prisma, Role, ThemeType } from "@/lib/generated/prisma/client";
import { diffFields, recordAudit } from "@/lib/domain/audit/service";
import { NotFoundError, ValidationError } from "@/lib/domain/errors";
import { assessIndicator, STATE_LABEL, type IndicatorAssessment } from "@/lib/domain/plans/indicators";
import {
  assertContentEditable,
  assertMonitoringOpen,
  assertTransition,
  CLIENT_GROUP_LABEL,
  commentAudience,
  DIRECTION_LABEL,
  isContentEditable,
  isMonitoringOpen,
  PHASE_LABEL,
  TRANSITIONS,
} from "@/lib/domain/plans/rules";
import {
  CarryOverInputSchema,
  CommentInputSchema,
  IndicatorInputSchema,
  InitiativeFilterSchema,
  InitiativeInputSchema,
  MeasurementInputSchema,
  MilestoneInputSchema,
  periodEnd,
  PlanInputSchema,
  ThemeInputSchema,
  TransitionSchema,
  type CarryOverInput,
  type CommentInput,
  type IndicatorInput,
  type InitiativeFilter,
  type InitiativeInput,
  type MeasurementInput,
  type MilestoneInput,
  type PlanInput,
  type ThemeInput,
} from "@/lib/domain/plans/schema";
import { buildSnapshot, diffSnapshots, parseSnapshot, type PlanDiff, type PlanSnapshot } from "@/lib/domain/plans/snapshot";
import { parseInput } from "@/lib/domain/shared/parse";
import type { Table } from "@/lib/domain/shared/spreadsheet";
import { findRegionInTx, type RegionSummary } from "@/lib/domain/regions/service";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const PLAN_NOT_FOUND = "Dit regioplan bestaat niet.";
const THEME_NOT_FOUND = "Deze opgave bestaat niet.";
const INITIATIVE_NOT_FOUND = "Dit initiatief bestaat niet.";

/** Midnight UTC today: date-only values before it are in the past. */
export function startOfToday(now = new Date()): Date {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
}

// ───────────────────────── permissions per plan ─────────────────────────

export type PlanPermissions = {
  /** May change themes, initiatives, indicators and milestones (coordinator, plan not frozen). */
  mayEdit: boolean;
  /** May record measurements and tick off milestones. */
  mayMonitor: boolean;
  mayComment: boolean;
  mayHandleComments: boolean;
  /** Status moves this actor may make now. */
  transitions: PlanStatus[];
  /** Coordinator rights regardless of status (start a new plan from this one). */
  isEditor: boolean;
};

export function planPermissions(actor: Actor, regionId: string, status: PlanStatus): PlanPermissions {
  const editor = can(actor, "plan.edit", { regionId });
  const audience = commentAudience(status);
  return {
    mayEdit: editor && isContentEditable(status),
    mayMonitor: editor && isMonitoringOpen(status),
    mayComment: audience === "readers" ? can(actor, "plan.comment", { regionId }) : audience === "editors" ? editor : false,
    mayHandleComments: can(actor, "comment.handle", { regionId }),
    transitions: can(actor, "plan.publish", { regionId }) ? [...TRANSITIONS[status]] : [],
    isEditor: editor,
  };
}

// ───────────────────────── loading with the parent ─────────────────────────

type PlanRow = { id: string; regionId: string; title: string; periodStart: number; periodEnd: number; status: PlanStatus; currentVersion: number; previousPlanId: string | null; summary: string | null; updatedAt: Date };
const PLAN_SELECT = { id: true, regionId: true, title: true, periodStart: true, periodEnd: true, status: true, currentVersion: true, previousPlanId: true, summary: true, updatedAt: true } as const;

async function readableRegion(tx: Tx, actor: Actor, slug: string): Promise<RegionSummary> {
  const region = await findRegionInTx(tx, actor, slug);
  if (!can(actor, "plan.read", { regionId: region.id })) throw new NotFoundError("Deze regio bestaat niet.");
  return region;
}

async function planInRegion(tx: Tx, regionId: string, planId: string): Promise<PlanRow> {
  if (!UUID.test(planId)) throw new NotFoundError(PLAN_NOT_FOUND);
  const plan = await tx.regioplan.findFirst({ where: { id: planId, regionId }, select: PLAN_SELECT });
  if (!plan) throw new NotFoundError(PLAN_NOT_FOUND);
  return plan;
}

async function themeInRegion(tx: Tx, regionId: string, themeId: string) {
  if (!UUID.test(themeId)) throw new NotFoundError(THEME_NOT_FOUND);
  const theme = await tx.theme.findFirst({ where: { id: themeId, regionId }, select: { id: true, planId: true, name: true, type: true, clientGroup: true, izaGoals: true, priority: true, rationale: true, plan: { select: PLAN_SELECT } } });
  if (!theme) throw new NotFoundError(THEME_NOT_FOUND);
  return theme;
}

async function initiativeInRegion(tx: Tx, regionId: string, initiativeId: string) {
  if (!UUID.test(initiativeId)) throw new NotFoundError(INITIATIVE_NOT_FOUND);
  const initiative = await tx.initiative.findFirst({
    where: { id: initiativeId, regionId },
    select: {
      id: true, themeId: true, title: true, description: true, ownerName: true, phase: true, startDate: true, endDate: true, carriedFromId: true,
      theme: { select: { id: true, name: true, planId: true, plan: { select: PLAN_SELECT } } },
    },
  });
  if (!initiative) throw new NotFoundError(INITIATIVE_NOT_FOUND);
  return initiative;
}

/**
 * Runs queries one after the other. A transaction has a single connection: firing them at once
 * only queues them in the driver (deprecated in pg 9) and pipelining trips the embedded database.
 */
async function inOrder<const T extends readonly (() => unknown)[]>(tasks: T): Promise<{ -readonly [K in keyof T]: Awaited<ReturnType<T[K]>> }> {
  const results: unknown[] = [];
  for (const task of tasks) results.push(await task());
  return results as { -readonly [K in keyof T]: Awaited<ReturnType<T[K]>> };
}

function requireEditor(actor: Actor, regionId: string, message: string): void {
  if (!can(actor, "plan.edit", { regionId })) throw new NotFoundError(message);
}

// ───────────────────────── the whole plan as a tree ─────────────────────────

export type ParticipantView = { kind: "wijkverband" | "practice" | "organisation"; id: string; name: string; municipalityCode: string | null };
export type MeasurementView = { id: string; period: string; periodEnd: Date; value: number };
export type IndicatorView = {
  id: string;
  name: string;
  unit: string;
  baseline: number | null;
  target: number;
  direction: IndicatorDirection;
  measurements: MeasurementView[];
  assessment: IndicatorAssessment;
};
export type MilestoneView = { id: string; title: string; dueDate: Date; doneAt: Date | null; overdue: boolean };
export type InitiativeView = {
  id: string;
  themeId: string;
  title: string;
  description: string | null;
  ownerName: string | null;
  phase: InitiativePhase;
  startDate: Date | null;
  endDate: Date | null;
  carriedFromId: string | null;
  participants: ParticipantView[];
  indicators: IndicatorView[];
  milestones: MilestoneView[];
  municipalityCodes: string[];
};
export type ThemeView = {
  id: string;
  name: string;
  type: ThemeType;
  clientGroup: ClientGroup | null;
  izaGoals: string[];
  priority: number;
  rationale: string | null;
  initiatives: InitiativeView[];
};

async function loadParticipantNames(tx: Tx, regionId: string, rows: { wijkverbandId: string | null; practiceId: string | null; organisationId: string | null }[]) {
  const wvIds = [...new Set(rows.map((r) => r.wijkverbandId).filter((x): x is string => !!x))];
  const prIds = [...new Set(rows.map((r) => r.practiceId).filter((x): x is string => !!x))];
  const orgIds = [...new Set(rows.map((r) => r.organisationId).filter((x): x is string => !!x))];
  const [wvs, prs, orgs] = await inOrder([
    () => wvIds.length ? tx.wijkverband.findMany({ where: { regionId, id: { in: wvIds } }, select: { id: true, name: true, municipalityCode: true } }) : [],
    () => prIds.length ? tx.practice.findMany({ where: { regionId, id: { in: prIds } }, select: { id: true, name: true, municipalityCode: true } }) : [],
    () => orgIds.length ? tx.organisation.findMany({ where: { id: { in: orgIds } }, select: { id: true, name: true, municipalityCode: true } }) : [],
  ]);
  const names = new Map<string, ParticipantView>();
  for (const w of wvs) names.set(w.id, { kind: "wijkverband", id: w.id, name: w.name, municipalityCode: w.municipalityCode });
  for (const p of prs) names.set(p.id, { kind: "practice", id: p.id, name: p.name, municipalityCode: p.municipalityCode });
  for (const o of orgs) names.set(o.id, { kind: "organisation", id: o.id, name: o.name, municipalityCode: o.municipalityCode });
  return names;
}

const INITIATIVE_TREE_SELECT = {
  id: true, themeId: true, title: true, description: true, ownerName: true, phase: true, startDate: true, endDate: true, carriedFromId: true,
  participants: { select: { wijkverbandId: true, practiceId: true, organisationId: true } },
  indicators: {
    select: { id: true, name: true, unit: true, baseline: true, target: true, direction: true, measurements: { select: { id: true, period: true, periodEnd: true, value: true }, orderBy: { periodEnd: "asc" } } },
    orderBy: { createdAt: "asc" },
  },
  milestones: { select: { id: true, title: true, dueDate: true, doneAt: true }, orderBy: { dueDate: "asc" } },
} as const satisfies Prisma.InitiativeSelect;

type InitiativeTreeRow = Prisma.InitiativeGetPayload<{ select: typeof INITIATIVE_TREE_SELECT }>;

function toInitiativeView(row: InitiativeTreeRow, names: Map<string, ParticipantView>, today: Date): InitiativeView {
  const participants = row.participants
    .map((p) => names.get(p.wijkverbandId ?? p.practiceId ?? p.organisationId ?? ""))
    .filter((p): p is ParticipantView => !!p)
    .sort((a, b) => a.kind.localeCompare(b.kind) || a.name.localeCompare(b.name, "nl"));
  return {
    id: row.id,
    themeId: row.themeId,
    title: row.title,
    description: row.description,
    ownerName: row.ownerName,
    phase: row.phase,
    startDate: row.startDate,
    endDate: row.endDate,
    carriedFromId: row.carriedFromId,
    participants,
    municipalityCodes: [...new Set(participants.map((p) => p.municipalityCode).filter((c): c is string => !!c))].sort(),
    indicators: row.indicators.map((i) => ({
      ...i,
      assessment: assessIndicator({ direction: i.direction, baseline: i.baseline, target: i.target, measurements: i.measurements, start: row.startDate, end: row.endDate }),
    })),
    milestones: row.milestones.map((m) => ({ ...m, overdue: !m.doneAt && m.dueDate < today })),
  };
}

async function loadThemes(tx: Tx, regionId: string, planId: string): Promise<ThemeView[]> {
  const themes = await tx.theme.findMany({
    where: { regionId, planId },
    select: {
      id: true, name: true, type: true, clientGroup: true, izaGoals: true, priority: true, rationale: true,
      initiatives: { select: INITIATIVE_TREE_SELECT, orderBy: [{ startDate: "asc" }, { title: "asc" }] },
    },
    orderBy: [{ priority: "asc" }, { name: "asc" }],
  });
  const names = await loadParticipantNames(tx, regionId, themes.flatMap((t) => t.initiatives.flatMap((i) => i.participants)));
  const today = startOfToday();
  return themes.map((t) => ({ ...t, initiatives: t.initiatives.map((i) => toInitiativeView(i, names, today)) }));
}

function snapshotOf(plan: PlanRow, themes: ThemeView[]): PlanSnapshot {
  return buildSnapshot({
    title: plan.title,
    periodStart: plan.periodStart,
    periodEnd: plan.periodEnd,
    summary: plan.summary,
    themes: themes.map((t) => ({
      ...t,
      initiatives: t.initiatives.map((i) => ({ ...i, participants: i.participants.map((p) => p.name) })),
    })),
  });
}

// ───────────────────────── comments ─────────────────────────

export type CommentView = {
  id: string;
  subjectType: "plan" | "theme" | "initiative";
  subjectId: string;
  authorName: string;
  authorRole: Role;
  authorOrganisationName: string | null;
  body: string;
  createdAt: Date;
  handledAt: Date | null;
};

async function loadComments(tx: Tx, regionId: string, subjects: { type: "plan" | "theme" | "initiative"; ids: string[] }[]): Promise<CommentView[]> {
  const or = subjects.filter((s) => s.ids.length > 0).map((s) => ({ subjectType: s.type, subjectId: { in: s.ids } }));
  if (or.length === 0) return [];
  const rows = await tx.comment.findMany({
    where: { regionId, OR: or },
    select: { id: true, subjectType: true, subjectId: true, authorName: true, authorRole: true, authorOrganisationName: true, body: true, createdAt: true, handledAt: true },
    orderBy: { createdAt: "asc" },
  });
  return rows as CommentView[];
}

// ───────────────────────── queries ─────────────────────────

export type PlanListItem = { id: string; title: string; periodStart: number; periodEnd: number; status: PlanStatus; currentVersion: number; themes: number; initiatives: number; previousPlanId: string | null };

export async function listPlans(actor: Actor, slug: string): Promise<{ region: RegionSummary; plans: PlanListItem[]; mayCreate: boolean }> {
  return withActor(actor, async (tx) => {
    const region = await readableRegion(tx, actor, slug);
    const plans = await tx.regioplan.findMany({
      where: { regionId: region.id },
      select: { ...PLAN_SELECT, _count: { select: { themes: true } } },
      orderBy: [{ periodStart: "desc" }, { createdAt: "desc" }],
    });
    const counts = await tx.initiative.groupBy({ by: ["themeId"], where: { regionId: region.id }, _count: { _all: true } });
    const themes = await tx.theme.findMany({ where: { regionId: region.id }, select: { id: true, planId: true } });
    const perPlan = new Map<string, number>();
    const planOfTheme = new Map(themes.map((t) => [t.id, t.planId]));
    for (const c of counts) {
      const planId = planOfTheme.get(c.themeId);
      if (planId) perPlan.set(planId, (perPlan.get(planId) ?? 0) + c._count._all);
    }
    return {
      region,
      mayCreate: can(actor, "plan.edit", { regionId: region.id }),
      plans: plans.map((p) => ({
        id: p.id, title: p.title, periodStart: p.periodStart, periodEnd: p.periodEnd, status: p.status, currentVersion: p.currentVersion,
        previousPlanId: p.previousPlanId, themes: p._count.themes, initiatives: perPlan.get(p.id) ?? 0,
      })),
    };
  });
}

export type PlanDetail = {
  region: RegionSummary;
  plan: PlanRow;
  previousPlan: { id: string; title: string } | null;
  themes: ThemeView[];
  comments: CommentView[];
  permissions: PlanPermissions;
  versions: { versionNumber: number; createdAt: Date }[];
};

/** The plan with its themes, initiatives, indicators, milestones and the comments on plan and themes. */
export async function getPlan(actor: Actor, slug: string, planId: string): Promise<PlanDetail> {
  return withActor(actor, async (tx) => {
    const region = await readableRegion(tx, actor, slug);
    const plan = await planInRegion(tx, region.id, planId);
    const [themes, versions, previous] = await inOrder([
      () => loadThemes(tx, region.id, plan.id),
      () => tx.planVersion.findMany({ where: { regionId: region.id, planId: plan.id }, select: { versionNumber: true, createdAt: true }, orderBy: { versionNumber: "asc" } }),
      () => plan.previousPlanId ? tx.regioplan.findFirst({ where: { id: plan.previousPlanId, regionId: region.id }, select: { id: true, title: true } }) : null,
    ]);
    const comments = await loadComments(tx, region.id, [
      { type: "plan", ids: [plan.id] },
      { type: "theme", ids: themes.map((t) => t.id) },
    ]);
    return { region, plan, previousPlan: previous, themes, comments, permissions: planPermissions(actor, region.id, plan.status), versions };
  });
}

export type VersionComparison = {
  region: RegionSummary;
  plan: PlanRow;
  versions: { versionNumber: number; createdAt: Date }[];
  /** 0 = the current working state of the plan. */
  from: number;
  to: number;
  diff: PlanDiff | null;
};

/** Compares two frozen versions, or a version with the current state (version number 0). */
export async function comparePlanVersions(actor: Actor, slug: string, planId: string, from?: number, to?: number): Promise<VersionComparison> {
  return withActor(actor, async (tx) => {
    const region = await readableRegion(tx, actor, slug);
    const plan = await planInRegion(tx, region.id, planId);
    const versions = await tx.planVersion.findMany({ where: { regionId: region.id, planId: plan.id }, select: { versionNumber: true, createdAt: true, snapshot: true }, orderBy: { versionNumber: "asc" } });
    const list = versions.map((v) => ({ versionNumber: v.versionNumber, createdAt: v.createdAt }));
    if (versions.length === 0) return { region, plan, versions: list, from: 0, to: 0, diff: null };
    const last = versions.at(-1)!.versionNumber;
    const toNumber = to !== undefined && (to === 0 || versions.some((v) => v.versionNumber === to)) ? to : versions.length > 1 ? last : 0;
    const fallbackFrom = toNumber === 0 ? last : Math.max(1, toNumber - 1);
    const fromNumber = from !== undefined && versions.some((v) => v.versionNumber === from) ? from : fallbackFrom;
    const snapshotFor = async (n: number): Promise<PlanSnapshot> => {
      if (n === 0) return snapshotOf(plan, await loadThemes(tx, region.id, plan.id));
      return parseSnapshot(versions.find((v) => v.versionNumber === n)?.snapshot);
    };
    const diff = diffSnapshots(await snapshotFor(fromNumber), await snapshotFor(toNumber));
    return { region, plan, versions: list, from: fromNumber, to: toNumber, diff };
  });
}

/** A frozen version's content, for reading an earlier version. */
export async function getPlanVersion(actor: Actor, slug: string, planId: string, versionNumber: number) {
  return withActor(actor, async (tx) => {
    const region = await readableRegion(tx, actor, slug);
    const plan = await planInRegion(tx, region.id, planId);
    if (!Number.isInteger(versionNumber)) throw new NotFoundError("Deze versie bestaat niet.");
    const version = await tx.planVersion.findFirst({ where: { regionId: region.id, planId: plan.id, versionNumber }, select: { versionNumber: true, createdAt: true, snapshot: true } });
    if (!version) throw new NotFoundError("Deze versie bestaat niet.");
    return { region, plan, version: { ...version, snapshot: parseSnapshot(version.snapshot) } };
  });
}

export type InitiativeListItem = InitiativeView & { themeName: string; clientGroup: ClientGroup | null; openMilestones: number; overdueMilestones: number };

export type InitiativeList = {
  region: RegionSummary;
  plan: PlanRow | null;
  plans: { id: string; title: string; status: PlanStatus }[];
  themes: { id: string; name: string }[];
  municipalities: { code: string; name: string }[];
  filter: InitiativeFilter;
  initiatives: InitiativeListItem[];
  total: number;
  /** The actor's own municipalities and client-group interest, for "follow" shortcuts. */
  ownMunicipalities: string[];
};

/** The plan's initiatives, filtered by theme, client group, phase, municipality and text. */
export async function listInitiatives(actor: Actor, slug: string, rawFilter: Record<string, string | undefined>): Promise<InitiativeList> {
  const filter = InitiativeFilterSchema.parse(rawFilter);
  return withActor(actor, async (tx) => {
    const region = await readableRegion(tx, actor, slug);
    const plans = await tx.regioplan.findMany({ where: { regionId: region.id }, select: PLAN_SELECT, orderBy: [{ periodStart: "desc" }, { createdAt: "desc" }] });
    // Default: the plan partners follow now — out of concept and covering this year — else the
    // newest one out of concept, else the newest.
    const year = new Date().getUTCFullYear();
    const followed = plans.filter((p) => p.status !== "concept");
    const plan =
      (filter.plan ? plans.find((p) => p.id === filter.plan) : undefined) ??
      followed.find((p) => p.periodStart <= year && year <= p.periodEnd) ??
      followed[0] ??
      plans[0] ??
      null;
    const ownMunicipalities = actor.memberships.map((m) => m.municipalityCode).filter((c): c is string => !!c && region.municipalityCodes.includes(c));
    const named = await tx.organisation.findMany({ where: { municipalityCode: { in: region.municipalityCodes } }, select: { municipalityCode: true, name: true } });
    const municipalities = region.municipalityCodes.map((code) => ({ code, name: named.find((o) => o.municipalityCode === code)?.name ?? code }));
    const base = { region, plans: plans.map((p) => ({ id: p.id, title: `${p.title} (${p.periodStart}–${p.periodEnd})`, status: p.status })), filter, ownMunicipalities, municipalities };
    if (!plan) return { ...base, plan: null, themes: [], initiatives: [], total: 0 };
    const themes = await loadThemes(tx, region.id, plan.id);
    const all: InitiativeListItem[] = themes.flatMap((t) =>
      t.initiatives.map((i) => ({
        ...i,
        themeName: t.name,
        clientGroup: t.clientGroup,
        openMilestones: i.milestones.filter((m) => !m.doneAt).length,
        overdueMilestones: i.milestones.filter((m) => m.overdue).length,
      })),
    );
    const q = filter.q?.toLocaleLowerCase("nl");
    const initiatives = all.filter(
      (i) =>
        (!filter.theme || i.themeId === filter.theme) &&
        (!filter.clientGroup || i.clientGroup === filter.clientGroup) &&
        (!filter.phase || i.phase === filter.phase) &&
        (!filter.municipality || i.municipalityCodes.includes(filter.municipality)) &&
        (!q || `${i.title} ${i.ownerName ?? ""} ${i.description ?? ""}`.toLocaleLowerCase("nl").includes(q)),
    );
    return { ...base, plan, themes: themes.map((t) => ({ id: t.id, name: t.name })), initiatives, total: all.length };
  });
}

export type HistoryEntry = { id: string; occurredAt: Date; role: Role | null; userEmail: string | null; action: string; fields: string[] };

export type InitiativeDetail = {
  region: RegionSummary;
  plan: PlanRow;
  theme: { id: string; name: string; clientGroup: ClientGroup | null };
  initiative: InitiativeView;
  carriedFrom: { id: string; title: string; planTitle: string } | null;
  comments: CommentView[];
  history: HistoryEntry[];
  permissions: PlanPermissions;
  options: {
    themes: { id: string; name: string }[];
    wijkverbanden: { id: string; name: string }[];
    practices: { id: string; name: string }[];
    organisations: { id: string; name: string }[];
  } | null;
};

export async function getInitiative(actor: Actor, slug: string, initiativeId: string): Promise<InitiativeDetail> {
  return withActor(actor, async (tx) => {
    const region = await readableRegion(tx, actor, slug);
    const found = await initiativeInRegion(tx, region.id, initiativeId);
    const row = await tx.initiative.findFirstOrThrow({ where: { id: found.id, regionId: region.id }, select: INITIATIVE_TREE_SELECT });
    const names = await loadParticipantNames(tx, region.id, row.participants);
    const initiative = toInitiativeView(row, names, startOfToday());
    const plan = found.theme.plan;
    const permissions = planPermissions(actor, region.id, plan.status);
    const [theme, comments, events, carried] = await inOrder([
      () => tx.theme.findFirstOrThrow({ where: { id: found.themeId, regionId: region.id }, select: { id: true, name: true, clientGroup: true } }),
      () => loadComments(tx, region.id, [{ type: "initiative", ids: [found.id] }]),
      () => tx.auditEvent.findMany({
        where: { regionId: region.id, entityType: "Initiative", entityId: found.id },
        select: { id: true, occurredAt: true, role: true, userEmail: true, action: true, changes: true },
        orderBy: { id: "desc" },
        take: 100,
      }),
      () => found.carriedFromId
        ? tx.initiative.findFirst({ where: { id: found.carriedFromId, regionId: region.id }, select: { id: true, title: true, theme: { select: { plan: { select: { title: true, periodStart: true, periodEnd: true } } } } } })
        : null,
    ]);
    const showEmail = can(actor, "audit.read", { regionId: region.id });
    let options: InitiativeDetail["options"] = null;
    if (permissions.mayEdit) options = await editOptions(tx, region.id, plan.id);
    return {
      region,
      plan,
      theme,
      initiative,
      carriedFrom: carried ? { id: carried.id, title: carried.title, planTitle: `${carried.theme.plan.title} (${carried.theme.plan.periodStart}–${carried.theme.plan.periodEnd})` } : null,
      comments,
      history: events.map((e) => ({
        id: e.id.toString(),
        occurredAt: e.occurredAt,
        role: e.role,
        userEmail: showEmail ? e.userEmail : null,
        action: e.action,
        fields: e.changes && typeof e.changes === "object" && !Array.isArray(e.changes) ? Object.keys(e.changes as object) : [],
      })),
      permissions,
      options,
    };
  });
}

async function editOptions(tx: Tx, regionId: string, planId: string) {
  const [themes, wijkverbanden, practices, partners] = await inOrder([
    () => tx.theme.findMany({ where: { regionId, planId }, select: { id: true, name: true }, orderBy: [{ priority: "asc" }, { name: "asc" }] }),
    () => tx.wijkverband.findMany({ where: { regionId, archivedAt: null }, select: { id: true, name: true }, orderBy: { name: "asc" } }),
    () => tx.practice.findMany({ where: { regionId, archivedAt: null }, select: { id: true, name: true }, orderBy: { name: "asc" } }),
    () => tx.regionPartner.findMany({ where: { regionId }, select: { organisation: { select: { id: true, name: true } } } }),
  ]);
  return { themes, wijkverbanden, practices, organisations: partners.map((p) => p.organisation).sort((a, b) => a.name.localeCompare(b.name, "nl")) };
}

/** Form options for a new initiative under a plan (coordinators only). */
export async function getInitiativeFormOptions(actor: Actor, slug: string, planId: string) {
  return withActor(actor, async (tx) => {
    const region = await readableRegion(tx, actor, slug);
    const plan = await planInRegion(tx, region.id, planId);
    if (!planPermissions(actor, region.id, plan.status).mayEdit) return null;
    return editOptions(tx, region.id, plan.id);
  });
}

// ───────────────────────── plan mutations ─────────────────────────

export async function createPlan(actor: Actor, slug: string, input: PlanInput): Promise<{ id: string }> {
  const data = parseInput(PlanInputSchema, input);
  return withActor(actor, async (tx) => {
    const region = await findRegionInTx(tx, actor, slug);
    requireEditor(actor, region.id, "Deze regio bestaat niet.");
    const values = { title: data.title, periodStart: data.periodStart, periodEnd: data.periodEnd, summary: data.summary ?? null };
    const created = await tx.regioplan.create({ data: { ...values, regionId: region.id, status: "concept" }, select: { id: true } });
    await recordAudit(tx, actor, { regionId: region.id, action: "plan.create", entityType: "Regioplan", entityId: created.id, changes: diffFields({}, values) });
    return created;
  });
}

export async function updatePlan(actor: Actor, slug: string, planId: string, input: PlanInput): Promise<void> {
  const data = parseInput(PlanInputSchema, input);
  await withActor(actor, async (tx) => {
    const region = await findRegionInTx(tx, actor, slug);
    const plan = await planInRegion(tx, region.id, planId);
    requireEditor(actor, region.id, PLAN_NOT_FOUND);
    assertContentEditable(plan.status);
    const values = { title: data.title, periodStart: data.periodStart, periodEnd: data.periodEnd, summary: data.summary ?? null };
    const changes = diffFields(plan as unknown as Record<string, unknown>, values);
    if (Object.keys(changes).length === 0) return;
    await tx.regioplan.update({ where: { id: plan.id }, data: values });
    await recordAudit(tx, actor, { regionId: region.id, action: "plan.update", entityType: "Regioplan", entityId: plan.id, changes });
  });
}

/** Moves the plan to another status; "vastgesteld" freezes a numbered snapshot. */
export async function transitionPlan(actor: Actor, slug: string, planId: string, input: { to: string }): Promise<{ status: PlanStatus; version: number }> {
  const { to } = parseInput(TransitionSchema, input) as { to: PlanStatus };
  return withActor(actor, async (tx) => {
    const region = await findRegionInTx(tx, actor, slug);
    const plan = await planInRegion(tx, region.id, planId);
    if (!can(actor, "plan.publish", { regionId: region.id })) throw new NotFoundError(PLAN_NOT_FOUND);
    assertTransition(plan.status, to);
    let version = plan.currentVersion;
    if (to === "vastgesteld") {
      version = plan.currentVersion + 1;
      const snapshot = snapshotOf(plan, await loadThemes(tx, region.id, plan.id));
      await tx.planVersion.create({
        data: { regionId: region.id, planId: plan.id, versionNumber: version, snapshot: snapshot as unknown as Prisma.InputJsonValue, createdById: actor.userId },
        select: { id: true },
      });
    }
    // The status guard in the where clause makes a concurrent second move fail instead of doubling.
    const updated = await tx.regioplan.updateMany({ where: { id: plan.id, regionId: region.id, status: plan.status }, data: { status: to, currentVersion: version } });
    if (updated.count !== 1) throw new NotFoundError(PLAN_NOT_FOUND);
    await recordAudit(tx, actor, {
      regionId: region.id,
      action: `plan.status.${to}`,
      entityType: "Regioplan",
      entityId: plan.id,
      changes: { status: { before: plan.status, after: to }, ...(version !== plan.currentVersion ? { currentVersion: { before: plan.currentVersion, after: version } } : {}) },
    });
    return { status: to, version };
  });
}

/**
 * "Nieuw plan op basis van dit plan": a concept plan for the next period with the themes and the
 * initiatives that are not stopping (with carriedFromId), their participants, indicators with
 * measurements, and open milestones. One transaction.
 */
export async function carryOverPlan(actor: Actor, slug: string, planId: string, input: CarryOverInput): Promise<{ id: string; themes: number; initiatives: number }> {
  const data = parseInput(CarryOverInputSchema, input);
  return withActor(
    actor,
    async (tx) => {
      const region = await findRegionInTx(tx, actor, slug);
      const source = await planInRegion(tx, region.id, planId);
      requireEditor(actor, region.id, PLAN_NOT_FOUND);
      const themes = await tx.theme.findMany({
        where: { regionId: region.id, planId: source.id },
        select: {
          id: true, name: true, type: true, clientGroup: true, izaGoals: true, priority: true, rationale: true,
          initiatives: {
            where: { phase: { not: "stoppen" } },
            select: {
              id: true, title: true, description: true, ownerName: true, phase: true, startDate: true, endDate: true,
              participants: { select: { wijkverbandId: true, practiceId: true, organisationId: true } },
              indicators: { select: { name: true, unit: true, baseline: true, target: true, direction: true, measurements: { select: { period: true, periodEnd: true, value: true } } } },
              milestones: { where: { doneAt: null }, select: { title: true, dueDate: true } },
            },
          },
        },
      });
      const newPlanId = crypto.randomUUID();
      await tx.regioplan.create({
        data: { id: newPlanId, regionId: region.id, title: data.title, periodStart: data.periodStart, periodEnd: data.periodEnd, summary: source.summary, status: "concept", previousPlanId: source.id },
        select: { id: true },
      });
      const themeRows: Prisma.ThemeCreateManyInput[] = [];
      const initiativeRows: Prisma.InitiativeCreateManyInput[] = [];
      const participantRows: Prisma.InitiativeParticipantCreateManyInput[] = [];
      const indicatorRows: Prisma.IndicatorCreateManyInput[] = [];
      const measurementRows: Prisma.MeasurementCreateManyInput[] = [];
      const milestoneRows: Prisma.MilestoneCreateManyInput[] = [];
      const regionId = region.id;
      for (const t of themes) {
        const themeId = crypto.randomUUID();
        const { initiatives, id: _oldThemeId, ...themeValues } = t;
        themeRows.push({ ...themeValues, id: themeId, regionId, planId: newPlanId });
        for (const ini of initiatives) {
          const initiativeId = crypto.randomUUID();
          const { participants, indicators, milestones, id: carriedFromId, ...values } = ini;
          initiativeRows.push({ ...values, id: initiativeId, regionId, themeId, carriedFromId });
          for (const p of participants) participantRows.push({ ...p, regionId, initiativeId });
          for (const ind of indicators) {
            const indicatorId = crypto.randomUUID();
            const { measurements, ...indicatorValues } = ind;
            indicatorRows.push({ ...indicatorValues, id: indicatorId, regionId, initiativeId });
            for (const m of measurements) measurementRows.push({ ...m, regionId, indicatorId });
          }
          for (const m of milestones) milestoneRows.push({ ...m, regionId, initiativeId });
        }
      }
      await tx.theme.createMany({ data: themeRows });
      await tx.initiative.createMany({ data: initiativeRows });
      await tx.initiativeParticipant.createMany({ data: participantRows });
      await tx.indicator.createMany({ data: indicatorRows });
      await tx.measurement.createMany({ data: measurementRows });
      await tx.milestone.createMany({ data: milestoneRows });
      await recordAudit(tx, actor, {
        regionId,
        action: "plan.carryOver",
        entityType: "Regioplan",
        entityId: newPlanId,
        changes: { previousPlanId: { before: null, after: source.id }, title: { before: null, after: data.title }, themes: { before: null, after: themeRows.length }, initiatives: { before: null, after: initiativeRows.length } },
      });
      return { id: newPlanId, themes: themeRows.length, initiatives: initiativeRows.length };
    },
    { timeoutMs: 60_000 },
  );
}

// ───────────────────────── themes ─────────────────────────

function themeValues(data: ReturnType<typeof ThemeInputSchema.parse>) {
  return {
    name: data.name,
    type: data.type as ThemeType,
    clientGroup: (data.clientGroup ?? null) as ClientGroup | null,
    izaGoals: data.izaGoals,
    priority: data.priority,
    rationale: data.rationale ?? null,
  };
}

export async function createTheme(actor: Actor, slug: string, planId: string, input: ThemeInput): Promise<{ id: string }> {
  const data = parseInput(ThemeInputSchema, input);
  return withActor(actor, async (tx) => {
    const region = await findRegionInTx(tx, actor, slug);
    const plan = await planInRegion(tx, region.id, planId);
    requireEditor(actor, region.id, PLAN_NOT_FOUND);
    assertContentEditable(plan.status);
    const values = themeValues(data);
    const created = await tx.theme.create({ data: { ...values, regionId: region.id, planId: plan.id }, select: { id: true } });
    await recordAudit(tx, actor, { regionId: region.id, action: "theme.create", entityType: "Theme", entityId: created.id, changes: diffFields({}, { ...values, planId: plan.id }) });
    return created;
  });
}

export async function updateTheme(actor: Actor, slug: string, themeId: string, input: ThemeInput): Promise<void> {
  const data = parseInput(ThemeInputSchema, input);
  await withActor(actor, async (tx) => {
    const region = await findRegionInTx(tx, actor, slug);
    const theme = await themeInRegion(tx, region.id, themeId);
    requireEditor(actor, region.id, THEME_NOT_FOUND);
    assertContentEditable(theme.plan.status);
    const values = themeValues(data);
    const changes = diffFields(theme as unknown as Record<string, unknown>, values);
    if (Object.keys(changes).length === 0) return;
    await tx.theme.update({ where: { id: theme.id }, data: values });
    await recordAudit(tx, actor, { regionId: region.id, action: "theme.update", entityType: "Theme", entityId: theme.id, changes });
  });
}

// ───────────────────────── initiatives ─────────────────────────

async function checkParticipants(tx: Tx, regionId: string, data: { wijkverbandIds: string[]; practiceIds: string[]; organisationIds: string[] }) {
  const [wvs, prs, orgs] = await inOrder([
    () => tx.wijkverband.count({ where: { regionId, id: { in: data.wijkverbandIds } } }),
    () => tx.practice.count({ where: { regionId, id: { in: data.practiceIds } } }),
    () => tx.regionPartner.count({ where: { regionId, organisationId: { in: data.organisationIds } } }),
  ]);
  const errors: Record<string, string[]> = {};
  if (wvs !== new Set(data.wijkverbandIds).size) errors.wijkverbandIds = ["Kies wijkverbanden uit deze regio."];
  if (prs !== new Set(data.practiceIds).size) errors.practiceIds = ["Kies praktijken uit deze regio."];
  if (orgs !== new Set(data.organisationIds).size) errors.organisationIds = ["Kies partners van deze regio."];
  if (Object.keys(errors).length > 0) throw new ValidationError("Controleer de gemarkeerde velden.", errors);
}

function participantRows(regionId: string, initiativeId: string, data: { wijkverbandIds: string[]; practiceIds: string[]; organisationIds: string[] }): Prisma.InitiativeParticipantCreateManyInput[] {
  return [
    ...[...new Set(data.wijkverbandIds)].map((wijkverbandId) => ({ regionId, initiativeId, wijkverbandId })),
    ...[...new Set(data.practiceIds)].map((practiceId) => ({ regionId, initiativeId, practiceId })),
    ...[...new Set(data.organisationIds)].map((organisationId) => ({ regionId, initiativeId, organisationId })),
  ];
}

function initiativeValues(data: ReturnType<typeof InitiativeInputSchema.parse>) {
  return {
    themeId: data.themeId,
    title: data.title,
    description: data.description ?? null,
    ownerName: data.ownerName ?? null,
    phase: data.phase as InitiativePhase,
    startDate: data.startDate ?? null,
    endDate: data.endDate ?? null,
  };
}

export async function createInitiative(actor: Actor, slug: string, input: InitiativeInput): Promise<{ id: string }> {
  const data = parseInput(InitiativeInputSchema, input);
  return withActor(actor, async (tx) => {
    const region = await findRegionInTx(tx, actor, slug);
    const theme = await themeInRegion(tx, region.id, data.themeId);
    requireEditor(actor, region.id, THEME_NOT_FOUND);
    assertContentEditable(theme.plan.status);
    await checkParticipants(tx, region.id, data);
    const values = initiativeValues(data);
    const created = await tx.initiative.create({ data: { ...values, regionId: region.id }, select: { id: true } });
    const participants = participantRows(region.id, created.id, data);
    await tx.initiativeParticipant.createMany({ data: participants });
    await recordAudit(tx, actor, {
      regionId: region.id,
      action: "initiative.create",
      entityType: "Initiative",
      entityId: created.id,
      changes: diffFields({}, { ...values, participants: participants.length }),
    });
    return created;
  });
}

export async function updateInitiative(actor: Actor, slug: string, initiativeId: string, input: InitiativeInput): Promise<void> {
  const data = parseInput(InitiativeInputSchema, input);
  await withActor(actor, async (tx) => {
    const region = await findRegionInTx(tx, actor, slug);
    const existing = await initiativeInRegion(tx, region.id, initiativeId);
    requireEditor(actor, region.id, INITIATIVE_NOT_FOUND);
    assertContentEditable(existing.theme.plan.status);
    if (data.themeId !== existing.themeId) {
      // Moving to another theme: only within the same plan.
      const target = await themeInRegion(tx, region.id, data.themeId);
      if (target.planId !== existing.theme.planId) throw new ValidationError("Controleer de gemarkeerde velden.", { themeId: ["Kies een opgave uit hetzelfde plan."] });
    }
    await checkParticipants(tx, region.id, data);
    const values = initiativeValues(data);
    const before = await tx.initiativeParticipant.findMany({ where: { regionId: region.id, initiativeId: existing.id }, select: { wijkverbandId: true, practiceId: true, organisationId: true } });
    const beforeIds = before.map((p) => p.wijkverbandId ?? p.practiceId ?? p.organisationId).sort();
    const rows = participantRows(region.id, existing.id, data);
    const afterIds = rows.map((p) => p.wijkverbandId ?? p.practiceId ?? p.organisationId).sort();
    const changes = diffFields({ ...existing, participants: beforeIds } as unknown as Record<string, unknown>, { ...values, participants: afterIds });
    if (Object.keys(changes).length === 0) return;
    await tx.initiative.update({ where: { id: existing.id }, data: values });
    if ("participants" in changes) {
      await tx.initiativeParticipant.deleteMany({ where: { regionId: region.id, initiativeId: existing.id } });
      await tx.initiativeParticipant.createMany({ data: rows });
    }
    await recordAudit(tx, actor, { regionId: region.id, action: "initiative.update", entityType: "Initiative", entityId: existing.id, changes });
  });
}

export async function addIndicator(actor: Actor, slug: string, initiativeId: string, input: IndicatorInput): Promise<{ id: string }> {
  const data = parseInput(IndicatorInputSchema, input);
  return withActor(actor, async (tx) => {
    const region = await findRegionInTx(tx, actor, slug);
    const initiative = await initiativeInRegion(tx, region.id, initiativeId);
    requireEditor(actor, region.id, INITIATIVE_NOT_FOUND);
    assertContentEditable(initiative.theme.plan.status);
    const values = { name: data.name, unit: data.unit, baseline: data.baseline ?? null, target: data.target, direction: data.direction as IndicatorDirection };
    const created = await tx.indicator.create({ data: { ...values, regionId: region.id, initiativeId: initiative.id }, select: { id: true } });
    await recordAudit(tx, actor, { regionId: region.id, action: "initiative.indicator.create", entityType: "Initiative", entityId: initiative.id, changes: diffFields({}, { indicatorId: created.id, ...values }) });
    return created;
  });
}

/** Records (or corrects) the value of an indicator for a period. Allowed until the plan is evaluated. */
export async function recordMeasurement(actor: Actor, slug: string, indicatorId: string, input: MeasurementInput): Promise<void> {
  const data = parseInput(MeasurementInputSchema, input);
  await withActor(actor, async (tx) => {
    const region = await findRegionInTx(tx, actor, slug);
    if (!UUID.test(indicatorId)) throw new NotFoundError("Deze indicator bestaat niet.");
    const indicator = await tx.indicator.findFirst({ where: { id: indicatorId, regionId: region.id }, select: { id: true, name: true, initiativeId: true, initiative: { select: { theme: { select: { plan: { select: { status: true } } } } } } } });
    if (!indicator) throw new NotFoundError("Deze indicator bestaat niet.");
    requireEditor(actor, region.id, "Deze indicator bestaat niet.");
    assertMonitoringOpen(indicator.initiative.theme.plan.status);
    const existing = await tx.measurement.findFirst({ where: { regionId: region.id, indicatorId: indicator.id, period: data.period }, select: { id: true, value: true } });
    if (existing?.value === data.value) return;
    if (existing) await tx.measurement.update({ where: { id: existing.id }, data: { value: data.value } });
    else await tx.measurement.create({ data: { regionId: region.id, indicatorId: indicator.id, period: data.period, periodEnd: periodEnd(data.period), value: data.value }, select: { id: true } });
    await recordAudit(tx, actor, {
      regionId: region.id,
      action: "initiative.measurement.record",
      entityType: "Initiative",
      entityId: indicator.initiativeId,
      changes: { indicator: { before: indicator.name, after: indicator.name }, [`meting ${data.period}`]: { before: existing?.value ?? null, after: data.value } },
    });
  });
}

export async function addMilestone(actor: Actor, slug: string, initiativeId: string, input: MilestoneInput): Promise<{ id: string }> {
  const data = parseInput(MilestoneInputSchema, input);
  return withActor(actor, async (tx) => {
    const region = await findRegionInTx(tx, actor, slug);
    const initiative = await initiativeInRegion(tx, region.id, initiativeId);
    requireEditor(actor, region.id, INITIATIVE_NOT_FOUND);
    assertContentEditable(initiative.theme.plan.status);
    const created = await tx.milestone.create({ data: { regionId: region.id, initiativeId: initiative.id, title: data.title, dueDate: data.dueDate }, select: { id: true } });
    await recordAudit(tx, actor, { regionId: region.id, action: "initiative.milestone.create", entityType: "Initiative", entityId: initiative.id, changes: diffFields({}, { milestoneId: created.id, title: data.title, dueDate: data.dueDate }) });
    return created;
  });
}

export async function setMilestoneDone(actor: Actor, slug: string, milestoneId: string, done: boolean): Promise<void> {
  await withActor(actor, async (tx) => {
    const region = await findRegionInTx(tx, actor, slug);
    if (!UUID.test(milestoneId)) throw new NotFoundError("Deze mijlpaal bestaat niet.");
    const milestone = await tx.milestone.findFirst({ where: { id: milestoneId, regionId: region.id }, select: { id: true, title: true, doneAt: true, initiativeId: true, initiative: { select: { theme: { select: { plan: { select: { status: true } } } } } } } });
    if (!milestone) throw new NotFoundError("Deze mijlpaal bestaat niet.");
    requireEditor(actor, region.id, "Deze mijlpaal bestaat niet.");
    assertMonitoringOpen(milestone.initiative.theme.plan.status);
    if ((milestone.doneAt !== null) === done) return;
    const doneAt = done ? new Date() : null;
    await tx.milestone.update({ where: { id: milestone.id }, data: { doneAt } });
    await recordAudit(tx, actor, {
      regionId: region.id,
      action: done ? "initiative.milestone.done" : "initiative.milestone.reopen",
      entityType: "Initiative",
      entityId: milestone.initiativeId,
      changes: { [`mijlpaal ${milestone.title}`]: { before: milestone.doneAt?.toISOString() ?? null, after: doneAt?.toISOString() ?? null } },
    });
  });
}

// ───────────────────────── comments ─────────────────────────

function actingMembership(actor: Actor, regionId: string) {
  return actor.memberships.find((m) => m.regionId === regionId) ?? actor.memberships.find((m) => m.regionIds.includes(regionId)) ?? actor.memberships[0];
}

export async function addComment(actor: Actor, slug: string, input: CommentInput): Promise<{ id: string }> {
  const data = parseInput(CommentInputSchema, input);
  return withActor(actor, async (tx) => {
    const region = await findRegionInTx(tx, actor, slug);
    let status: PlanStatus;
    let auditSubject: { entityType: string; entityId: string };
    if (data.subjectType === "plan") {
      status = (await planInRegion(tx, region.id, data.subjectId)).status;
      auditSubject = { entityType: "Regioplan", entityId: data.subjectId };
    } else if (data.subjectType === "theme") {
      status = (await themeInRegion(tx, region.id, data.subjectId)).plan.status;
      auditSubject = { entityType: "Theme", entityId: data.subjectId };
    } else {
      status = (await initiativeInRegion(tx, region.id, data.subjectId)).theme.plan.status;
      auditSubject = { entityType: "Initiative", entityId: data.subjectId };
    }
    if (!can(actor, "plan.read", { regionId: region.id })) throw new NotFoundError(PLAN_NOT_FOUND);
    if (!planPermissions(actor, region.id, status).mayComment) {
      const audience = commentAudience(status);
      throw new ValidationError(
        audience === "closed" ? "Dit plan is geëvalueerd; reageren kan niet meer." : "Reageren kan zodra het plan ter consultatie ligt.",
        {},
      );
    }
    const m = actingMembership(actor, region.id);
    const practiceName = m?.practiceId ? (await tx.practice.findFirst({ where: { id: m.practiceId, regionId: region.id }, select: { name: true } }))?.name : null;
    const organisation = m?.organisationName ?? practiceName ?? m?.regionName ?? (m?.role === "platform_admin" ? "Platformbeheer Wijkkracht" : null);
    const created = await tx.comment.create({
      data: {
        regionId: region.id,
        subjectType: data.subjectType,
        subjectId: data.subjectId,
        authorId: actor.userId,
        authorName: actor.name,
        authorRole: m?.role ?? "coordinator",
        authorOrganisationName: organisation,
        body: data.body,
      },
      select: { id: true },
    });
    await recordAudit(tx, actor, { regionId: region.id, action: "comment.create", ...auditSubject, changes: { commentId: { before: null, after: created.id } } });
    return created;
  });
}

export async function setCommentHandled(actor: Actor, slug: string, commentId: string, handled: boolean): Promise<void> {
  await withActor(actor, async (tx) => {
    const region = await findRegionInTx(tx, actor, slug);
    if (!UUID.test(commentId)) throw new NotFoundError("Deze reactie bestaat niet.");
    const comment = await tx.comment.findFirst({ where: { id: commentId, regionId: region.id, subjectType: { in: ["plan", "theme", "initiative"] } }, select: { id: true, handledAt: true, subjectType: true, subjectId: true } });
    if (!comment || !can(actor, "comment.handle", { regionId: region.id })) throw new NotFoundError("Deze reactie bestaat niet.");
    if ((comment.handledAt !== null) === handled) return;
    const handledAt = handled ? new Date() : null;
    await tx.comment.update({ where: { id: comment.id }, data: { handledAt, handledById: handled ? actor.userId : null } });
    const entityType = comment.subjectType === "plan" ? "Regioplan" : comment.subjectType === "theme" ? "Theme" : "Initiative";
    await recordAudit(tx, actor, {
      regionId: region.id,
      action: handled ? "comment.handle" : "comment.reopen",
      entityType,
      entityId: comment.subjectId,
      changes: { [`reactie ${comment.id}`]: { before: comment.handledAt?.toISOString() ?? null, after: handledAt?.toISOString() ?? null } },
    });
  });
}

// ───────────────────────── werkagenda export ─────────────────────────

export type WerkagendaExport = { fileBase: string; tables: Table[] };

/** The werkagenda: one row per indicator (or per initiative without indicators), plus the milestones. */
export async function getWerkagenda(actor: Actor, slug: string, planId: string): Promise<WerkagendaExport> {
  const detail = await getPlan(actor, slug, planId);
  return { fileBase: `werkagenda-${detail.region.slug}-${detail.plan.periodStart}-${detail.plan.periodEnd}`, tables: werkagendaTables(detail.themes) };
}

export function werkagendaTables(themes: ThemeView[]): Table[] {
  const agenda: Table = {
    name: "Werkagenda",
    columns: [
      "Opgave", "Prioriteit", "Cliëntgroep", "Initiatief", "Eigenaar", "Fase", "Start", "Einde", "Deelnemers",
      "Indicator", "Eenheid", "Nulmeting", "Streefwaarde", "Richting", "Laatste meting", "Periode laatste meting", "Status indicator",
      "Open mijlpalen", "Te late mijlpalen", "Volgende mijlpaal", "Deadline volgende mijlpaal",
    ],
    rows: [],
  };
  const milestones: Table = { name: "Mijlpalen", columns: ["Opgave", "Initiatief", "Mijlpaal", "Deadline", "Gereed op", "Te laat"], rows: [] };
  for (const t of themes) {
    for (const i of t.initiatives) {
      const open = i.milestones.filter((m) => !m.doneAt);
      const next = open[0];
      const common = [
        t.name, t.priority, t.clientGroup ? CLIENT_GROUP_LABEL[t.clientGroup] : "", i.title, i.ownerName, PHASE_LABEL[i.phase], i.startDate, i.endDate,
        i.participants.map((p) => p.name).join(", "),
      ];
      const tail = [open.length, open.filter((m) => m.overdue).length, next?.title ?? "", next?.dueDate ?? null];
      if (i.indicators.length === 0) agenda.rows.push([...common, "", "", null, null, "", null, "", "", ...tail]);
      for (const ind of i.indicators) {
        const latest = ind.assessment.latest;
        const period = latest ? ind.measurements.find((m) => m.periodEnd.getTime() === latest.periodEnd.getTime())?.period ?? "" : "";
        agenda.rows.push([...common, ind.name, ind.unit, ind.baseline, ind.target, DIRECTION_LABEL[ind.direction], latest?.value ?? null, period, STATE_LABEL[ind.assessment.state], ...tail]);
      }
      for (const m of i.milestones) milestones.rows.push([t.name, i.title, m.title, m.dueDate, m.doneAt, m.overdue ? "ja" : "nee"]);
    }
  }
  return [agenda, milestones];
}
