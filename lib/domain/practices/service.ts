import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/authz/permissions";
import { withActor, type Tx } from "@/lib/db/with-actor";
import type { Prisma } from "@/lib/generated/prisma/client";
import { linksOfPracticeInTx, type LinkRow } from "@/lib/domain/social/service";
import { entityHistory, type HistoryEntry } from "@/lib/domain/audit/history";
import { diffFields, recordAudit } from "@/lib/domain/audit/service";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/domain/errors";
import {
  PracticeDetailsSchema,
  PracticeInputSchema,
  type PracticeData,
  type PracticeDetailsInput,
  type PracticeInput,
} from "@/lib/domain/practices/schema";
import { parseInput } from "@/lib/domain/shared/parse";
import { activeDisciplines, municipalityNames } from "@/lib/domain/network/scope";
import { findRegionInTx, type RegionSummary } from "@/lib/domain/regions/service";
import { parseId } from "@/lib/domain/shared/ids";
import { msg } from "@/lib/i18n/keys";
import { DISCIPLINE_NAMES, disciplineName, type LocalizedName } from "@/lib/i18n/names";

export type AcknowledgementState = "accepted" | "objection" | "open";

export type PracticeOverview = {
  region: RegionSummary;
  practice: {
    id: string;
    name: string;
    discipline: LocalizedName;
    agb: string | null;
    kvk: string | null;
    street: string | null;
    houseNumber: string | null;
    postcode: string | null;
    city: string | null;
    municipalityCode: string;
    wijkCode: string | null;
    registeredPatients: number | null;
    registeredPatientsAsOf: Date | null;
    phone: string | null;
    email: string | null;
    website: string | null;
    archivedAt: Date | null;
  };
  wijkverbanden: { id: string; name: string }[];
  agreements: {
    versionId: string;
    title: string;
    wijkverband: string;
    versionNumber: number;
    effectiveDate: Date;
    state: AcknowledgementState;
  }[];
  mayAcknowledge: boolean;
  /** Coordinator: edit everything and archive. */
  mayEdit: boolean;
  /** Coordinator or the practice's own holder: contact details and registered patients. */
  mayEditDetails: boolean;
  /** The change history, for those who may see it (coordinators, admins, the practice's holder); else null. */
  history: HistoryEntry[] | null;
  /** Social-domain links that reach the practice (directly or through its wijkverbanden), for those who may read them. */
  socialLinks: LinkRow[];
};

/** A practice with its wijkverbanden and their published agreements, loaded with its region (404 otherwise). */
export async function getPracticeOverview(actor: Actor, regionSlug: string, practiceId: string): Promise<PracticeOverview> {
  parseId(practiceId, msg("errors.notFound.practice"));
  return withActor(actor, async (tx) => {
    const region = await findRegionInTx(tx, actor, regionSlug);
    const practice = await tx.practice.findFirst({
      where: { id: practiceId, regionId: region.id },
      select: {
        id: true,
        name: true,
        agb: true,
        kvk: true,
        street: true,
        houseNumber: true,
        postcode: true,
        city: true,
        municipalityCode: true,
        wijkCode: true,
        registeredPatients: true,
        registeredPatientsAsOf: true,
        phone: true,
        email: true,
        website: true,
        archivedAt: true,
        discipline: { select: DISCIPLINE_NAMES },
      },
    });
    if (!practice || !can(actor, "network.read", { regionId: region.id, municipalityCode: practice.municipalityCode })) {
      throw new NotFoundError(msg("errors.notFound.practice"));
    }
    const memberships = await tx.wijkverbandMember.findMany({
      where: { regionId: region.id, practiceId: practice.id },
      select: { wijkverband: { select: { id: true, name: true } } },
    });
    const wijkverbandIds = memberships.map((m) => m.wijkverband.id);
    const versions = await tx.agreementVersion.findMany({
      where: { regionId: region.id, status: "gepubliceerd", agreement: { wijkverbandId: { in: wijkverbandIds } } },
      select: {
        id: true,
        versionNumber: true,
        effectiveDate: true,
        agreement: { select: { title: true, wijkverband: { select: { name: true } } } },
        acknowledgements: { where: { practiceId: practice.id }, select: { decision: true } },
      },
      orderBy: { effectiveDate: "desc" },
    });
    const { discipline, ...rest } = practice;
    const resource = { regionId: region.id, practiceId: practice.id };
    const mayEditDetails = can(actor, "practice.editDetails", resource);
    const history =
      can(actor, "audit.read", { regionId: region.id }) || mayEditDetails
        ? await entityHistory(tx, region.id, "Practice", practice.id)
        : null;
    return {
      region,
      practice: { ...rest, discipline: disciplineName(discipline) },
      wijkverbanden: memberships.map((m) => m.wijkverband),
      agreements: versions.map((v) => ({
        versionId: v.id,
        title: v.agreement.title,
        wijkverband: v.agreement.wijkverband.name,
        versionNumber: v.versionNumber,
        effectiveDate: v.effectiveDate,
        state: v.acknowledgements[0]?.decision ?? "open",
      })),
      mayAcknowledge: can(actor, "agreement.acknowledge", resource),
      mayEdit: can(actor, "network.edit", resource),
      mayEditDetails,
      history,
      socialLinks: await linksOfPracticeInTx(tx, actor, region.id, practice.id),
    };
  });
}

