// Comments on a plan, a theme or an initiative: who may write them depends on the plan's status
// (rules.ts, commentAudience); coordinators mark them handled.
import type { Actor } from "@/lib/auth/actor";
import type { Tx } from "@/lib/db/with-actor";
import type { PlanStatus, Role } from "@/lib/generated/prisma/client";
import { NotFoundError, ValidationError } from "@/lib/domain/errors";
import { parseId } from "@/lib/domain/shared/ids";
import {
  changePlan,
  initiativeInRegion,
  planInRegion,
  planPermissions,
  PLAN_NOT_FOUND,
  themeInRegion,
  UNCHANGED,
} from "@/lib/domain/plans/access";
import { commentAudience } from "@/lib/domain/plans/rules";
import { CommentInputSchema, type CommentInput } from "@/lib/domain/plans/schema";
import { parseInput } from "@/lib/domain/shared/parse";
import { msg } from "@/lib/i18n/keys";
import { wakeNotifications } from "@/lib/domain/notifications/dispatch";
import { recordNotificationEvent } from "@/lib/domain/notifications/events";

const COMMENT_NOT_FOUND = msg("errors.notFound.comment");

export type CommentView = {
  id: string;
  subjectType: "plan" | "theme" | "initiative";
  subjectId: string;
  authorName: string;
  authorRole: Role;
  authorOrganisationName: string | null;
  body: string;
  createdAt: Date;
  handledAt: Date | null;
};

export async function loadComments(
  tx: Tx,
  regionId: string,
  subjects: { type: "plan" | "theme" | "initiative"; ids: string[] }[],
): Promise<CommentView[]> {
  const or = subjects.filter((s) => s.ids.length > 0).map((s) => ({ subjectType: s.type, subjectId: { in: s.ids } }));
  if (or.length === 0) return [];
  const rows = await tx.comment.findMany({
    where: { regionId, OR: or },
    select: {
      id: true,
      subjectType: true,
      subjectId: true,
      authorName: true,
      authorRole: true,
      authorOrganisationName: true,
      body: true,
      createdAt: true,
      handledAt: true,
    },
    orderBy: { createdAt: "asc" },
  });
  return rows as CommentView[];
}

function actingMembership(actor: Actor, regionId: string) {
  return (
    actor.memberships.find((m) => m.regionId === regionId) ??
    actor.memberships.find((m) => m.regionIds.includes(regionId)) ??
    actor.memberships[0]
  );
}

/** The commented subject's plan status and the entity its audit event is recorded on. */
async function commentSubject(tx: Tx, regionId: string, data: CommentInput) {
  if (data.subjectType === "plan") {
    const plan = await planInRegion(tx, regionId, data.subjectId);
    return { status: plan.status, entityType: "Regioplan", entityId: plan.id, planId: plan.id, title: plan.title };
  }
  if (data.subjectType === "theme") {
    const theme = await themeInRegion(tx, regionId, data.subjectId);
    return { status: theme.plan.status, entityType: "Theme", entityId: theme.id, planId: theme.planId, title: theme.name };
  }
  const initiative = await initiativeInRegion(tx, regionId, data.subjectId);
  return {
    status: initiative.theme.plan.status,
    entityType: "Initiative",
    entityId: initiative.id,
    planId: initiative.theme.planId,
    title: initiative.title,
  };
}

function assertMayComment(actor: Actor, regionId: string, status: PlanStatus): void {
  if (planPermissions(actor, regionId, status).mayComment) return;
  throw new ValidationError(
    commentAudience(status) === "closed" ? msg("errors.plans.commentsClosed") : msg("errors.plans.commentsNotYetOpen"),
    {},
  );
}

export async function addComment(actor: Actor, slug: string, input: CommentInput): Promise<{ id: string }> {
  const data = parseInput(CommentInputSchema, input);
  const created = await changePlan(actor, slug, {
    load: (tx, regionId) => commentSubject(tx, regionId, data),
    notFound: PLAN_NOT_FOUND,
    permission: "plan.read",
    rule: (subject, regionId) => assertMayComment(actor, regionId, subject.status),
    change: async (tx, subject, region) => {
      const m = actingMembership(actor, region.id);
      const practiceName = m?.practiceId
        ? (await tx.practice.findFirst({ where: { id: m.practiceId, regionId: region.id }, select: { name: true } }))?.name
        : null;
      const organisation =
        m?.organisationName ??
        practiceName ??
        m?.regionName ??
        (m?.role === "platform_admin" ? "Platformbeheer Wijkkracht" : null);
      const created = await tx.comment.create({
        data: {
          regionId: region.id,
          subjectType: data.subjectType,
          subjectId: data.subjectId,
          authorId: actor.userId,
          authorName: actor.name,
          authorRole: m?.role ?? "coordinator",
          authorOrganisationName: organisation,
          body: data.body,
        },
        select: { id: true },
      });
      await recordNotificationEvent(tx, actor, {
        regionId: region.id,
        kind: "comment_on_subject",
        subject: {
          type: data.subjectType,
          id: data.subjectId,
          planId: subject.planId,
          slug: region.slug,
          title: subject.title,
          commentId: created.id,
          actorName: actor.name,
        },
      });
      return {
        result: created,
        audit: {
          action: "comment.create",
          entityType: subject.entityType,
          entityId: subject.entityId,
          changes: { commentId: { before: null, after: created.id } },
        },
      };
    },
  });
  wakeNotifications();
  return created;
}

export async function setCommentHandled(actor: Actor, slug: string, commentId: string, handled: boolean): Promise<void> {
  return changePlan(actor, slug, {
    load: async (tx, regionId) => {
      parseId(commentId, COMMENT_NOT_FOUND);
      const comment = await tx.comment.findFirst({
        where: { id: commentId, regionId, subjectType: { in: ["plan", "theme", "initiative"] } },
        select: { id: true, handledAt: true, subjectType: true, subjectId: true },
      });
      if (!comment) throw new NotFoundError(COMMENT_NOT_FOUND);
      return comment;
    },
    notFound: COMMENT_NOT_FOUND,
    permission: "comment.handle",
    change: async (tx, comment) => {
      if ((comment.handledAt !== null) === handled) return UNCHANGED;
      const handledAt = handled ? new Date() : null;
      await tx.comment.update({ where: { id: comment.id }, data: { handledAt, handledById: handled ? actor.userId : null } });
      const entityType = comment.subjectType === "plan" ? "Regioplan" : comment.subjectType === "theme" ? "Theme" : "Initiative";
      return {
        result: undefined,
        audit: {
          action: handled ? "comment.handle" : "comment.reopen",
          entityType,
          entityId: comment.subjectId,
          changes: {
            [`reactie ${comment.id}`]: {
              before: comment.handledAt?.toISOString() ?? null,
              after: handledAt?.toISOString() ?? null,
            },
          },
        },
      };
    },
  });
}
