// The one-line text of a notification in the reader's language: the list page, the e-mails and the
// digest say the same. Pure.
import type { NotificationKind } from "@/lib/generated/prisma/enums";
import { fill, type Messages } from "@/lib/i18n/messages";
import { subjectTitle, type NotificationSubject } from "@/lib/domain/notifications/kinds";

/** The one-line text of a notification in the reader's language (also the list page's text). */
export function notificationText(t: Messages, kind: NotificationKind, subject: NotificationSubject): string {
  const s = subject as Record<string, unknown>;
  return fill(t.notifications.text[kind], {
    title: subjectTitle(subject),
    actor: typeof s.actorName === "string" ? s.actorName : t.notifications.someone,
    initiative: typeof s.initiativeTitle === "string" ? s.initiativeTitle : "",
    date: typeof s.dueDate === "string" ? s.dueDate : typeof s.reviewDate === "string" ? s.reviewDate : "",
    version: typeof s.versionNumber === "number" ? s.versionNumber : "",
    practice: typeof s.practiceName === "string" ? s.practiceName : t.notifications.someone,
    change: s.change === "referrals" ? t.notifications.socialChange.referrals : t.notifications.socialChange.link,
  });
}
