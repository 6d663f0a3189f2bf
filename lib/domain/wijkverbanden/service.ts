// Wijkverbanden: list (scoped to the actor's municipalities where that applies), detail with the
// core-team check and practices per discipline, and the coordinator's mutations (all audited).
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/authz/permissions";
import { withActor, type Tx } from "@/lib/db/with-actor";
import { linksOfWijkverbandInTx, type LinkRow } from "@/lib/domain/social/service";
import { entityHistory, type HistoryEntry } from "@/lib/domain/audit/history";
import { diffFields, recordAudit } from "@/lib/domain/audit/service";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/domain/errors";
import { municipalityNames, municipalityWhere, networkScope, visibleMunicipalities } from "@/lib/domain/network/scope";
import { findRegionInTx, type RegionSummary } from "@/lib/domain/regions/service";
import { parseInput } from "@/lib/domain/shared/parse";
import type { Table } from "@/lib/domain/shared/spreadsheet";
import type { Messages } from "@/lib/i18n/messages";
import { coreTeamStatus, type CoreRole } from "@/lib/domain/wijkverbanden/core-team";
import {
  MemberInputSchema,
  WijkverbandInputSchema,
  type MemberInput,
  type WijkverbandInput,
} from "@/lib/domain/wijkverbanden/schema";
import { gemeenteFilter, parseId, urlText } from "@/lib/domain/shared/ids";
import { msg } from "@/lib/i18n/keys";
import { DISCIPLINE_NAMES, disciplineName, type LocalizedName } from "@/lib/i18n/names";

export type WijkverbandRow = {
  id: string;
  name: string;
  municipalityCode: string;
  municipality: string;
  wijkCodes: string[];
  inhabitants: number | null;
  coordinatorName: string | null;
  members: number;
  coreComplete: boolean;
  missing: CoreRole[];
  archived: boolean;
};

export type WijkverbandList = {
  region: RegionSummary;
  rows: WijkverbandRow[];
  mayEdit: boolean;
  municipalities: { code: string; name: string }[];
};

export type WijkverbandFilters = { archived: boolean; gemeente?: string };

/** Reads the list's URL parameters (?gemeente=&archief=1), shared by the page and its export. */
export function parseWijkverbandFilters(params: Record<string, string | string[] | undefined>): WijkverbandFilters {
  return { gemeente: gemeenteFilter(params.gemeente), archived: urlText(params.archief) === "1" };
}

async function loadRows(tx: Tx, actor: Actor, region: RegionSummary, options: { archived: boolean; gemeente?: string }) {
  const scope = networkScope(actor, region.id);
  const [rows, municipalities] = await Promise.all([
    tx.wijkverband.findMany({
      where: {
        regionId: region.id,
        ...(options.archived ? {} : { archivedAt: null }),
        ...(options.gemeente ? { municipalityCode: options.gemeente } : {}),
        AND: [municipalityWhere(scope)],
      },
      select: {
        id: true,
        name: true,
        municipalityCode: true,
        wijkCodes: true,
        inhabitants: true,
        coordinatorName: true,
        coordinatorEmail: true,
        archivedAt: true,
        members: { select: { role: true } },
      },
      orderBy: { name: "asc" },
    }),
    municipalityNames(tx, visibleMunicipalities(scope, region.municipalityCodes)),
  ]);
  const names = new Map(municipalities.map((m) => [m.code, m.name]));
  return {
    municipalities,
    rows: rows.map((w) => {
      const core = coreTeamStatus(w.members.map((m) => m.role));
      return {
        id: w.id,
        name: w.name,
        municipalityCode: w.municipalityCode,
        municipality: names.get(w.municipalityCode) ?? w.municipalityCode,
        wijkCodes: w.wijkCodes,
        inhabitants: w.inhabitants,
        coordinatorName: w.coordinatorName,
        coordinatorEmail: w.coordinatorEmail,
        members: w.members.length,
        coreComplete: core.complete,
        missing: core.missing,
        archived: w.archivedAt !== null,
      };
    }),
  };
}

export async function listWijkverbanden(
  actor: Actor,
  regionSlug: string,
  options: { archived?: boolean; gemeente?: string } = {},
): Promise<WijkverbandList> {
  return withActor(actor, async (tx) => {
    const region = await findRegionInTx(tx, actor, regionSlug);
    const { rows, municipalities } = await loadRows(tx, actor, region, {
      archived: !!options.archived,
      gemeente: options.gemeente,
    });
    return { region, rows, municipalities, mayEdit: can(actor, "network.edit", { regionId: region.id }) };
  });
}

