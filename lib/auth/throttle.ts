// Login throttle in PostgreSQL (so it holds across app servers): increasing delays, never a lock
// that someone else can put on your account. Three buckets per attempt:
//   a:<address>          every attempt from one client address (password spraying);
//   p:<account>|<address> one account from one address (guessing one password);
//   u:<account>          one account from anywhere (guessing from many addresses) — with a short cap,
//                        so a crowd of addresses can slow an account down a little but not shut it.
// An attempt is claimed (counted) in ONE statement before the password is looked at; a successful
// login gives the claim back. After a bucket's free attempts every further one sets a waiting time
// that doubles each time, up to the bucket's cap. A legitimate user on another address shares only
// the account bucket, whose free allowance and cap are generous.
// Rows: at most three per distinct address/account in the last window; rows whose window has passed
// are deleted along the way (cleanupThrottle), so the table does not grow with the number of attempts.
import type { PrismaClient } from "@/lib/generated/prisma/client";

export type Bucket = { free: number; baseSeconds: number; capSeconds: number };

export const THROTTLE = {
  address: { free: 20, baseSeconds: 1, capSeconds: 15 * 60 },
  accountAddress: { free: 5, baseSeconds: 1, capSeconds: 15 * 60 },
  account: { free: 30, baseSeconds: 1, capSeconds: 60 },
  /** Attempts older than this (since the bucket's last attempt) no longer count. */
  windowMinutes: 60,
} as const satisfies Record<string, Bucket | number>;

/** Seconds to wait after the `attempts`-th counted attempt of a bucket. */
export function delaySeconds(attempts: number, bucket: Bucket): number {
  if (attempts < bucket.free) return 0;
  const exponent = Math.min(attempts - bucket.free, 30);
  return Math.min(bucket.capSeconds, bucket.baseSeconds * 2 ** exponent);
}

export function throttleKeys(account: string, address: string): { address: string; pair: string; account: string } {
  return { address: `a:${address}`, pair: `p:${account}|${address}`, account: `u:${account}` };
}

// The bucket's numbers by key prefix, for the SQL below.
const policy = (field: keyof Bucket) =>
  `(CASE left(t.key, 2) WHEN 'a:' THEN ${THROTTLE.address[field]} WHEN 'p:' THEN ${THROTTLE.accountAddress[field]} ELSE ${THROTTLE.account[field]} END)`;
const policyOfInput = (field: keyof Bucket) =>
  `(CASE left(k.key, 2) WHEN 'a:' THEN ${THROTTLE.address[field]} WHEN 'p:' THEN ${THROTTLE.accountAddress[field]} ELSE ${THROTTLE.account[field]} END)`;
const delay = (attempts: string, table: "t" | "k") => {
  const p = table === "t" ? policy : policyOfInput;
  return `CASE WHEN ${attempts} >= ${p("free")} THEN make_interval(secs => least(${p("capSeconds")}::float8,
    ${p("baseSeconds")} * power(2::float8, least(${attempts} - ${p("free")}, 30)))) END`;
};
// Times travel as ISO strings and are read as UTC, the way Prisma stores DateTime.
const NOW = `($2::timestamptz AT TIME ZONE 'UTC')`;
const WINDOW_START = `($3::timestamptz AT TIME ZONE 'UTC')`;
const nextAttempts = `(CASE WHEN t."updatedAt" < ${WINDOW_START} THEN 1 ELSE least(t.attempts + 1, 1000000) END)`;

const CLAIM_SQL = `
WITH k(key) AS (SELECT unnest($1::text[])),
blocked AS (
  SELECT max(t."blockedUntil") AS until FROM "LoginThrottle" t JOIN k USING (key) WHERE t."blockedUntil" > ${NOW}
),
claimed AS (
  INSERT INTO "LoginThrottle" AS t (key, attempts, "blockedUntil", "updatedAt")
  SELECT k.key, 1, ${NOW} + ${delay("1", "k")}, ${NOW} FROM k
  WHERE (SELECT until FROM blocked) IS NULL
  ON CONFLICT (key) DO UPDATE SET
    attempts = ${nextAttempts},
    "blockedUntil" = ${NOW} + ${delay(nextAttempts, "t")},
    "updatedAt" = ${NOW}
  WHERE t."blockedUntil" IS NULL OR t."blockedUntil" <= ${NOW}
  RETURNING t.key
)
SELECT (SELECT until FROM blocked) AS until, (SELECT count(*) FROM claimed)::int AS claimed`;

export type Claim = { allowed: true } | { allowed: false; retryAfterSeconds: number };

type Db = Pick<PrismaClient, "$queryRawUnsafe" | "$executeRawUnsafe">;

/**
 * Counts one attempt in every bucket, unless one of them is still waiting: then nothing is counted
 * and the caller is told how long to wait. One statement, before any hashing.
 */
export async function claimAttempt(db: Db, keys: string[], now: Date): Promise<Claim> {
  const windowStart = new Date(now.getTime() - THROTTLE.windowMinutes * 60_000);
  const [row] = await db.$queryRawUnsafe<{ until: Date | null; claimed: number }[]>(
    CLAIM_SQL,
    keys,
    now.toISOString(),
    windowStart.toISOString(),
  );
  if (row && row.until === null && row.claimed === keys.length) return { allowed: true };
  // Refused; or a parallel attempt set a waiting time between our check and our claim (then: 1 s).
  const until = row?.until ?? new Date(now.getTime() + 1000);
  return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((until.getTime() - now.getTime()) / 1000)) };
}

/**
 * A successful login: the account+address bucket starts over, and the attempt is given back to the
 * address and account buckets (their waiting time lifted when they drop below their free allowance).
 */
export async function settleSuccess(db: Db, keys: { address: string; pair: string; account: string }): Promise<void> {
  await db.$executeRawUnsafe(`DELETE FROM "LoginThrottle" WHERE key = $1`, keys.pair);
  await db.$executeRawUnsafe(
    `UPDATE "LoginThrottle" t SET attempts = greatest(t.attempts - 1, 0),
       "blockedUntil" = CASE WHEN t.attempts - 1 >= ${policy("free")} THEN t."blockedUntil" END
     WHERE key = ANY($1::text[])`,
    [keys.address, keys.account],
  );
}

/** Deletes buckets whose window has passed and that hold no waiting time (at most `limit` per call). */
export async function cleanupThrottle(db: Db, now: Date, limit = 1000): Promise<number> {
  const windowStart = new Date(now.getTime() - THROTTLE.windowMinutes * 60_000);
  return db.$executeRawUnsafe(
    `DELETE FROM "LoginThrottle" WHERE key IN (
       SELECT key FROM "LoginThrottle"
       WHERE "updatedAt" < ($1::timestamptz AT TIME ZONE 'UTC')
         AND ("blockedUntil" IS NULL OR "blockedUntil" <= ($2::timestamptz AT TIME ZONE 'UTC'))
       LIMIT ${Math.max(1, Math.floor(limit))})`,
    windowStart.toISOString(),
    now.toISOString(),
  );
}
