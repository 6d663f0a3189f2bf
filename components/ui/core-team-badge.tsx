import { Badge } from "@/components/ui/table";
import { fill } from "@/lib/i18n/messages";

/** Whether a wijkverband's core team (huisarts, wijkverpleging, apotheek, sociaal domein) is complete. */
export function CoreTeamBadge({
  complete,
  missing,
  labels,
}: {
  complete: boolean;
  missing: readonly string[];
  labels: { coreComplete: string; coreMissing: string };
}) {
  return complete ? <Badge tone="good">{labels.coreComplete}</Badge> : <Badge tone="warn">{fill(labels.coreMissing, { roles: missing.join(", ") })}</Badge>;
}