export async function exportWijkverbanden(
  actor: Actor,
  regionSlug: string,
  options: { archived?: boolean; gemeente?: string },
  t: Messages,
): Promise<Table> {
  return withActor(actor, async (tx) => {
    const region = await findRegionInTx(tx, actor, regionSlug);
    const { rows } = await loadRows(tx, actor, region, { archived: !!options.archived, gemeente: options.gemeente });
    const c = t.exports.wijkverbanden;
    const yesNo = (value: boolean) => (value ? t.exports.yes : t.exports.no);
    return {
      name: c.sheet,
      columns: [
        c.name,
        c.municipality,
        c.municipalityCode,
        c.wijkCodes,
        c.inhabitants,
        c.coordinator,
        c.coordinatorEmail,
        c.members,
        c.coreComplete,
        c.missing,
        c.archived,
      ],
      rows: rows.map((w) => [
        w.name,
        w.municipality,
        w.municipalityCode,
        w.wijkCodes.join(", "),
        w.inhabitants,
        w.coordinatorName,
        w.coordinatorEmail,
        w.members,
        yesNo(w.coreComplete),
        w.missing.map((role) => t.network.coreRole[role]).join(", "),
        yesNo(w.archived),
      ]),
    };
  });
}

export type WijkverbandDetail = {
  region: RegionSummary;
  wijkverband: {
    id: string;
    name: string;
    municipalityCode: string;
    municipality: string;
    wijkCodes: string[];
    inhabitants: number | null;
    coordinatorName: string | null;
    coordinatorEmail: string | null;
    archived: boolean;
  };
  core: { complete: boolean; missing: CoreRole[] };
  members: (
    | {
        id: string;
        kind: "practice";
        refId: string;
        name: string;
        discipline: LocalizedName | null;
        archived: boolean;
        role: string;
      }
    | { id: string; kind: "organisation"; refId: string; name: string; organisationKind: string; role: string }
  )[];
  practicesByDiscipline: { code: string; discipline: LocalizedName; practices: { id: string; name: string; role: string }[] }[];
  /** Practices located in the wijkverband's wijken that are not (yet) members. */
  nonMemberPractices: { id: string; name: string; discipline: LocalizedName }[];
  /** For the add-member form (coordinators only). */
  candidates: { practices: { id: string; name: string }[]; organisations: { id: string; name: string }[] } | null;
  mayEdit: boolean;
  history: HistoryEntry[] | null;
  /** Social-domain links that reach the wijkverband (those the actor may read). */
  socialLinks: LinkRow[];
};

async function findWijkverband(tx: Tx, actor: Actor, region: RegionSummary, id: string) {
  parseId(id, msg("errors.notFound.wijkverband"));
  const wijkverband = await tx.wijkverband.findFirst({ where: { id, regionId: region.id } });
  if (!wijkverband || !can(actor, "network.read", { regionId: region.id, municipalityCode: wijkverband.municipalityCode })) {
    throw new NotFoundError(msg("errors.notFound.wijkverband"));
  }
  return wijkverband;
}

