// A frozen version of a plan (stored as JSON in PlanVersion.snapshot) and the comparison of two
// versions per theme and initiative. Pure: no database, unit-tested.
import { msg } from "@/lib/i18n/keys";

export type SnapshotIndicator = {
  id?: string;
  name: string;
  unit: string;
  baseline: number | null;
  target: number;
  direction: string;
};
export type SnapshotMilestone = { id?: string; title: string; dueDate: string; done: boolean };
export type SnapshotInitiative = {
  id?: string;
  title: string;
  description: string | null;
  ownerName: string | null;
  phase: string;
  startDate: string | null;
  endDate: string | null;
  participants: string[];
  indicators: SnapshotIndicator[];
  milestones: SnapshotMilestone[];
};
export type SnapshotTheme = {
  id?: string;
  name: string;
  type: string;
  clientGroup: string | null;
  izaGoals: string[];
  priority: number;
  rationale: string | null;
  initiatives: SnapshotInitiative[];
};
export type PlanSnapshot = {
  title: string;
  periodStart: number;
  periodEnd: number;
  summary: string | null;
  themes: SnapshotTheme[];
};

/** What the snapshot builder needs; dates may be Date or yyyy-mm-dd strings. */
type DateLike = Date | string | null | undefined;
export type SnapshotSource = {
  title: string;
  periodStart: number;
  periodEnd: number;
  summary: string | null;
  themes: {
    id?: string;
    name: string;
    type: string;
    clientGroup: string | null;
    izaGoals: string[];
    priority: number;
    rationale: string | null;
    initiatives: {
      id?: string;
      title: string;
      description: string | null;
      ownerName: string | null;
      phase: string;
      startDate: DateLike;
      endDate: DateLike;
      participants?: string[];
      indicators: { id?: string; name: string; unit: string; baseline: number | null; target: number; direction: string }[];
      milestones: { id?: string; title: string; dueDate: DateLike; doneAt: DateLike }[];
    }[];
  }[];
};

export function isoDay(value: DateLike): string | null {
  if (!value) return null;
  return typeof value === "string" ? value.slice(0, 10) : value.toISOString().slice(0, 10);
}

/** An immutable, JSON-safe copy of the plan's content, sorted the way the plan shows it. */
export function buildSnapshot(source: SnapshotSource): PlanSnapshot {
  const themes = [...source.themes].sort((a, b) => a.priority - b.priority || a.name.localeCompare(b.name, "nl"));
  return {
    title: source.title,
    periodStart: source.periodStart,
    periodEnd: source.periodEnd,
    summary: source.summary,
    themes: themes.map((t) => ({
      ...(t.id ? { id: t.id } : {}),
      name: t.name,
      type: t.type,
      clientGroup: t.clientGroup,
      izaGoals: [...t.izaGoals],
      priority: t.priority,
      rationale: t.rationale,
      initiatives: [...t.initiatives]
        .sort((a, b) => a.title.localeCompare(b.title, "nl"))
        .map((i) => ({
          ...(i.id ? { id: i.id } : {}),
          title: i.title,
          description: i.description,
          ownerName: i.ownerName,
          phase: i.phase,
          startDate: isoDay(i.startDate),
          endDate: isoDay(i.endDate),
          participants: [...(i.participants ?? [])].sort((a, b) => a.localeCompare(b, "nl")),
          indicators: i.indicators.map((x) => ({
            ...(x.id ? { id: x.id } : {}),
            name: x.name,
            unit: x.unit,
            baseline: x.baseline,
            target: x.target,
            direction: x.direction,
          })),
          milestones: [...i.milestones]
            .sort((a, b) => (isoDay(a.dueDate) ?? "").localeCompare(isoDay(b.dueDate) ?? ""))
            .map((m) => ({
              ...(m.id ? { id: m.id } : {}),
              title: m.title,
              dueDate: isoDay(m.dueDate) ?? "",
              done: Boolean(m.doneAt),
            })),
        })),
    })),
  };
}

/** Reads a stored snapshot defensively (older snapshots may lack lists). */
export function parseSnapshot(value: unknown): PlanSnapshot {
  const v = (value ?? {}) as Partial<PlanSnapshot>;
  return {
    title: String(v.title ?? ""),
    periodStart: Number(v.periodStart ?? 0),
    periodEnd: Number(v.periodEnd ?? 0),
    summary: v.summary ?? null,
    themes: (v.themes ?? []).map((t) => ({
      ...t,
      izaGoals: t.izaGoals ?? [],
      rationale: t.rationale ?? null,
      clientGroup: t.clientGroup ?? null,
      initiatives: (t.initiatives ?? []).map((i) => ({
        ...i,
        description: i.description ?? null,
        ownerName: i.ownerName ?? null,
        startDate: i.startDate ?? null,
        endDate: i.endDate ?? null,
        participants: i.participants ?? [],
        indicators: i.indicators ?? [],
        milestones: i.milestones ?? [],
      })),
    })),
  };
}

// ───────────────────────── comparison ─────────────────────────

export type FieldChange = { field: string; before: string; after: string };
export type ChangeKind = "added" | "removed" | "changed" | "unchanged";
export type InitiativeDiff = { kind: Exclude<ChangeKind, "unchanged">; key: string; title: string; changes: FieldChange[] };
export type ThemeDiff = { kind: ChangeKind; key: string; name: string; changes: FieldChange[]; initiatives: InitiativeDiff[] };
export type PlanDiff = { plan: FieldChange[]; themes: ThemeDiff[]; counts: { added: number; removed: number; changed: number } };

