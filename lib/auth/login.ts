// Credential check with a per-account throttle kept in PostgreSQL: after MAX_FAILURES failed
// attempts within WINDOW, every attempt on that e-mail is refused for LOCK, even a correct one.
// Each attempt writes its audit event in the same transaction as the throttle bookkeeping.
import { systemDb } from "@/lib/db/client";
import { timingSafeDummyHash, verifyPassword } from "@/lib/auth/password";


export const MAX_FAILURES = 5;
export const WINDOW_MINUTES = 15;
export const LOCK_MINUTES = 15;

export type LoginResult =
  | { ok: true; user: { id: string; email: string; name: string } }
  | { ok: false; reason: "invalid" | "locked" };

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

export async function authenticate(
  emailInput: string,
  password: string,
  now: Date = new Date(),
): Promise<LoginResult> {
  const email = normaliseEmail(emailInput);
  return systemDb.$transaction(
    async (tx) => {
      // Serialise attempts on one e-mail so parallel guesses cannot slip past the counter.
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${"login:" + email}))`;
      const throttle = await tx.loginThrottle.findUnique({ where: { email } });
      const user = await tx.user.findUnique({
        where: { email },
        select: { id: true, email: true, name: true, passwordHash: true, active: true },
      });

      if (throttle?.lockedUntil && throttle.lockedUntil > now) {
        await tx.auditEvent.create({
          data: { userId: user?.id ?? null, userEmail: email, action: "login.locked", entityType: "User", entityId: user?.id ?? null },
        });
        return { ok: false, reason: "locked" } as const;
      }

      const passwordOk = await verifyPassword(user?.passwordHash ?? (await timingSafeDummyHash()), password);
      if (!user || !user.active || !passwordOk) {
        const windowStart = new Date(now.getTime() - WINDOW_MINUTES * 60_000);
        const inWindow = throttle !== null && throttle.windowStartedAt > windowStart;
        const failedCount = inWindow ? throttle.failedCount + 1 : 1;
        const lockedUntil = failedCount >= MAX_FAILURES ? new Date(now.getTime() + LOCK_MINUTES * 60_000) : null;
        await tx.loginThrottle.upsert({
          where: { email },
          create: { email, failedCount, windowStartedAt: now, lockedUntil },
          update: { failedCount, windowStartedAt: inWindow ? throttle.windowStartedAt : now, lockedUntil },
        });
        await tx.auditEvent.create({
          data: {
            userId: user?.id ?? null,
            userEmail: email,
            action: "login.failure",
            entityType: "User",
            entityId: user?.id ?? null,
            changes: { failedCount, locked: lockedUntil !== null },
          },
        });
        return { ok: false, reason: "invalid" } as const;
      }

      await tx.loginThrottle.deleteMany({ where: { email } });
      await tx.user.update({ where: { id: user.id }, data: { lastLoginAt: now } });
      await tx.auditEvent.create({
        data: { userId: user.id, userEmail: email, action: "login.success", entityType: "User", entityId: user.id },
      });
      return { ok: true, user: { id: user.id, email: user.email, name: user.name } } as const;
    },
    { timeout: 15_000, maxWait: 10_000 },
  );
}
