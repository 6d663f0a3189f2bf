// Audit events are written inside the same transaction as the change they describe.
import type { Actor } from "@/lib/auth/actor";
import type { Tx } from "@/lib/db/with-actor";
import type { Prisma } from "@/lib/generated/prisma/client";

export type AuditInput = {
  regionId: string | null;
  action: string;
  entityType: string;
  entityId?: string | null;
  /** Changed fields only: { field: { before, after } }. */
  changes?: Record<string, { before: unknown; after: unknown }> | Record<string, unknown> | null;
};

/** The role the actor acted in for this region (the most specific membership). */
function actingMembership(actor: Actor, regionId: string | null) {
  return (
    actor.memberships.find((m) => m.regionId !== null && m.regionId === regionId) ??
    actor.memberships.find((m) => regionId !== null && m.regionIds.includes(regionId)) ??
    actor.memberships[0]
  );
}

export async function recordAudit(tx: Tx, actor: Actor, input: AuditInput): Promise<void> {
  const membership = actingMembership(actor, input.regionId);
  // createMany: no RETURNING, so the append-only role needs no read access to the new row.
  await tx.auditEvent.createMany({
    data: [
      {
        regionId: input.regionId,
        userId: actor.userId,
        userEmail: actor.email,
        role: membership?.role ?? null,
        organisationId: membership?.organisationId ?? null,
        action: input.action,
        entityType: input.entityType,
        entityId: input.entityId ?? null,
        changes: (input.changes ?? undefined) as Prisma.InputJsonValue | undefined,
      },
    ],
  });
}

/** The changed fields between two records, as { field: { before, after } }. */
export function diffFields<T extends Record<string, unknown>>(
  before: T,
  after: Partial<T>,
): Record<string, { before: unknown; after: unknown }> {
  const changes: Record<string, { before: unknown; after: unknown }> = {};
  for (const key of Object.keys(after) as (keyof T & string)[]) {
    const a = normalise(before[key]);
    const b = normalise(after[key]);
    if (JSON.stringify(a) !== JSON.stringify(b)) changes[key] = { before: a, after: b };
  }
  return changes;
}

function normalise(value: unknown): unknown {
  return value instanceof Date ? value.toISOString() : value;
}
