// The disciplines catalogue is global: only the platform admin edits it (system client after an
// explicit platform-admin check), audited without a region.
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/authz/permissions";
import { systemDb } from "@/lib/db/client";
import { diffFields, recordAudit } from "@/lib/domain/audit/service";
import { ConflictError, NotFoundError } from "@/lib/domain/errors";
import { parseInput } from "@/lib/domain/shared/parse";
import { parseId } from "@/lib/domain/shared/ids";
import { msg } from "@/lib/i18n/keys";
import { DisciplineInputSchema, type DisciplineInput } from "@/lib/domain/admin/schema";

function requireAdmin(actor: Actor) {
  if (!can(actor, "platform.admin", {})) throw new NotFoundError();
}

export async function listDisciplines(actor: Actor) {
  requireAdmin(actor);
  const rows = await systemDb.discipline.findMany({
    select: {
      id: true,
      code: true,
      name: true,
      nameEn: true,
      category: true,
      sortOrder: true,
      active: true,
      _count: { select: { practices: true } },
    },
    orderBy: [{ sortOrder: "asc" }, { name: "asc" }],
  });
  return rows.map(({ _count, ...d }) => ({ ...d, practices: _count.practices }));
}

export async function createDiscipline(actor: Actor, input: DisciplineInput): Promise<{ id: string }> {
  requireAdmin(actor);
  const data = parseInput(DisciplineInputSchema, input);
  return systemDb.$transaction(async (tx) => {
    if (await tx.discipline.findUnique({ where: { code: data.code }, select: { id: true } })) {
      throw new ConflictError(msg("errors.network.codeExistsNamed", { code: data.code }), {
        code: [msg("errors.network.codeExists")],
      });
    }
    const created = await tx.discipline.create({ data, select: { id: true } });
    await recordAudit(tx, actor, {
      regionId: null,
      action: "discipline.create",
      entityType: "Discipline",
      entityId: created.id,
      changes: diffFields({}, data),
    });
    return created;
  });
}

/** Edits name, category, order and whether it is offered; the code stays (imports refer to it). */
export async function updateDiscipline(actor: Actor, id: string, input: DisciplineInput): Promise<void> {
  parseId(id, msg("errors.notFound.discipline"));
  requireAdmin(actor);
  const { code: _code, ...data } = parseInput(DisciplineInputSchema, input);
  await systemDb.$transaction(async (tx) => {
    const existing = await tx.discipline.findUnique({ where: { id } });
    if (!existing) throw new NotFoundError(msg("errors.notFound.discipline"));
    const changes = diffFields(existing as unknown as Record<string, unknown>, data);
    if (Object.keys(changes).length === 0) return;
    await tx.discipline.update({ where: { id }, data });
    await recordAudit(tx, actor, {
      regionId: null,
      action: "discipline.update",
      entityType: "Discipline",
      entityId: id,
      changes,
    });
  });
}
