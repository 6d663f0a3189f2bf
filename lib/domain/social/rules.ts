// The social domain's rules without a database: quarters, the status flow of a link, and the
// small-number suppression for insurers.
import type { SocialLinkKind, SocialLinkStatus, SocialOrganisationKind } from "@/lib/generated/prisma/enums";
import { msg } from "@/lib/i18n/keys";
import { fill, type Messages } from "@/lib/i18n/messages";
import { en as socialEn, nl as socialNl } from "@/lib/i18n/messages/social";

export type { SocialLinkKind, SocialLinkStatus, SocialOrganisationKind };

export const LINK_KINDS = ["welzijn_op_recept", "sociaal_wijkteam", "schuldhulp", "jeugd", "wmo", "overig"] as const;
export const LINK_STATUSES = ["verkenning", "actief", "gestopt"] as const;
export const ORGANISATION_KINDS = [
  "welzijnsorganisatie",
  "sociaal_wijkteam",
  "schuldhulpverlening",
  "jeugd",
  "wmo_loket",
  "overig",
] as const;

// ───────────────────────── quarters ─────────────────────────

export type Quarter = { year: number; quarter: 1 | 2 | 3 | 4 };

/** "2026-Q3", "2026 Q3", "Q3 2026", "2026Q3", "Q3-2026", "2026-K3" (kwartaal) → { year: 2026, quarter: 3 }; otherwise null. */
export function parseQuarter(text: string): Quarter | null {
  const value = text.trim().replace(/\s+/g, " ");
  const yearFirst = /^(\d{4}) ?[-/ ]? ?[QK]([1-4])$/i.exec(value);
  const quarterFirst = /^[QK]([1-4]) ?[-/ ]? ?(\d{4})$/i.exec(value);
  const [year, quarter] = yearFirst
    ? [Number(yearFirst[1]), Number(yearFirst[2])]
    : quarterFirst
      ? [Number(quarterFirst[2]), Number(quarterFirst[1])]
      : [NaN, NaN];
  if (!Number.isInteger(year) || year < 2000 || year > 2100) return null;
  return { year, quarter: quarter as Quarter["quarter"] };
}

export function formatQuarter(q: Quarter): string {
  return `${q.year}-Q${q.quarter}`;
}

/** The quarter a day falls in (UTC). */
export function quarterOf(date: Date): Quarter {
  return { year: date.getUTCFullYear(), quarter: (Math.floor(date.getUTCMonth() / 3) + 1) as Quarter["quarter"] };
}

export function quarterStart(q: Quarter): Date {
  return new Date(Date.UTC(q.year, (q.quarter - 1) * 3, 1));
}

/** The last day of the quarter, midnight UTC. */
export function quarterEnd(q: Quarter): Date {
  return new Date(Date.UTC(q.year, q.quarter * 3, 0));
}

export function addQuarters(q: Quarter, n: number): Quarter {
  const index = q.year * 4 + (q.quarter - 1) + n;
  return { year: Math.floor(index / 4), quarter: ((index % 4) + 1) as Quarter["quarter"] };
}

export function compareQuarters(a: Quarter, b: Quarter): number {
  return a.year * 4 + a.quarter - (b.year * 4 + b.quarter);
}

/** A quarter that has not started yet. The running quarter may be counted. */
export function isFutureQuarter(q: Quarter, today: Date = new Date()): boolean {
  return compareQuarters(q, quarterOf(today)) > 0;
}

/**
 * The quarters the figures show (eight unless `size` says otherwise), oldest first: up to the latest
 * quarter that has counts (never beyond the running quarter), and at least up to the last completed
 * quarter.
 */
export function quarterWindow(latestWithData: string | null, today: Date = new Date(), size = 8): string[] {
  const running = quarterOf(today);
  let end = addQuarters(running, -1);
  const latest = latestWithData ? parseQuarter(latestWithData) : null;
  if (latest && compareQuarters(latest, end) > 0) end = compareQuarters(latest, running) > 0 ? running : latest;
  return Array.from({ length: size }, (_, i) => formatQuarter(addQuarters(end, i - size + 1)));
}

// ───────────────────────── the status flow ─────────────────────────

const NEXT: Record<SocialLinkStatus, readonly SocialLinkStatus[]> = {
  verkenning: ["actief", "gestopt"],
  actief: ["gestopt"],
  gestopt: [],
};

/** Where a link may go from its status: verkenning → actief → gestopt (an exploration may also stop). */
export function nextStatuses(status: SocialLinkStatus): readonly SocialLinkStatus[] {
  return NEXT[status];
}

export function canMoveTo(from: SocialLinkStatus, to: SocialLinkStatus): boolean {
  return NEXT[from].includes(to);
}

export type LinkDates = { exploringSince: Date | null; startDate: Date | null; endDate: Date | null };

/**
 * Checks a move and returns the dates after it, or a Dutch message. The date of the move defaults
 * to today, may not lie in the future, and not before the previous step.
 */
export function applyTransition(
  from: SocialLinkStatus,
  to: SocialLinkStatus,
  dates: LinkDates,
  on: Date,
  today: Date = new Date(),
): { ok: true; dates: LinkDates } | { ok: false; message: string } {
  if (!canMoveTo(from, to)) {
    return {
      ok: false,
      message:
        from === "gestopt"
          ? msg("errors.social.stopped")
          : msg("errors.social.order", {
              from: msg(`social.linkStatusLabel.${from}`),
              to: msg(`social.linkStatusLabel.${to}`),
            }),
    };
  }
  const day = new Date(Date.UTC(on.getUTCFullYear(), on.getUTCMonth(), on.getUTCDate()));
  const todayUtc = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate()));
  if (day > todayUtc) return { ok: false, message: msg("errors.social.futureDate") };
  const previous = to === "actief" ? dates.exploringSince : (dates.startDate ?? dates.exploringSince);
  if (previous && day < previous) {
    return { ok: false, message: msg("errors.social.beforePrevious") };
  }
  const current = { exploringSince: dates.exploringSince, startDate: dates.startDate, endDate: dates.endDate };
  return { ok: true, dates: to === "actief" ? { ...current, startDate: day } : { ...current, endDate: day } };
}

// ───────────────────────── small numbers ─────────────────────────

/** Counts below this are shown as "< 5" to insurers (never to the municipality or the region). */
export const SUPPRESS_BELOW = 5;

export type ShownCount = number | "< 5" | null;

/** A count as an audience may see it: insurers get "< 5" for 0–4; everyone else the number. */
export function shownCount(count: number | null, suppress: boolean): ShownCount {
  if (count === null) return null;
  return suppress && count < SUPPRESS_BELOW ? "< 5" : count;
}

// ───────────────────────── labels ─────────────────────────

/**
 * "Wijkverband Zaandam-Zuid" / "Practice De Zaan": the kind of target and its name in the reader's
 * language, without saying the kind twice when the (Dutch) name already starts with it.
 */
export function targetLabel(type: "wijkverband" | "praktijk", name: string, t: Messages["social"]): string {
  const lower = name.toLowerCase();
  const named = [socialNl, socialEn, t].some((c) => lower.startsWith(c.targetKind[type].toLowerCase()));
  return named ? name : fill(t.targetLabel, { kind: t.targetKind[type], name });
}

/** The Dutch link-kind labels, which an import file may use instead of the codes. */
export const LINK_KIND_LABELS: Record<SocialLinkKind, string> = socialNl.linkKindLabel;
