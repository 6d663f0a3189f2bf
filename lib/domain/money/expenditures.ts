// Expenditures: coordinators record them (concept, with an evidence file checked by content),
// submit them and answer questions; the budget's insurer approves, asks or rejects (four eyes).
// Each move: withMoney → load with allocation and budget → can() → the status rule (rules.ts) →
// budget row lock + year lock → conditional update → history event + audit, in one transaction.
import { createHash } from "node:crypto";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/authz/permissions";
import { withActor, type Tx } from "@/lib/db/with-actor";
import type { ExpenditureEventKind, ExpenditureStatus, FundingTitle, NotificationKind, Role } from "@/lib/generated/prisma/enums";
import { diffFields, recordAudit } from "@/lib/domain/audit/service";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/domain/errors";
import {
  ALLOCATION_NOT_FOUND,
  actingRole,
  assertYearOpen,
  claimedSum,
  EXPENDITURE_NOT_FOUND,
  insurerInTx,
  lockBudget,
  recordEvent,
  withMoney,
} from "@/lib/domain/money/context";
import {
  allowedMoves,
  applyMove,
  assertFourEyes,
  centsToInput,
  checkEvidence,
  dateInPeriod,
  MOVE_EVENT,
  MOVE_SIDE,
  type ExpenditureMove,
} from "@/lib/domain/money/rules";
import { ExpenditureInputSchema, ReviewTextSchema, type ExpenditureInput } from "@/lib/domain/money/schema";
import { findRegionInTx, type RegionSummary } from "@/lib/domain/regions/service";
import { isId } from "@/lib/domain/shared/ids";
import { parseInput } from "@/lib/domain/shared/parse";
import { msg } from "@/lib/i18n/keys";
import { wakeNotifications } from "@/lib/domain/notifications/dispatch";
import { recordNotificationEvent } from "@/lib/domain/notifications/events";

export type EvidenceUpload = { fileName: string; bytes: Uint8Array | null };