export async function getWijkverband(actor: Actor, regionSlug: string, id: string): Promise<WijkverbandDetail> {
  return withActor(actor, async (tx) => {
    const region = await findRegionInTx(tx, actor, regionSlug);
    const wv = await findWijkverband(tx, actor, region, id);
    const mayEdit = can(actor, "network.edit", { regionId: region.id });
    const members = await tx.wijkverbandMember.findMany({
      where: { regionId: region.id, wijkverbandId: wv.id },
      select: { id: true, role: true, practiceId: true, organisation: { select: { id: true, name: true, kind: true } } },
      orderBy: { createdAt: "asc" },
    });
    const practiceIds = members.map((m) => m.practiceId).filter((p): p is string => !!p);
    const [practices, nonMembers, names] = await Promise.all([
      tx.practice.findMany({
        where: { regionId: region.id, id: { in: practiceIds } },
        select: {
          id: true,
          name: true,
          archivedAt: true,
          discipline: { select: { code: true, sortOrder: true, ...DISCIPLINE_NAMES } },
        },
      }),
      wv.wijkCodes.length
        ? tx.practice.findMany({
            where: { regionId: region.id, archivedAt: null, wijkCode: { in: wv.wijkCodes }, id: { notIn: practiceIds } },
            select: { id: true, name: true, discipline: { select: DISCIPLINE_NAMES } },
            orderBy: { name: "asc" },
          })
        : [],
      municipalityNames(tx, [wv.municipalityCode]),
    ]);
    const practiceById = new Map(practices.map((p) => [p.id, p]));
    const memberRows = members.map((m) => {
      if (m.practiceId) {
        const p = practiceById.get(m.practiceId);
        return {
          id: m.id,
          kind: "practice" as const,
          refId: m.practiceId,
          name: p?.name ?? "–",
          discipline: p ? disciplineName(p.discipline) : null,
          archived: p?.archivedAt != null,
          role: m.role,
        };
      }
      return {
        id: m.id,
        kind: "organisation" as const,
        refId: m.organisation?.id ?? "",
        name: m.organisation?.name ?? "–",
        organisationKind: m.organisation?.kind ?? "other",
        role: m.role,
      };
    });
    const byDiscipline = new Map<
      string,
      { sortOrder: number; discipline: LocalizedName; practices: { id: string; name: string; role: string }[] }
    >();
    for (const m of members) {
      const p = m.practiceId ? practiceById.get(m.practiceId) : undefined;
      if (!p) continue;
      const group = byDiscipline.get(p.discipline.code) ?? {
        sortOrder: p.discipline.sortOrder,
        discipline: disciplineName(p.discipline),
        practices: [],
      };
      group.practices.push({ id: p.id, name: p.name, role: m.role });
      byDiscipline.set(p.discipline.code, group);
    }
    let candidates: WijkverbandDetail["candidates"] = null;
    if (mayEdit) {
      const [candidatePractices, partners] = await Promise.all([
        tx.practice.findMany({
          where: { regionId: region.id, archivedAt: null, municipalityCode: wv.municipalityCode, id: { notIn: practiceIds } },
          select: { id: true, name: true },
          orderBy: { name: "asc" },
          take: 500,
        }),
        tx.regionPartner.findMany({
          where: { regionId: region.id },
          select: { organisation: { select: { id: true, name: true } } },
          orderBy: { organisation: { name: "asc" } },
        }),
      ]);
      candidates = { practices: candidatePractices, organisations: partners.map((p) => p.organisation) };
    }
    const history = can(actor, "audit.read", { regionId: region.id })
      ? await entityHistory(tx, region.id, "Wijkverband", wv.id)
      : null;
    return {
      region,
      wijkverband: {
        id: wv.id,
        name: wv.name,
        municipalityCode: wv.municipalityCode,
        municipality: names[0]?.name ?? wv.municipalityCode,
        wijkCodes: wv.wijkCodes,
        inhabitants: wv.inhabitants,
        coordinatorName: wv.coordinatorName,
        coordinatorEmail: wv.coordinatorEmail,
        archived: wv.archivedAt !== null,
      },
      core: coreTeamStatus(members.map((m) => m.role)),
      members: memberRows,
      practicesByDiscipline: [...byDiscipline.entries()]
        .sort((a, b) => a[1].sortOrder - b[1].sortOrder)
        .map(([code, g]) => ({
          code,
          discipline: g.discipline,
          practices: g.practices.sort((a, b) => a.name.localeCompare(b.name, "nl")),
        })),
      nonMemberPractices: nonMembers.map((p) => ({ id: p.id, name: p.name, discipline: disciplineName(p.discipline) })),
      candidates,
      mayEdit,
      history,
      socialLinks: await linksOfWijkverbandInTx(tx, actor, region.id, wv.id),
    };
  });
}

export type WijkverbandFormData = {
  region: RegionSummary;
  municipalities: { code: string; name: string }[];
  wijkverband: { id: string; archived: boolean; values: Record<string, string> } | null;
};

