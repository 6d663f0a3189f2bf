import { Badge } from "@/components/ui/table";
import {
  sharePercent,
  type PracticeState,
  type ReviewMarker,
  type Share,
  type VersionStatus,
} from "@/lib/domain/agreements/rules";
import { fill } from "@/lib/i18n/messages";
import type { nl } from "@/lib/i18n/messages/agreements";

type Labels = typeof nl;

export function StateBadge({ state, daysOpen, labels }: { state: PracticeState; daysOpen?: number | null; labels: Labels }) {
  if (state === "accepted") return <Badge tone="good">{labels.stateAccepted}</Badge>;
  if (state === "objection") return <Badge tone="warn">{labels.stateObjection}</Badge>;
  const text =
    daysOpen === null || daysOpen === undefined
      ? labels.stateOpen
      : daysOpen === 1
        ? labels.openDay
        : fill(labels.openDays, { days: daysOpen });
  return <Badge tone="neutral">{text}</Badge>;
}

export function VersionStatusBadge({ status, labels }: { status: VersionStatus; labels: Labels }) {
  if (status === "gepubliceerd") return <Badge tone="good">{labels.statusPublished}</Badge>;
  if (status === "concept") return <Badge tone="warn">{labels.statusConcept}</Badge>;
  return <Badge tone="neutral">{labels.statusSuperseded}</Badge>;
}

export function ReviewBadge({ marker, labels }: { marker: ReviewMarker; labels: Labels }) {
  if (marker === "overdue") return <Badge tone="warn">⚠ {labels.reviewOverdue}</Badge>;
  if (marker === "soon") return <Badge tone="neutral">{labels.reviewSoon}</Badge>;
  return null;
}

/** "3 van 4 (75 %)" with a small bar; the text carries the value. */
export function ShareText({ share, labels }: { share: Share; labels: Labels }) {
  const percent = sharePercent(share);
  return (
    <span className="inline-flex items-center gap-2">
      <span aria-hidden="true" className="inline-block h-2 w-16 overflow-hidden rounded-full bg-slate-200">
        <span className="block h-full bg-green-700" style={{ width: `${percent}%` }} />
      </span>
      <span>{fill(labels.shareOf, { accepted: share.accepted, asked: share.asked, percent })}</span>
    </span>
  );
}
