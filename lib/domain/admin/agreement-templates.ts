// The agreement templates are global data: only the platform admin edits them (system client after
// an explicit platform-admin check), audited without a region. Coordinators read the active ones.
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/authz/permissions";
import { systemDb } from "@/lib/db/client";
import { TemplateInputSchema, type TemplateInput } from "@/lib/domain/agreements/schema";
import { diffFields, recordAudit } from "@/lib/domain/audit/service";
import { ConflictError, NotFoundError } from "@/lib/domain/errors";
import { isId } from "@/lib/domain/shared/ids";
import { parseInput } from "@/lib/domain/shared/parse";
import { msg } from "@/lib/i18n/keys";

function requireAdmin(actor: Actor) {
  if (!can(actor, "platform.admin", {})) throw new NotFoundError();
}

export type TemplateRow = {
  id: string;
  key: string;
  title: string;
  topic: string;
  body: string;
  sortOrder: number;
  active: boolean;
  updatedAt: Date;
};

export async function listAgreementTemplates(actor: Actor): Promise<TemplateRow[]> {
  requireAdmin(actor);
  return systemDb.agreementTemplate.findMany({
    select: { id: true, key: true, title: true, topic: true, body: true, sortOrder: true, active: true, updatedAt: true },
    orderBy: [{ sortOrder: "asc" }, { title: "asc" }],
  });
}

export async function getAgreementTemplate(actor: Actor, id: string): Promise<TemplateRow> {
  requireAdmin(actor);
  const row = isId(id)
    ? await systemDb.agreementTemplate.findUnique({
        where: { id },
        select: { id: true, key: true, title: true, topic: true, body: true, sortOrder: true, active: true, updatedAt: true },
      })
    : null;
  if (!row) throw new NotFoundError(msg("errors.notFound.template"));
  return row;
}

export async function createAgreementTemplate(actor: Actor, input: TemplateInput): Promise<{ id: string }> {
  requireAdmin(actor);
  const data = parseInput(TemplateInputSchema, input);
  return systemDb.$transaction(async (tx) => {
    if (await tx.agreementTemplate.findUnique({ where: { key: data.key }, select: { id: true } })) {
      throw new ConflictError(msg("errors.agreements.keyExistsNamed", { key: data.key }), {
        key: [msg("errors.agreements.keyExists")],
      });
    }
    const created = await tx.agreementTemplate.create({ data, select: { id: true } });
    await recordAudit(tx, actor, {
      regionId: null,
      action: "agreementTemplate.create",
      entityType: "AgreementTemplate",
      entityId: created.id,
      changes: { key: data.key, title: data.title, topic: data.topic, body: `${data.body.length} tekens` },
    });
    return created;
  });
}

/** Edits title, topic, text, order and whether coordinators are offered it; the key stays. */
export async function updateAgreementTemplate(actor: Actor, id: string, input: TemplateInput): Promise<void> {
  requireAdmin(actor);
  const { key: _key, ...data } = parseInput(TemplateInputSchema, input);
  await systemDb.$transaction(async (tx) => {
    const existing = isId(id) ? await tx.agreementTemplate.findUnique({ where: { id } }) : null;
    if (!existing) throw new NotFoundError(msg("errors.notFound.template"));
    const { body, ...rest } = data;
    const changes = diffFields(existing as unknown as Record<string, unknown>, rest);
    if (existing.body !== body) changes.body = { before: `${existing.body.length} tekens`, after: `${body.length} tekens` };
    if (Object.keys(changes).length === 0) return;
    await tx.agreementTemplate.update({ where: { id }, data });
    await recordAudit(tx, actor, {
      regionId: null,
      action: "agreementTemplate.update",
      entityType: "AgreementTemplate",
      entityId: id,
      changes,
    });
  });
}