// ───────────────────────── mutations ─────────────────────────

const PRACTICE_FIELDS = [
  "name",
  "agb",
  "kvk",
  "street",
  "houseNumber",
  "postcode",
  "city",
  "municipalityCode",
  "wijkCode",
  "phone",
  "email",
  "website",
  "registeredPatients",
  "registeredPatientsAsOf",
] as const;

function nullable<T extends Record<string, unknown>>(data: T, keys: readonly string[]): Record<string, unknown> {
  return Object.fromEntries(keys.map((k) => [k, data[k] ?? null]));
}

async function assertAgbFree(tx: Tx, regionId: string, agb: string | undefined, exceptId?: string) {
  if (!agb) return;
  const existing = await tx.practice.findFirst({
    where: { regionId, agb, ...(exceptId ? { id: { not: exceptId } } : {}) },
    select: { name: true },
  });
  if (existing)
    throw new ConflictError(msg("errors.network.agbInUse", { agb, name: existing.name }), {
      agb: [msg("errors.network.inUseBy", { name: existing.name })],
    });
}

async function resolvePracticeInput(tx: Tx, region: RegionSummary, data: PracticeData) {
  const discipline = await tx.discipline.findFirst({ where: { code: data.disciplineCode, active: true }, select: { id: true } });
  if (!discipline)
    throw new ValidationError(msg("validation.checkFields"), { disciplineCode: [msg("errors.notFound.discipline")] });
  if (!region.municipalityCodes.includes(data.municipalityCode)) {
    throw new ValidationError(msg("validation.checkFields"), {
      municipalityCode: [msg("errors.network.municipalityNotInRegion")],
    });
  }
  return { disciplineId: discipline.id, ...nullable(data, PRACTICE_FIELDS) } as Prisma.PracticeUncheckedCreateInput;
}

/** Coordinator adds a practice. A duplicate AGB code in the region is refused, naming the existing practice. */
export async function createPractice(actor: Actor, regionSlug: string, input: PracticeInput): Promise<{ id: string }> {
  const data = parseInput(PracticeInputSchema, input);
  return withActor(actor, async (tx) => {
    const region = await findRegionInTx(tx, actor, regionSlug);
    if (!can(actor, "network.edit", { regionId: region.id })) throw new NotFoundError(msg("errors.notFound.region"));
    await assertAgbFree(tx, region.id, data.agb);
    const values = await resolvePracticeInput(tx, region, data);
    const created = await tx.practice.create({ data: { ...values, regionId: region.id }, select: { id: true } });
    await recordAudit(tx, actor, {
      regionId: region.id,
      action: "practice.create",
      entityType: "Practice",
      entityId: created.id,
      changes: diffFields({}, { ...values, disciplineCode: data.disciplineCode }),
    });
    return created;
  });
}

/** Coordinator edits the whole practice. */
export async function updatePractice(actor: Actor, regionSlug: string, practiceId: string, input: PracticeInput): Promise<void> {
  parseId(practiceId, msg("errors.notFound.practice"));
  const data = parseInput(PracticeInputSchema, input);
  await withActor(actor, async (tx) => {
    const region = await findRegionInTx(tx, actor, regionSlug);
    const existing = await tx.practice.findFirst({ where: { id: practiceId, regionId: region.id } });
    if (!existing || !can(actor, "network.edit", { regionId: region.id }))
      throw new NotFoundError(msg("errors.notFound.practice"));
    await assertAgbFree(tx, region.id, data.agb, practiceId);
    const values = await resolvePracticeInput(tx, region, data);
    const changes = diffFields(existing as unknown as Record<string, unknown>, values as Record<string, unknown>);
    if (Object.keys(changes).length === 0) return;
    await tx.practice.update({ where: { id: practiceId }, data: values });
    await recordAudit(tx, actor, {
      regionId: region.id,
      action: "practice.update",
      entityType: "Practice",
      entityId: practiceId,
      changes,
    });
  });
}

