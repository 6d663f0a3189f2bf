// Seeds the demo (two regions, their network, plan, agreements, O&I budgets and social links)
// from the constants in demo-data.ts, one writer per aggregate (regions.ts, network.ts, plans.ts,
// …) passing on the ids they wrote (context.ts). Idempotent: when the first demo region exists,
// nothing is touched. Everything else is written in one transaction, mostly with createMany, so a
// failure leaves nothing half-written. Deterministic: no randomness except the row ids (helpers.ts).
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { hashPassword } from "@/lib/auth/password";
import { seedAgreements } from "@/lib/db/seed/agreements";
import type { Tx } from "@/lib/db/seed/context";
import { writeMoneyDemo } from "@/lib/db/seed/money";
import { seedSocialDomain } from "@/lib/db/seed/social";
import { writeNetwork } from "@/lib/db/seed/network";
import { writePlans } from "@/lib/db/seed/plans";
import { writeRegions, writeUsers } from "@/lib/db/seed/regions";
import { writeWijkStatistics } from "@/lib/db/seed/wijk-statistics";
import { DEMO_HUISARTS_PRACTICE, DEMO_PASSWORD, REGIONS } from "@/lib/db/seed/demo-data";

export async function seedDemoData(db: PrismaClient): Promise<{ created: boolean }> {
  const firstSlug = REGIONS[0].slug;
  if (await db.region.findUnique({ where: { slug: firstSlug }, select: { id: true } })) {
    return { created: false };
  }
  const passwordHash = await hashPassword(DEMO_PASSWORD);

  return db.$transaction(
    async (tx) => {
      // Another seeder may have won the race between the check above and this transaction.
      if (await tx.region.findUnique({ where: { slug: firstSlug }, select: { id: true } })) {
        return { created: false };
      }
      await writeDemo(tx, passwordHash);
      await seedSocialDomain(tx, passwordHash);
      // Last: every wijkverband (also those the social-domain writer adds) gets its agreements.
      await seedAgreements(tx, { regionSlugs: REGIONS.map((r) => r.slug), holderPracticeName: DEMO_HUISARTS_PRACTICE });
      return { created: true };
    },
    { timeout: 120_000, maxWait: 30_000 },
  );
}

/** The writers in dependency order; a new area adds one call that takes (and may extend) the context. */
async function writeDemo(tx: Tx, passwordHash: string): Promise<void> {
  const regions = await writeRegions(tx);
  const network = await writeNetwork(tx, regions);
  const people = await writeUsers(tx, network, passwordHash);
  await writeWijkStatistics(tx, people);
  const ctx = await writePlans(tx, people);
  const { rid, wvid, uid, iid, insurerId } = ctx;

  // ── O&I budgets, allocations and expenditures (money.ts) ──
  await writeMoneyDemo(tx, { rid, iid, wvid, uid, insurerId });
}
