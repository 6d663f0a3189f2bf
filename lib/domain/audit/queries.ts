import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/authz/permissions";
import { withActor } from "@/lib/db/with-actor";
import { NotFoundError } from "@/lib/domain/errors";
import { parseBigintCursor } from "@/lib/domain/shared/ids";
import { findRegionInTx, type RegionSummary } from "@/lib/domain/regions/service";

export const AUDIT_PAGE_SIZE = 50;

export type AuditPage = {
  region: RegionSummary;
  events: {
    id: string;
    occurredAt: Date;
    userEmail: string | null;
    role: string | null;
    action: string;
    entityType: string;
    entityId: string | null;
  }[];
  olderCursor: string | null;
};

/** The region's audit events, newest first, paged by id (keyset pagination). */
export async function getRegionAuditLog(actor: Actor, regionSlug: string, before?: string): Promise<AuditPage> {
  return withActor(actor, async (tx) => {
    const region = await findRegionInTx(tx, actor, regionSlug);
    if (!can(actor, "audit.read", { regionId: region.id })) throw new NotFoundError();
    const cursor = parseBigintCursor(before);
    const rows = await tx.auditEvent.findMany({
      where: { regionId: region.id, ...(cursor ? { id: { lt: cursor } } : {}) },
      select: { id: true, occurredAt: true, userEmail: true, role: true, action: true, entityType: true, entityId: true },
      orderBy: { id: "desc" },
      take: AUDIT_PAGE_SIZE + 1,
    });
    const page = rows.slice(0, AUDIT_PAGE_SIZE);
    return {
      region,
      events: page.map((e) => ({ ...e, id: e.id.toString() })),
      olderCursor: rows.length > AUDIT_PAGE_SIZE ? (page.at(-1)?.id.toString() ?? null) : null,
    };
  });
}
