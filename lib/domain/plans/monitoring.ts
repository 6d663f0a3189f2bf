// Monitoring an initiative: indicators and milestones (content, editable while the plan is), and
// measurements and ticking milestones off (monitoring, open until the plan is evaluated). All
// recorded in the initiative's history.
import type { Actor } from "@/lib/auth/actor";
import type { Tx } from "@/lib/db/with-actor";
import type { IndicatorDirection } from "@/lib/generated/prisma/client";
import { diffFields } from "@/lib/domain/audit/service";
import { NotFoundError } from "@/lib/domain/errors";
import { parseId } from "@/lib/domain/shared/ids";
import { changePlan, INITIATIVE_NOT_FOUND, initiativeInRegion, UNCHANGED } from "@/lib/domain/plans/access";
import { assertContentEditable, assertMonitoringOpen } from "@/lib/domain/plans/rules";
import {
  IndicatorInputSchema,
  MeasurementInputSchema,
  MilestoneInputSchema,
  periodEnd,
  type IndicatorInput,
  type MeasurementInput,
  type MilestoneInput,
} from "@/lib/domain/plans/schema";
import { parseInput } from "@/lib/domain/shared/parse";
import { msg } from "@/lib/i18n/keys";

const INDICATOR_NOT_FOUND = msg("errors.notFound.indicator");
const MILESTONE_NOT_FOUND = msg("errors.notFound.milestone");
const PLAN_STATUS = { initiative: { select: { theme: { select: { plan: { select: { status: true } } } } } } } as const;

async function indicatorInRegion(tx: Tx, regionId: string, indicatorId: string) {
  parseId(indicatorId, INDICATOR_NOT_FOUND);
  const indicator = await tx.indicator.findFirst({
    where: { id: indicatorId, regionId },
    select: { id: true, name: true, initiativeId: true, ...PLAN_STATUS },
  });
  if (!indicator) throw new NotFoundError(INDICATOR_NOT_FOUND);
  return indicator;
}

async function milestoneInRegion(tx: Tx, regionId: string, milestoneId: string) {
  parseId(milestoneId, MILESTONE_NOT_FOUND);
  const milestone = await tx.milestone.findFirst({
    where: { id: milestoneId, regionId },
    select: { id: true, title: true, doneAt: true, initiativeId: true, ...PLAN_STATUS },
  });
  if (!milestone) throw new NotFoundError(MILESTONE_NOT_FOUND);
  return milestone;
}

export async function addIndicator(
  actor: Actor,
  slug: string,
  initiativeId: string,
  input: IndicatorInput,
): Promise<{ id: string }> {
  const data = parseInput(IndicatorInputSchema, input);
  return changePlan(actor, slug, {
    load: (tx, regionId) => initiativeInRegion(tx, regionId, initiativeId),
    notFound: INITIATIVE_NOT_FOUND,
    rule: (initiative) => assertContentEditable(initiative.theme.plan.status),
    change: async (tx, initiative, region) => {
      const values = {
        name: data.name,
        unit: data.unit,
        baseline: data.baseline ?? null,
        target: data.target,
        direction: data.direction as IndicatorDirection,
      };
      const created = await tx.indicator.create({
        data: { ...values, regionId: region.id, initiativeId: initiative.id },
        select: { id: true },
      });
      return {
        result: created,
        audit: {
          action: "initiative.indicator.create",
          entityType: "Initiative",
          entityId: initiative.id,
          changes: diffFields({}, { indicatorId: created.id, ...values }),
        },
      };
    },
  });
}

/** Records (or corrects) the value of an indicator for a period. Allowed until the plan is evaluated. */
export async function recordMeasurement(actor: Actor, slug: string, indicatorId: string, input: MeasurementInput): Promise<void> {
  const data = parseInput(MeasurementInputSchema, input);
  return changePlan(actor, slug, {
    load: (tx, regionId) => indicatorInRegion(tx, regionId, indicatorId),
    notFound: INDICATOR_NOT_FOUND,
    rule: (indicator) => assertMonitoringOpen(indicator.initiative.theme.plan.status),
    change: async (tx, indicator, region) => {
      const existing = await tx.measurement.findFirst({
        where: { regionId: region.id, indicatorId: indicator.id, period: data.period },
        select: { id: true, value: true },
      });
      if (existing?.value === data.value) return UNCHANGED;
      if (existing) await tx.measurement.update({ where: { id: existing.id }, data: { value: data.value } });
      else
        await tx.measurement.create({
          data: {
            regionId: region.id,
            indicatorId: indicator.id,
            period: data.period,
            periodEnd: periodEnd(data.period),
            value: data.value,
          },
          select: { id: true },
        });
      return {
        result: undefined,
        audit: {
          action: "initiative.measurement.record",
          entityType: "Initiative",
          entityId: indicator.initiativeId,
          changes: {
            indicator: { before: indicator.name, after: indicator.name },
            [`meting ${data.period}`]: { before: existing?.value ?? null, after: data.value },
          },
        },
      };
    },
  });
}

export async function addMilestone(
  actor: Actor,
  slug: string,
  initiativeId: string,
  input: MilestoneInput,
): Promise<{ id: string }> {
  const data = parseInput(MilestoneInputSchema, input);
  return changePlan(actor, slug, {
    load: (tx, regionId) => initiativeInRegion(tx, regionId, initiativeId),
    notFound: INITIATIVE_NOT_FOUND,
    rule: (initiative) => assertContentEditable(initiative.theme.plan.status),
    change: async (tx, initiative, region) => {
      const created = await tx.milestone.create({
        data: { regionId: region.id, initiativeId: initiative.id, title: data.title, dueDate: data.dueDate },
        select: { id: true },
      });
      return {
        result: created,
        audit: {
          action: "initiative.milestone.create",
          entityType: "Initiative",
          entityId: initiative.id,
          changes: diffFields({}, { milestoneId: created.id, title: data.title, dueDate: data.dueDate }),
        },
      };
    },
  });
}

export async function setMilestoneDone(actor: Actor, slug: string, milestoneId: string, done: boolean): Promise<void> {
  return changePlan(actor, slug, {
    load: (tx, regionId) => milestoneInRegion(tx, regionId, milestoneId),
    notFound: MILESTONE_NOT_FOUND,
    rule: (milestone) => assertMonitoringOpen(milestone.initiative.theme.plan.status),
    change: async (tx, milestone) => {
      if ((milestone.doneAt !== null) === done) return UNCHANGED;
      const doneAt = done ? new Date() : null;
      await tx.milestone.update({ where: { id: milestone.id }, data: { doneAt } });
      return {
        result: undefined,
        audit: {
          action: done ? "initiative.milestone.done" : "initiative.milestone.reopen",
          entityType: "Initiative",
          entityId: milestone.initiativeId,
          changes: {
            [`mijlpaal ${milestone.title}`]: {
              before: milestone.doneAt?.toISOString() ?? null,
              after: doneAt?.toISOString() ?? null,
            },
          },
        },
      };
    },
  });
}
