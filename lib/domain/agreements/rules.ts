// The rules of wijkverband agreements, free of the database: the version state machine, who is
// asked to acknowledge, the acknowledgement share, review-date markers and the line diff between
// two versions. The service (service.ts) enforces these; the unit tests pin them down.
import { msg } from "@/lib/i18n/keys";
import { ConflictError } from "@/lib/domain/errors";

export const VERSION_STATUSES = ["concept", "gepubliceerd", "vervangen"] as const;
export type VersionStatus = (typeof VERSION_STATUSES)[number];

export const DECISIONS = ["accepted", "objection"] as const;
export type Decision = (typeof DECISIONS)[number];
export type PracticeState = Decision | "open";

/** Limits of the drafted text and the fields around it. */
export const LIMITS = { title: 200, topic: 100, body: 50_000, reason: 2_000 } as const;

/**
 * The version state machine. A version starts as concept (the only state in which it can be
 * edited), is published once (its text is then frozen) and is superseded when a later version is
 * published. Nothing ever returns to concept: a new round starts a new concept version.
 */
const TRANSITIONS: Record<VersionStatus, readonly VersionStatus[]> = {
  concept: ["gepubliceerd"],
  gepubliceerd: ["vervangen"],
  vervangen: [],
};

export function canTransition(from: VersionStatus, to: VersionStatus): boolean {
  return TRANSITIONS[from].includes(to);
}

/** Only a concept can be edited; published and superseded versions never change. */
export function isEditable(status: VersionStatus): boolean {
  return status === "concept";
}

/** Practices decide only on the version that is currently published. */
export function acceptsDecisions(status: VersionStatus): boolean {
  return status === "gepubliceerd";
}

/** The number a new version gets: one more than the highest so far (1 for the first). */
export function nextVersionNumber(existing: readonly number[]): number {
  return existing.reduce((max, n) => Math.max(max, n), 0) + 1;
}

export type VersionLike = { id: string; versionNumber: number; status: VersionStatus };

/**
 * What publishing `versionId` does to all versions of the agreement: the concept becomes
 * published, the previously published one superseded; everything else stays. Throws with a Dutch
 * message when the version cannot be published.
 */
export function publishPlan<V extends VersionLike>(
  versions: readonly V[],
  versionId: string,
): { publish: V; supersede: V | null } {
  const publish = versions.find((v) => v.id === versionId);
  if (!publish) throw new ConflictError(msg("errors.notFound.version"));
  if (!canTransition(publish.status, "gepubliceerd")) {
    throw new ConflictError(msg("errors.agreements.alreadyPublished", { version: publish.versionNumber }));
  }
  const current = versions.find((v) => v.status === "gepubliceerd") ?? null;
  if (current && current.versionNumber > publish.versionNumber) {
    throw new ConflictError(msg("errors.agreements.newerPublished"));
  }
  return { publish, supersede: current };
}

/** The published version, or null when nothing is published yet. */
export function currentVersion<V extends VersionLike>(versions: readonly V[]): V | null {
  return versions.find((v) => v.status === "gepubliceerd") ?? null;
}

// ───────────────────────── acknowledgement ─────────────────────────

export type AckLike = { practiceId: string; decision: Decision };

export type Share = {
  /** Member practices asked (the current members; practices that left are not counted). */
  asked: number;
  accepted: number;
  objections: number;
  open: number;
  /** accepted / asked, 0..1; 0 when nobody is asked. */
  share: number;
};

/**
 * The acknowledgement share of one version: decisions count only for practices that are members
 * now (a practice that joined after publication is asked too, one that left no longer counts).
 */
export function acknowledgementShare(memberPracticeIds: readonly string[], acknowledgements: readonly AckLike[]): Share {
  const members = new Set(memberPracticeIds);
  let accepted = 0;
  let objections = 0;
  const seen = new Set<string>();
  for (const a of acknowledgements) {
    if (!members.has(a.practiceId) || seen.has(a.practiceId)) continue;
    seen.add(a.practiceId);
    if (a.decision === "accepted") accepted++;
    else objections++;
  }
  const asked = members.size;
  return { asked, accepted, objections, open: asked - accepted - objections, share: asked === 0 ? 0 : accepted / asked };
}

/** "75 %" style percentage of a share, rounded down so 99.6 % never shows as 100 %. */
export function sharePercent(share: Pick<Share, "accepted" | "asked">): number {
  return share.asked === 0 ? 0 : Math.floor((share.accepted * 100) / share.asked);
}

