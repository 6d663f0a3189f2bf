// The change history of one record, read from the append-only audit log inside withActor (RLS
// limits it to the actor's regions; callers decide whether the actor may see it).
import type { Tx } from "@/lib/db/with-actor";
import { isId } from "@/lib/domain/shared/ids";
import { DISCIPLINE_NAMES, disciplineName, type LocalizedName } from "@/lib/i18n/names";

export type HistoryEntry = {
  id: string;
  occurredAt: Date;
  who: string;
  role: string | null;
  action: string;
  changes: { field: string; before: string; after: string }[];
  /** Names in both languages for the values that refer to a discipline (by id or code). */
  names: Record<string, LocalizedName>;
};

const DISCIPLINE_FIELDS = new Set(["disciplineId", "disciplineCode"]);

/** The disciplines the given changes refer to, by the id or code stored in the log. */
async function disciplineNames(tx: Tx, changes: HistoryEntry["changes"][]): Promise<Record<string, LocalizedName>> {
  const refs = new Set(
    changes.flatMap((list) => list.filter((c) => DISCIPLINE_FIELDS.has(c.field)).flatMap((c) => [c.before, c.after])),
  );
  if (refs.size === 0) return {};
  const ids = [...refs].filter(isId);
  const disciplines = await tx.discipline.findMany({
    where: { OR: [{ id: { in: ids } }, { code: { in: [...refs] } }] },
    select: { id: true, code: true, ...DISCIPLINE_NAMES },
  });
  return Object.fromEntries(
    disciplines.flatMap((d) => [d.id, d.code].filter((ref) => refs.has(ref)).map((ref) => [ref, disciplineName(d)])),
  );
}

function show(value: unknown): string {
  if (value === null || value === undefined || value === "") return "–";
  if (Array.isArray(value)) return value.length ? value.map(show).join(", ") : "–";
  if (typeof value === "string" && /^\d{4}-\d{2}-\d{2}T00:00:00\.000Z$/.test(value)) return value.slice(0, 10);
  if (typeof value === "object") return JSON.stringify(value);
  return String(value);
}

/** Flattens a stored `changes` value ({ field: { before, after } } or { field: value }) for display. */
export function describeChanges(changes: unknown): HistoryEntry["changes"] {
  if (!changes || typeof changes !== "object" || Array.isArray(changes)) return [];
  return Object.entries(changes as Record<string, unknown>).map(([field, value]) => {
    if (value && typeof value === "object" && !Array.isArray(value) && ("before" in value || "after" in value)) {
      const v = value as { before?: unknown; after?: unknown };
      return { field, before: show(v.before), after: show(v.after) };
    }
    return { field, before: "–", after: show(value) };
  });
}

/** Audit events about one entity in one region, newest first. */
export async function entityHistory(
  tx: Tx,
  regionId: string,
  entityType: string,
  entityId: string,
  limit = 100,
): Promise<HistoryEntry[]> {
  const events = await tx.auditEvent.findMany({
    where: { regionId, entityType, entityId },
    select: { id: true, occurredAt: true, userId: true, userEmail: true, role: true, action: true, changes: true },
    orderBy: { id: "desc" },
    take: limit,
  });
  const userIds = [...new Set(events.map((e) => e.userId).filter((id): id is string => !!id))];
  const users = userIds.length
    ? await tx.user.findMany({ where: { id: { in: userIds } }, select: { id: true, name: true } })
    : [];
  const userNames = new Map(users.map((u) => [u.id, u.name]));
  const changes = events.map((e) => describeChanges(e.changes));
  const names = await disciplineNames(tx, changes);
  return events.map((e, i) => ({
    id: e.id.toString(),
    occurredAt: e.occurredAt,
    who: (e.userId && userNames.get(e.userId)) || e.userEmail || "–",
    role: e.role,
    action: e.action,
    changes: changes[i] ?? [],
    names,
  }));
}
