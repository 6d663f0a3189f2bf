// Partner organisations of a region (social domain, welfare, care, hospitals). Organisations are
// global; RegionPartner (region-scoped, RLS) ties them to the region. Coordinators create and edit
// only organisations that are a partner of their own region, and never insurers or municipalities.
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/authz/permissions";
import { withActor, type Tx } from "@/lib/db/with-actor";
import { diffFields, recordAudit } from "@/lib/domain/audit/service";
import { ConflictError, NotFoundError } from "@/lib/domain/errors";
import { networkScope, type NetworkScope } from "@/lib/domain/network/scope";
import { PARTNER_KINDS, PartnerInputSchema, type PartnerInput } from "@/lib/domain/partners/schema";
import { findRegionInTx, type RegionSummary } from "@/lib/domain/regions/service";
import { parseInput } from "@/lib/domain/shared/parse";
import type { Table } from "@/lib/domain/shared/spreadsheet";
import type { Messages } from "@/lib/i18n/messages";
import { parseId } from "@/lib/domain/shared/ids";
import { msg } from "@/lib/i18n/keys";

export type PartnerRow = {
  id: string;
  organisationId: string;
  name: string;
  kind: string;
  kvk: string | null;
  agb: string | null;
  city: string | null;
  website: string | null;
  description: string | null;
  wijkverbanden: number;
};

/** Partners the scope may see: all, or (municipality officers) those active in their municipality's wijkverbanden or social links. */
export async function partnerWhere(tx: Tx, regionId: string, scope: NetworkScope) {
  if (scope.kind === "all") return { regionId };
  const [members, links] = await Promise.all([
    tx.wijkverbandMember.findMany({
      where: { regionId, organisationId: { not: null }, wijkverband: { municipalityCode: { in: scope.codes } } },
      select: { organisationId: true },
    }),
    tx.socialLink.findMany({ where: { regionId, municipalityCode: { in: scope.codes } }, select: { organisationId: true } }),
  ]);
  const ids = [...new Set([...members.map((m) => m.organisationId as string), ...links.map((l) => l.organisationId)])];
  return { regionId, organisationId: { in: ids } };
}

async function loadPartners(tx: Tx, actor: Actor, region: RegionSummary): Promise<PartnerRow[]> {
  const scope = networkScope(actor, region.id);
  const partners = await tx.regionPartner.findMany({
    where: await partnerWhere(tx, region.id, scope),
    select: {
      id: true,
      description: true,
      organisation: {
        select: {
          id: true,
          name: true,
          kind: true,
          kvk: true,
          agb: true,
          city: true,
          website: true,
          _count: { select: { wijkverbandRoles: { where: { regionId: region.id } } } },
        },
      },
    },
    orderBy: { organisation: { name: "asc" } },
  });
  return partners.map((p) => ({
    id: p.id,
    organisationId: p.organisation.id,
    name: p.organisation.name,
    kind: p.organisation.kind,
    kvk: p.organisation.kvk,
    agb: p.organisation.agb,
    city: p.organisation.city,
    website: p.organisation.website,
    description: p.description,
    wijkverbanden: p.organisation._count.wijkverbandRoles,
  }));
}

export async function listPartners(
  actor: Actor,
  regionSlug: string,
): Promise<{ region: RegionSummary; rows: PartnerRow[]; mayEdit: boolean }> {
  return withActor(actor, async (tx) => {
    const region = await findRegionInTx(tx, actor, regionSlug);
    return { region, rows: await loadPartners(tx, actor, region), mayEdit: can(actor, "network.edit", { regionId: region.id }) };
  });
}

/** The partner list as one table for CSV/XLSX, in the reader's language. */
export async function exportPartners(actor: Actor, regionSlug: string, t: Messages): Promise<Table> {
  return withActor(actor, async (tx) => {
    const region = await findRegionInTx(tx, actor, regionSlug);
    const rows = await loadPartners(tx, actor, region);
    const c = t.exports.partners;
    const kinds: Record<string, string> = t.network.partnerKind;
    return {
      name: c.sheet,
      columns: [c.name, c.kind, c.kvk, c.agb, c.city, c.website, c.description, c.wijkverbanden],
      rows: rows.map((p) => [p.name, kinds[p.kind] ?? p.kind, p.kvk, p.agb, p.city, p.website, p.description, p.wijkverbanden]),
    };
  });
}

