// What every part of the regioplan shares: loading a plan, theme or initiative together with its
// region (a missing or foreign id is a 404), the actor's permissions on a plan, and `changePlan`,
// the one shape of every regioplan mutation.
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/authz/permissions";
import { withActor, type Tx } from "@/lib/db/with-actor";
import type { PlanStatus } from "@/lib/generated/prisma/client";
import { recordAudit, type AuditInput } from "@/lib/domain/audit/service";
import { NotFoundError } from "@/lib/domain/errors";
import { parseId } from "@/lib/domain/shared/ids";
import { commentAudience, isContentEditable, isMonitoringOpen, TRANSITIONS } from "@/lib/domain/plans/rules";
import { findRegionInTx, type RegionSummary } from "@/lib/domain/regions/service";
import { msg } from "@/lib/i18n/keys";

export const PLAN_NOT_FOUND = msg("errors.notFound.plan");
export const THEME_NOT_FOUND = msg("errors.notFound.theme");
export const INITIATIVE_NOT_FOUND = msg("errors.notFound.initiative");

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

export type PlanRow = {
  id: string;
  regionId: string;
  title: string;
  periodStart: number;
  periodEnd: number;
  status: PlanStatus;
  currentVersion: number;
  previousPlanId: string | null;
  summary: string | null;
  updatedAt: Date;
};
export const PLAN_SELECT = {
  id: true,
  regionId: true,
  title: true,
  periodStart: true,
  periodEnd: true,
  status: true,
  currentVersion: true,
  previousPlanId: true,
  summary: true,
  updatedAt: true,
} as const;

/** The region by slug, if the actor may read its plans (else 404). */
export async function readableRegion(tx: Tx, actor: Actor, slug: string): Promise<RegionSummary> {
  const region = await findRegionInTx(tx, actor, slug);
  if (!can(actor, "plan.read", { regionId: region.id })) throw new NotFoundError(msg("errors.notFound.region"));
  return region;
}

export async function planInRegion(tx: Tx, regionId: string, planId: string): Promise<PlanRow> {
  parseId(planId, PLAN_NOT_FOUND);
  const plan = await tx.regioplan.findFirst({ where: { id: planId, regionId }, select: PLAN_SELECT });
  if (!plan) throw new NotFoundError(PLAN_NOT_FOUND);
  return plan;
}

export async function themeInRegion(tx: Tx, regionId: string, themeId: string) {
  parseId(themeId, THEME_NOT_FOUND);
  const theme = await tx.theme.findFirst({
    where: { id: themeId, regionId },
    select: {
      id: true,
      planId: true,
      name: true,
      type: true,
      clientGroup: true,
      izaGoals: true,
      priority: true,
      rationale: true,
      plan: { select: PLAN_SELECT },
    },
  });
  if (!theme) throw new NotFoundError(THEME_NOT_FOUND);
  return theme;
}

export async function initiativeInRegion(tx: Tx, regionId: string, initiativeId: string) {
  parseId(initiativeId, INITIATIVE_NOT_FOUND);
  const initiative = await tx.initiative.findFirst({
    where: { id: initiativeId, regionId },
    select: {
      id: true,
      themeId: true,
      title: true,
      description: true,
      ownerName: true,
      phase: true,
      startDate: true,
      endDate: true,
      carriedFromId: true,
      theme: { select: { id: true, name: true, planId: true, plan: { select: PLAN_SELECT } } },
    },
  });
  if (!initiative) throw new NotFoundError(INITIATIVE_NOT_FOUND);
  return initiative;
}

// ───────────────────────── the one mutation shape ─────────────────────────

/** What a change returns: its result, and the audit event to write (null: nothing changed, nothing written). */
export type PlanChange<R> = { result: R; audit: Omit<AuditInput, "regionId"> | null };

export const UNCHANGED: PlanChange<void> = { result: undefined, audit: null };

/**
 * Every regioplan mutation, in one transaction: the region by slug → `load` the subject (404 when
 * it is not in this region) → may the actor (`permission`, default plan.edit; else the same 404)
 * → the status `rule` → `change` → the audit event it returns.
 */
export function changePlan<S, R>(
  actor: Actor,
  slug: string,
  spec: {
    load: (tx: Tx, regionId: string) => Promise<S>;
    notFound: string;
    permission?: "plan.edit" | "plan.publish" | "plan.read" | "comment.handle";
    rule?: (subject: S, regionId: string) => void;
    change: (tx: Tx, subject: S, region: RegionSummary) => Promise<PlanChange<R>>;
  },
  options?: { timeoutMs?: number },
): Promise<R> {
  return withActor(
    actor,
    async (tx) => {
      const region = await findRegionInTx(tx, actor, slug);
      const subject = await spec.load(tx, region.id);
      if (!can(actor, spec.permission ?? "plan.edit", { regionId: region.id })) throw new NotFoundError(spec.notFound);
      spec.rule?.(subject, region.id);
      const { result, audit } = await spec.change(tx, subject, region);
      if (audit) await recordAudit(tx, actor, { regionId: region.id, ...audit });
      return result;
    },
    options,
  );
}
