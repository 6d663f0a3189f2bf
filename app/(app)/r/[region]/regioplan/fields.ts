// Field specs of the regioplan forms, shared by the plan and initiative pages.
import type { FieldSpec } from "@/components/forms/action-form";
import { CLIENT_GROUPS, DIRECTIONS, IZA_GOALS, PHASES, THEME_TYPES } from "@/lib/domain/plans/rules";
import type { ThemeView } from "@/lib/domain/plans/tree";
import { fill, type Messages } from "@/lib/i18n/messages";

type PlanMessages = Messages["plan"];

export function themeFieldSpecs(t: PlanMessages, theme?: Omit<ThemeView, "id" | "initiatives">): FieldSpec[] {
  return [
    { kind: "text", name: "name", label: t.form.themeName, defaultValue: theme?.name, required: true },
    {
      kind: "select",
      name: "type",
      label: t.col.type,
      options: THEME_TYPES.map((v) => ({ value: v, label: t.themeType[v] })),
      defaultValue: theme?.type ?? "doelgroep",
    },
    {
      kind: "select",
      name: "clientGroup",
      label: t.col.clientGroup,
      emptyLabel: t.form.noClientGroup,
      options: CLIENT_GROUPS.map((v) => ({ value: v, label: t.clientGroup[v] })),
      defaultValue: theme?.clientGroup ?? "",
    },
    {
      kind: "checkboxes",
      name: "izaGoals",
      label: t.col.izaGoals,
      options: (Object.keys(IZA_GOALS) as (keyof typeof IZA_GOALS)[]).map((value) => ({ value, label: t.izaGoal[value] })),
      defaultValue: theme?.izaGoals ?? [],
    },
    {
      kind: "select",
      name: "priority",
      label: t.col.priority,
      hint: t.form.priorityHint,
      options: ["1", "2", "3", "4", "5"].map((v) => ({ value: v, label: v })),
      defaultValue: String(theme?.priority ?? 3),
    },
    {
      kind: "textarea",
      name: "rationale",
      label: t.col.rationale,
      hint: t.form.rationaleHint,
      defaultValue: theme?.rationale,
    },
  ];
}

type Options = {
  themes: { id: string; name: string }[];
  wijkverbanden: { id: string; name: string }[];
  practices: { id: string; name: string }[];
  organisations: { id: string; name: string }[];
};

export function initiativeFieldSpecs(
  t: PlanMessages,
  options: Options,
  /** The initiative being edited; for a new one, at most the theme to preselect. */
  initiative?: Partial<{
    themeId: string;
    title: string;
    description: string | null;
    ownerName: string | null;
    phase: string;
    startDate: Date | null;
    endDate: Date | null;
    participants: { kind: string; id: string }[];
  }>,
): FieldSpec[] {
  const day = (d: Date | null | undefined) => (d ? d.toISOString().slice(0, 10) : "");
  const chosen = (kind: string) => initiative?.participants?.filter((p) => p.kind === kind).map((p) => p.id) ?? [];
  const opts = (list: { id: string; name: string }[]) => list.map((o) => ({ value: o.id, label: o.name }));
  return [
    {
      kind: "select",
      name: "themeId",
      label: t.col.theme,
      options: opts(options.themes),
      defaultValue: initiative?.themeId ?? options.themes[0]?.id,
    },
    { kind: "text", name: "title", label: t.form.initiativeTitle, defaultValue: initiative?.title, required: true },
    { kind: "textarea", name: "description", label: t.form.description, defaultValue: initiative?.description, rows: 3 },
    {
      kind: "text",
      name: "ownerName",
      label: t.col.owner,
      hint: t.form.ownerHint,
      defaultValue: initiative?.ownerName,
    },
    {
      kind: "select",
      name: "phase",
      label: t.col.phase,
      options: PHASES.map((p) => ({ value: p, label: t.phase[p] })),
      defaultValue: initiative?.phase ?? "ontwikkelen",
    },
    { kind: "date", name: "startDate", label: t.col.start, defaultValue: day(initiative?.startDate) },
    { kind: "date", name: "endDate", label: t.col.end, defaultValue: day(initiative?.endDate) },
    {
      kind: "checkboxes",
      name: "wijkverbandIds",
      label: t.form.wijkverbanden,
      options: opts(options.wijkverbanden),
      defaultValue: chosen("wijkverband"),
    },
    {
      kind: "multiselect",
      name: "practiceIds",
      label: t.form.practices,
      hint: t.form.multiHint,
      options: opts(options.practices),
      defaultValue: chosen("practice"),
    },
    {
      kind: "multiselect",
      name: "organisationIds",
      label: t.form.organisations,
      hint: t.form.organisationsHint,
      options: opts(options.organisations),
      defaultValue: chosen("organisation"),
    },
  ];
}

export function indicatorFieldSpecs(t: PlanMessages): FieldSpec[] {
  return [
    { kind: "text", name: "name", label: t.form.indicatorName, required: true },
    { kind: "text", name: "unit", label: t.form.unit, hint: t.form.unitHint, required: true },
    { kind: "number", name: "baseline", label: t.col.baseline, hint: t.form.baselineHint },
    { kind: "number", name: "target", label: t.col.target, required: true },
    {
      kind: "select",
      name: "direction",
      label: t.form.direction,
      options: DIRECTIONS.map((d) => ({ value: d, label: t.direction[d] })),
      defaultValue: "increase",
    },
  ];
}

export function milestoneFieldSpecs(t: PlanMessages): FieldSpec[] {
  return [
    { kind: "text", name: "title", label: t.form.milestone, required: true },
    { kind: "date", name: "dueDate", label: t.form.deadline, required: true },
  ];
}

export function measurementFieldSpecs(t: PlanMessages, indicator: { name: string; unit: string }): FieldSpec[] {
  return [
    { kind: "text", name: "period", label: fill(t.form.period, { name: indicator.name }), hint: t.form.periodHint },
    { kind: "number", name: "value", label: fill(t.form.valueIn, { unit: indicator.unit }) },
  ];
}
