// The regioplan's life cycle as pure rules (no database): which status may follow which, what is
// still editable, and who may comment when. Documented in README.md ("Regioplan").
import { ConflictError } from "@/lib/domain/errors";
import { msg } from "@/lib/i18n/keys";
import { nl as planNl } from "@/lib/i18n/messages/plan";
import type { ClientGroup, IndicatorDirection, InitiativePhase, PlanStatus, ThemeType } from "@/lib/generated/prisma/enums";

export const PLAN_STATUSES: readonly PlanStatus[] = ["concept", "ter_consultatie", "vastgesteld", "geevalueerd"];
export const PHASES: readonly InitiativePhase[] = ["ontwikkelen", "opschalen", "borgen", "stoppen"];
export const THEME_TYPES: readonly ThemeType[] = ["doelgroep", "randvoorwaardelijk"];
export const CLIENT_GROUPS: readonly ClientGroup[] = ["gezond", "hulpvraag", "zorgvraag", "zorg_en_hulpvraag"];
export const DIRECTIONS: readonly IndicatorDirection[] = ["increase", "decrease", "maintain"];

// Labels live in the message catalogue (lib/i18n/messages/plan.ts, t.plan.phase, …), also for the
// werkagenda export, which is written in the reader's language.
/** The IZA 2030 goals (docs: regioplan), stored by key on a theme. */
export const IZA_GOALS = planNl.izaGoal;
export type IzaGoal = keyof typeof IZA_GOALS;

/**
 * Allowed moves. "vastgesteld → concept" (herzien) opens a revision round; the next vaststelling
 * freezes the following version number. Everything else is refused.
 */
export const TRANSITIONS: Record<PlanStatus, readonly PlanStatus[]> = {
  concept: ["ter_consultatie"],
  ter_consultatie: ["concept", "vastgesteld"],
  vastgesteld: ["geevalueerd", "concept"],
  geevalueerd: [],
};

export function assertTransition(from: PlanStatus, to: PlanStatus): void {
  if (TRANSITIONS[from].includes(to)) return;
  if (from === to) throw new ConflictError(msg("plan.errors.alreadyStatus", { status: msg(`plan.statusLower.${to}`) }));
  throw new ConflictError(
    msg("plan.errors.transitionRefused", { from: msg(`plan.statusLower.${from}`), to: msg(`plan.statusLower.${to}`) }),
  );
}

/** Themes, initiatives, indicators and milestones may change while the plan is concept or ter consultatie. */
export function isContentEditable(status: PlanStatus): boolean {
  return status === "concept" || status === "ter_consultatie";
}

export function assertContentEditable(status: PlanStatus): void {
  if (!isContentEditable(status)) {
    throw new ConflictError(msg("plan.errors.frozen", { status: msg(`plan.statusLower.${status}`) }));
  }
}

/** Monitoring (measurements, ticking off milestones) goes on while the plan runs, until it is evaluated. */
export function isMonitoringOpen(status: PlanStatus): boolean {
  return status !== "geevalueerd";
}

export function assertMonitoringOpen(status: PlanStatus): void {
  if (!isMonitoringOpen(status)) throw new ConflictError(msg("plan.errors.monitoringClosed"));
}

/**
 * Who may comment: in concept only the editors (coordinators prepare the plan); ter consultatie and
 * vastgesteld every reader (consultation, then following the plan); geëvalueerd nobody (archive).
 */
export function commentAudience(status: PlanStatus): "editors" | "readers" | "closed" {
  if (status === "concept") return "editors";
  if (status === "geevalueerd") return "closed";
  return "readers";
}

/**
 * The plan partners follow now: out of concept and covering `year`, else the newest one out of
 * concept, else the newest. `plans` are ordered newest first (periodStart desc, createdAt desc).
 */
export function followedPlan<P extends { status: PlanStatus; periodStart: number; periodEnd: number }>(
  plans: readonly P[],
  year: number,
): P | null {
  const followed = plans.filter((p) => p.status !== "concept");
  return followed.find((p) => p.periodStart <= year && year <= p.periodEnd) ?? followed[0] ?? plans[0] ?? null;
}
