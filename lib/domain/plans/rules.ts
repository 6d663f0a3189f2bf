// The regioplan's life cycle as pure rules (no database): which status may follow which, what is
// still editable, and who may comment when. Documented in README.md ("Regioplan").
import { ConflictError } from "@/lib/domain/errors";
import type { ClientGroup, IndicatorDirection, InitiativePhase, PlanStatus, ThemeType } from "@/lib/generated/prisma/enums";

export const PLAN_STATUSES: readonly PlanStatus[] = ["concept", "ter_consultatie", "vastgesteld", "geevalueerd"];
export const PHASES: readonly InitiativePhase[] = ["ontwikkelen", "opschalen", "borgen", "stoppen"];
export const THEME_TYPES: readonly ThemeType[] = ["doelgroep", "randvoorwaardelijk"];
export const CLIENT_GROUPS: readonly ClientGroup[] = ["gezond", "hulpvraag", "zorgvraag", "zorg_en_hulpvraag"];
export const DIRECTIONS: readonly IndicatorDirection[] = ["increase", "decrease", "maintain"];

/** The IZA 2030 goals (DOMAIN.md), stored by key on a theme. */
export const IZA_GOALS = {
  "minder-druk": "Minder onwenselijke druk op de eerstelijnszorg",
  "beter-voorbereid": "Patiënten beter voorbereid en begeleid",
  "passende-zorg": "Meer passende (ook digitale) zorg",
  capaciteit: "Capaciteit beter benut",
  wijkverbanden: "Hechte samenwerking in de wijk",
  "sociaal-domein": "Regionale samenwerking met sociaal domein, ziekenhuis, langdurige en acute zorg",
} as const;
export type IzaGoal = keyof typeof IZA_GOALS;

export const STATUS_LABEL: Record<PlanStatus, string> = {
  concept: "Concept",
  ter_consultatie: "Ter consultatie",
  vastgesteld: "Vastgesteld",
  geevalueerd: "Geëvalueerd",
};
export const PHASE_LABEL: Record<InitiativePhase, string> = { ontwikkelen: "Ontwikkelen", opschalen: "Opschalen", borgen: "Borgen", stoppen: "Stoppen" };
export const THEME_TYPE_LABEL: Record<ThemeType, string> = { doelgroep: "Doelgroep", randvoorwaardelijk: "Randvoorwaardelijk" };
export const CLIENT_GROUP_LABEL: Record<ClientGroup, string> = {
  gezond: "Gezond",
  hulpvraag: "Hulpvraag (vooral sociaal)",
  zorgvraag: "Zorgvraag (medisch)",
  zorg_en_hulpvraag: "Zorg- én hulpvraag",
};
export const DIRECTION_LABEL: Record<IndicatorDirection, string> = { increase: "Hoger is beter", decrease: "Lager is beter", maintain: "Op niveau houden" };

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

export const TRANSITION_LABEL: Record<string, string> = {
  "concept>ter_consultatie": "Ter consultatie voorleggen",
  "ter_consultatie>concept": "Terug naar concept",
  "ter_consultatie>vastgesteld": "Vaststellen (nieuwe versie)",
  "vastgesteld>geevalueerd": "Markeren als geëvalueerd",
  "vastgesteld>concept": "Herzien (nieuwe conceptronde)",
};

export function assertTransition(from: PlanStatus, to: PlanStatus): void {
  if (TRANSITIONS[from].includes(to)) return;
  if (from === to) throw new ConflictError(`Het plan is al ${STATUS_LABEL[to].toLowerCase()}.`);
  throw new ConflictError(`Een plan met status ${STATUS_LABEL[from].toLowerCase()} kan niet naar ${STATUS_LABEL[to].toLowerCase()}.`);
}

/** Themes, initiatives, indicators and milestones may change while the plan is concept or ter consultatie. */
export function isContentEditable(status: PlanStatus): boolean {
  return status === "concept" || status === "ter_consultatie";
}

export function assertContentEditable(status: PlanStatus): void {
  if (!isContentEditable(status)) {
    throw new ConflictError(`Dit plan is ${STATUS_LABEL[status].toLowerCase()} en kan niet meer worden gewijzigd. Start een herziening of een nieuw plan.`);
  }
}

/** Monitoring (measurements, ticking off milestones) goes on while the plan runs, until it is evaluated. */
export function isMonitoringOpen(status: PlanStatus): boolean {
  return status !== "geevalueerd";
}

export function assertMonitoringOpen(status: PlanStatus): void {
  if (!isMonitoringOpen(status)) throw new ConflictError("Dit plan is geëvalueerd; metingen en mijlpalen liggen vast.");
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
