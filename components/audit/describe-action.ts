// Audit actions ("practice.update", "plan.status.vastgesteld") as a short phrase in the reader's
// language, for the dashboard's recent activity, the audit log and the history tables.
import { describeAction, type ActivityItem } from "@/lib/domain/dashboard/rules";
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
