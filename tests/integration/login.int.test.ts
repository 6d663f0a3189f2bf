import { afterAll, describe, expect, it } from "vitest";
import { loadActor, loadSessionUser } from "@/lib/auth/actor";
import { authenticate, revokeSessions } from "@/lib/auth/login";
import { cleanupThrottle, delaySeconds, THROTTLE, throttleKeys } from "@/lib/auth/throttle";
import { disconnectDb, systemDb } from "@/lib/db/client";
import { createUser } from "./fixtures";

afterAll(async () => {
  await disconnectDb();
});

let addressCounter = 0;
/** A fresh documentation address (RFC 5737) per test, so tests do not share address buckets. */
function freshAddress(): string {
  addressCounter++;
  return `198.51.${100 + (process.pid % 50)}.${addressCounter}`;
}
const seconds = (base: Date, n: number) => new Date(base.getTime() + n * 1000);

describe("login", () => {
  it("accepts the right password, case-insensitively on the e-mail, and audits the success", async () => {
    const user = await createUser([]);
    const result = await authenticate(user.email.toUpperCase(), user.password, { address: freshAddress() });
    expect(result).toEqual({ ok: true, user: expect.objectContaining({ id: user.id, email: user.email, sessionVersion: 0 }) });
    const events = await systemDb.auditEvent.findMany({ where: { userId: user.id, action: "login.success" } });
    expect(events).toHaveLength(1);
  });

  it("answers the same for a wrong password and an unknown e-mail, and audits both", async () => {
    const user = await createUser([]);
    const address = freshAddress();
    expect(await authenticate(user.email, "fout", { address })).toEqual({ ok: false, reason: "invalid" });
    expect(await authenticate("niemand-" + user.email, "fout", { address })).toEqual({ ok: false, reason: "invalid" });
    const failures = await systemDb.auditEvent.count({
      where: { userEmail: { in: [user.email, "niemand-" + user.email] }, action: "login.failure" },
    });
    expect(failures).toBe(2);
  });

  it("makes one address wait longer and longer on one account, but never locks the account for others", async () => {
    const user = await createUser([]);
    const attacker = freshAddress();
    const start = new Date("2026-11-23T09:00:00Z");
    const free = THROTTLE.accountAddress.free;
    for (let i = 0; i < free; i++) {
      expect(await authenticate(user.email, `fout-${i}`, { address: attacker, now: seconds(start, i) })).toEqual({
        ok: false,
        reason: "invalid",
      });
    }
    // The free attempts are used up: the next one waits 1 s, refused without looking at the password.
    expect(await authenticate(user.email, user.password, { address: attacker, now: seconds(start, free - 1) })).toEqual({
      ok: false,
      reason: "throttled",
      retryAfterSeconds: 1,
    });
    // After the wait one more attempt is allowed, and the wait doubles.
    expect(await authenticate(user.email, "fout", { address: attacker, now: seconds(start, free + 1) })).toMatchObject({
      reason: "invalid",
    });
    expect(await authenticate(user.email, "fout", { address: attacker, now: seconds(start, free + 2) })).toEqual({
      ok: false,
      reason: "throttled",
      retryAfterSeconds: 1,
    });
    expect(delaySeconds(free + 2, THROTTLE.accountAddress)).toBe(4);
    expect(delaySeconds(1000, THROTTLE.accountAddress)).toBe(THROTTLE.accountAddress.capSeconds);
    // Meanwhile the real user, from another address, gets in at once.
    const legit = await authenticate(user.email, user.password, { address: freshAddress(), now: seconds(start, free + 2) });
    expect(legit.ok).toBe(true);
  });

  it("limits one address across many accounts (password spraying)", async () => {
    const address = freshAddress();
    const start = new Date("2026-11-23T10:00:00Z");
    for (let i = 0; i < THROTTLE.address.free; i++) {
      const result = await authenticate(`spray-${i}-${Date.now()}@test.invalid`, "fout", { address, now: start });
      expect(result.ok).toBe(false);
      expect(result).toMatchObject({ reason: "invalid" });
    }
    expect(await authenticate(`spray-x-${Date.now()}@test.invalid`, "fout", { address, now: start })).toMatchObject({
      reason: "throttled",
    });
    // A user on another address is not affected.
    const user = await createUser([]);
    expect((await authenticate(user.email, user.password, { address: freshAddress(), now: start })).ok).toBe(true);
  });

  it("counts parallel attempts exactly: no more than the free ones get through at once", async () => {
    const user = await createUser([]);
    const address = freshAddress();
    const now = new Date("2026-11-23T11:00:00Z");
    const results = await Promise.all(
      Array.from({ length: 12 }, (_, i) => authenticate(user.email, `fout-${i}`, { address, now })),
    );
    const checked = results.filter((r) => !r.ok && r.reason === "invalid").length;
    expect(checked).toBe(THROTTLE.accountAddress.free);
    expect(results.filter((r) => !r.ok && r.reason === "throttled")).toHaveLength(12 - THROTTLE.accountAddress.free);
    const pair = await systemDb.loginThrottle.findUniqueOrThrow({ where: { key: throttleKeys(user.email, address).pair } });
    expect(pair.attempts).toBe(THROTTLE.accountAddress.free);
    expect(pair.blockedUntil).not.toBeNull();
  });

  it("a successful login gives the attempt back and clears the account+address bucket", async () => {
    const user = await createUser([]);
    const address = freshAddress();
    const keys = throttleKeys(user.email, address);
    await authenticate(user.email, "fout", { address });
    expect((await authenticate(user.email, user.password, { address })).ok).toBe(true);
    expect(await systemDb.loginThrottle.findUnique({ where: { key: keys.pair } })).toBeNull();
    const account = await systemDb.loginThrottle.findUniqueOrThrow({ where: { key: keys.account } });
    expect(account.attempts).toBe(1); // the failure stays counted, the success does not
  });

  it("keeps the table bounded: rows are per bucket, and expired ones are cleaned up", async () => {
    const user = await createUser([]);
    const address = freshAddress();
    const start = new Date("2026-11-20T08:00:00Z");
    for (let i = 0; i < 4; i++) await authenticate(user.email, "fout", { address, now: seconds(start, i) });
    const keys = Object.values(throttleKeys(user.email, address));
    expect(await systemDb.loginThrottle.count({ where: { key: { in: keys } } })).toBe(3);
    await cleanupThrottle(systemDb, new Date(start.getTime() + (THROTTLE.windowMinutes + 1) * 60_000), 100_000);
    expect(await systemDb.loginThrottle.count({ where: { key: { in: keys } } })).toBe(0);
  });

  it("refuses inactive users like wrong passwords", async () => {
    const user = await createUser([]);
    await systemDb.user.update({ where: { id: user.id }, data: { active: false } });
    expect(await authenticate(user.email, user.password, { address: freshAddress() })).toEqual({ ok: false, reason: "invalid" });
    expect(await loadSessionUser(user.id, 0)).toBeNull();
  });

  it("logging out revokes every session issued before", async () => {
    const user = await createUser([]);
    const login = await authenticate(user.email, user.password, { address: freshAddress() });
    if (!login.ok) throw new Error("login failed");
    // loadSessionUser() is what a signed-in request runs; loadActor() the same check without the count.
    expect(await loadSessionUser(user.id, login.user.sessionVersion)).toMatchObject({ unreadNotifications: 0 });
    await revokeSessions(user.id);
    expect(await loadSessionUser(user.id, login.user.sessionVersion)).toBeNull();
    expect(await loadActor(user.id, login.user.sessionVersion)).toBeNull();
    const again = await authenticate(user.email, user.password, { address: freshAddress() });
    if (!again.ok) throw new Error("login failed");
    expect(again.user.sessionVersion).toBe(login.user.sessionVersion + 1);
    expect(await loadSessionUser(user.id, again.user.sessionVersion)).not.toBeNull();
    expect(await loadActor(user.id, again.user.sessionVersion)).not.toBeNull();
  });
});
