// Credential check. In this order, so that a flood of attempts cannot take the server down and
// nobody can lock a real user out:
// 1. admission in memory: when the hashing queue is full, refuse at once ("busy") — no database work;
// 2. one statement claims the attempt in the throttle buckets (lib/auth/throttle.ts): address,
//    account+address and account; a bucket still waiting refuses the attempt with its waiting time;
// 3. the user is read (one indexed query) — no transaction, no connection held afterwards;
// 4. argon2 runs outside any transaction, at most HASH_CONCURRENCY at once (lib/auth/semaphore.ts);
// 5. the outcome is written: a failure audit event, or (in one short transaction) the success with
//    the throttle claim given back, the last-login time and the audit event.
import { BusyError, Semaphore } from "@/lib/auth/semaphore";
import { claimAttempt, cleanupThrottle, settleSuccess, throttleKeys } from "@/lib/auth/throttle";
import { timingSafeDummyHash, verifyPassword } from "@/lib/auth/password";
import { systemDb } from "@/lib/db/client";
import { log } from "@/lib/log";

/**
 * Argon2 hashes running at once per app server (each: 19 MiB and one core for ~50 ms). One: on a
 * small server a login flood then takes at most one core, and pages keep the rest.
 */
export const HASH_CONCURRENCY = 1;
/** Attempts waiting for a hash slot; beyond this (or after HASH_MAX_WAIT_MS) the answer is "busy". */
export const HASH_QUEUE = 64;
export const HASH_MAX_WAIT_MS = 10_000;
/** One attempt in this many also deletes expired throttle rows. */
const CLEANUP_EVERY = 20;

const hashing = new Semaphore(HASH_CONCURRENCY, HASH_QUEUE, HASH_MAX_WAIT_MS);

export type LoginUser = { id: string; email: string; name: string; sessionVersion: number };

export type LoginResult =
  | { ok: true; user: LoginUser }
  | { ok: false; reason: "invalid" }
  | { ok: false; reason: "throttled"; retryAfterSeconds: number }
  | { ok: false; reason: "busy" };

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

export async function authenticate(
  emailInput: string,
  password: string,
  options: { address: string; now?: Date },
): Promise<LoginResult> {
  const email = normaliseEmail(emailInput);
  const now = options.now ?? new Date();
  if (hashing.saturated) return busy(email, options.address);

  const keys = throttleKeys(email, options.address);
  const claim = await claimAttempt(systemDb, [keys.address, keys.pair, keys.account], now);
  if (!claim.allowed) {
    // Logged, not audited: an attacker must not be able to grow the audit log per attempt.
    log().warn({ email, address: options.address, retryAfterSeconds: claim.retryAfterSeconds }, "login.throttled");
    return { ok: false, reason: "throttled", retryAfterSeconds: claim.retryAfterSeconds };
  }
  if (Math.floor(Math.random() * CLEANUP_EVERY) === 0) {
    await cleanupThrottle(systemDb, now).catch((error: unknown) => log().error({ err: error }, "login.cleanup"));
  }

  const user = await systemDb.user.findUnique({
    where: { email },
    select: { id: true, email: true, name: true, passwordHash: true, active: true, sessionVersion: true },
  });

  let passwordOk: boolean;
  try {
    // Unknown e-mails are checked against a dummy hash, so both paths take equally long.
    passwordOk = await hashing.run(async () => verifyPassword(user?.passwordHash ?? (await timingSafeDummyHash()), password));
  } catch (error) {
    if (error instanceof BusyError) return busy(email, options.address);
    throw error;
  }

  if (!user || !user.active || !passwordOk) {
    await systemDb.auditEvent.create({
      data: {
        userId: user?.id ?? null,
        userEmail: email,
        action: "login.failure",
        entityType: "User",
        entityId: user?.id ?? null,
        changes: { address: options.address },
      },
    });
    return { ok: false, reason: "invalid" };
  }

  await systemDb.$transaction([
    systemDb.user.update({ where: { id: user.id }, data: { lastLoginAt: now }, select: { id: true } }),
    systemDb.auditEvent.create({
      data: { userId: user.id, userEmail: email, action: "login.success", entityType: "User", entityId: user.id },
    }),
  ]);
  await settleSuccess(systemDb, keys);
  return { ok: true, user: { id: user.id, email: user.email, name: user.name, sessionVersion: user.sessionVersion } };
}

function busy(email: string, address: string): LoginResult {
  log().warn({ email, address, ...hashing.stats }, "login.busy");
  return { ok: false, reason: "busy" };
}

/** Logging out: every session token issued to this user so far stops working. */
export async function revokeSessions(userId: string): Promise<void> {
  await systemDb.user.updateMany({ where: { id: userId }, data: { sessionVersion: { increment: 1 } } });
}
