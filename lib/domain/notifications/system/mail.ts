// E-mail: composing (Dutch, or English for users who chose English; plain text plus simple HTML;
// a link back to the app and an unsubscribe link), and delivering an outbox row through SMTP
// (nodemailer, SMTP_URL). Without SMTP_URL a mail is kept in the outbox (/admin/mail).
//
// Exactly once: a send first claims the row (pending/failed → sending). A row already sent, or
// being sent by another worker, is skipped; so a retry after a delivery that did succeed sends
// nothing. The Message-ID is derived from the idempotency key, so even a crash between the SMTP
// server accepting and the row being marked sent leaves the receiving side able to drop the copy.
import nodemailer, { type Transporter } from "nodemailer";
import { systemDb } from "@/lib/db/client";
import { env } from "@/lib/env";
import type { NotificationKind } from "@/lib/generated/prisma/client";
import { fill, MESSAGES, type Locale } from "@/lib/i18n/messages";
import type { NotificationSubject } from "@/lib/domain/notifications/kinds";
import { notificationText } from "@/lib/domain/notifications/text";
import { createUnsubscribeToken } from "@/lib/domain/notifications/token";

type Recipient = { id: string; name: string; locale: string };
export type ComposedMail = { subject: string; text: string; html: string };

/** What a mail to a user needs: address, name, language and their delivery choices. */
export const RECIPIENT_SELECT = {
  id: true,
  email: true,
  name: true,
  locale: true,
  notificationPreferences: { select: { kind: true, delivery: true } },
} as const;

export function idempotencyKeyFor(notificationId: string, userId: string): string {
  return `notification:${notificationId}:${userId}`;
}

export function localeOf(user: { locale: string }): Locale {
  return user.locale === "en" ? "en" : "nl";
}

function appUrl(path: string): string {
  const base = env().NEXTAUTH_URL ?? "http://localhost:3000";
  return new URL(path, base).toString();
}

export function unsubscribeUrl(userId: string, kind: NotificationKind): string {
  return appUrl(`/afmelden?token=${encodeURIComponent(createUnsubscribeToken(userId, kind))}`);
}

const escapeHtml = (s: string) =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");

type Item = { kind: NotificationKind; subject: NotificationSubject; href: string };

function render(user: Recipient, subjectLine: string, intro: string | null, items: Item[], digest: boolean): ComposedMail {
  const t = MESSAGES[localeOf(user)];
  const m = t.notifications.mail;
  const lines = items.map((i) => ({ text: notificationText(t, i.kind, i.subject), url: appUrl(i.href) }));
  const kinds = [...new Set(items.map((i) => i.kind))];
  const unsubscribes = kinds.map((k) => ({
    label: fill(digest ? m.unsubscribeDigest : m.unsubscribe, { kind: t.notifications.kinds[k] }),
    url: unsubscribeUrl(user.id, k),
  }));
  const settings = appUrl("/instellingen/meldingen");
  const text = [
    fill(m.greeting, { name: user.name }),
    "",
    ...(intro ? [intro, ""] : []),
    ...lines.flatMap((l) => [`- ${l.text}`, `  ${m.open} ${l.url}`]),
    "",
    "--",
    m.footer,
    ...unsubscribes.map((u) => `${u.label} ${u.url}`),
    `${m.settings} ${settings}`,
    "",
  ].join("\n");
  const html = [
    "<!doctype html>",
    `<html lang="${localeOf(user)}"><body style="font-family:sans-serif;line-height:1.5">`,
    `<p>${escapeHtml(fill(m.greeting, { name: user.name }))}</p>`,
    intro ? `<p>${escapeHtml(intro)}</p>` : "",
    "<ul>",
    ...lines.map(
      (l) => `<li>${escapeHtml(l.text)} — <a href="${escapeHtml(l.url)}">${escapeHtml(m.open.replace(/:$/, ""))}</a></li>`,
    ),
    "</ul>",
    `<hr><p style="font-size:small;color:#555">${escapeHtml(m.footer)}<br>`,
    ...unsubscribes.map((u) => `<a href="${escapeHtml(u.url)}">${escapeHtml(u.label.replace(/:$/, ""))}</a><br>`),
    `<a href="${escapeHtml(settings)}">${escapeHtml(m.settings.replace(/:$/, ""))}</a></p>`,
    "</body></html>",
  ].join("\n");
  return { subject: subjectLine, text, html };
}

/** The mail for one notification sent at once. */
export function composeNotificationMail(user: Recipient, item: Item): ComposedMail {
  const t = MESSAGES[localeOf(user)];
  return render(user, `Wijkkracht: ${notificationText(t, item.kind, item.subject)}`, null, [item], false);
}

/** The daily digest: everything of that day for the kinds set to digest. */
export function composeDigestMail(user: Recipient, day: string, items: Item[]): ComposedMail {
  const t = MESSAGES[localeOf(user)];
  return render(user, fill(t.notifications.mail.digestSubject, { date: day }), t.notifications.mail.digestIntro, items, true);
}

// ───────────────────────── delivery ─────────────────────────

let transport: { url: string; transporter: Transporter } | undefined;

function transporter(url: string): Transporter {
  if (transport?.url !== url) transport = { url, transporter: nodemailer.createTransport(url) };
  return transport.transporter;
}

/** A row stuck in "sending" this long (its worker died) may be claimed again. */
const STALE_CLAIM_MS = 10 * 60 * 1000;

export type SendOutcome = "sent" | "kept" | "skipped";

/**
 * Delivers one outbox mail. Throws when the SMTP server is down or refuses (the job queue retries
 * with backoff); the row then shows status "failed", the attempt count and the error.
 */
export async function sendOutboxMail(id: string, options: { smtpUrl?: string | null } = {}): Promise<SendOutcome> {
  const smtpUrl = options.smtpUrl === undefined ? env().SMTP_URL : options.smtpUrl;
  const claimed = await systemDb.mailOutbox.updateMany({
    where: {
      id,
      OR: [
        { status: { in: ["pending", "failed", "kept"] } },
        { status: "sending", claimedAt: { lt: new Date(Date.now() - STALE_CLAIM_MS) } },
      ],
    },
    data: { status: "sending", claimedAt: new Date(), attempts: { increment: smtpUrl ? 1 : 0 } },
  });
  if (claimed.count === 0) return "skipped";
  const mail = await systemDb.mailOutbox.findUniqueOrThrow({ where: { id } });
  if (!smtpUrl) {
    await systemDb.mailOutbox.update({ where: { id }, data: { status: "kept", claimedAt: null } });
    return "kept";
  }
  const unsubscribe = mail.text.match(/https?:\/\/\S+\/afmelden\?token=\S+/)?.[0];
  try {
    await transporter(smtpUrl).sendMail({
      from: env().MAIL_FROM,
      to: mail.recipient,
      subject: mail.subject,
      text: mail.text,
      html: mail.html,
      messageId: `<${mail.idempotencyKey.replace(/[^\w.-]/g, ".")}@wijkkracht>`,
      headers: {
        "X-Wijkkracht-Idempotency-Key": mail.idempotencyKey,
        ...(unsubscribe ? { "List-Unsubscribe": `<${unsubscribe}>` } : {}),
      },
    });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    await systemDb.mailOutbox.update({
      where: { id },
      data: { status: "failed", lastError: message.slice(0, 1000), claimedAt: null },
    });
    throw error;
  }
  await systemDb.mailOutbox.update({
    where: { id },
    data: { status: "sent", sentAt: new Date(), lastError: null, claimedAt: null },
  });
  return "sent";
}
