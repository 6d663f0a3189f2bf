// The disciplines catalogue is global: only the platform admin edits it (system client after an
// explicit platform-admin check), audited without a region.
import { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { isPlatformAdmin } from "@/lib/authz/permissions";
import { systemDb } from "@/lib/db/client";
import { diffFields, recordAudit } from "@/lib/domain/audit/service";
import { ConflictError, NotFoundError } from "@/lib/domain/errors";
import { parseInput } from "@/lib/domain/shared/parse";

export const DISCIPLINE_CATEGORIES = { medical: "Medisch", paramedical: "Paramedisch", social: "Sociaal" } as const;

export const DisciplineInputSchema = z.object({
  code: z
    .string()
    .trim()
    .toLowerCase()
    .regex(/^[a-z][a-z0-9_]{1,49}$/, "Een code bestaat uit kleine letters, cijfers en _, bijvoorbeeld podotherapie."),
  name: z.string().trim().min(2, "Geef de Nederlandse naam.").max(80, "Gebruik hoogstens 80 tekens."),
  nameEn: z.string().trim().min(2, "Geef de Engelse naam.").max(80, "Gebruik hoogstens 80 tekens."),
  category: z.enum(["medical", "paramedical", "social"], { message: "Kies een categorie." }),
  sortOrder: z.coerce.number({ message: "Geef een volgorde als heel getal." }).int("Geef een volgorde als heel getal.").min(0).max(10_000),
  active: z.union([z.boolean(), z.literal("on"), z.literal("true")]).optional().transform((v) => v === true || v === "on" || v === "true"),
});
export type DisciplineInput = z.input<typeof DisciplineInputSchema>;

function requireAdmin(actor: Actor) {
  if (!isPlatformAdmin(actor)) throw new NotFoundError();
}

export async function listDisciplines(actor: Actor) {
  requireAdmin(actor);
  const rows = await systemDb.discipline.findMany({
    select: { id: true, code: true, name: true, nameEn: true, category: true, sortOrder: true, active: true, _count: { select: { practices: true } } },
    orderBy: [{ sortOrder: "asc" }, { name: "asc" }],
  });
  return rows.map(({ _count, ...d }) => ({ ...d, practices: _count.practices }));
}

export async function createDiscipline(actor: Actor, input: DisciplineInput): Promise<{ id: string }> {
  requireAdmin(actor);
  const data = parseInput(DisciplineInputSchema, input);
  return systemDb.$transaction(async (tx) => {
    if (await tx.discipline.findUnique({ where: { code: data.code }, select: { id: true } })) {
      throw new ConflictError(`De code ${data.code} bestaat al.`, { code: ["Deze code bestaat al."] });
    }
    const created = await tx.discipline.create({ data, select: { id: true } });
    await recordAudit(tx, actor, { regionId: null, action: "discipline.create", entityType: "Discipline", entityId: created.id, changes: diffFields({}, data) });
    return created;
  });
}

/** Edits name, category, order and whether it is offered; the code stays (imports refer to it). */
export async function updateDiscipline(actor: Actor, id: string, input: DisciplineInput): Promise<void> {
  requireAdmin(actor);
  const { code: _code, ...data } = parseInput(DisciplineInputSchema, input);
  await systemDb.$transaction(async (tx) => {
    const existing = await tx.discipline.findUnique({ where: { id } });
    if (!existing) throw new NotFoundError("Deze discipline bestaat niet.");
    const changes = diffFields(existing as unknown as Record<string, unknown>, data);
    if (Object.keys(changes).length === 0) return;
    await tx.discipline.update({ where: { id }, data });
    await recordAudit(tx, actor, { regionId: null, action: "discipline.update", entityType: "Discipline", entityId: id, changes });
  });
}