function organisationValues(data: ReturnType<typeof PartnerInputSchema.parse>) {
  return {
    name: data.name,
    kind: data.kind,
    kvk: data.kvk ?? null,
    agb: data.agb ?? null,
    city: data.city || null,
    website: data.website ?? null,
  };
}

export async function createPartner(actor: Actor, regionSlug: string, input: PartnerInput): Promise<{ id: string }> {
  const data = parseInput(PartnerInputSchema, input);
  return withActor(actor, async (tx) => {
    const region = await findRegionInTx(tx, actor, regionSlug);
    if (!can(actor, "network.edit", { regionId: region.id })) throw new NotFoundError(msg("errors.notFound.region"));
    const org = organisationValues(data);
    // createMany: the new organisation is not yet readable through RegionPartner, so no RETURNING.
    const organisationId = crypto.randomUUID();
    await tx.organisation.createMany({ data: [{ id: organisationId, ...org }] });
    const partner = await tx.regionPartner.create({
      data: { regionId: region.id, organisationId, description: data.description || null },
      select: { id: true },
    });
    await recordAudit(tx, actor, {
      regionId: region.id,
      action: "partner.create",
      entityType: "Organisation",
      entityId: organisationId,
      changes: diffFields({}, { ...org, description: data.description ?? null }),
    });
    return partner;
  });
}

/** Edits a partner of the region; insurers and municipalities are not editable here. */
export async function updatePartner(actor: Actor, regionSlug: string, partnerId: string, input: PartnerInput): Promise<void> {
  parseId(partnerId, msg("errors.notFound.partner"));
  const data = parseInput(PartnerInputSchema, input);
  await withActor(actor, async (tx) => {
    const region = await findRegionInTx(tx, actor, regionSlug);
    const partner = await tx.regionPartner.findFirst({
      where: { id: partnerId, regionId: region.id },
      select: { id: true, description: true, organisation: true },
    });
    if (
      !partner ||
      !can(actor, "network.edit", { regionId: region.id }) ||
      !(PARTNER_KINDS as readonly string[]).includes(partner.organisation.kind)
    ) {
      throw new NotFoundError(msg("errors.notFound.partner"));
    }
    const [{ regions }] = await tx.$queryRaw<
      [{ regions: number }]
    >`SELECT app_organisation_region_count(${partner.organisation.id}::uuid) AS regions`;
    if (regions > 1) {
      throw new ConflictError(msg("errors.network.partnerElsewhere"));
    }
    const org = organisationValues(data);
    const changes = diffFields({ ...partner.organisation, description: partner.description } as Record<string, unknown>, {
      ...org,
      description: data.description || null,
    });
    if (Object.keys(changes).length === 0) return;
    await tx.organisation.update({ where: { id: partner.organisation.id }, data: org, select: { id: true } });
    await tx.regionPartner.update({
      where: { regionId_id: { regionId: region.id, id: partner.id } },
      data: { description: data.description || null },
      select: { id: true },
    });
    await recordAudit(tx, actor, {
      regionId: region.id,
      action: "partner.update",
      entityType: "Organisation",
      entityId: partner.organisation.id,
      changes,
    });
  });
}

export async function getPartnerFormData(actor: Actor, regionSlug: string, partnerId: string) {
  parseId(partnerId, msg("errors.notFound.partner"));
  return withActor(actor, async (tx) => {
    const region = await findRegionInTx(tx, actor, regionSlug);
    if (!can(actor, "network.edit", { regionId: region.id })) throw new NotFoundError(msg("errors.notFound.page"));
    const partner = await tx.regionPartner.findFirst({
      where: { id: partnerId, regionId: region.id },
      select: { id: true, description: true, organisation: true },
    });
    if (!partner || !(PARTNER_KINDS as readonly string[]).includes(partner.organisation.kind))
      throw new NotFoundError(msg("errors.notFound.partner"));
    const o = partner.organisation;
    return {
      region,
      partner: {
        id: partner.id,
        values: {
          name: o.name,
          kind: o.kind,
          kvk: o.kvk ?? "",
          agb: o.agb ?? "",
          city: o.city ?? "",
          website: o.website ?? "",
          description: partner.description ?? "",
        },
      },
    };
  });
}
