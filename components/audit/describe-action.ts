// Audit events in the reader's language, for the dashboard's recent activity, the audit log and the
// history tables: actions ("practice.update", "plan.status.vastgesteld") as a short phrase, entity
// types and changed fields by their catalogue label (lib/i18n/messages/audit.ts).
import { describeAction, type ActivityItem } from "@/lib/domain/dashboard/rules";
import { formatCents } from "@/lib/format";
import { fill, type Locale, type Messages } from "@/lib/i18n/messages";
import type { LocalizedName } from "@/lib/i18n/names";

export function describeActivity(e: Pick<ActivityItem, "key" | "verb">, t: Messages): string {
  const a = t.dashboard.activity;
  if (e.key === "planStatus") {
    const label = (t.plan.status as Record<string, string>)[e.verb] ?? e.verb;
    return fill(a.planStatus, { status: label.toLocaleLowerCase() });
  }
  const verb = (a.verb as Record<string, string>)[e.verb] ?? a.verb.other;
  return `${a.subject[e.key]} ${verb}`;
}

/** The phrase for a stored audit action code. */
export function describeAuditAction(action: string, t: Messages): string {
  return describeActivity(describeAction(action), t);
}

/** What an audit event is about ("Practice", "SocialLink", …) in the reader's language; unknown types by their code. */
export function describeEntityType(entityType: string, t: Messages): string {
  return (t.audit.entityType as Record<string, string>)[entityType] ?? entityType;
}

const FIELD_ABOUT = /^(verwijzingen|meting|mijlpaal|reactie) (.+)$/s;
const CENTS_FIELDS = new Set(["amountCents", "rateCents"]);

/** A changed field of a history entry in the reader's language; unknown fields by their code. */
export function describeField(field: string, t: Messages): string {
  const about = FIELD_ABOUT.exec(field);
  if (about) return fill(t.audit.fieldAbout[about[1] as keyof Messages["audit"]["fieldAbout"]], { about: about[2] ?? "" });
  return (t.audit.field as Record<string, string>)[field] ?? field;
}

/**
 * Where the labels of a field's stored codes live, per field name. A field name can mean different
 * things on different records ("status" of an expenditure or of a social link), but their codes do
 * not overlap, so the first catalogue that knows a code labels it.
 */
function codeLabels(field: string, t: Messages): Record<string, string>[] {
  const a = t.agreements;
  switch (field) {
    case "status":
      return [t.money.status, t.social.linkStatusLabel, t.plan.status];
    case "kind":
      return [t.social.linkKindLabel, t.network.partnerKind];
    case "socialKind":
      return [t.social.organisationKindLabel];
    case "category":
      return [t.money.category];
    case "decision":
      return [{ accepted: a.stateAccepted, objection: a.stateObjection, open: a.stateOpen }];
    case "type":
      return [t.plan.themeType];
    case "clientGroup":
      return [t.plan.clientGroup];
    case "phase":
      return [t.plan.phase];
    case "direction":
      return [t.plan.direction];
    case "izaGoals":
      return [t.plan.izaGoal];
    default:
      return [];
  }
}

/**
 * A changed value for display: stored codes ("actief", "welzijn_op_recept", true) by their label,
 * amounts stored in cents as euros, and the "1234 tekens" the log keeps for an agreement's text (its
 * length, not the text) in the reader's language. Names of disciplines, kept in the data in both
 * languages, come with the entry (`names`, see entityHistory).
 */
export function describeValue(
  field: string,
  value: string,
  t: Messages,
  names: Record<string, LocalizedName> = {},
  locale: Locale = "nl",
): string {
  if (CENTS_FIELDS.has(field) && /^-?\d+$/.test(value)) return formatCents(Number(value));
  const characters = /^(\d+) tekens$/.exec(value);
  if (field === "body" && characters) return fill(t.audit.characters, { count: characters[1] ?? "" });
  if (value === "true" || value === "false") return value === "true" ? t.network.yes : t.network.no;
  const named = names[value];
  if (named) return named[locale];
  const catalogues = codeLabels(field, t);
  if (catalogues.length === 0) return value;
  // Lists are stored joined by ", " (see lib/domain/audit/history.ts).
  return value
    .split(", ")
    .map((code) => catalogues.find((c) => code in c)?.[code] ?? code)
    .join(", ");
}
