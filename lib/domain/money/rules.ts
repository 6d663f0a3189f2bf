// The O&I money rules as pure functions (no database): the expenditure status flow, Dutch amount
// parsing, evidence file types by content, the figures per budget and the variance flags.
// Documented in README.md ("O&I-gelden"); enforced in lib/domain/money/service.ts.
import { ConflictError } from "@/lib/domain/errors";
import type { ExpenditureEventKind, ExpenditureStatus, FundingTitle } from "@/lib/generated/prisma/enums";
import { msg, type MessageKey } from "@/lib/i18n/keys";

export const FUNDING_TITLES: readonly FundingTitle[] = [
  "regiomanagement",
  "wijkmanagement",
  "praktijkmanagement",
  "ondersteuning_ketenzorg",
  "digitalisering",
  "overig",
];

export const EXPENDITURE_STATUSES: readonly ExpenditureStatus[] = [
  "concept",
  "ingediend",
  "vraag_gesteld",
  "goedgekeurd",
  "afgewezen",
];

export const EXPENDITURE_CATEGORIES = [
  "personeel",
  "inhuur",
  "ict-licenties",
  "scholing",
  "bijeenkomsten",
  "materiaal",
  "overig",
] as const;

// ───────────────────────── the status flow ─────────────────────────

/** What someone does to an expenditure. */
export type ExpenditureMove = "edit" | "delete" | "submit" | "approve" | "ask" | "reject" | "answer";

/** Who makes a move: the region's coordinators, or the insurer's reviewers. */
export const MOVE_SIDE: Record<ExpenditureMove, "coordinator" | "reviewer"> = {
  edit: "coordinator",
  delete: "coordinator",
  submit: "coordinator",
  answer: "coordinator",
  approve: "reviewer",
  ask: "reviewer",
  reject: "reviewer",
};

/**
 * concept → ingediend → goedgekeurd | vraag gesteld | afgewezen; vraag gesteld → ingediend (after
 * an answer). Only concept items are edited or deleted. goedgekeurd and afgewezen are final.
 */
export const MOVES: Record<ExpenditureStatus, Partial<Record<ExpenditureMove, ExpenditureStatus | null>>> = {
  concept: { edit: "concept", delete: null, submit: "ingediend" },
  ingediend: { approve: "goedgekeurd", ask: "vraag_gesteld", reject: "afgewezen" },
  vraag_gesteld: { answer: "ingediend" },
  goedgekeurd: {},
  afgewezen: {},
};

export const MOVE_EVENT: Record<Exclude<ExpenditureMove, "delete">, ExpenditureEventKind> = {
  edit: "gewijzigd",
  submit: "ingediend",
  approve: "goedgekeurd",
  ask: "vraag_gesteld",
  reject: "afgewezen",
  answer: "beantwoord",
};

/** The status as a word inside a sentence ("is goedgekeurd", "is a draft"). */
const STATUS_WORD: Record<ExpenditureStatus, MessageKey> = {
  concept: "errors.money.statusWord.concept",
  ingediend: "errors.money.statusWord.ingediend",
  goedgekeurd: "errors.money.statusWord.goedgekeurd",
  vraag_gesteld: "errors.money.statusWord.vraag_gesteld",
  afgewezen: "errors.money.statusWord.afgewezen",
};
const REVIEW_VERB: Record<"approve" | "ask" | "reject", MessageKey> = {
  approve: "errors.money.reviewVerb.approve",
  ask: "errors.money.reviewVerb.ask",
  reject: "errors.money.reviewVerb.reject",
};

export function allowedMoves(status: ExpenditureStatus): ExpenditureMove[] {
  return Object.keys(MOVES[status]) as ExpenditureMove[];
}

/** The status after the move (null: the expenditure is gone), or a ConflictError in Dutch. */
export function applyMove(status: ExpenditureStatus, move: ExpenditureMove): ExpenditureStatus | null {
  const moves = MOVES[status];
  if (Object.hasOwn(moves, move)) return moves[move] ?? null;
  const params = { status: msg(STATUS_WORD[status]) };
  if (move === "edit") throw new ConflictError(msg("errors.money.lockedEdit", params));
  if (move === "delete") throw new ConflictError(msg("errors.money.lockedDelete", params));
  if (move === "answer") throw new ConflictError(msg("errors.money.noOpenQuestion", params));
  if (move === "submit") throw new ConflictError(msg("errors.money.submitOnlyDraft", params));
  throw new ConflictError(msg("errors.money.reviewOnlySubmitted", { ...params, verb: msg(REVIEW_VERB[move]) }));
}

