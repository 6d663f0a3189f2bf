// The fan-out: each unprocessed NotificationEvent becomes one Notification per recipient, and an
// outbox mail for recipients who want e-mail at once. Recipients are found per kind (owners,
// coordinators, the submitter, a budget's reviewers, …) and then filtered by the SAME registry the
// pages use: the recipient's actor is loaded and can() must allow reading the subject, so no
// notification is ever made for a user who could not open it. Crosses tenants on purpose (a
// budget's reviewers belong to an insurer, not a region), hence the system client.
import { loadActor, type Actor } from "@/lib/auth/actor";
import { can, type Action, type Resource } from "@/lib/authz/permissions";
import { systemDb } from "@/lib/db/client";
import type { NotificationEvent, NotificationKind, Prisma } from "@/lib/generated/prisma/client";
import { effectiveDelivery, subjectHref, type NotificationSubject } from "@/lib/domain/notifications/kinds";
import { composeNotificationMail, idempotencyKeyFor, RECIPIENT_SELECT } from "@/lib/domain/notifications/system/mail";

type Recipient = { userId: string; kind: NotificationKind };

async function usersWith(where: Prisma.MembershipWhereInput): Promise<string[]> {
  const rows = await systemDb.membership.findMany({ where, select: { userId: true }, distinct: ["userId"] });
  return rows.map((r) => r.userId);
}

const coordinators = (regionId: string) => usersWith({ role: "coordinator", regionId });
const holders = (regionId: string, practiceIds: string[]) =>
  practiceIds.length === 0
    ? Promise.resolve([])
    : usersWith({ role: "practice_holder", regionId, practiceId: { in: practiceIds } });

/** The practices taking part in an initiative directly: their holders own it with the coordinators. */
async function initiativePractices(regionId: string, initiativeId: string): Promise<string[]> {
  const rows = await systemDb.initiativeParticipant.findMany({
    where: { regionId, initiativeId, practiceId: { not: null } },
    select: { practiceId: true },
  });
  return rows.map((r) => r.practiceId!);
}

async function wijkverbandPractices(regionId: string, wijkverbandId: string): Promise<string[]> {
  const rows = await systemDb.wijkverbandMember.findMany({
    where: { regionId, wijkverbandId, practiceId: { not: null } },
    select: { practiceId: true },
  });
  return rows.map((r) => r.practiceId!);
}

/** Who should hear about the event, before the visibility check. */
async function candidates(event: NotificationEvent, s: NotificationSubject): Promise<Recipient[]> {
  const as = (kind: NotificationKind) => (ids: string[]) => ids.map((userId) => ({ userId, kind }));
  switch (event.kind) {
    case "comment_on_subject": {
      if (s.type !== "plan" && s.type !== "theme" && s.type !== "initiative") return [];
      const owners = [
        ...(await coordinators(event.regionId)),
        ...(s.type === "initiative" ? await holders(event.regionId, await initiativePractices(event.regionId, s.id)) : []),
      ];
      const earlier = await systemDb.comment.findMany({
        where: { regionId: event.regionId, subjectType: s.type, subjectId: s.id, id: { not: s.commentId } },
        select: { authorId: true },
        distinct: ["authorId"],
      });
      const repliedTo = earlier.map((c) => c.authorId).filter((id) => !owners.includes(id));
      return [...as("comment_on_subject")(owners), ...as("comment_reply")(repliedTo)];
    }
    case "milestone_overdue": {
      if (s.type !== "milestone") return [];
      return as(event.kind)([
        ...(await coordinators(event.regionId)),
        ...(await holders(event.regionId, await initiativePractices(event.regionId, s.initiativeId))),
      ]);
    }
    case "import_finished":
    case "import_failed":
      return event.actorId ? as(event.kind)([event.actorId]) : [];
    case "expenditure_submitted":
      return s.type === "expenditure"
        ? as(event.kind)(await usersWith({ role: "insurer_reviewer", organisationId: s.insurerId }))
        : [];
    case "expenditure_question":
    case "expenditure_approved":
    case "expenditure_rejected":
      return s.type === "expenditure" && s.submittedById ? as(event.kind)([s.submittedById]) : [];
    case "agreement_published":
      return s.type === "agreement"
        ? as(event.kind)(await holders(event.regionId, await wijkverbandPractices(event.regionId, s.wijkverbandId)))
        : [];
    case "agreement_objection":
    case "agreement_review_due":
    case "social_changed":
      return as(event.kind)(await coordinators(event.regionId));
    case "comment_reply":
      return [];
  }
}

