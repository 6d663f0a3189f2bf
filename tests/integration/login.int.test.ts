import { afterAll, describe, expect, it } from "vitest";
import { authenticate, LOCK_MINUTES, MAX_FAILURES } from "@/lib/auth/login";
import { disconnectDb, systemDb } from "@/lib/db/client";
import { createUser } from "./fixtures";

afterAll(async () => {
  await disconnectDb();
});

const minutes = (base: Date, n: number) => new Date(base.getTime() + n * 60_000);

describe("login", () => {
  it("accepts the right password, case-insensitively on the e-mail, and audits the success", async () => {
    const user = await createUser([]);
    const result = await authenticate(user.email.toUpperCase(), user.password);
    expect(result).toEqual({ ok: true, user: expect.objectContaining({ id: user.id, email: user.email }) });
    const events = await systemDb.auditEvent.findMany({ where: { userId: user.id, action: "login.success" } });
    expect(events).toHaveLength(1);
  });

  it("answers the same for a wrong password and an unknown e-mail, and audits both", async () => {
    const user = await createUser([]);
    expect(await authenticate(user.email, "fout")).toEqual({ ok: false, reason: "invalid" });
    expect(await authenticate("niemand-" + user.email, "fout")).toEqual({ ok: false, reason: "invalid" });
    const failures = await systemDb.auditEvent.count({ where: { userEmail: { in: [user.email, "niemand-" + user.email] }, action: "login.failure" } });
    expect(failures).toBe(2);
  });

  it(`locks an account for ${LOCK_MINUTES} minutes after ${MAX_FAILURES} failures, even for the right password`, async () => {
    const user = await createUser([]);
    const start = new Date("2026-11-23T09:00:00Z");
    for (let i = 0; i < MAX_FAILURES; i++) {
      expect(await authenticate(user.email, `fout-${i}`, minutes(start, i))).toEqual({ ok: false, reason: "invalid" });
    }
    expect(await authenticate(user.email, user.password, minutes(start, 5))).toEqual({ ok: false, reason: "locked" });
    expect(await authenticate(user.email, user.password, minutes(start, 4 + LOCK_MINUTES - 1))).toEqual({ ok: false, reason: "locked" });
    expect(await systemDb.auditEvent.count({ where: { userId: user.id, action: "login.locked" } })).toBe(2);
    // After the lock, the right password works again and clears the counter.
    expect((await authenticate(user.email, user.password, minutes(start, 4 + LOCK_MINUTES + 1))).ok).toBe(true);
    expect(await systemDb.loginThrottle.findUnique({ where: { email: user.email } })).toBeNull();
  });

  it("does not lock for failures spread over more than the window", async () => {
    const user = await createUser([]);
    const start = new Date("2026-11-23T09:00:00Z");
    for (let i = 0; i < MAX_FAILURES + 2; i++) {
      expect(await authenticate(user.email, "fout", minutes(start, i * 4))).toEqual({ ok: false, reason: "invalid" });
    }
    expect((await authenticate(user.email, user.password, minutes(start, 40))).ok).toBe(true);
  });

  it("locks unknown e-mails the same way, so locking reveals nothing", async () => {
    const email = `onbekend-${Date.now()}@test.invalid`;
    const start = new Date("2026-11-23T09:00:00Z");
    for (let i = 0; i < MAX_FAILURES; i++) await authenticate(email, "fout", minutes(start, i));
    expect(await authenticate(email, "fout", minutes(start, 6))).toEqual({ ok: false, reason: "locked" });
  });

  it("counts parallel attempts exactly (the throttle row is serialised)", async () => {
    const user = await createUser([]);
    const now = new Date("2026-11-23T10:00:00Z");
    await Promise.all(Array.from({ length: MAX_FAILURES }, (_, i) => authenticate(user.email, `fout-${i}`, now)));
    const throttle = await systemDb.loginThrottle.findUniqueOrThrow({ where: { email: user.email } });
    expect(throttle.failedCount).toBe(MAX_FAILURES);
    expect(throttle.lockedUntil).not.toBeNull();
  });

  it("refuses inactive users like wrong passwords", async () => {
    const user = await createUser([]);
    await systemDb.user.update({ where: { id: user.id }, data: { active: false } });
    expect(await authenticate(user.email, user.password)).toEqual({ ok: false, reason: "invalid" });
  });
});
