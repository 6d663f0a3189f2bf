// The plan as a tree for reading: themes → initiatives with participants, indicators (with their
// assessment) and milestones. Shared by the plan page, the initiative list, versions and the werkagenda.
import type { Tx } from "@/lib/db/with-actor";
import type { ClientGroup, IndicatorDirection, InitiativePhase, Prisma, ThemeType } from "@/lib/generated/prisma/client";
import { startOfToday, type PlanRow } from "@/lib/domain/plans/access";
import { assessIndicator, type IndicatorAssessment } from "@/lib/domain/plans/indicators";
import { buildSnapshot, type PlanSnapshot } from "@/lib/domain/plans/snapshot";

export type ParticipantView = {
  kind: "wijkverband" | "practice" | "organisation";
  id: string;
  name: string;
  municipalityCode: string | null;
};
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

export async function loadParticipantNames(
  tx: Tx,
  regionId: string,
  rows: { wijkverbandId: string | null; practiceId: string | null; organisationId: string | null }[],
) {
  const wvIds = [...new Set(rows.map((r) => r.wijkverbandId).filter((x): x is string => !!x))];
  const prIds = [...new Set(rows.map((r) => r.practiceId).filter((x): x is string => !!x))];
  const orgIds = [...new Set(rows.map((r) => r.organisationId).filter((x): x is string => !!x))];
  const select = { id: true, name: true, municipalityCode: true } as const;
  const [wvs, prs, orgs] = await Promise.all([
    wvIds.length ? tx.wijkverband.findMany({ where: { regionId, id: { in: wvIds } }, select }) : [],
    prIds.length ? tx.practice.findMany({ where: { regionId, id: { in: prIds } }, select }) : [],
    orgIds.length ? tx.organisation.findMany({ where: { id: { in: orgIds } }, select }) : [],
  ]);
  const names = new Map<string, ParticipantView>();
  for (const w of wvs) names.set(w.id, { kind: "wijkverband", id: w.id, name: w.name, municipalityCode: w.municipalityCode });
  for (const p of prs) names.set(p.id, { kind: "practice", id: p.id, name: p.name, municipalityCode: p.municipalityCode });
  for (const o of orgs) names.set(o.id, { kind: "organisation", id: o.id, name: o.name, municipalityCode: o.municipalityCode });
  return names;
}

/**
 * Indicators in the order they were added: rows inserted together get createdAt apart
 * (createdInOrder), and the name settles any tie that is left rather than the table's physical order.
 * A carry-over reads them in this order too, so the copies keep it.
 */
export const INDICATOR_ORDER = [
  { createdAt: "asc" },
  { name: "asc" },
] as const satisfies Prisma.IndicatorOrderByWithRelationInput[];

export const INITIATIVE_TREE_SELECT = {
  id: true,
  themeId: true,
  title: true,
  description: true,
  ownerName: true,
  phase: true,
  startDate: true,
  endDate: true,
  carriedFromId: true,
  participants: { select: { wijkverbandId: true, practiceId: true, organisationId: true } },
  indicators: {
    select: {
      id: true,
      name: true,
      unit: true,
      baseline: true,
      target: true,
      direction: true,
      measurements: { select: { id: true, period: true, periodEnd: true, value: true }, orderBy: { periodEnd: "asc" } },
    },
    orderBy: INDICATOR_ORDER,
  },
  // By due date; the title settles a tie (carried-over milestones often share their date).
  milestones: {
    select: { id: true, title: true, dueDate: true, doneAt: true },
    orderBy: [{ dueDate: "asc" }, { title: "asc" }],
  },
} as const satisfies Prisma.InitiativeSelect;

/**
 * createdAt for the `index`-th of rows inserted in one statement (a carry-over, the seed): a
 * millisecond apart from `startedAt`, so the plan lists them in the order they were given.
 */
export function createdInOrder(startedAt: number, index: number): Date {
  return new Date(startedAt + index);
}

const THEME_ORDER = [{ priority: "asc" }, { name: "asc" }] as const satisfies Prisma.ThemeOrderByWithRelationInput[];
const INITIATIVE_ORDER = [{ startDate: "asc" }, { title: "asc" }] as const satisfies Prisma.InitiativeOrderByWithRelationInput[];

function milestoneView(m: Omit<MilestoneView, "overdue">, today: Date): MilestoneView {
  return { ...m, overdue: !m.doneAt && m.dueDate < today };
}

type InitiativeTreeRow = Prisma.InitiativeGetPayload<{ select: typeof INITIATIVE_TREE_SELECT }>;

export function toInitiativeView(row: InitiativeTreeRow, names: Map<string, ParticipantView>, today: Date): InitiativeView {
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
      assessment: assessIndicator({
        direction: i.direction,
        baseline: i.baseline,
        target: i.target,
        measurements: i.measurements,
        start: row.startDate,
        end: row.endDate,
      }),
    })),
    milestones: row.milestones.map((m) => milestoneView(m, today)),
  };
}

export async function loadThemes(tx: Tx, regionId: string, planId: string): Promise<ThemeView[]> {
  const themes = await tx.theme.findMany({
    where: { regionId, planId },
    select: {
      id: true,
      name: true,
      type: true,
      clientGroup: true,
      izaGoals: true,
      priority: true,
      rationale: true,
      initiatives: { select: INITIATIVE_TREE_SELECT, orderBy: INITIATIVE_ORDER },
    },
    orderBy: THEME_ORDER,
  });
  const names = await loadParticipantNames(
    tx,
    regionId,
    themes.flatMap((t) => t.initiatives.flatMap((i) => i.participants)),
  );
  const today = startOfToday();
  return themes.map((t) => ({ ...t, initiatives: t.initiatives.map((i) => toInitiativeView(i, names, today)) }));
}

/** A theme on the time line: its initiatives with their dates and milestones, nothing else. */
export type TimelineThemeView = Pick<ThemeView, "id" | "name"> & {
  initiatives: Pick<InitiativeView, "id" | "title" | "phase" | "startDate" | "endDate" | "milestones">[];
};

/** The plan's themes for the time line: the same order as loadThemes, without indicators or participants. */
export async function loadTimelineThemes(tx: Tx, regionId: string, planId: string): Promise<TimelineThemeView[]> {
  const themes = await tx.theme.findMany({
    where: { regionId, planId },
    select: {
      id: true,
      name: true,
      initiatives: {
        select: {
          id: true,
          title: true,
          phase: true,
          startDate: true,
          endDate: true,
          milestones: INITIATIVE_TREE_SELECT.milestones,
        },
        orderBy: INITIATIVE_ORDER,
      },
    },
    orderBy: THEME_ORDER,
  });
  const today = startOfToday();
  return themes.map((t) => ({
    ...t,
    initiatives: t.initiatives.map((i) => ({ ...i, milestones: i.milestones.map((m) => milestoneView(m, today)) })),
  }));
}

export function snapshotOf(plan: PlanRow, themes: ThemeView[]): PlanSnapshot {
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