export async function getWijkverbandFormData(actor: Actor, regionSlug: string, id?: string): Promise<WijkverbandFormData> {
  if (id !== undefined) parseId(id, msg("errors.notFound.wijkverband"));
  return withActor(actor, async (tx) => {
    const region = await findRegionInTx(tx, actor, regionSlug);
    if (!can(actor, "network.edit", { regionId: region.id })) throw new NotFoundError(msg("errors.notFound.page"));
    const wv = id ? await tx.wijkverband.findFirst({ where: { id, regionId: region.id } }) : null;
    if (id && !wv) throw new NotFoundError(msg("errors.notFound.wijkverband"));
    return {
      region,
      municipalities: await municipalityNames(tx, region.municipalityCodes),
      wijkverband: wv
        ? {
            id: wv.id,
            archived: wv.archivedAt !== null,
            values: {
              name: wv.name,
              municipalityCode: wv.municipalityCode,
              wijkCodes: wv.wijkCodes.join(", "),
              inhabitants: wv.inhabitants === null ? "" : String(wv.inhabitants),
              coordinatorName: wv.coordinatorName ?? "",
              coordinatorEmail: wv.coordinatorEmail ?? "",
            },
          }
        : null,
    };
  });
}

// ───────────────────────── mutations ─────────────────────────

function values(data: ReturnType<typeof WijkverbandInputSchema.parse>) {
  return {
    name: data.name,
    municipalityCode: data.municipalityCode,
    wijkCodes: data.wijkCodes,
    inhabitants: data.inhabitants ?? null,
    coordinatorName: data.coordinatorName || null,
    coordinatorEmail: data.coordinatorEmail || null,
  };
}

async function editableRegion(tx: Tx, actor: Actor, regionSlug: string) {
  const region = await findRegionInTx(tx, actor, regionSlug);
  if (!can(actor, "network.edit", { regionId: region.id })) throw new NotFoundError(msg("errors.notFound.region"));
  return region;
}

function checkMunicipality(region: RegionSummary, code: string) {
  if (!region.municipalityCodes.includes(code)) {
    throw new ValidationError(msg("validation.checkFields"), {
      municipalityCode: [msg("errors.network.municipalityNotInRegion")],
    });
  }
}

async function assertNameFree(tx: Tx, regionId: string, name: string, exceptId?: string) {
  const existing = await tx.wijkverband.findFirst({
    where: { regionId, name: { equals: name, mode: "insensitive" }, ...(exceptId ? { id: { not: exceptId } } : {}) },
    select: { id: true },
  });
  if (existing)
    throw new ConflictError(msg("errors.network.wijkverbandNameInUse", { name }), {
      name: [msg("errors.network.nameInUse")],
    });
}

export async function createWijkverband(actor: Actor, regionSlug: string, input: WijkverbandInput): Promise<{ id: string }> {
  const data = values(parseInput(WijkverbandInputSchema, input));
  return withActor(actor, async (tx) => {
    const region = await editableRegion(tx, actor, regionSlug);
    checkMunicipality(region, data.municipalityCode);
    await assertNameFree(tx, region.id, data.name);
    const created = await tx.wijkverband.create({ data: { ...data, regionId: region.id }, select: { id: true } });
    await recordAudit(tx, actor, {
      regionId: region.id,
      action: "wijkverband.create",
      entityType: "Wijkverband",
      entityId: created.id,
      changes: diffFields({}, data),
    });
    return created;
  });
}

export async function updateWijkverband(actor: Actor, regionSlug: string, id: string, input: WijkverbandInput): Promise<void> {
  parseId(id, msg("errors.notFound.wijkverband"));
  const data = values(parseInput(WijkverbandInputSchema, input));
  await withActor(actor, async (tx) => {
    const region = await editableRegion(tx, actor, regionSlug);
    const existing = await tx.wijkverband.findFirst({ where: { id, regionId: region.id } });
    if (!existing) throw new NotFoundError(msg("errors.notFound.wijkverband"));
    checkMunicipality(region, data.municipalityCode);
    await assertNameFree(tx, region.id, data.name, id);
    const changes = diffFields(existing as unknown as Record<string, unknown>, data);
    if (Object.keys(changes).length === 0) return;
    await tx.wijkverband.update({ where: { regionId_id: { regionId: region.id, id } }, data });
    await recordAudit(tx, actor, {
      regionId: region.id,
      action: "wijkverband.update",
      entityType: "Wijkverband",
      entityId: id,
      changes,
    });
  });
}

