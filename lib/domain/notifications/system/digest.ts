// The daily digest: one mail per user per day with every notification of that day whose kind the
// user has set to "daily digest". Idempotent per user and day (the outbox key), so running the job
// twice for a day sends one mail.
import { systemDb } from "@/lib/db/client";
import { effectiveDelivery, type NotificationSubject } from "@/lib/domain/notifications/kinds";
import { composeDigestMail, RECIPIENT_SELECT } from "@/lib/domain/notifications/system/mail";

const ZONE = "Europe/Amsterdam";

/** Minutes Amsterdam is ahead of UTC at that moment. */
function zoneOffsetMinutes(at: Date): number {
  const name = new Intl.DateTimeFormat("en-US", { timeZone: ZONE, timeZoneName: "longOffset" })
    .formatToParts(at)
    .find((p) => p.type === "timeZoneName")?.value;
  const match = /GMT([+-])(\d{2}):(\d{2})/.exec(name ?? "");
  return match ? (match[1] === "-" ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3])) : 0;
}

function midnight(day: string): Date {
  const utc = new Date(`${day}T00:00:00.000Z`);
  if (Number.isNaN(utc.getTime()) || !/^\d{4}-\d{2}-\d{2}$/.test(day)) throw new Error(`Ongeldige dag: ${day}`);
  return new Date(utc.getTime() - zoneOffsetMinutes(utc) * 60_000);
}

/** The Amsterdam calendar day (YYYY-MM-DD) as [start, end). */
export function digestWindow(day: string): { start: Date; end: Date } {
  const next = new Date(`${day}T00:00:00.000Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  return { start: midnight(day), end: midnight(next.toISOString().slice(0, 10)) };
}

/** The Amsterdam date of `now`. */
export function amsterdamDay(now = new Date()): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: ZONE, year: "numeric", month: "2-digit", day: "2-digit" }).format(now);
}

/** Yesterday in Amsterdam: the day the 00:30 digest run reports. */
export function previousDigestDay(now = new Date()): string {
  const today = new Date(`${amsterdamDay(now)}T00:00:00.000Z`);
  today.setUTCDate(today.getUTCDate() - 1);
  return today.toISOString().slice(0, 10);
}

export function digestKey(userId: string, day: string): string {
  return `digest:${userId}:${day}`;
}

/** Writes the digest mails of `day` to the outbox; returns their ids (to send). */
export async function buildDailyDigests(day: string): Promise<string[]> {
  const { start, end } = digestWindow(day);
  const rows = await systemDb.notification.findMany({
    where: { createdAt: { gte: start, lt: end }, user: { active: true } },
    orderBy: { createdAt: "asc" },
    select: {
      kind: true,
      subject: true,
      href: true,
      user: { select: RECIPIENT_SELECT },
    },
  });
  const perUser = new Map<
    string,
    {
      user: (typeof rows)[number]["user"];
      items: { kind: (typeof rows)[number]["kind"]; subject: NotificationSubject; href: string }[];
    }
  >();
  for (const row of rows) {
    const preferences = new Map(row.user.notificationPreferences.map((p) => [p.kind, p.delivery]));
    if (effectiveDelivery(row.kind, preferences) !== "digest") continue;
    const entry = perUser.get(row.user.id) ?? { user: row.user, items: [] };
    entry.items.push({ kind: row.kind, subject: row.subject as unknown as NotificationSubject, href: row.href });
    perUser.set(row.user.id, entry);
  }
  const ids: string[] = [];
  for (const { user, items } of perUser.values()) {
    const key = digestKey(user.id, day);
    await systemDb.mailOutbox.createMany({
      data: [{ userId: user.id, recipient: user.email, ...composeDigestMail(user, day, items), idempotencyKey: key }],
      skipDuplicates: true,
    });
    const mail = await systemDb.mailOutbox.findUniqueOrThrow({
      where: { idempotencyKey: key },
      select: { id: true, status: true },
    });
    if (mail.status !== "sent") ids.push(mail.id);
  }
  return ids;
}