/** A practice holder (or coordinator) updates contact details and the registered-patient count. */
export async function updatePracticeDetails(
  actor: Actor,
  regionSlug: string,
  practiceId: string,
  input: PracticeDetailsInput,
): Promise<void> {
  parseId(practiceId, msg("errors.notFound.practice"));
  const data = parseInput(PracticeDetailsSchema, input);
  await withActor(actor, async (tx) => {
    const region = await findRegionInTx(tx, actor, regionSlug);
    const existing = await tx.practice.findFirst({ where: { id: practiceId, regionId: region.id } });
    if (!existing || !can(actor, "practice.editDetails", { regionId: region.id, practiceId }))
      throw new NotFoundError(msg("errors.notFound.practice"));
    const values = nullable(data, ["phone", "email", "website", "registeredPatients", "registeredPatientsAsOf"]);
    const changes = diffFields(existing as unknown as Record<string, unknown>, values);
    if (Object.keys(changes).length === 0) return;
    await tx.practice.update({ where: { id: practiceId }, data: values });
    await recordAudit(tx, actor, {
      regionId: region.id,
      action: "practice.updateDetails",
      entityType: "Practice",
      entityId: practiceId,
      changes,
    });
  });
}

/** Practices are archived, never deleted; archiving again is a no-op. */
export async function setPracticeArchived(
  actor: Actor,
  regionSlug: string,
  practiceId: string,
  archived: boolean,
): Promise<void> {
  parseId(practiceId, msg("errors.notFound.practice"));
  await withActor(actor, async (tx) => {
    const region = await findRegionInTx(tx, actor, regionSlug);
    const existing = await tx.practice.findFirst({
      where: { id: practiceId, regionId: region.id },
      select: { archivedAt: true },
    });
    if (!existing || !can(actor, "network.edit", { regionId: region.id }))
      throw new NotFoundError(msg("errors.notFound.practice"));
    if ((existing.archivedAt !== null) === archived) return;
    const archivedAt = archived ? new Date() : null;
    await tx.practice.update({ where: { id: practiceId }, data: { archivedAt } });
    await recordAudit(tx, actor, {
      regionId: region.id,
      action: archived ? "practice.archive" : "practice.unarchive",
      entityType: "Practice",
      entityId: practiceId,
      changes: { archivedAt: { before: existing.archivedAt?.toISOString() ?? null, after: archivedAt?.toISOString() ?? null } },
    });
  });
}

export type PracticeFormData = {
  region: RegionSummary;
  disciplines: { code: string; name: LocalizedName }[];
  municipalities: { code: string; name: string }[];
  /** The current values as form strings; null when creating. */
  practice: { id: string; archived: boolean; values: Record<string, string> } | null;
};

const dateString = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : "");

/** What the create/edit form needs; only for those who may edit the whole practice. */
export async function getPracticeFormData(actor: Actor, regionSlug: string, practiceId?: string): Promise<PracticeFormData> {
  if (practiceId !== undefined) parseId(practiceId, msg("errors.notFound.practice"));
  return withActor(actor, async (tx) => {
    const region = await findRegionInTx(tx, actor, regionSlug);
    if (!can(actor, "network.edit", { regionId: region.id })) throw new NotFoundError(msg("errors.notFound.page"));
    const [disciplines, municipalities, practice] = await Promise.all([
      activeDisciplines(tx),
      municipalityNames(tx, region.municipalityCodes),
      practiceId
        ? tx.practice.findFirst({
            where: { id: practiceId, regionId: region.id },
            include: { discipline: { select: { code: true } } },
          })
        : null,
    ]);
    if (practiceId && !practice) throw new NotFoundError(msg("errors.notFound.practice"));
    return {
      region,
      disciplines,
      municipalities,
      practice: practice
        ? {
            id: practice.id,
            archived: practice.archivedAt !== null,
            values: {
              disciplineCode: practice.discipline.code,
              ...Object.fromEntries(
                PRACTICE_FIELDS.map((k) => [
                  k,
                  practice[k] instanceof Date ? dateString(practice[k] as Date) : String(practice[k] ?? ""),
                ]),
              ),
            },
          }
        : null,
    };
  });
}
