// The one door to tenant data: an interactive transaction that runs as the restricted role
// wijkkracht_app with the actor's visible regions set for the row-level-security policies.
// Inside `fn` use only `tx` (never systemDb or tenantDb): on PGlite the outer client would deadlock.
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/auth/actor";
import { tenantDb } from "@/lib/db/client";
import { isId } from "@/lib/domain/shared/ids";

export type Tx = Prisma.TransactionClient;

export const APP_ROLE = "wijkkracht_app";

export type TenantContext = { userId: string | null; regionIds: readonly string[] };

export async function withTenantContext<T>(
  context: TenantContext,
  fn: (tx: Tx) => Promise<T>,
  options: { timeoutMs?: number } = {},
): Promise<T> {
  for (const id of context.regionIds) {
    if (!isId(id)) throw new Error("Ongeldige regio-id in actorcontext");
  }
  return tenantDb.$transaction(
    async (tx) => {
      // One statement, one round trip: set_config('role', …, true) is SET LOCAL ROLE (the same
      // membership check), followed by the actor's regions and user id for the policies.
      await tx.$queryRaw`SELECT set_config('role', ${APP_ROLE}, true),
                                set_config('app.region_ids', ${context.regionIds.join(",")}, true),
                                set_config('app.user_id', ${context.userId ?? ""}, true)`;
      return fn(tx);
    },
    { timeout: options.timeoutMs ?? 15_000, maxWait: 10_000 },
  );
}

export function withActor<T>(actor: Actor, fn: (tx: Tx) => Promise<T>, options?: { timeoutMs?: number }): Promise<T> {
  return withTenantContext({ userId: actor.userId, regionIds: actor.visibleRegionIds }, fn, options);
}