function checkedEvidence(upload: EvidenceUpload | undefined) {
  if (!upload) return null;
  const result = checkEvidence(upload.bytes);
  if (!result.ok) throw new ValidationError(msg("errors.money.checkEvidence"), { evidence: [result.message] });
  const name = upload.fileName.replace(/[\\/\r\n"]/g, "_").slice(0, 200) || `bewijsstuk.${result.type.extension}`;
  return { fileName: name, contentType: result.type.contentType, bytes: upload.bytes! };
}

async function storeEvidence(
  tx: Tx,
  actor: Actor,
  regionId: string,
  expenditureId: string,
  file: NonNullable<ReturnType<typeof checkedEvidence>>,
) {
  const values = {
    fileName: file.fileName,
    contentType: file.contentType,
    sizeBytes: file.bytes.length,
    sha256: createHash("sha256").update(file.bytes).digest("hex"),
    content: Buffer.from(file.bytes),
    createdById: actor.userId,
  };
  await tx.expenditureEvidence.deleteMany({ where: { regionId, expenditureId } });
  await tx.expenditureEvidence.createMany({ data: [{ regionId, expenditureId, ...values }] });
  return { fileName: values.fileName, sizeBytes: values.sizeBytes, sha256: values.sha256 };
}

function dateOutOfPeriod(start: Date, end: Date): ValidationError {
  const iso = (d: Date) => d.toISOString().slice(0, 10);
  return new ValidationError(msg("validation.checkFields"), {
    date: [msg("errors.money.dateOutsideBudget", { start: iso(start), end: iso(end) })],
  });
}

function overAllocation(allocation: number, claimed: number): ConflictError {
  const message = msg("errors.money.overAllocation", { available: centsToInput(Math.max(0, allocation - claimed)) });
  return new ConflictError(message, { amount: [message] });
}

export async function recordExpenditure(
  actor: Actor,
  slug: string,
  allocationId: string,
  input: ExpenditureInput,
  evidence?: EvidenceUpload,
): Promise<{ id: string }> {
  const data = parseInput(ExpenditureInputSchema, input);
  const file = checkedEvidence(evidence);
  if (!isId(allocationId)) throw new NotFoundError(ALLOCATION_NOT_FOUND);
  return withMoney(actor, async (tx) => {
    const region = await findRegionInTx(tx, actor, slug);
    if (!can(actor, "expenditure.record", { regionId: region.id })) throw new NotFoundError(ALLOCATION_NOT_FOUND);
    const allocation = await tx.allocation.findFirst({
      where: { regionId: region.id, id: allocationId },
      select: { id: true, budgetId: true },
    });
    if (!allocation) throw new NotFoundError(ALLOCATION_NOT_FOUND);
    const budget = await lockBudget(tx, region.id, allocation.budgetId);
    await assertYearOpen(tx, budget);
    if (!dateInPeriod(data.date, budget.periodStart, budget.periodEnd))
      throw dateOutOfPeriod(budget.periodStart, budget.periodEnd);
    const amount = (await tx.allocation.findFirstOrThrow({ where: { id: allocation.id }, select: { amountCents: true } }))
      .amountCents;
    const claimed = await claimedSum(tx, region.id, allocation.id);
    if (claimed + data.amount > amount) throw overAllocation(amount, claimed);
    const created = await tx.expenditure.create({
      data: {
        regionId: region.id,
        allocationId: allocation.id,
        date: data.date,
        amountCents: data.amount,
        category: data.category,
        description: data.description,
        evidenceReference: data.evidenceReference,
        status: "concept",
        createdById: actor.userId,
      },
      select: { id: true },
    });
    const stored = file ? await storeEvidence(tx, actor, region.id, created.id, file) : null;
    await recordEvent(tx, actor, {
      regionId: region.id,
      expenditureId: created.id,
      kind: "aangemaakt",
      fromStatus: null,
      toStatus: "concept",
      role: actingRole(actor, "coordinator", region.id),
    });
    await recordAudit(tx, actor, {
      regionId: region.id,
      action: "expenditure.create",
      entityType: "expenditure",
      entityId: created.id,
      changes: {
        allocationId: { before: null, after: allocation.id },
        date: { before: null, after: data.date.toISOString() },
        amountCents: { before: null, after: data.amount },
        category: { before: null, after: data.category },
        description: { before: null, after: data.description },
        status: { before: null, after: "concept" },
        ...(stored ? { evidence: { before: null, after: stored } } : {}),
      },
    });
    return created;
  });
}

type Loaded = {
  region: RegionSummary;
  e: {
    id: string;
    allocationId: string;
    status: ExpenditureStatus;
    date: Date;
    amountCents: number;
    category: string;
    description: string;
    evidenceReference: string | null;
    createdById: string | null;
    submittedById: string | null;
    allocation: { budgetId: string; amountCents: number; budget: { insurerId: string } };
  };
};

async function loadForMove(tx: Tx, actor: Actor, slug: string, expenditureId: string, move: ExpenditureMove): Promise<Loaded> {
  if (!isId(expenditureId)) throw new NotFoundError(EXPENDITURE_NOT_FOUND);
  const region = await findRegionInTx(tx, actor, slug);
  const e = await tx.expenditure.findFirst({
    where: { regionId: region.id, id: expenditureId },
    select: {
      id: true,
      allocationId: true,
      status: true,
      date: true,
      amountCents: true,
      category: true,
      description: true,
      evidenceReference: true,
      createdById: true,
      submittedById: true,
      allocation: { select: { budgetId: true, amountCents: true, budget: { select: { insurerId: true } } } },
    },
  });
  if (!e || !can(actor, "expenditure.read", { regionId: region.id, insurerId: e.allocation.budget.insurerId }))
    throw new NotFoundError(EXPENDITURE_NOT_FOUND);
  const action =
    MOVE_SIDE[move] === "reviewer"
      ? "budget.review"
      : move === "submit" || move === "answer"
        ? "expenditure.submit"
        : "expenditure.record";
  if (!can(actor, action, { regionId: region.id, insurerId: e.allocation.budget.insurerId }))
    throw new ConflictError(
      MOVE_SIDE[move] === "reviewer" ? msg("errors.money.onlyReviewer") : msg("errors.money.onlyCoordinator"),
    );
  return { region, e };
}

export async function updateExpenditure(
  actor: Actor,
  slug: string,
  expenditureId: string,
  input: ExpenditureInput,
  evidence?: EvidenceUpload,
): Promise<void> {
  const data = parseInput(ExpenditureInputSchema, input);
  const file = checkedEvidence(evidence);
  await withMoney(actor, async (tx) => {
    const { region, e } = await loadForMove(tx, actor, slug, expenditureId, "edit");
    applyMove(e.status, "edit");
    const budget = await lockBudget(tx, region.id, e.allocation.budgetId);
    await assertYearOpen(tx, budget);
    if (!dateInPeriod(data.date, budget.periodStart, budget.periodEnd))
      throw dateOutOfPeriod(budget.periodStart, budget.periodEnd);
    const claimed = await claimedSum(tx, region.id, e.allocationId, e.id);
    if (claimed + data.amount > e.allocation.amountCents) throw overAllocation(e.allocation.amountCents, claimed);
    const after = {
      date: data.date,
      amountCents: data.amount,
      category: data.category,
      description: data.description,
      evidenceReference: data.evidenceReference,
    };
    const changed = await tx.expenditure.updateMany({ where: { id: e.id, status: "concept" }, data: after });
    if (changed.count !== 1) throw new ConflictError(msg("errors.money.changedReload"));
    const stored = file ? await storeEvidence(tx, actor, region.id, e.id, file) : null;
    await recordEvent(tx, actor, {
      regionId: region.id,
      expenditureId: e.id,
      kind: "gewijzigd",
      fromStatus: "concept",
      toStatus: "concept",
      role: actingRole(actor, "coordinator", region.id),
    });
    await recordAudit(tx, actor, {
      regionId: region.id,
      action: "expenditure.update",
      entityType: "expenditure",
      entityId: e.id,
      changes: { ...diffFields(e, after), ...(stored ? { evidence: { before: null, after: stored } } : {}) },
    });
  });
}

export async function deleteExpenditure(actor: Actor, slug: string, expenditureId: string): Promise<{ allocationId: string }> {
  return withMoney(actor, async (tx) => {
    const { region, e } = await loadForMove(tx, actor, slug, expenditureId, "delete");
    applyMove(e.status, "delete");
    const budget = await lockBudget(tx, region.id, e.allocation.budgetId);
    await assertYearOpen(tx, budget);
    const removed = await tx.expenditure.deleteMany({ where: { id: e.id, status: "concept" } });
    if (removed.count !== 1) throw new ConflictError(msg("errors.money.changedReload"));
    await recordAudit(tx, actor, {
      regionId: region.id,
      action: "expenditure.delete",
      entityType: "expenditure",
      entityId: e.id,
      changes: {
        amountCents: { before: e.amountCents, after: null },
        date: { before: e.date.toISOString(), after: null },
        description: { before: e.description, after: null },
        status: { before: e.status, after: null },
      },
    });
    return { allocationId: e.allocationId };
  });
}

/** Who hears of a move: a submission goes to the budget's reviewers, a decision to the submitter. */
const MOVE_NOTIFICATION = {
  submit: "expenditure_submitted",
  answer: "expenditure_submitted",
  approve: "expenditure_approved",
  ask: "expenditure_question",
  reject: "expenditure_rejected",
} as const satisfies Record<Exclude<ExpenditureMove, "edit" | "delete">, NotificationKind>;

/** One status move inside an open transaction (also used by bulk approval). */
async function moveInTx(
  tx: Tx,
  actor: Actor,
  slug: string,
  expenditureId: string,
  move: Exclude<ExpenditureMove, "edit" | "delete">,
  text: string | null,
): Promise<void> {
  const { region, e } = await loadForMove(tx, actor, slug, expenditureId, move);
  const to = applyMove(e.status, move)!;
  if (
    move === "submit" &&
    !(await tx.expenditureEvidence.findFirst({ where: { regionId: region.id, expenditureId: e.id }, select: { id: true } }))
  )
    throw new ConflictError(msg("errors.money.evidenceFirst"));
  const reviewer = MOVE_SIDE[move] === "reviewer";
  if (reviewer) assertFourEyes(actor.userId, e);
  const budget = await lockBudget(tx, region.id, e.allocation.budgetId);
  await assertYearOpen(tx, budget);
  const now = new Date();
  const data = reviewer
    ? { status: to, reviewerId: actor.userId, reviewedAt: now, reviewerRemarks: text }
    : { status: to, submittedById: actor.userId, submittedAt: now };
  const changed = await tx.expenditure.updateMany({ where: { id: e.id, status: e.status }, data });
  if (changed.count !== 1) throw new ConflictError(msg("errors.money.handledByOther"));
  const role: Role | null = actingRole(actor, reviewer ? "reviewer" : "coordinator", region.id);
  const kind: ExpenditureEventKind = MOVE_EVENT[move];
  await recordEvent(tx, actor, {
    regionId: region.id,
    expenditureId: e.id,
    kind,
    fromStatus: e.status,
    toStatus: to,
    text,
    role,
  });
  await recordNotificationEvent(tx, actor, {
    regionId: region.id,
    kind: MOVE_NOTIFICATION[move],
    subject: {
      type: "expenditure",
      id: e.id,
      slug: region.slug,
      description: e.description,
      insurerId: e.allocation.budget.insurerId,
      submittedById: reviewer ? e.submittedById : actor.userId,
      actorName: actor.name,
    },
  });
  await recordAudit(tx, actor, {
    regionId: region.id,
    action: `expenditure.${move}`,
    entityType: "expenditure",
    entityId: e.id,
    changes: { status: { before: e.status, after: to }, ...(text ? { text } : {}) },
  });
}

export async function moveExpenditure(
  actor: Actor,
  slug: string,
  expenditureId: string,
  move: "submit" | "approve" | "ask" | "reject" | "answer",
  text?: string,
): Promise<void> {
  if (!["submit", "approve", "ask", "reject", "answer"].includes(move)) throw new NotFoundError(EXPENDITURE_NOT_FOUND);
  const needsText = move === "ask" || move === "reject" || move === "answer";
  const checked = needsText ? parseInput(ReviewTextSchema, { text }).text : null;
  await withMoney(actor, (tx) => moveInTx(tx, actor, slug, expenditureId, move, checked));
  wakeNotifications();
}

/**
 * Approves several submitted expenditures of the insurer at once: all or none (the message names
 * the first that cannot be approved).
 */
export async function bulkApprove(actor: Actor, uzovi: string, expenditureIds: string[]): Promise<{ approved: number }> {
  const ids = [...new Set(expenditureIds)];
  if (!ids.length) throw new ValidationError(msg("errors.money.selectOne"), { ids: [msg("errors.money.selectOne")] });
  if (ids.length > 500) throw new ValidationError(msg("errors.money.approveMax"), { ids: ["Hoogstens 500 tegelijk."] });
  if (!ids.every((id) => isId(id))) throw new NotFoundError(EXPENDITURE_NOT_FOUND);
  const result = await withMoney(actor, async (tx) => {
    const insurer = await insurerInTx(tx, actor, uzovi);
    const rows = await tx.expenditure.findMany({
      where: { id: { in: ids }, allocation: { budget: { insurerId: insurer.id } } },
      select: { id: true, description: true, region: { select: { slug: true } } },
    });
    if (rows.length !== ids.length) throw new NotFoundError(EXPENDITURE_NOT_FOUND);
    for (const r of rows) {
      try {
        await moveInTx(tx, actor, r.region.slug, r.id, "approve", null);
      } catch (error) {
        if (error instanceof ConflictError)
          throw new ConflictError(
            msg("errors.money.bulkApproveFailed", { description: r.description, reason: error.messageRef }),
          );
        throw error;
      }
    }
    return { approved: rows.length };
  });
  wakeNotifications();
  return result;
}

// ───────────────────────── reading ─────────────────────────

export type ExpenditureDetail = {
  region: RegionSummary;
  id: string;
  allocationId: string;
  targetName: string;
  insurerName: string;
  insurerUzovi: string | null;
  year: number;
  fundingTitle: FundingTitle;
  periodStart: Date;
  periodEnd: Date;
  date: Date;
  amountCents: number;
  category: string;
  description: string;
  evidenceReference: string | null;
  status: ExpenditureStatus;
  submittedAt: Date | null;
  reviewedAt: Date | null;
  reviewerRemarks: string | null;
  evidence: { fileName: string; contentType: string; sizeBytes: number; sha256: string } | null;
  events: {
    id: string;
    kind: ExpenditureEventKind;
    fromStatus: ExpenditureStatus | null;
    toStatus: ExpenditureStatus;
    text: string | null;
    actorName: string;
    actorRole: Role | null;
    occurredAt: Date;
  }[];
  closed: boolean;
  /** Moves this actor may make now (status, role, four eyes and the year lock considered). */
  moves: ExpenditureMove[];
};

export async function getExpenditure(actor: Actor, slug: string, expenditureId: string): Promise<ExpenditureDetail> {
  if (!isId(expenditureId)) throw new NotFoundError(EXPENDITURE_NOT_FOUND);
  return withActor(actor, async (tx) => {
    const region = await findRegionInTx(tx, actor, slug);
    const e = await tx.expenditure.findFirst({
      where: { regionId: region.id, id: expenditureId },
      include: {
        evidence: { select: { fileName: true, contentType: true, sizeBytes: true, sha256: true } },
        events: { orderBy: { occurredAt: "asc" } },
        allocation: {
          select: {
            initiativeId: true,
            wijkverbandId: true,
            budget: {
              select: {
                insurerId: true,
                year: true,
                fundingTitle: true,
                periodStart: true,
                periodEnd: true,
                insurer: { select: { name: true, uzovi: true } },
              },
            },
          },
        },
      },
    });
    if (!e || !can(actor, "expenditure.read", { regionId: region.id, insurerId: e.allocation.budget.insurerId }))
      throw new NotFoundError(EXPENDITURE_NOT_FOUND);
    const b = e.allocation.budget;
    const closed = !!(await tx.budgetYearClosure.findFirst({
      where: { regionId: region.id, insurerId: b.insurerId, year: b.year },
    }));
    const target = e.allocation.initiativeId
      ? (
          await tx.initiative.findFirst({
            where: { regionId: region.id, id: e.allocation.initiativeId },
            select: { title: true },
          })
        )?.title
      : (
          await tx.wijkverband.findFirst({
            where: { regionId: region.id, id: e.allocation.wijkverbandId! },
            select: { name: true },
          })
        )?.name;
    const moves = closed
      ? []
      : allowedMoves(e.status).filter((m) => {
          const resource = { regionId: region.id, insurerId: b.insurerId };
          if (MOVE_SIDE[m] === "reviewer")
            return can(actor, "budget.review", resource) && e.createdById !== actor.userId && e.submittedById !== actor.userId;
          return can(actor, m === "submit" || m === "answer" ? "expenditure.submit" : "expenditure.record", resource);
        });
    return {
      region,
      id: e.id,
      allocationId: e.allocationId,
      targetName: target ?? "–",
      insurerName: b.insurer.name,
      insurerUzovi: b.insurer.uzovi,
      year: b.year,
      fundingTitle: b.fundingTitle,
      periodStart: b.periodStart,
      periodEnd: b.periodEnd,
      date: e.date,
      amountCents: e.amountCents,
      category: e.category,
      description: e.description,
      evidenceReference: e.evidenceReference,
      status: e.status,
      submittedAt: e.submittedAt,
      reviewedAt: e.reviewedAt,
      reviewerRemarks: e.reviewerRemarks,
      evidence: e.evidence,
      events: e.events.map((v) => ({
        id: v.id,
        kind: v.kind,
        fromStatus: v.fromStatus,
        toStatus: v.toStatus,
        text: v.text,
        actorName: v.actorName,
        actorRole: v.actorRole,
        occurredAt: v.occurredAt,
      })),
      closed,
      moves,
    };
  });
}

/** The evidence file, for the download route (same visibility as the expenditure). */
export async function getEvidence(
  actor: Actor,
  slug: string,
  expenditureId: string,
): Promise<{ fileName: string; contentType: string; content: Uint8Array }> {
  if (!isId(expenditureId)) throw new NotFoundError(msg("errors.notFound.evidence"));
  return withActor(actor, async (tx) => {
    const region = await findRegionInTx(tx, actor, slug);
    const e = await tx.expenditure.findFirst({
      where: { regionId: region.id, id: expenditureId },
      select: {
        allocation: { select: { budget: { select: { insurerId: true } } } },
        evidence: { select: { fileName: true, contentType: true, content: true } },
      },
    });
    if (!e?.evidence || !can(actor, "expenditure.read", { regionId: region.id, insurerId: e.allocation.budget.insurerId }))
      throw new NotFoundError(msg("errors.notFound.evidence"));
    return e.evidence;
  });
}
