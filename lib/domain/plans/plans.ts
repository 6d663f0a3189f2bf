// Regioplans: the list, one plan with its tree, and the plan-level changes — create, edit, status
// moves (vastgesteld freezes a numbered version) and "nieuw plan op basis van dit plan".
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/authz/permissions";
import { withActor } from "@/lib/db/with-actor";
import type { PlanStatus, Prisma } from "@/lib/generated/prisma/client";
import { diffFields } from "@/lib/domain/audit/service";
import { NotFoundError } from "@/lib/domain/errors";
import {
  changePlan,
  PLAN_NOT_FOUND,
  PLAN_SELECT,
  planInRegion,
  planPermissions,
  readableRegion,
  UNCHANGED,
  type PlanPermissions,
  type PlanRow,
} from "@/lib/domain/plans/access";
import { loadComments, type CommentView } from "@/lib/domain/plans/comments";
import { assertContentEditable, assertTransition } from "@/lib/domain/plans/rules";
import {
  CarryOverInputSchema,
  PlanInputSchema,
  TransitionSchema,
  type CarryOverInput,
  type PlanInput,
} from "@/lib/domain/plans/schema";
import {
  createdInOrder,
  INDICATOR_ORDER,
  loadThemes,
  loadTimelineThemes,
  snapshotOf,
  type ThemeView,
  type TimelineThemeView,
} from "@/lib/domain/plans/tree";
import { parseInput } from "@/lib/domain/shared/parse";
import type { RegionSummary } from "@/lib/domain/regions/service";
import { msg } from "@/lib/i18n/keys";

// ───────────────────────── reading ─────────────────────────

export type PlanListItem = {
  id: string;
  title: string;
  periodStart: number;
  periodEnd: number;
  status: PlanStatus;
  currentVersion: number;
  themes: number;
  initiatives: number;
  previousPlanId: string | null;
};

export async function listPlans(
  actor: Actor,
  slug: string,
): Promise<{ region: RegionSummary; plans: PlanListItem[]; mayCreate: boolean }> {
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
        id: p.id,
        title: p.title,
        periodStart: p.periodStart,
        periodEnd: p.periodEnd,
        status: p.status,
        currentVersion: p.currentVersion,
        previousPlanId: p.previousPlanId,
        themes: p._count.themes,
        initiatives: perPlan.get(p.id) ?? 0,
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
    const [themes, versions, previous] = await Promise.all([
      loadThemes(tx, region.id, plan.id),
      tx.planVersion.findMany({
        where: { regionId: region.id, planId: plan.id },
        select: { versionNumber: true, createdAt: true },
        orderBy: { versionNumber: "asc" },
      }),
      plan.previousPlanId
        ? tx.regioplan.findFirst({
            where: { id: plan.previousPlanId, regionId: region.id },
            select: { id: true, title: true },
          })
        : null,
    ]);
    const comments = await loadComments(tx, region.id, [
      { type: "plan", ids: [plan.id] },
      { type: "theme", ids: themes.map((t) => t.id) },
    ]);
    return {
      region,
      plan,
      previousPlan: previous,
      themes,
      comments,
      permissions: planPermissions(actor, region.id, plan.status),
      versions,
    };
  });
}

/**
 * The plan for its time line: the same access as getPlan, but only what the time line shows (dates
 * and milestones), not indicators with their measurements, comments or versions.
 */
export async function getPlanTimeline(
  actor: Actor,
  slug: string,
  planId: string,
): Promise<{ region: RegionSummary; plan: PlanRow; themes: TimelineThemeView[] }> {
  return withActor(actor, async (tx) => {
    const region = await readableRegion(tx, actor, slug);
    const plan = await planInRegion(tx, region.id, planId);
    return { region, plan, themes: await loadTimelineThemes(tx, region.id, plan.id) };
  });
}

// ───────────────────────── changes ─────────────────────────

export async function createPlan(actor: Actor, slug: string, input: PlanInput): Promise<{ id: string }> {
  const data = parseInput(PlanInputSchema, input);
  return changePlan(actor, slug, {
    load: async () => null,
    notFound: msg("errors.notFound.region"),
    change: async (tx, _none, region) => {
      const values = {
        title: data.title,
        periodStart: data.periodStart,
        periodEnd: data.periodEnd,
        summary: data.summary ?? null,
      };
      const created = await tx.regioplan.create({
        data: { ...values, regionId: region.id, status: "concept" },
        select: { id: true },
      });
      return {
        result: created,
        audit: { action: "plan.create", entityType: "Regioplan", entityId: created.id, changes: diffFields({}, values) },
      };
    },
  });
}

export async function updatePlan(actor: Actor, slug: string, planId: string, input: PlanInput): Promise<void> {
  const data = parseInput(PlanInputSchema, input);
  return changePlan(actor, slug, {
    load: (tx, regionId) => planInRegion(tx, regionId, planId),
    notFound: PLAN_NOT_FOUND,
    rule: (plan) => assertContentEditable(plan.status),
    change: async (tx, plan) => {
      const values = {
        title: data.title,
        periodStart: data.periodStart,
        periodEnd: data.periodEnd,
        summary: data.summary ?? null,
      };
      const changes = diffFields(plan as unknown as Record<string, unknown>, values);
      if (Object.keys(changes).length === 0) return UNCHANGED;
      await tx.regioplan.update({ where: { id: plan.id }, data: values });
      return { result: undefined, audit: { action: "plan.update", entityType: "Regioplan", entityId: plan.id, changes } };
    },
  });
}

