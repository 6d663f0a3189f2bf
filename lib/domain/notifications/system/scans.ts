// Scheduled scans for events nobody performs: a milestone passing its due date, an agreement's
// review date coming within 30 days. Each records a NotificationEvent with a dedupe key, so a
// milestone is reported once however often the scan runs (not daily).
import { systemDb } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { NotificationSubject } from "@/lib/domain/notifications/kinds";

const DAY_MS = 24 * 60 * 60 * 1000;
/** A milestone that became overdue this long ago is still reported (the scan may not have run). */
export const OVERDUE_LOOKBACK_DAYS = 14;
export const REVIEW_WINDOW_DAYS = 30;

const isoDate = (d: Date) => d.toISOString().slice(0, 10);
const startOfDay = (d: Date) => new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));

async function record(
  events: {
    regionId: string;
    kind: "milestone_overdue" | "agreement_review_due";
    subject: NotificationSubject;
    dedupeKey: string;
  }[],
) {
  if (events.length === 0) return 0;
  const { count } = await systemDb.notificationEvent.createMany({
    data: events.map((e) => ({ ...e, subject: e.subject as unknown as Prisma.InputJsonValue })),
    skipDuplicates: true,
  });
  return count;
}

/** Open milestones whose due date has passed (within the look-back), in plans still being worked on. */
export async function scanOverdueMilestones(now = new Date()): Promise<number> {
  const today = startOfDay(now);
  const milestones = await systemDb.milestone.findMany({
    where: {
      doneAt: null,
      dueDate: { lt: today, gte: new Date(today.getTime() - OVERDUE_LOOKBACK_DAYS * DAY_MS) },
      initiative: { theme: { plan: { status: { in: ["ter_consultatie", "vastgesteld"] } } } },
    },
    select: {
      id: true,
      regionId: true,
      title: true,
      dueDate: true,
      initiative: { select: { id: true, title: true } },
      region: { select: { slug: true } },
    },
  });
  return record(
    milestones.map((m) => ({
      regionId: m.regionId,
      kind: "milestone_overdue" as const,
      dedupeKey: `milestone-overdue:${m.id}:${isoDate(m.dueDate)}`,
      subject: {
        type: "milestone" as const,
        id: m.id,
        initiativeId: m.initiative.id,
        slug: m.region.slug,
        title: m.title,
        initiativeTitle: m.initiative.title,
        dueDate: isoDate(m.dueDate),
      },
    })),
  );
}

/** Published agreement versions whose review date falls within the next 30 days. */
export async function scanAgreementReviews(now = new Date()): Promise<number> {
  const today = startOfDay(now);
  const versions = await systemDb.agreementVersion.findMany({
    where: { status: "gepubliceerd", reviewDate: { gte: today, lte: new Date(today.getTime() + REVIEW_WINDOW_DAYS * DAY_MS) } },
    select: {
      id: true,
      regionId: true,
      versionNumber: true,
      reviewDate: true,
      agreement: { select: { id: true, title: true, wijkverband: { select: { id: true, municipalityCode: true } } } },
      region: { select: { slug: true } },
    },
  });
  return record(
    versions.map((v) => ({
      regionId: v.regionId,
      kind: "agreement_review_due" as const,
      dedupeKey: `agreement-review:${v.id}:${isoDate(v.reviewDate!)}`,
      subject: {
        type: "agreement" as const,
        id: v.id,
        agreementId: v.agreement.id,
        wijkverbandId: v.agreement.wijkverband.id,
        municipalityCode: v.agreement.wijkverband.municipalityCode,
        slug: v.region.slug,
        title: v.agreement.title,
        versionNumber: v.versionNumber,
        reviewDate: isoDate(v.reviewDate!),
      },
    })),
  );
}
