// Field specs of the regioplan forms, shared by the plan and initiative pages.
import type { FieldSpec } from "@/components/forms/action-form";
import { CLIENT_GROUP_LABEL, CLIENT_GROUPS, DIRECTION_LABEL, DIRECTIONS, IZA_GOALS, PHASE_LABEL, PHASES, THEME_TYPE_LABEL, THEME_TYPES } from "@/lib/domain/plans/rules";
import type { ThemeView } from "@/lib/domain/plans/service";

export function themeFieldSpecs(theme?: ThemeView): FieldSpec[] {
  return [
    { kind: "text", name: "name", label: "Naam van de opgave", defaultValue: theme?.name, required: true },
    { kind: "select", name: "type", label: "Type", options: THEME_TYPES.map((v) => ({ value: v, label: THEME_TYPE_LABEL[v] })), defaultValue: theme?.type ?? "doelgroep" },
    { kind: "select", name: "clientGroup", label: "Cliëntgroep", emptyLabel: "Geen specifieke groep", options: CLIENT_GROUPS.map((v) => ({ value: v, label: CLIENT_GROUP_LABEL[v] })), defaultValue: theme?.clientGroup ?? "" },
    { kind: "checkboxes", name: "izaGoals", label: "IZA-doelen", options: Object.entries(IZA_GOALS).map(([value, label]) => ({ value, label })), defaultValue: theme?.izaGoals ?? [] },
    { kind: "select", name: "priority", label: "Prioriteit", hint: "1 is de hoogste prioriteit.", options: ["1", "2", "3", "4", "5"].map((v) => ({ value: v, label: v })), defaultValue: String(theme?.priority ?? 3) },
    { kind: "textarea", name: "rationale", label: "Onderbouwing", hint: "Kort: waarom deze opgave, uit het regiobeeld.", defaultValue: theme?.rationale },
  ];
}

type Options = { themes: { id: string; name: string }[]; wijkverbanden: { id: string; name: string }[]; practices: { id: string; name: string }[]; organisations: { id: string; name: string }[] };

export function initiativeFieldSpecs(
  options: Options,
  initiative?: { themeId: string; title: string; description: string | null; ownerName: string | null; phase: string; startDate: Date | null; endDate: Date | null; participants: { kind: string; id: string }[] },
): FieldSpec[] {
  const day = (d: Date | null | undefined) => (d ? d.toISOString().slice(0, 10) : "");
  const chosen = (kind: string) => initiative?.participants.filter((p) => p.kind === kind).map((p) => p.id) ?? [];
  const opts = (list: { id: string; name: string }[]) => list.map((o) => ({ value: o.id, label: o.name }));
  return [
    { kind: "select", name: "themeId", label: "Opgave", options: opts(options.themes), defaultValue: initiative?.themeId ?? options.themes[0]?.id },
    { kind: "text", name: "title", label: "Titel van het initiatief", defaultValue: initiative?.title, required: true },
    { kind: "textarea", name: "description", label: "Beschrijving", defaultValue: initiative?.description, rows: 3 },
    { kind: "text", name: "ownerName", label: "Eigenaar", hint: "Wie trekt dit initiatief?", defaultValue: initiative?.ownerName },
    { kind: "select", name: "phase", label: "Fase", options: PHASES.map((p) => ({ value: p, label: PHASE_LABEL[p] })), defaultValue: initiative?.phase ?? "ontwikkelen" },
    { kind: "date", name: "startDate", label: "Start", defaultValue: day(initiative?.startDate) },
    { kind: "date", name: "endDate", label: "Einde", defaultValue: day(initiative?.endDate) },
    { kind: "checkboxes", name: "wijkverbandIds", label: "Deelnemende wijkverbanden", options: opts(options.wijkverbanden), defaultValue: chosen("wijkverband") },
    { kind: "multiselect", name: "practiceIds", label: "Deelnemende praktijken", hint: "Houd Ctrl (of Cmd) ingedrukt om er meer te kiezen.", options: opts(options.practices), defaultValue: chosen("practice") },
    { kind: "multiselect", name: "organisationIds", label: "Deelnemende organisaties", hint: "Partners van de regio: verzekeraars, gemeenten, sociaal domein, zorgorganisaties.", options: opts(options.organisations), defaultValue: chosen("organisation") },
  ];
}

export const INDICATOR_FIELDS: FieldSpec[] = [
  { kind: "text", name: "name", label: "Naam van de indicator", required: true },
  { kind: "text", name: "unit", label: "Eenheid", hint: "Bijvoorbeeld %, aantal of aantal per kwartaal.", required: true },
  { kind: "number", name: "baseline", label: "Nulmeting", hint: "De waarde bij de start (mag leeg)." },
  { kind: "number", name: "target", label: "Streefwaarde", required: true },
  { kind: "select", name: "direction", label: "Richting", options: DIRECTIONS.map((d) => ({ value: d, label: DIRECTION_LABEL[d] })), defaultValue: "increase" },
];

export const MILESTONE_FIELDS: FieldSpec[] = [
  { kind: "text", name: "title", label: "Mijlpaal", required: true },
  { kind: "date", name: "dueDate", label: "Deadline", required: true },
];