/** Moves the plan to another status; "vastgesteld" freezes a numbered snapshot. */
export async function transitionPlan(
  actor: Actor,
  slug: string,
  planId: string,
  input: { to: string },
): Promise<{ status: PlanStatus; version: number }> {
  const { to } = parseInput(TransitionSchema, input) as { to: PlanStatus };
  return changePlan(actor, slug, {
    load: (tx, regionId) => planInRegion(tx, regionId, planId),
    notFound: PLAN_NOT_FOUND,
    permission: "plan.publish",
    rule: (plan) => assertTransition(plan.status, to),
    change: async (tx, plan, region) => {
      let version = plan.currentVersion;
      if (to === "vastgesteld") {
        version = plan.currentVersion + 1;
        const snapshot = snapshotOf(plan, await loadThemes(tx, region.id, plan.id));
        await tx.planVersion.create({
          data: {
            regionId: region.id,
            planId: plan.id,
            versionNumber: version,
            snapshot: snapshot as unknown as Prisma.InputJsonValue,
            createdById: actor.userId,
          },
          select: { id: true },
        });
      }
      // The status guard in the where clause makes a concurrent second move fail instead of doubling.
      const updated = await tx.regioplan.updateMany({
        where: { id: plan.id, regionId: region.id, status: plan.status },
        data: { status: to, currentVersion: version },
      });
      if (updated.count !== 1) throw new NotFoundError(PLAN_NOT_FOUND);
      return {
        result: { status: to, version },
        audit: {
          action: `plan.status.${to}`,
          entityType: "Regioplan",
          entityId: plan.id,
          changes: {
            status: { before: plan.status, after: to },
            ...(version !== plan.currentVersion ? { currentVersion: { before: plan.currentVersion, after: version } } : {}),
          },
        },
      };
    },
  });
}

/**
 * "Nieuw plan op basis van dit plan": a concept plan for the next period with the themes and the
 * initiatives that are not stopping (with carriedFromId), their participants, indicators with
 * measurements, and open milestones. One transaction.
 */
export async function carryOverPlan(
  actor: Actor,
  slug: string,
  planId: string,
  input: CarryOverInput,
): Promise<{ id: string; themes: number; initiatives: number }> {
  const data = parseInput(CarryOverInputSchema, input);
  return changePlan(
    actor,
    slug,
    {
      load: (tx, regionId) => planInRegion(tx, regionId, planId),
      notFound: PLAN_NOT_FOUND,
      change: async (tx, source, region) => {
        const themes = await tx.theme.findMany({
          where: { regionId: region.id, planId: source.id },
          select: {
            id: true,
            name: true,
            type: true,
            clientGroup: true,
            izaGoals: true,
            priority: true,
            rationale: true,
            initiatives: {
              where: { phase: { not: "stoppen" } },
              select: {
                id: true,
                title: true,
                description: true,
                ownerName: true,
                phase: true,
                startDate: true,
                endDate: true,
                participants: { select: { wijkverbandId: true, practiceId: true, organisationId: true } },
                indicators: {
                  select: {
                    name: true,
                    unit: true,
                    baseline: true,
                    target: true,
                    direction: true,
                    measurements: { select: { period: true, periodEnd: true, value: true } },
                  },
                  orderBy: INDICATOR_ORDER,
                },
                milestones: { where: { doneAt: null }, select: { title: true, dueDate: true } },
              },
            },
          },
        });
        const newPlanId = crypto.randomUUID();
        await tx.regioplan.create({
          data: {
            id: newPlanId,
            regionId: region.id,
            title: data.title,
            periodStart: data.periodStart,
            periodEnd: data.periodEnd,
            summary: source.summary,
            status: "concept",
            previousPlanId: source.id,
          },
          select: { id: true },
        });
        const themeRows: Prisma.ThemeCreateManyInput[] = [];
        const initiativeRows: Prisma.InitiativeCreateManyInput[] = [];
        const participantRows: Prisma.InitiativeParticipantCreateManyInput[] = [];
        const indicatorRows: Prisma.IndicatorCreateManyInput[] = [];
        const startedAt = Date.now();
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
              indicatorRows.push({
                ...indicatorValues,
                id: indicatorId,
                regionId,
                initiativeId,
                createdAt: createdInOrder(startedAt, indicatorRows.length),
              });
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
        return {
          result: { id: newPlanId, themes: themeRows.length, initiatives: initiativeRows.length },
          audit: {
            action: "plan.carryOver",
            entityType: "Regioplan",
            entityId: newPlanId,
            changes: {
              previousPlanId: { before: null, after: source.id },
              title: { before: null, after: data.title },
              themes: { before: null, after: themeRows.length },
              initiatives: { before: null, after: initiativeRows.length },
            },
          },
        };
      },
    },
    { timeoutMs: 60_000 },
  );
}
