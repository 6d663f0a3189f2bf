// Recording that something happened, inside the event's own transaction (withActor, the app role,
// row-level security): the NotificationEvent row commits or rolls back with the change itself, so
// no notification is lost and none is made for a change that did not happen. The fan-out
// (system/fanout.ts) turns it into notifications per recipient afterwards; wakeNotifications()
// asks for that right after the commit.
import type { Actor } from "@/lib/auth/actor";
import type { Tx } from "@/lib/db/with-actor";
import type { NotificationKind, Prisma } from "@/lib/generated/prisma/client";
import type { NotificationSubject } from "@/lib/domain/notifications/kinds";

export type NotificationEventInput = {
  regionId: string;
  kind: NotificationKind;
  subject: NotificationSubject;
  /** Makes the event happen once (scheduled scans). */
  dedupeKey?: string;
};

export async function recordNotificationEvent(
  tx: Tx,
  actor: Pick<Actor, "userId"> | null,
  input: NotificationEventInput,
): Promise<void> {
  // createMany: no RETURNING needed; skipDuplicates honours dedupeKey.
  await tx.notificationEvent.createMany({
    data: [
      {
        regionId: input.regionId,
        kind: input.kind,
        actorId: actor?.userId ?? null,
        subject: input.subject as unknown as Prisma.InputJsonValue,
        dedupeKey: input.dedupeKey ?? null,
      },
    ],
    skipDuplicates: true,
  });
}
