// The user's own notifications and preferences. Runs as the app role with the user's id set
// (withActor): row-level security lets a user read and mark only their own notifications and
// keep only their own preferences. The unsubscribe link uses the same door with the user id from
// its signed token, so it works without logging in and can change nothing else.
import type { Actor } from "@/lib/auth/actor";
import { withActor, withTenantContext } from "@/lib/db/with-actor";
import type { NotificationDelivery, NotificationKind } from "@/lib/generated/prisma/client";
import { NotFoundError } from "@/lib/domain/errors";
import { DEFAULT_DELIVERY, NOTIFICATION_KINDS, type NotificationSubject } from "@/lib/domain/notifications/kinds";
import { PreferencesInputSchema, type PreferencesInput } from "@/lib/domain/notifications/schema";
import { verifyUnsubscribeToken } from "@/lib/domain/notifications/token";
import { parseId } from "@/lib/domain/shared/ids";
import { parseInput } from "@/lib/domain/shared/parse";
import { msg } from "@/lib/i18n/keys";

export type NotificationView = {
  id: string;
  kind: NotificationKind;
  subject: NotificationSubject;
  href: string;
  readAt: Date | null;
  createdAt: Date;
};

export const NOTIFICATION_PAGE_SIZE = 100;

/** The newest notifications first (a page of them) and how many are unread. */
export function listNotifications(actor: Actor): Promise<{ items: NotificationView[]; unread: number }> {
  return withActor(actor, async (tx) => {
    const [items, unread] = await Promise.all([
      tx.notification.findMany({
        where: { userId: actor.userId },
        orderBy: [{ createdAt: "desc" }, { id: "desc" }],
        take: NOTIFICATION_PAGE_SIZE,
        select: { id: true, kind: true, subject: true, href: true, readAt: true, createdAt: true },
      }),
      tx.notification.count({ where: { userId: actor.userId, readAt: null } }),
    ]);
    return { items: items.map((n) => ({ ...n, subject: n.subject as unknown as NotificationSubject })), unread };
  });
}

export async function markNotificationRead(actor: Actor, notificationId: string): Promise<void> {
  parseId(notificationId, msg("errors.notFound.notification"));
  await withActor(actor, async (tx) => {
    const { count } = await tx.notification.updateMany({
      where: { id: notificationId, userId: actor.userId },
      data: { readAt: new Date() },
    });
    if (count === 0) throw new NotFoundError(msg("errors.notFound.notification"));
  });
}

export async function markAllNotificationsRead(actor: Actor): Promise<{ count: number }> {
  return withActor(actor, (tx) =>
    tx.notification.updateMany({ where: { userId: actor.userId, readAt: null }, data: { readAt: new Date() } }),
  );
}

// ───────────────────────── preferences ─────────────────────────

export type PreferenceView = { kind: NotificationKind; delivery: NotificationDelivery; isDefault: boolean };

export function getNotificationPreferences(actor: Actor): Promise<PreferenceView[]> {
  return withActor(actor, async (tx) => {
    const rows = await tx.notificationPreference.findMany({
      where: { userId: actor.userId },
      select: { kind: true, delivery: true },
    });
    const chosen = new Map(rows.map((r) => [r.kind, r.delivery]));
    return NOTIFICATION_KINDS.map((kind) => ({
      kind,
      delivery: chosen.get(kind) ?? DEFAULT_DELIVERY[kind],
      isDefault: !chosen.has(kind),
    }));
  });
}

/** Saves the given kinds' deliveries (kinds left out keep theirs). */
export async function saveNotificationPreferences(actor: Actor, input: PreferencesInput): Promise<void> {
  const data = parseInput(PreferencesInputSchema, input);
  await withActor(actor, async (tx) => {
    for (const kind of NOTIFICATION_KINDS) {
      const delivery = data[kind];
      if (!delivery) continue;
      await tx.notificationPreference.upsert({
        where: { userId_kind: { userId: actor.userId, kind } },
        create: { userId: actor.userId, kind, delivery },
        update: { delivery },
      });
    }
  });
}

/**
 * The unsubscribe link: a valid token switches that one kind of that one user to "in the app only"
 * (from e-mail or digest; "off" stays off). Anything invalid or expired is a NotFoundError.
 */
export async function unsubscribeWithToken(token: string, now = new Date()): Promise<{ kind: NotificationKind }> {
  const claim = verifyUnsubscribeToken(token, now);
  if (!claim) throw new NotFoundError(msg("errors.notFound.unsubscribe"));
  await withTenantContext({ userId: claim.userId, regionIds: [] }, async (tx) => {
    const current = await tx.notificationPreference.findUnique({
      where: { userId_kind: { userId: claim.userId, kind: claim.kind } },
    });
    if (current?.delivery === "off" || current?.delivery === "in_app") return;
    await tx.notificationPreference.upsert({
      where: { userId_kind: { userId: claim.userId, kind: claim.kind } },
      create: { userId: claim.userId, kind: claim.kind, delivery: "in_app" },
      update: { delivery: "in_app" },
    });
  });
  return { kind: claim.kind };
}

/** Whether a token is valid, without changing anything (the confirmation page). */
export function peekUnsubscribeToken(token: string, now = new Date()): { kind: NotificationKind } | null {
  const claim = verifyUnsubscribeToken(token, now);
  return claim ? { kind: claim.kind } : null;
}
