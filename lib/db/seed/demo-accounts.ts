// The demo accounts share a published password, so a production server must never run with them
// (scripts/serve.ts refuses to start). `npm run db:remove-demo-accounts` removes them.
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { DEMO_USERS } from "@/lib/db/seed/demo-data";

export const DEMO_ACCOUNT_EMAILS: readonly string[] = DEMO_USERS.map((u) => u.email);

export const REMOVE_DEMO_ACCOUNTS_HINT =
  "Verwijder ze met `npm run db:remove-demo-accounts` (met dezelfde DATABASE_URL of SYSTEM_DATABASE_URL), " +
  "of zet SEED_DEMO_DATA=true als dit bewust een demoserver is.";

/** The e-mail addresses of the demo accounts present in the database. */
export async function demoAccountsPresent(db: PrismaClient): Promise<string[]> {
  const rows = await db.user.findMany({
    where: { email: { in: [...DEMO_ACCOUNT_EMAILS] } },
    select: { email: true },
    orderBy: { email: "asc" },
  });
  return rows.map((r) => r.email);
}

/** Deletes the demo accounts and their memberships (the demo regions and their data stay). */
export async function removeDemoAccounts(db: PrismaClient): Promise<number> {
  return db.$transaction(async (tx) => {
    const users = await tx.user.findMany({ where: { email: { in: [...DEMO_ACCOUNT_EMAILS] } }, select: { id: true } });
    const ids = users.map((u) => u.id);
    await tx.membership.deleteMany({ where: { userId: { in: ids } } });
    const { count } = await tx.user.deleteMany({ where: { id: { in: ids } } });
    return count;
  });
}

/**
 * Whether `npm start` loads the demo data: on the embedded database unless SEED_DEMO_DATA=false,
 * on a real PostgreSQL only when SEED_DEMO_DATA=true is set explicitly.
 */
export function demoDataWanted(flag: "true" | "false" | undefined, embedded: boolean): boolean {
  return flag === "true" || (embedded && flag !== "false");
}