const THEME_FIELDS: [keyof SnapshotTheme, string][] = [
  ["name", msg("plan.diffField.name")],
  ["type", msg("plan.diffField.type")],
  ["clientGroup", msg("plan.diffField.clientGroup")],
  ["izaGoals", msg("plan.diffField.izaGoals")],
  ["priority", msg("plan.diffField.priority")],
  ["rationale", msg("plan.diffField.rationale")],
];
const INITIATIVE_FIELDS: [keyof SnapshotInitiative, string][] = [
  ["title", msg("plan.diffField.title")],
  ["description", msg("plan.diffField.description")],
  ["ownerName", msg("plan.diffField.ownerName")],
  ["phase", msg("plan.diffField.phase")],
  ["startDate", msg("plan.diffField.startDate")],
  ["endDate", msg("plan.diffField.endDate")],
  ["participants", msg("plan.diffField.participants")],
  ["indicators", msg("plan.diffField.indicators")],
  ["milestones", msg("plan.diffField.milestones")],
];
const PLAN_FIELDS: [keyof PlanSnapshot, string][] = [
  ["title", msg("plan.diffField.title")],
  ["periodStart", msg("plan.diffField.periodStart")],
  ["periodEnd", msg("plan.diffField.periodEnd")],
  ["summary", msg("plan.diffField.summary")],
];

function text(value: unknown): string {
  if (value === null || value === undefined || value === "") return "—";
  if (Array.isArray(value)) {
    if (value.length === 0) return "—";
    return value
      .map((item) => {
        if (typeof item !== "object" || item === null) return String(item);
        const o = item as Record<string, unknown>;
        if ("target" in o) return `${o.name} (${o.unit}; ${o.baseline ?? "—"} → ${o.target})`;
        // Completion is monitoring, not plan content: a version comparison ignores it.
        if ("dueDate" in o) return `${o.title} (${o.dueDate})`;
        return JSON.stringify(o);
      })
      .join("; ");
  }
  return String(value);
}

function compareFields<T>(before: T, after: T, fields: [keyof T, string][]): FieldChange[] {
  const changes: FieldChange[] = [];
  for (const [key, label] of fields) {
    const a = text(before[key]);
    const b = text(after[key]);
    if (a !== b) changes.push({ field: label, before: a, after: b });
  }
  return changes;
}

const keyOf = (item: { id?: string }, fallback: string) => item.id ?? `naam:${fallback}`;

/**
 * Differences from `before` to `after`: per theme (added / removed / changed fields) and per
 * initiative (matched by id, or by title when a snapshot has no ids; an initiative that moved
 * to another theme is listed under its new theme with the theme as a changed field).
 */
export function diffSnapshots(before: PlanSnapshot, after: PlanSnapshot): PlanDiff {
  const oldThemes = new Map(before.themes.map((t) => [keyOf(t, t.name), t]));
  const newThemes = new Map(after.themes.map((t) => [keyOf(t, t.name), t]));
  const oldInitiatives = new Map<string, { item: SnapshotInitiative; theme: SnapshotTheme }>();
  for (const t of before.themes) for (const i of t.initiatives) oldInitiatives.set(keyOf(i, i.title), { item: i, theme: t });
  const newInitiativeKeys = new Set(after.themes.flatMap((t) => t.initiatives.map((i) => keyOf(i, i.title))));

  const counts = { added: 0, removed: 0, changed: 0 };
  const themes: ThemeDiff[] = [];

  for (const [key, theme] of newThemes) {
    const old = oldThemes.get(key);
    const initiatives: InitiativeDiff[] = [];
    for (const ini of theme.initiatives) {
      const ikey = keyOf(ini, ini.title);
      const prev = oldInitiatives.get(ikey);
      if (!prev) {
        initiatives.push({ kind: "added", key: ikey, title: ini.title, changes: [] });
        counts.added++;
        continue;
      }
      const changes = compareFields(prev.item, ini, INITIATIVE_FIELDS);
      if (keyOf(prev.theme, prev.theme.name) !== key)
        changes.unshift({ field: msg("plan.diffField.theme"), before: prev.theme.name, after: theme.name });
      if (changes.length > 0) {
        initiatives.push({ kind: "changed", key: ikey, title: ini.title, changes });
        counts.changed++;
      }
    }
    // Initiatives removed from the plan altogether, listed under their old theme.
    if (old) {
      for (const ini of old.initiatives) {
        const ikey = keyOf(ini, ini.title);
        if (!newInitiativeKeys.has(ikey)) {
          initiatives.push({ kind: "removed", key: ikey, title: ini.title, changes: [] });
          counts.removed++;
        }
      }
    }
    if (!old) {
      themes.push({ kind: "added", key, name: theme.name, changes: [], initiatives });
      counts.added++;
      continue;
    }
    const changes = compareFields(old, theme, THEME_FIELDS);
    if (changes.length > 0) counts.changed++;
    themes.push({ kind: changes.length > 0 ? "changed" : "unchanged", key, name: theme.name, changes, initiatives });
  }
  for (const [key, theme] of oldThemes) {
    if (newThemes.has(key)) continue;
    const initiatives: InitiativeDiff[] = theme.initiatives
      .filter((i) => !newInitiativeKeys.has(keyOf(i, i.title)))
      .map((i) => ({ kind: "removed" as const, key: keyOf(i, i.title), title: i.title, changes: [] }));
    counts.removed += 1 + initiatives.length;
    themes.push({ kind: "removed", key, name: theme.name, changes: [], initiatives });
  }
  return {
    plan: compareFields(before, after, PLAN_FIELDS),
    themes: themes.filter((t) => t.kind !== "unchanged" || t.initiatives.length > 0),
    counts,
  };
}