/** The page's own read permission on the subject, as the registry states it. */
async function readCheck(event: NotificationEvent, s: NotificationSubject): Promise<{ action: Action; resource: Resource }> {
  const regionId = event.regionId;
  switch (s.type) {
    case "plan":
    case "theme":
    case "initiative":
    case "milestone":
      return { action: "plan.read", resource: { regionId } };
    case "import":
      return s.importKind === "referrals"
        ? { action: "social.edit", resource: { regionId, municipalityCode: s.municipalityCode } }
        : { action: "network.edit", resource: { regionId } };
    case "expenditure":
      return { action: "expenditure.read", resource: { regionId, insurerId: s.insurerId } };
    case "agreement":
      return event.kind === "agreement_objection"
        ? { action: "agreement.readReasons", resource: { regionId } }
        : { action: "agreement.read", resource: { regionId, municipalityCode: s.municipalityCode } };
    case "social_link": {
      const link = await systemDb.socialLink.findFirst({
        where: { id: s.id, regionId },
        select: { practiceId: true, wijkverbandId: true },
      });
      const practiceIds = link?.practiceId
        ? [link.practiceId]
        : link?.wijkverbandId
          ? await wijkverbandPractices(regionId, link.wijkverbandId)
          : [];
      return { action: "social.read", resource: { regionId, municipalityCode: s.municipalityCode, practiceIds } };
    }
  }
}

/** Recipients who may see the subject, never the one who caused the event. */
export async function recipientsOf(event: NotificationEvent, actors = new Map<string, Actor | null>()): Promise<Recipient[]> {
  const subject = event.subject as unknown as NotificationSubject;
  const check = await readCheck(event, subject);
  const seen = new Set<string>();
  const result: Recipient[] = [];
  for (const r of await candidates(event, subject)) {
    if (seen.has(r.userId) || (r.userId === event.actorId && event.kind !== "import_finished" && event.kind !== "import_failed"))
      continue;
    seen.add(r.userId);
    if (!actors.has(r.userId)) actors.set(r.userId, await loadActor(r.userId));
    const actor = actors.get(r.userId);
    if (actor && can(actor, check.action, check.resource)) result.push(r);
  }
  return result;
}

/** Fans out one event; returns the ids of the outbox mails it queued. Safe to run twice. */
async function fanOut(event: NotificationEvent, actors: Map<string, Actor | null>): Promise<string[]> {
  const subject = event.subject as unknown as NotificationSubject;
  const recipients = await recipientsOf(event, actors);
  const users = await systemDb.user.findMany({
    where: { id: { in: recipients.map((r) => r.userId) }, active: true },
    select: RECIPIENT_SELECT,
  });
  const byId = new Map(users.map((u) => [u.id, u]));
  const href = subjectHref(subject);
  return systemDb.$transaction(async (tx) => {
    // Another worker may have finished this event meanwhile: then nothing is written twice.
    const claimed = await tx.notificationEvent.updateMany({
      where: { id: event.id, processedAt: null },
      data: { processedAt: new Date() },
    });
    if (claimed.count === 0) return [];
    const mailIds: string[] = [];
    for (const r of recipients) {
      const user = byId.get(r.userId);
      if (!user) continue;
      const delivery = effectiveDelivery(r.kind, new Map(user.notificationPreferences.map((p) => [p.kind, p.delivery])));
      if (delivery === "off") continue;
      const notification = await tx.notification.create({
        data: {
          userId: user.id,
          regionId: event.regionId,
          eventId: event.id,
          kind: r.kind,
          subject: event.subject as Prisma.InputJsonValue,
          href,
        },
        select: { id: true },
      });
      if (delivery !== "email") continue;
      const mail = composeNotificationMail(user, { kind: r.kind, subject, href });
      const created = await tx.mailOutbox.create({
        data: { userId: user.id, recipient: user.email, ...mail, idempotencyKey: idempotencyKeyFor(notification.id, user.id) },
        select: { id: true },
      });
      mailIds.push(created.id);
    }
    return mailIds;
  });
}

/**
 * Fans out every pending event (oldest first) and returns the outbox mails to send. Several workers
 * may run this at once: each event is claimed in its own transaction.
 */
export async function processPendingEvents(limit = 200): Promise<{ events: number; mailIds: string[] }> {
  const pending = await systemDb.notificationEvent.findMany({
    where: { processedAt: null },
    orderBy: { createdAt: "asc" },
    take: limit,
  });
  const actors = new Map<string, Actor | null>();
  const mailIds: string[] = [];
  for (const event of pending) mailIds.push(...(await fanOut(event, actors)));
  return { events: pending.length, mailIds };
}