const DAY_MS = 86_400_000;

/** Whole days between two moments (never negative). */
export function daysBetween(from: Date, to: Date): number {
  return Math.max(0, Math.floor((to.getTime() - from.getTime()) / DAY_MS));
}

/**
 * How long a practice has been asked: since publication, or since it joined the wijkverband when
 * that was later.
 */
export function daysOpen(publishedAt: Date, memberSince: Date | null, today: Date): number {
  const since = memberSince && memberSince > publishedAt ? memberSince : publishedAt;
  return daysBetween(since, today);
}

export const REVIEW_SOON_DAYS = 30;
export type ReviewMarker = "overdue" | "soon" | null;

/** A review date that has passed is overdue; one within 30 days is soon. Dates are midnight UTC. */
export function reviewMarker(reviewDate: Date | null, today: Date): ReviewMarker {
  if (!reviewDate) return null;
  const startOfToday = Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate());
  const diff = (reviewDate.getTime() - startOfToday) / DAY_MS;
  if (diff < 0) return "overdue";
  if (diff <= REVIEW_SOON_DAYS) return "soon";
  return null;
}

/** Order for a practice holder's list: to decide first, then objections, then confirmed. */
export function stateOrder(state: PracticeState): number {
  return state === "open" ? 0 : state === "objection" ? 1 : 2;
}

// ───────────────────────── diff ─────────────────────────

export type DiffLine = { kind: "same" | "added" | "removed"; text: string };

/** Beyond this many cells the middle part is shown as replaced as a whole (bounded work). */
export const DIFF_CELL_LIMIT = 4_000_000;

const at = (cells: Uint32Array, index: number): number => cells[index] ?? 0;

function splitLines(text: string): string[] {
  const normalised = text.replace(/\r\n?/g, "\n");
  if (normalised === "") return [];
  return normalised.replace(/\n$/, "").split("\n");
}

/**
 * A line diff (longest common subsequence) from `before` to `after`: unchanged lines, removed lines
 * and added lines in reading order (removals before additions at a change). The common head and
 * tail are matched first; when the remaining middle is very large the work is bounded by showing
 * it as removed and added as a whole.
 */
export function diffLines(before: string, after: string): DiffLine[] {
  const a = splitLines(before);
  const b = splitLines(after);
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  const out: DiffLine[] = a.slice(0, start).map((text) => ({ kind: "same", text }));
  const midA = a.slice(start, endA);
  const midB = b.slice(start, endB);
  const n = midA.length;
  const m = midB.length;
  if (n * m > DIFF_CELL_LIMIT) {
    for (const text of midA) out.push({ kind: "removed", text });
    for (const text of midB) out.push({ kind: "added", text });
  } else if (n > 0 || m > 0) {
    // lcs[i][j]: length of the LCS of midA[i..] and midB[j..], in one flat array.
    const width = m + 1;
    const lcs = new Uint32Array((n + 1) * width);
    for (let i = n - 1; i >= 0; i--) {
      for (let j = m - 1; j >= 0; j--) {
        lcs[i * width + j] =
          midA[i] === midB[j]
            ? at(lcs, (i + 1) * width + j + 1) + 1
            : Math.max(at(lcs, (i + 1) * width + j), at(lcs, i * width + j + 1));
      }
    }
    let i = 0;
    let j = 0;
    const removed: string[] = [];
    const added: string[] = [];
    const flush = () => {
      for (const text of removed.splice(0)) out.push({ kind: "removed", text });
      for (const text of added.splice(0)) out.push({ kind: "added", text });
    };
    while (i < n || j < m) {
      const lineA = midA[i];
      const lineB = midB[j];
      if (lineA !== undefined && lineA === lineB) {
        flush();
        out.push({ kind: "same", text: lineA });
        i++;
        j++;
      } else if (lineB !== undefined && (lineA === undefined || at(lcs, i * width + j + 1) >= at(lcs, (i + 1) * width + j))) {
        added.push(lineB);
        j++;
      } else {
        removed.push(lineA as string);
        i++;
      }
    }
    flush();
  }
  for (const text of a.slice(endA)) out.push({ kind: "same", text });
  return out;
}

/** Counts of a diff, for the summary line above it. */
export function diffSummary(lines: readonly DiffLine[]): { added: number; removed: number } {
  let added = 0;
  let removed = 0;
  for (const l of lines) {
    if (l.kind === "added") added++;
    else if (l.kind === "removed") removed++;
  }
  return { added, removed };
}