export async function setWijkverbandArchived(actor: Actor, regionSlug: string, id: string, archived: boolean): Promise<void> {
  parseId(id, msg("errors.notFound.wijkverband"));
  await withActor(actor, async (tx) => {
    const region = await editableRegion(tx, actor, regionSlug);
    const existing = await tx.wijkverband.findFirst({ where: { id, regionId: region.id }, select: { archivedAt: true } });
    if (!existing) throw new NotFoundError(msg("errors.notFound.wijkverband"));
    if ((existing.archivedAt !== null) === archived) return;
    const archivedAt = archived ? new Date() : null;
    await tx.wijkverband.update({ where: { regionId_id: { regionId: region.id, id } }, data: { archivedAt } });
    await recordAudit(tx, actor, {
      regionId: region.id,
      action: archived ? "wijkverband.archive" : "wijkverband.unarchive",
      entityType: "Wijkverband",
      entityId: id,
      changes: { archivedAt: { before: existing.archivedAt?.toISOString() ?? null, after: archivedAt?.toISOString() ?? null } },
    });
  });
}

/** Adds a practice of the region or a partner organisation of the region, with its role. */
export async function addWijkverbandMember(
  actor: Actor,
  regionSlug: string,
  wijkverbandId: string,
  input: MemberInput,
): Promise<void> {
  parseId(wijkverbandId, msg("errors.notFound.wijkverband"));
  const data = parseInput(MemberInputSchema, input);
  await withActor(actor, async (tx) => {
    const region = await editableRegion(tx, actor, regionSlug);
    const wv = await tx.wijkverband.findFirst({ where: { id: wijkverbandId, regionId: region.id }, select: { id: true } });
    if (!wv) throw new NotFoundError(msg("errors.notFound.wijkverband"));
    let name: string;
    if (data.kind === "practice") {
      const practice = await tx.practice.findFirst({ where: { id: data.id, regionId: region.id }, select: { name: true } });
      if (!practice)
        throw new ValidationError(msg("validation.checkFields"), { member: [msg("errors.network.practiceNotInRegion")] });
      name = practice.name;
    } else {
      const partner = await tx.regionPartner.findFirst({
        where: { regionId: region.id, organisationId: data.id },
        select: { organisation: { select: { name: true } } },
      });
      if (!partner)
        throw new ValidationError(msg("validation.checkFields"), {
          member: [msg("errors.network.notAPartner")],
        });
      name = partner.organisation.name;
    }
    const duplicate = await tx.wijkverbandMember.findFirst({
      where: {
        regionId: region.id,
        wijkverbandId,
        role: data.role,
        ...(data.kind === "practice" ? { practiceId: data.id } : { organisationId: data.id }),
      },
      select: { id: true },
    });
    if (duplicate)
      throw new ConflictError(msg("errors.network.alreadyMemberNamed", { name, role: data.role }), {
        member: [msg("errors.network.alreadyMember")],
      });
    await tx.wijkverbandMember.create({
      data: {
        regionId: region.id,
        wijkverbandId,
        role: data.role,
        ...(data.kind === "practice" ? { practiceId: data.id } : { organisationId: data.id }),
      },
      select: { id: true },
    });
    await recordAudit(tx, actor, {
      regionId: region.id,
      action: "wijkverband.member.add",
      entityType: "Wijkverband",
      entityId: wijkverbandId,
      changes: { lid: { before: null, after: `${name} (${data.role})` } },
    });
  });
}

export async function removeWijkverbandMember(
  actor: Actor,
  regionSlug: string,
  wijkverbandId: string,
  memberId: string,
): Promise<void> {
  parseId(memberId, msg("errors.notFound.member"));
  parseId(wijkverbandId, msg("errors.notFound.wijkverband"));
  await withActor(actor, async (tx) => {
    const region = await editableRegion(tx, actor, regionSlug);
    const member = await tx.wijkverbandMember.findFirst({
      where: { id: memberId, wijkverbandId, regionId: region.id },
      select: { id: true, role: true, practiceId: true, organisation: { select: { name: true } } },
    });
    if (!member) throw new NotFoundError(msg("errors.notFound.member"));
    const name = member.practiceId
      ? ((await tx.practice.findFirst({ where: { id: member.practiceId, regionId: region.id }, select: { name: true } }))?.name ??
        "praktijk")
      : (member.organisation?.name ?? "organisatie");
    await tx.wijkverbandMember.delete({ where: { regionId_id: { regionId: region.id, id: member.id } } });
    await recordAudit(tx, actor, {
      regionId: region.id,
      action: "wijkverband.member.remove",
      entityType: "Wijkverband",
      entityId: wijkverbandId,
      changes: { lid: { before: `${name} (${member.role})`, after: null } },
    });
  });
}