/** Texts that moves require: a question, a reason for rejection, an answer. */
export function requiresText(move: ExpenditureMove): boolean {
  return move === "ask" || move === "reject" || move === "answer";
}

/** Four eyes: a reviewer never decides on an expenditure they recorded or submitted themselves. */
export function assertFourEyes(userId: string, expenditure: { createdById: string | null; submittedById: string | null }) {
  if (expenditure.createdById === userId || expenditure.submittedById === userId)
    throw new ConflictError(msg("errors.money.fourEyes"));
}

// ───────────────────────── amounts ─────────────────────────

/** At most € 10.000.000 per item. */
export const MAX_ITEM_CENTS = 1_000_000_000;
/** Budgets: at most € 100.000.000 (a region's yearly O&I is far below it; the column is a 32-bit int). */
export const MAX_BUDGET_CENTS = 2_000_000_000;

export type AmountResult = { ok: true; cents: number } | { ok: false; message: string };

/**
 * A Dutch amount to cents: "1.234,56", "1234,56", "1234", "1.234", "€ 1.234,5". Dots group thousands
 * (in threes), the comma is the decimal sign, at most two decimals. A lone dot with one or two
 * digits after it ("12.50") is refused: in Dutch it is ambiguous.
 */
export function parseAmount(input: string, options: { max?: number; allowZero?: boolean } = {}): AmountResult {
  const max = options.max ?? MAX_ITEM_CENTS;
  const text = input.replace(/^\s*€\s*/, "").replace(/[\s\u00a0]/g, "");
  if (text === "") return { ok: false, message: msg("errors.money.amountRequired") };
  if (text.startsWith("-")) return { ok: false, message: msg("errors.money.amountPositive") };
  const match = /^(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d*))?$/.exec(text);
  if (!match) return { ok: false, message: msg("errors.money.amountFormat") };
  const decimals = match[2] ?? "";
  if (decimals.length > 2) return { ok: false, message: msg("errors.money.amountDecimals") };
  const euros = match[1]!.replace(/\./g, "");
  if (euros.length > 12) return { ok: false, message: msg("errors.money.amountTooHigh", { max: formatAmount(max) }) };
  const cents = Number(euros) * 100 + Number(decimals.padEnd(2, "0") || "0");
  if (cents === 0 && !options.allowZero) return { ok: false, message: msg("errors.money.amountZero") };
  if (cents > max) return { ok: false, message: msg("errors.money.amountTooHigh", { max: formatAmount(max) }) };
  return { ok: true, cents };
}

/** Cents as a Dutch input value: 123456 → "1234,56" (what parseAmount reads back). */
export function centsToInput(cents: number): string {
  return `${Math.trunc(cents / 100)},${String(cents % 100).padStart(2, "0")}`;
}

function formatAmount(cents: number): string {
  return `€ ${new Intl.NumberFormat("nl-NL").format(cents / 100)}`;
}

/** A budget's basis: rate per registered patient × the region's registered huisarts patients. */
export function basisCents(rateCents: number, patients: number): number {
  return rateCents * patients;
}

// ───────────────────────── evidence ─────────────────────────

export const MAX_EVIDENCE_BYTES = 10 * 1024 * 1024;
export type EvidenceType = { contentType: "application/pdf" | "image/png" | "image/jpeg"; extension: "pdf" | "png" | "jpg" };

