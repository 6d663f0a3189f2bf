// Unsubscribe tokens: a link in every e-mail that works without logging in and changes exactly one
// preference (this user, this kind) to "in the app only". Signed with NEXTAUTH_SECRET (HMAC-SHA256)
// and expiring, so a forwarded old mail stops working and nobody can forge one for another user.
import { createHmac, timingSafeEqual } from "node:crypto";
import { env } from "@/lib/env";
import { isNotificationKind, type NotificationKind } from "@/lib/domain/notifications/kinds";

/** How long an unsubscribe link keeps working. */
export const UNSUBSCRIBE_TTL_MS = 60 * 24 * 60 * 60 * 1000;

export type UnsubscribeClaim = { userId: string; kind: NotificationKind; expiresAt: Date };

function secret(): string {
  const value = env().NEXTAUTH_SECRET;
  if (!value) throw new Error("NEXTAUTH_SECRET ontbreekt: afmeldlinks kunnen niet ondertekend worden");
  return value;
}

function sign(payload: string): string {
  return createHmac("sha256", `unsubscribe:${secret()}`).update(payload).digest("base64url");
}

export function createUnsubscribeToken(userId: string, kind: NotificationKind, now = new Date()): string {
  const payload = Buffer.from(JSON.stringify({ u: userId, k: kind, e: now.getTime() + UNSUBSCRIBE_TTL_MS })).toString(
    "base64url",
  );
  return `${payload}.${sign(payload)}`;
}

/** The claim of a valid, unexpired token; null for anything tampered, malformed or expired. */
export function verifyUnsubscribeToken(token: string, now = new Date()): UnsubscribeClaim | null {
  const [payload, signature, ...rest] = token.split(".");
  if (!payload || !signature || rest.length > 0) return null;
  const expected = Buffer.from(sign(payload));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  let data: unknown;
  try {
    data = JSON.parse(Buffer.from(payload, "base64url").toString("utf8"));
  } catch {
    return null;
  }
  const { u, k, e } = (data ?? {}) as { u?: unknown; k?: unknown; e?: unknown };
  if (typeof u !== "string" || typeof k !== "string" || typeof e !== "number" || !isNotificationKind(k)) return null;
  if (e <= now.getTime()) return null;
  return { userId: u, kind: k, expiresAt: new Date(e) };
}
