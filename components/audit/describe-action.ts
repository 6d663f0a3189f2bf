// Audit events in the reader's language, for the dashboard's recent activity, the audit log and the
// history tables: actions ("practice.update", "plan.status.vastgesteld") as a short phrase, entity
// types and changed fields by their catalogue label (lib/i18n/messages/audit.ts).
import { describeAction, type ActivityItem } from "@/lib/domain/dashboard/rules";
import { formatCents } from "@/lib/format";
import { fill, type Messages } from "@/lib/i18n/messages";

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
 * A changed value for display: amounts stored in cents as euros, and the "1234 tekens" the log
 * keeps for an agreement's text (its length, not the text) in the reader's language.
 */
export function describeValue(field: string, value: string, t: Messages): string {
  if (CENTS_FIELDS.has(field) && /^-?\d+$/.test(value)) return formatCents(Number(value));
  const characters = /^(\d+) tekens$/.exec(value);
  if (field === "body" && characters) return fill(t.audit.characters, { count: characters[1] ?? "" });
  return value;
}