/** The file type from its first bytes (never from its name): PDF, PNG or JPEG, else null. */
export function sniffEvidence(bytes: Uint8Array): EvidenceType | null {
  const starts = (sig: number[]) => sig.every((b, i) => bytes[i] === b);
  if (starts([0x25, 0x50, 0x44, 0x46, 0x2d])) return { contentType: "application/pdf", extension: "pdf" }; // %PDF-
  if (starts([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return { contentType: "image/png", extension: "png" };
  if (starts([0xff, 0xd8, 0xff])) return { contentType: "image/jpeg", extension: "jpg" };
  return null;
}

/** Checks an upload; returns the type or a Dutch message. Nothing is stored when it fails. */
export function checkEvidence(bytes: Uint8Array | null): { ok: true; type: EvidenceType } | { ok: false; message: string } {
  if (!bytes) return { ok: false, message: msg("errors.money.fileUnreadable") };
  if (bytes.length === 0) return { ok: false, message: msg("errors.money.fileEmpty") };
  if (bytes.length > MAX_EVIDENCE_BYTES) return { ok: false, message: msg("errors.money.fileTooLarge") };
  const type = sniffEvidence(bytes);
  if (!type) return { ok: false, message: msg("errors.money.evidenceType") };
  return { ok: true, type };
}

// ───────────────────────── figures ─────────────────────────

/**
 * The figures of a budget (or an allocation): planned = the budget, allocated = the sum of its
 * allocations, submitted = waiting for a decision (ingediend + vraag gesteld), approved =
 * goedgekeurd, remaining = planned − approved.
 */
export type MoneyFigures = {
  plannedCents: number;
  allocatedCents: number;
  conceptCents: number;
  submittedCents: number;
  approvedCents: number;
  rejectedCents: number;
  remainingCents: number;
};

export function emptyFigures(plannedCents = 0): MoneyFigures {
  return {
    plannedCents,
    allocatedCents: 0,
    conceptCents: 0,
    submittedCents: 0,
    approvedCents: 0,
    rejectedCents: 0,
    remainingCents: plannedCents,
  };
}

/** Adds one expenditure amount to the figures by its status. */
export function addExpenditure(figures: MoneyFigures, status: ExpenditureStatus, cents: number): MoneyFigures {
  const f = { ...figures };
  if (status === "concept") f.conceptCents += cents;
  else if (status === "ingediend" || status === "vraag_gesteld") f.submittedCents += cents;
  else if (status === "goedgekeurd") f.approvedCents += cents;
  else f.rejectedCents += cents;
  f.remainingCents = f.plannedCents - f.approvedCents;
  return f;
}

/** Figures from line items: what every page and export must agree with. */
export function figuresFrom(
  plannedCents: number,
  allocations: readonly { amountCents: number }[],
  expenditures: readonly { status: ExpenditureStatus; amountCents: number }[],
): MoneyFigures {
  let f = emptyFigures(plannedCents);
  f.allocatedCents = allocations.reduce((s, a) => s + a.amountCents, 0);
  for (const e of expenditures) f = addExpenditure(f, e.status, e.amountCents);
  return f;
}

export function sumFigures(list: readonly MoneyFigures[]): MoneyFigures {
  const total = emptyFigures(0);
  for (const f of list) {
    total.plannedCents += f.plannedCents;
    total.allocatedCents += f.allocatedCents;
    total.conceptCents += f.conceptCents;
    total.submittedCents += f.submittedCents;
    total.approvedCents += f.approvedCents;
    total.rejectedCents += f.rejectedCents;
  }
  total.remainingCents = total.plannedCents - total.approvedCents;
  return total;
}

/** Expenditures that still claim money from an allocation (all but the rejected ones). */
export function claimsMoney(status: ExpenditureStatus): boolean {
  return status !== "afgewezen";
}

// ───────────────────────── variances ─────────────────────────

export type Variance = "overallocated" | "fast" | "slow";

/**
 * Flags for a budget of `year` on `today`: allocated above the budget (impossible by the
 * allocation rule, flagged if it ever shows up), approved above 90 % before Q4, or below 25 %
 * after Q3 (from 1 October of the year on, also once the year is over).
 */
export function varianceFlags(figures: MoneyFigures, year: number, today: Date): Variance[] {
  const flags: Variance[] = [];
  if (figures.allocatedCents > figures.plannedCents) flags.push("overallocated");
  if (figures.plannedCents <= 0) return flags;
  const q4Start = Date.UTC(year, 9, 1);
  const yearStart = Date.UTC(year, 0, 1);
  const t = today.getTime();
  const share = figures.approvedCents / figures.plannedCents;
  if (t >= yearStart && t < q4Start && share > 0.9) flags.push("fast");
  if (t >= q4Start && share < 0.25) flags.push("slow");
  return flags;
}

/** "2026-03" for each month of the year, for the burn chart. */
export function monthsOf(year: number): string[] {
  return Array.from({ length: 12 }, (_, i) => `${year}-${String(i + 1).padStart(2, "0")}`);
}

/** Whole days between two moments (the age of a queued item). */
export function ageInDays(since: Date, now: Date): number {
  return Math.max(0, Math.floor((now.getTime() - since.getTime()) / 86_400_000));
}

/** The period must contain the date (date-only values, midnight UTC). */
export function dateInPeriod(date: Date, start: Date, end: Date): boolean {
  return date.getTime() >= start.getTime() && date.getTime() <= end.getTime();
}
