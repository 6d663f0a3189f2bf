// Wijkverband agreements: coordinators draft and publish versions, member practices confirm or
// object, everyone who reads the region follows the acknowledgement share. Every step goes through
// can() and is audited in the same transaction. The rules live in rules.ts.
import type { Actor } from "@/lib/auth/actor";
import { can, readScope } from "@/lib/authz/permissions";
import { withActor, type Tx } from "@/lib/db/with-actor";
import {
  acceptsDecisions,
  acknowledgementShare,
  currentVersion,
  daysOpen,
  diffLines,
  isEditable,
  nextVersionNumber,
  publishPlan,
  reviewMarker,
  stateOrder,
  type AckLike,
  type Decision,
  type DiffLine,
  type PracticeState,
  type ReviewMarker,
  type Share,
  type VersionStatus,
} from "@/lib/domain/agreements/rules";
import {
  AgreementDraftSchema,
  DecisionSchema,
  type AgreementDraftInput,
  type DecisionInput,
} from "@/lib/domain/agreements/schema";
import { entityHistory, type HistoryEntry } from "@/lib/domain/audit/history";
import { diffFields, recordAudit } from "@/lib/domain/audit/service";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/domain/errors";
import { findRegionInTx, type RegionSummary } from "@/lib/domain/regions/service";
import { isId } from "@/lib/domain/shared/ids";
import { parseInput } from "@/lib/domain/shared/parse";
import { wakeNotifications } from "@/lib/domain/notifications/dispatch";
import { recordNotificationEvent } from "@/lib/domain/notifications/events";
import type {
  AgreementRow,
  HolderAgreement,
  HolderAgreements,
  HolderDashboard,
  WijkverbandRef,
} from "@/lib/domain/agreements/types";
import { coreTeamStatus } from "@/lib/domain/wijkverbanden/core-team";
import { msg } from "@/lib/i18n/keys";

export type { AgreementRow, HolderAgreement, HolderAgreements, HolderDashboard, WijkverbandRef };

const notFound = () => new NotFoundError(msg("errors.notFound.agreement"));

// ───────────────────────── shared loading ─────────────────────────

type Member = { practiceId: string; name: string; since: Date };

/** Current member practices (not archived) per wijkverband, each once, with the date they joined. */
async function memberPractices(tx: Tx, regionId: string, wijkverbandIds: readonly string[]): Promise<Map<string, Member[]>> {
  const result = new Map<string, Member[]>();
  if (wijkverbandIds.length === 0) return result;
  // One query with the ids as a single array parameter (a long IN list is slow to bind and plan).
  const rows = await tx.$queryRaw<{ wijkverbandId: string; practiceId: string; name: string; since: Date }[]>`
    SELECT m."wijkverbandId", m."practiceId", p."name", min(m."createdAt") AS "since"
    FROM "WijkverbandMember" m
    JOIN "Practice" p ON p."regionId" = m."regionId" AND p."id" = m."practiceId"
    WHERE m."regionId" = ${regionId}::uuid
      AND m."wijkverbandId" = ANY(${[...wijkverbandIds]}::uuid[])
      AND p."archivedAt" IS NULL
    GROUP BY m."wijkverbandId", m."practiceId", p."name"
    ORDER BY p."name"`;
  for (const r of rows) {
    const list = result.get(r.wijkverbandId) ?? [];
    list.push({ practiceId: r.practiceId, name: r.name, since: r.since });
    result.set(r.wijkverbandId, list);
  }
  return result;
}

/** The practices this actor holds in the region (a holder may hold several). */
function ownPracticeIds(actor: Actor, regionId: string): string[] {
  return [
    ...new Set(
      actor.memberships
        .filter((m) => m.role === "practice_holder" && m.regionId === regionId && m.practiceId)
        .map((m) => m.practiceId as string),
    ),
  ];
}

async function loadWijkverband(tx: Tx, actor: Actor, region: RegionSummary, wijkverbandId: string): Promise<WijkverbandRef> {
  if (!isId(wijkverbandId)) throw new NotFoundError(msg("errors.notFound.wijkverband"));
  const wv = await tx.wijkverband.findFirst({
    where: { id: wijkverbandId, regionId: region.id },
    select: { id: true, name: true, municipalityCode: true },
  });
  if (!wv || !can(actor, "agreement.read", { regionId: region.id, municipalityCode: wv.municipalityCode })) {
    throw new NotFoundError(msg("errors.notFound.wijkverband"));
  }
  return wv;
}

/** Who may do what with the agreements of one wijkverband. */
function rights(actor: Actor, regionId: string) {
  return {
    mayDraft: can(actor, "agreement.draft", { regionId }),
    mayPublish: can(actor, "agreement.publish", { regionId }),
    /** Concept versions are internal to coordinators (and the platform admin). */
    seesConcepts: can(actor, "agreement.draft", { regionId }),
    seesAllReasons: can(actor, "agreement.readReasons", { regionId }),
  };
}

// ───────────────────────── region overview ─────────────────────────

export type RegionAgreements = {
  region: RegionSummary;
  rows: AgreementRow[];
  mayDraft: boolean;
  /** The holder's own practices' agreements ("te bevestigen" first), or null for other roles. */
  holder: HolderAgreements | null;
};

/**
 * Every agreement of the region the actor may read, with the share acknowledged of the current
 * version and the review marker. Municipality officers see their municipality's wijkverbanden
 * only; concepts only coordinators.
 */
export async function listRegionAgreements(actor: Actor, regionSlug: string, today = new Date()): Promise<RegionAgreements> {
  return withActor(actor, async (tx) => {
    const region = await findRegionInTx(tx, actor, regionSlug);
    const scope = readScope(actor, "agreement.read", region.id);
    if (scope.kind === "none") throw new NotFoundError(msg("errors.notFound.region"));
    const { seesConcepts, mayDraft } = rights(actor, region.id);
    const agreements = await loadAgreements(tx, region.id, {
      seesConcepts,
      municipalityCodes: scope.kind === "municipalities" ? scope.codes : null,
    });
    const rows = await buildRows(tx, region.id, agreements, today);
    const holder = ownPracticeIds(actor, region.id).length ? await holderAgreements(tx, actor, region, today) : null;
    return { region, rows, mayDraft, holder };
  });
}

type AgreementWithVersions = {
  id: string;
  title: string;
  topic: string | null;
  wijkverband: WijkverbandRef;
  versions: {
    id: string;
    versionNumber: number;
    status: VersionStatus;
    effectiveDate: Date;
    reviewDate: Date | null;
    publishedAt: Date | null;
  }[];
};

/**
 * The region's agreements with their current (and, for coordinators, concept) versions in one
 * query, ordered by wijkverband and title; agreements without a version the actor may see are left
 * out (a concept-only agreement for non-coordinators).
 */
async function loadAgreements(
  tx: Tx,
  regionId: string,
  options: { seesConcepts: boolean; municipalityCodes: string[] | null; wijkverbandId?: string },
): Promise<AgreementWithVersions[]> {
  const statuses = options.seesConcepts ? ["concept", "gepubliceerd"] : ["gepubliceerd"];
  // Two simple queries (agreements with their wijkverband, then their versions by id) keep the plan
  // linear even before the planner has statistics on freshly filled tables.
  const heads = await tx.$queryRaw<
    {
      id: string;
      title: string;
      topic: string | null;
      wijkverbandId: string;
      wijkverbandName: string;
      municipalityCode: string;
    }[]
  >`
    SELECT a."id", a."title", a."topic", w."id" AS "wijkverbandId", w."name" AS "wijkverbandName", w."municipalityCode"
    FROM "Agreement" a
    JOIN "Wijkverband" w ON w."id" = a."wijkverbandId" AND w."regionId" = a."regionId"
    WHERE a."regionId" = ${regionId}::uuid
      AND (${options.municipalityCodes}::text[] IS NULL OR w."municipalityCode" = ANY(${options.municipalityCodes}::text[]))
      AND (${options.wijkverbandId ?? null}::uuid IS NULL OR a."wijkverbandId" = ${options.wijkverbandId ?? null}::uuid)
    ORDER BY w."name", a."title", a."id"`;
  if (heads.length === 0) return [];
  const versions = await tx.$queryRaw<
    {
      id: string;
      agreementId: string;
      versionNumber: number;
      status: VersionStatus;
      effectiveDate: Date;
      reviewDate: Date | null;
      publishedAt: Date | null;
    }[]
  >`
    SELECT "id", "agreementId", "versionNumber", "status"::text AS "status", "effectiveDate", "reviewDate", "publishedAt"
    FROM "AgreementVersion"
    WHERE "regionId" = ${regionId}::uuid
      AND "agreementId" = ANY(${heads.map((h) => h.id)}::uuid[])
      AND "status"::text = ANY(${statuses}::text[])
    ORDER BY "versionNumber"`;
  const byId = new Map<string, AgreementWithVersions>(
    heads.map((h) => [
      h.id,
      {
        id: h.id,
        title: h.title,
        topic: h.topic,
        wijkverband: { id: h.wijkverbandId, name: h.wijkverbandName, municipalityCode: h.municipalityCode },
        versions: [],
      },
    ]),
  );
  for (const v of versions) {
    const { agreementId, ...version } = v;
    byId.get(agreementId)?.versions.push(version);
  }
  for (const [id, agreement] of byId) if (agreement.versions.length === 0) byId.delete(id);
  return [...byId.values()];
}

async function buildRows(tx: Tx, regionId: string, agreements: AgreementWithVersions[], today: Date): Promise<AgreementRow[]> {
  const members = await memberPractices(tx, regionId, [...new Set(agreements.map((a) => a.wijkverband.id))]);
  const currentIds = agreements.map((a) => currentVersion(a.versions)?.id).filter((id): id is string => !!id);
  const acks = currentIds.length
    ? await tx.$queryRaw<{ agreementVersionId: string; practiceId: string; decision: Decision }[]>`
        SELECT "agreementVersionId", "practiceId", "decision"::text AS "decision"
        FROM "Acknowledgement"
        WHERE "regionId" = ${regionId}::uuid AND "agreementVersionId" = ANY(${currentIds}::uuid[])`
    : [];
  const acksByVersion = new Map<string, AckLike[]>();
  for (const a of acks) {
    const list = acksByVersion.get(a.agreementVersionId) ?? [];
    list.push(a);
    acksByVersion.set(a.agreementVersionId, list);
  }
  return agreements.map((a) => {
    const current = currentVersion(a.versions);
    const concept = a.versions.find((v) => v.status === "concept") ?? null;
    const memberIds = (members.get(a.wijkverband.id) ?? []).map((m) => m.practiceId);
    return {
      id: a.id,
      title: a.title,
      topic: a.topic,
      wijkverband: a.wijkverband,
      current: current
        ? {
            versionNumber: current.versionNumber,
            effectiveDate: current.effectiveDate,
            reviewDate: current.reviewDate,
            publishedAt: current.publishedAt ?? current.effectiveDate,
          }
        : null,
      conceptNumber: concept?.versionNumber ?? null,
      share: current ? acknowledgementShare(memberIds, acksByVersion.get(current.id) ?? []) : null,
      review: reviewMarker(current?.reviewDate ?? null, today),
    };
  });
}

// ───────────────────────── a practice holder's agreements ─────────────────────────

async function holderAgreements(tx: Tx, actor: Actor, region: RegionSummary, today: Date): Promise<HolderAgreements> {
  const own = ownPracticeIds(actor, region.id);
  const practices = await tx.practice.findMany({
    where: { regionId: region.id, id: { in: own } },
    select: { id: true, name: true },
    orderBy: { name: "asc" },
  });
  const memberships = await tx.wijkverbandMember.findMany({
    where: { regionId: region.id, practiceId: { in: own } },
    select: { practiceId: true, wijkverbandId: true, createdAt: true },
  });
  const wijkverbandIds = [...new Set(memberships.map((m) => m.wijkverbandId))];
  const versions = wijkverbandIds.length
    ? await tx.agreementVersion.findMany({
        where: { regionId: region.id, status: "gepubliceerd", agreement: { wijkverbandId: { in: wijkverbandIds } } },
        select: {
          id: true,
          versionNumber: true,
          effectiveDate: true,
          publishedAt: true,
          agreement: { select: { id: true, title: true, wijkverband: { select: { id: true, name: true } } } },
          acknowledgements: { where: { practiceId: { in: own } }, select: { practiceId: true, decision: true } },
        },
      })
    : [];
  const names = new Map(practices.map((p) => [p.id, p.name]));
  const items: HolderAgreement[] = [];
  for (const v of versions) {
    for (const m of memberships.filter((x) => x.wijkverbandId === v.agreement.wijkverband.id)) {
      const practiceId = m.practiceId as string;
      if (!names.has(practiceId) || items.some((i) => i.versionId === v.id && i.practiceId === practiceId)) continue;
      const state: PracticeState = v.acknowledgements.find((a) => a.practiceId === practiceId)?.decision ?? "open";
      items.push({
        agreementId: v.agreement.id,
        wijkverbandId: v.agreement.wijkverband.id,
        wijkverband: v.agreement.wijkverband.name,
        title: v.agreement.title,
        versionId: v.id,
        versionNumber: v.versionNumber,
        effectiveDate: v.effectiveDate,
        practiceId,
        practice: names.get(practiceId) as string,
        state,
        daysOpen: state === "open" ? daysOpen(v.publishedAt ?? v.effectiveDate, m.createdAt, today) : null,
      });
    }
  }
  items.sort(
    (a, b) =>
      stateOrder(a.state) - stateOrder(b.state) ||
      (b.daysOpen ?? 0) - (a.daysOpen ?? 0) ||
      a.wijkverband.localeCompare(b.wijkverband, "nl") ||
      a.title.localeCompare(b.title, "nl"),
  );
  return { practices, items, toConfirm: items.filter((i) => i.state === "open").length };
}

// ───────────────────────── the practice holder's dashboard ─────────────────────────

/** A practice holder's home: what to confirm, their wijkverbanden, their initiatives, stale figures. */
export async function getHolderDashboard(actor: Actor, regionSlug: string, today = new Date()): Promise<HolderDashboard> {
  return withActor(actor, async (tx) => {
    const region = await findRegionInTx(tx, actor, regionSlug);
    const own = ownPracticeIds(actor, region.id);
    if (own.length === 0) throw new NotFoundError(msg("errors.notFound.notHolder"));
    const agreements = await holderAgreements(tx, actor, region, today);
    const memberships = await tx.wijkverbandMember.findMany({
      where: { regionId: region.id, practiceId: { in: own } },
      select: { practiceId: true, wijkverbandId: true },
    });
    const wijkverbandIds = [...new Set(memberships.map((m) => m.wijkverbandId))];
    const wijkverbanden = await tx.wijkverband.findMany({
      where: { regionId: region.id, id: { in: wijkverbandIds }, archivedAt: null },
      select: { id: true, name: true, members: { select: { role: true } } },
      orderBy: { name: "asc" },
    });
    const practices = await tx.practice.findMany({
      where: { regionId: region.id, id: { in: own } },
      select: { id: true, name: true, registeredPatientsAsOf: true },
      orderBy: { name: "asc" },
    });
    const practiceName = new Map(practices.map((p) => [p.id, p.name]));
    const participants = await tx.initiativeParticipant.findMany({
      where: {
        regionId: region.id,
        OR: [{ practiceId: { in: own } }, ...(wijkverbandIds.length ? [{ wijkverbandId: { in: wijkverbandIds } }] : [])],
      },
      select: {
        practiceId: true,
        wijkverbandId: true,
        initiative: { select: { id: true, title: true, phase: true, theme: { select: { name: true } } } },
      },
    });
    const wvName = new Map(wijkverbanden.map((w) => [w.id, w.name]));
    const initiatives = new Map<string, HolderDashboard["initiatives"][number]>();
    for (const p of participants) {
      const via = p.practiceId ? practiceName.get(p.practiceId) : p.wijkverbandId ? wvName.get(p.wijkverbandId) : undefined;
      if (!via) continue;
      const entry = initiatives.get(p.initiative.id) ?? {
        id: p.initiative.id,
        title: p.initiative.title,
        phase: p.initiative.phase,
        theme: p.initiative.theme.name,
        via: [],
      };
      if (!entry.via.includes(via)) entry.via.push(via);
      initiatives.set(p.initiative.id, entry);
    }
    const yearAgo = new Date(Date.UTC(today.getUTCFullYear() - 1, today.getUTCMonth(), today.getUTCDate()));
    return {
      region,
      agreements,
      wijkverbanden: wijkverbanden.map((w) => {
        const core = coreTeamStatus(w.members.map((m) => m.role));
        return {
          id: w.id,
          name: w.name,
          practices: memberships
            .filter((m) => m.wijkverbandId === w.id)
            .map((m) => practiceName.get(m.practiceId as string) ?? ""),
          coreComplete: core.complete,
          missing: core.missing,
        };
      }),
      initiatives: [...initiatives.values()].sort((a, b) => a.title.localeCompare(b.title, "nl")),
      stalePatientCounts: practices
        .filter((p) => !p.registeredPatientsAsOf || p.registeredPatientsAsOf < yearAgo)
        .map((p) => ({ id: p.id, name: p.name, asOf: p.registeredPatientsAsOf })),
    };
  });
}

// ───────────────────────── one wijkverband ─────────────────────────

export type TemplateOption = { id: string; key: string; title: string; topic: string; body: string };

export type WijkverbandAgreements = {
  region: RegionSummary;
  wijkverband: WijkverbandRef;
  rows: AgreementRow[];
  mayDraft: boolean;
  /** Active templates, for those who may draft. */
  templates: TemplateOption[];
};

export async function getWijkverbandAgreements(
  actor: Actor,
  regionSlug: string,
  wijkverbandId: string,
  today = new Date(),
): Promise<WijkverbandAgreements> {
  return withActor(actor, async (tx) => {
    const region = await findRegionInTx(tx, actor, regionSlug);
    const wijkverband = await loadWijkverband(tx, actor, region, wijkverbandId);
    const { seesConcepts, mayDraft } = rights(actor, region.id);
    const agreements = await loadAgreements(tx, region.id, {
      seesConcepts,
      municipalityCodes: null,
      wijkverbandId: wijkverband.id,
    });
    const rows = await buildRows(tx, region.id, agreements, today);
    const templates = mayDraft ? await activeTemplates(tx) : [];
    return { region, wijkverband, rows, mayDraft, templates };
  });
}

function activeTemplates(tx: Tx): Promise<TemplateOption[]> {
  return tx.agreementTemplate.findMany({
    where: { active: true },
    select: { id: true, key: true, title: true, topic: true, body: true },
    orderBy: [{ sortOrder: "asc" }, { title: "asc" }],
  });
}

/** The template to start a new agreement from (active only), or null. */
export async function getTemplateForDraft(actor: Actor, regionSlug: string, wijkverbandId: string, templateId: string) {
  return withActor(actor, async (tx) => {
    const region = await findRegionInTx(tx, actor, regionSlug);
    await loadWijkverband(tx, actor, region, wijkverbandId);
    if (!can(actor, "agreement.draft", { regionId: region.id })) throw notFound();
    if (!isId(templateId)) return null;
    return tx.agreementTemplate.findFirst({
      where: { id: templateId, active: true },
      select: { id: true, key: true, title: true, topic: true, body: true },
    });
  });
}

// ───────────────────────── one agreement ─────────────────────────

export type PracticeStatus = {
  practiceId: string;
  name: string;
  state: PracticeState;
  /** The objection's reason, only for those who may read it (coordinators, the practice's holder). */
  reason: string | null;
  decidedAt: Date | null;
  daysOpen: number | null;
};

export type VersionSummary = {
  id: string;
  versionNumber: number;
  status: VersionStatus;
  effectiveDate: Date;
  reviewDate: Date | null;
  publishedAt: Date | null;
};

export type HolderPracticeView = {
  practiceId: string;
  name: string;
  state: PracticeState;
  reason: string | null;
  decidedAt: Date | null;
  /** The latest earlier version this practice confirmed, and the diff from it to the current one. */
  lastConfirmed: { versionNumber: number; diff: DiffLine[] } | null;
};

export type AgreementDetail = {
  region: RegionSummary;
  wijkverband: WijkverbandRef;
  agreement: { id: string; title: string; topic: string | null };
  versions: VersionSummary[];
  /** The version shown (the one asked for, else the current, else the concept). */
  shown: (VersionSummary & { body: string }) | null;
  current: VersionSummary | null;
  concept: (VersionSummary & { body: string }) | null;
  statuses: PracticeStatus[];
  share: Share | null;
  review: ReviewMarker;
  mayDraft: boolean;
  mayPublish: boolean;
  /** The actor's own member practices (practice holders), with their decision on the current version. */
  holder: HolderPracticeView[];
  history: HistoryEntry[] | null;
};

export async function getAgreement(
  actor: Actor,
  regionSlug: string,
  wijkverbandId: string,
  agreementId: string,
  options: { version?: number; today?: Date } = {},
): Promise<AgreementDetail> {
  const today = options.today ?? new Date();
  return withActor(actor, async (tx) => {
    const region = await findRegionInTx(tx, actor, regionSlug);
    const wijkverband = await loadWijkverband(tx, actor, region, wijkverbandId);
    if (!isId(agreementId)) throw notFound();
    const { seesConcepts, seesAllReasons, mayDraft, mayPublish } = rights(actor, region.id);
    const agreement = await tx.agreement.findFirst({
      where: { id: agreementId, regionId: region.id, wijkverbandId: wijkverband.id },
      select: {
        id: true,
        title: true,
        topic: true,
        versions: {
          select: {
            id: true,
            versionNumber: true,
            status: true,
            effectiveDate: true,
            reviewDate: true,
            publishedAt: true,
            body: true,
          },
          orderBy: { versionNumber: "desc" },
        },
      },
    });
    if (!agreement) throw notFound();
    const visible = agreement.versions.filter((v) => seesConcepts || v.status !== "concept");
    if (visible.length === 0) throw notFound();
    const current = currentVersion(visible);
    const concept = visible.find((v) => v.status === "concept") ?? null;
    const asked = options.version !== undefined ? visible.find((v) => v.versionNumber === options.version) : undefined;
    if (options.version !== undefined && !asked) throw new NotFoundError(msg("errors.notFound.version"));
    const shown = asked ?? current ?? concept;

    const members = (await memberPractices(tx, region.id, [wijkverband.id])).get(wijkverband.id) ?? [];
    const statusVersion = shown && shown.status !== "concept" ? shown : null;
    const acks = statusVersion
      ? await tx.acknowledgement.findMany({
          where: { regionId: region.id, agreementVersionId: statusVersion.id },
          select: { practiceId: true, decision: true, reason: true, decidedAt: true },
        })
      : [];
    const ackOf = new Map(acks.map((a) => [a.practiceId, a]));
    const mayReadReason = (practiceId: string) =>
      seesAllReasons || can(actor, "agreement.readReasons", { regionId: region.id, practiceId });
    const statuses: PracticeStatus[] = statusVersion
      ? members.map((m) => {
          const ack = ackOf.get(m.practiceId);
          return {
            practiceId: m.practiceId,
            name: m.name,
            state: ack?.decision ?? "open",
            reason: ack?.decision === "objection" && mayReadReason(m.practiceId) ? ack.reason : null,
            decidedAt: ack?.decidedAt ?? null,
            daysOpen: ack ? null : daysOpen(statusVersion.publishedAt ?? statusVersion.effectiveDate, m.since, today),
          };
        })
      : [];

    // The holder's own member practices: their decision on the current version and what changed
    // since the version they last confirmed.
    const own = new Set(ownPracticeIds(actor, region.id));
    const holder: HolderPracticeView[] = [];
    const ownMembers = members.filter((m) => own.has(m.practiceId));
    if (current && ownMembers.length) {
      const ownAcks = await tx.acknowledgement.findMany({
        where: {
          regionId: region.id,
          practiceId: { in: ownMembers.map((m) => m.practiceId) },
          agreementVersion: { agreementId: agreement.id },
        },
        select: { practiceId: true, decision: true, reason: true, decidedAt: true, agreementVersionId: true },
      });
      const numberOf = new Map(agreement.versions.map((v) => [v.id, v.versionNumber]));
      for (const m of ownMembers) {
        const onCurrent = ownAcks.find((a) => a.practiceId === m.practiceId && a.agreementVersionId === current.id);
        const confirmedBefore = ownAcks
          .filter((a) => a.practiceId === m.practiceId && a.decision === "accepted" && a.agreementVersionId !== current.id)
          .map((a) => numberOf.get(a.agreementVersionId) ?? 0)
          .filter((n) => n < current.versionNumber)
          .sort((a, b) => b - a)[0];
        const earlier = confirmedBefore ? agreement.versions.find((v) => v.versionNumber === confirmedBefore) : undefined;
        holder.push({
          practiceId: m.practiceId,
          name: m.name,
          state: onCurrent?.decision ?? "open",
          reason: onCurrent?.reason ?? null,
          decidedAt: onCurrent?.decidedAt ?? null,
          lastConfirmed: earlier ? { versionNumber: earlier.versionNumber, diff: diffLines(earlier.body, current.body) } : null,
        });
      }
    }

    const summary = ({ body: _body, ...v }: (typeof agreement.versions)[number]): VersionSummary => v;
    return {
      region,
      wijkverband,
      agreement: { id: agreement.id, title: agreement.title, topic: agreement.topic },
      versions: visible.map(summary),
      shown: shown ?? null,
      current: current ? summary(current) : null,
      concept: concept ?? null,
      statuses,
      share: statusVersion
        ? acknowledgementShare(
            members.map((m) => m.practiceId),
            acks,
          )
        : null,
      review: reviewMarker(current?.reviewDate ?? null, today),
      mayDraft,
      mayPublish,
      holder,
      history: can(actor, "audit.read", { regionId: region.id })
        ? await entityHistory(tx, region.id, "Agreement", agreement.id)
        : null,
    };
  });
}

export type VersionComparison = {
  region: RegionSummary;
  wijkverband: WijkverbandRef;
  agreement: { id: string; title: string };
  versions: VersionSummary[];
  from: VersionSummary;
  to: VersionSummary;
  lines: DiffLine[];
};

/** A line diff between two versions the actor may read (concepts: coordinators only). */
export async function compareVersions(
  actor: Actor,
  regionSlug: string,
  wijkverbandId: string,
  agreementId: string,
  from?: number,
  to?: number,
): Promise<VersionComparison> {
  return withActor(actor, async (tx) => {
    const region = await findRegionInTx(tx, actor, regionSlug);
    const wijkverband = await loadWijkverband(tx, actor, region, wijkverbandId);
    if (!isId(agreementId)) throw notFound();
    const { seesConcepts } = rights(actor, region.id);
    const agreement = await tx.agreement.findFirst({
      where: { id: agreementId, regionId: region.id, wijkverbandId: wijkverband.id },
      select: {
        id: true,
        title: true,
        versions: {
          where: seesConcepts ? {} : { status: { not: "concept" } },
          select: {
            id: true,
            versionNumber: true,
            status: true,
            effectiveDate: true,
            reviewDate: true,
            publishedAt: true,
            body: true,
          },
          orderBy: { versionNumber: "asc" },
        },
      },
    });
    if (!agreement || agreement.versions.length === 0) throw notFound();
    const versions = agreement.versions;
    const last = versions[versions.length - 1];
    const toVersion = to !== undefined ? versions.find((v) => v.versionNumber === to) : last;
    const fromVersion =
      from !== undefined
        ? versions.find((v) => v.versionNumber === from)
        : [...versions].reverse().find((v) => toVersion && v.versionNumber < toVersion.versionNumber);
    if (!toVersion || !fromVersion) throw new NotFoundError(msg("errors.notFound.versions"));
    const summary = ({ body: _body, ...v }: (typeof versions)[number]): VersionSummary => v;
    return {
      region,
      wijkverband,
      agreement: { id: agreement.id, title: agreement.title },
      versions: versions.map(summary),
      from: summary(fromVersion),
      to: summary(toVersion),
      lines: diffLines(fromVersion.body, toVersion.body),
    };
  });
}

// ───────────────────────── coordinator mutations ─────────────────────────

function draftValues(data: ReturnType<typeof parseDraft>) {
  return { body: data.body, effectiveDate: data.effectiveDate, reviewDate: data.reviewDate ?? null };
}

function parseDraft(input: AgreementDraftInput) {
  return parseInput(AgreementDraftSchema, input);
}

/** Coordinator starts an agreement for a wijkverband: the agreement and its concept version 1. */
export async function createAgreement(
  actor: Actor,
  regionSlug: string,
  wijkverbandId: string,
  input: AgreementDraftInput & { templateId?: string },
): Promise<{ id: string; versionId: string }> {
  const data = parseDraft(input);
  return withActor(actor, async (tx) => {
    const region = await findRegionInTx(tx, actor, regionSlug);
    const wijkverband = await loadWijkverband(tx, actor, region, wijkverbandId);
    if (!can(actor, "agreement.draft", { regionId: region.id })) throw new NotFoundError(msg("errors.notFound.wijkverband"));
    const template =
      input.templateId && isId(input.templateId)
        ? await tx.agreementTemplate.findFirst({ where: { id: input.templateId }, select: { key: true } })
        : null;
    const agreement = await tx.agreement.create({
      data: {
        regionId: region.id,
        wijkverbandId: wijkverband.id,
        title: data.title,
        topic: data.topic ?? null,
        createdById: actor.userId,
      },
      select: { id: true },
    });
    const version = await tx.agreementVersion.create({
      data: { regionId: region.id, agreementId: agreement.id, versionNumber: 1, createdById: actor.userId, ...draftValues(data) },
      select: { id: true },
    });
    await recordAudit(tx, actor, {
      regionId: region.id,
      action: "agreement.create",
      entityType: "Agreement",
      entityId: agreement.id,
      changes: {
        wijkverband: wijkverband.name,
        template: template?.key ?? null,
        versionNumber: 1,
        ...diffFields(
          {},
          { title: data.title, topic: data.topic ?? null, ...draftValues(data), body: `${data.body.length} tekens` },
        ),
      },
    });
    return { id: agreement.id, versionId: version.id };
  });
}

/** Locks the agreement row so concurrent publications and new versions run one after the other. */
async function lockAgreement(tx: Tx, regionId: string, agreementId: string) {
  await tx.$queryRaw`SELECT id FROM "Agreement" WHERE "regionId" = ${regionId}::uuid AND id = ${agreementId}::uuid FOR UPDATE`;
}

async function loadForChange(tx: Tx, actor: Actor, region: RegionSummary, agreementId: string) {
  if (!isId(agreementId)) throw notFound();
  const agreement = await tx.agreement.findFirst({
    where: { id: agreementId, regionId: region.id },
    select: {
      id: true,
      title: true,
      topic: true,
      wijkverband: { select: { id: true, name: true, municipalityCode: true } },
      versions: {
        select: { id: true, versionNumber: true, status: true, body: true, effectiveDate: true, reviewDate: true },
        orderBy: { versionNumber: "asc" },
      },
    },
  });
  if (!agreement) throw notFound();
  await lockAgreement(tx, region.id, agreement.id);
  return agreement;
}

/** Coordinator edits the concept: title, topic, text and dates. Published versions never change. */
export async function updateConcept(
  actor: Actor,
  regionSlug: string,
  agreementId: string,
  versionId: string,
  input: AgreementDraftInput,
): Promise<void> {
  const data = parseDraft(input);
  await withActor(actor, async (tx) => {
    const region = await findRegionInTx(tx, actor, regionSlug);
    if (!can(actor, "agreement.draft", { regionId: region.id })) throw notFound();
    const agreement = await loadForChange(tx, actor, region, agreementId);
    const version = agreement.versions.find((v) => v.id === versionId);
    if (!version) throw new NotFoundError(msg("errors.notFound.version"));
    if (!isEditable(version.status)) {
      throw new ConflictError(
        msg(version.status === "gepubliceerd" ? "errors.agreements.versionPublished" : "errors.agreements.versionSuperseded", {
          version: version.versionNumber,
        }),
      );
    }
    await tx.agreement.update({
      where: { id: agreement.id },
      data: { title: data.title, topic: data.topic ?? null },
    });
    await tx.agreementVersion.update({ where: { id: version.id }, data: draftValues(data) });
    const changes = diffFields(
      { title: agreement.title, topic: agreement.topic, effectiveDate: version.effectiveDate, reviewDate: version.reviewDate },
      { title: data.title, topic: data.topic ?? null, effectiveDate: data.effectiveDate, reviewDate: data.reviewDate ?? null },
    );
    if (version.body !== data.body)
      changes.body = { before: `${version.body.length} tekens`, after: `${data.body.length} tekens` };
    await recordAudit(tx, actor, {
      regionId: region.id,
      action: "agreement.update",
      entityType: "Agreement",
      entityId: agreement.id,
      changes: { versionNumber: version.versionNumber, ...changes },
    });
  });
}

/**
 * Coordinator publishes the concept: it gets frozen, the previous published version becomes
 * "vervangen", and every current member practice is asked (they see it as "te bevestigen").
 */
export async function publishVersion(
  actor: Actor,
  regionSlug: string,
  agreementId: string,
  versionId: string,
): Promise<{ versionNumber: number; asked: number }> {
  const published = await withActor(actor, async (tx) => {
    const region = await findRegionInTx(tx, actor, regionSlug);
    if (!can(actor, "agreement.publish", { regionId: region.id })) throw notFound();
    const agreement = await loadForChange(tx, actor, region, agreementId);
    if (!agreement.versions.some((v) => v.id === versionId)) throw new NotFoundError(msg("errors.notFound.version"));
    let plan: ReturnType<typeof publishPlan<(typeof agreement.versions)[number]>>;
    try {
      plan = publishPlan(agreement.versions, versionId);
    } catch (error) {
      if (error instanceof ConflictError) throw error;
      throw new ConflictError((error as Error).message);
    }
    // A concept must be complete before it is frozen.
    parseDraft({
      title: agreement.title,
      topic: agreement.topic ?? undefined,
      body: plan.publish.body,
      effectiveDate: plan.publish.effectiveDate.toISOString().slice(0, 10),
      reviewDate: plan.publish.reviewDate?.toISOString().slice(0, 10),
    });
    const now = new Date();
    if (plan.supersede) {
      await tx.agreementVersion.update({ where: { id: plan.supersede.id }, data: { status: "vervangen", supersededAt: now } });
    }
    await tx.agreementVersion.update({
      where: { id: plan.publish.id },
      data: { status: "gepubliceerd", publishedAt: now, publishedById: actor.userId },
    });
    const members = (await memberPractices(tx, region.id, [agreement.wijkverband.id])).get(agreement.wijkverband.id) ?? [];
    await recordAudit(tx, actor, {
      regionId: region.id,
      action: "agreement.publish",
      entityType: "Agreement",
      entityId: agreement.id,
      changes: {
        versionNumber: plan.publish.versionNumber,
        supersededVersion: plan.supersede?.versionNumber ?? null,
        askedPractices: members.map((m) => m.name),
      },
    });
    await recordNotificationEvent(tx, actor, {
      regionId: region.id,
      kind: "agreement_published",
      subject: {
        type: "agreement",
        id: plan.publish.id,
        agreementId: agreement.id,
        wijkverbandId: agreement.wijkverband.id,
        municipalityCode: agreement.wijkverband.municipalityCode,
        slug: region.slug,
        title: agreement.title,
        versionNumber: plan.publish.versionNumber,
      },
    });
    return { versionNumber: plan.publish.versionNumber, asked: members.length };
  });
  wakeNotifications();
  return published;
}

/** Coordinator starts the next version as a concept, copied from the current one. One concept at a time. */
export async function startNewVersion(actor: Actor, regionSlug: string, agreementId: string): Promise<{ versionNumber: number }> {
  return withActor(actor, async (tx) => {
    const region = await findRegionInTx(tx, actor, regionSlug);
    if (!can(actor, "agreement.draft", { regionId: region.id })) throw notFound();
    const agreement = await loadForChange(tx, actor, region, agreementId);
    const concept = agreement.versions.find((v) => v.status === "concept");
    if (concept) throw new ConflictError(msg("errors.agreements.conceptExists", { version: concept.versionNumber }));
    const base = currentVersion(agreement.versions) ?? agreement.versions[agreement.versions.length - 1];
    const versionNumber = nextVersionNumber(agreement.versions.map((v) => v.versionNumber));
    await tx.agreementVersion.create({
      data: {
        regionId: region.id,
        agreementId: agreement.id,
        versionNumber,
        body: base?.body ?? "",
        effectiveDate: base?.effectiveDate ?? new Date(),
        reviewDate: base?.reviewDate ?? null,
        createdById: actor.userId,
      },
    });
    await recordAudit(tx, actor, {
      regionId: region.id,
      action: "agreement.newVersion",
      entityType: "Agreement",
      entityId: agreement.id,
      changes: { versionNumber, basedOn: base?.versionNumber ?? null },
    });
    return { versionNumber };
  });
}

// ───────────────────────── practice decisions ─────────────────────────

/**
 * A practice holder confirms the current version for one of their practices, or objects with a
 * reason. They may change their decision while the version is current. Deciding for a practice
 * that is not theirs, or on a superseded version, is refused.
 */
export async function decide(actor: Actor, regionSlug: string, input: DecisionInput): Promise<{ decision: Decision }> {
  const data = parseInput(DecisionSchema, input);
  const decided = await withActor(actor, async (tx) => {
    const region = await findRegionInTx(tx, actor, regionSlug);
    const version = await tx.agreementVersion.findFirst({
      where: { id: data.versionId, regionId: region.id },
      select: {
        id: true,
        versionNumber: true,
        status: true,
        agreement: {
          select: {
            id: true,
            title: true,
            wijkverband: { select: { id: true, name: true, municipalityCode: true } },
            versions: { where: { status: "gepubliceerd" }, select: { versionNumber: true } },
          },
        },
      },
    });
    if (!version || version.status === "concept") throw notFound();
    const wv = version.agreement.wijkverband;
    if (!can(actor, "agreement.read", { regionId: region.id, municipalityCode: wv.municipalityCode })) throw notFound();
    if (!can(actor, "agreement.acknowledge", { regionId: region.id, practiceId: data.practiceId })) {
      // Roles that never decide get a 404; a holder choosing another practice a field message.
      if (ownPracticeIds(actor, region.id).length === 0) throw notFound();
      throw new ValidationError(msg("errors.agreements.decideOwnPractice"), {
        practiceId: [msg("errors.agreements.decideOwnPractice")],
      });
    }
    if (!acceptsDecisions(version.status)) {
      const current = version.agreement.versions[0];
      throw new ConflictError(
        current
          ? msg("errors.agreements.supersededBy", { version: version.versionNumber, current: current.versionNumber })
          : msg("errors.agreements.supersededNone", { version: version.versionNumber }),
      );
    }
    await lockAgreement(tx, region.id, version.agreement.id);
    const member = await tx.wijkverbandMember.findFirst({
      where: { regionId: region.id, wijkverbandId: wv.id, practiceId: data.practiceId },
      select: { id: true },
    });
    const practice = await tx.practice.findFirst({
      where: { regionId: region.id, id: data.practiceId, archivedAt: null },
      select: { id: true, name: true },
    });
    if (!member || !practice) {
      throw new ValidationError(msg("validation.checkFields"), {
        practiceId: [msg("errors.agreements.notMember", { name: wv.name })],
      });
    }
    const previous = await tx.acknowledgement.findFirst({
      where: { regionId: region.id, agreementVersionId: version.id, practiceId: practice.id },
      select: { decision: true, reason: true },
    });
    const values = {
      decision: data.decision,
      reason: data.decision === "objection" ? (data.reason ?? null) : null,
      userId: actor.userId,
      decidedAt: new Date(),
    };
    await tx.acknowledgement.upsert({
      where: {
        regionId_agreementVersionId_practiceId: {
          regionId: region.id,
          agreementVersionId: version.id,
          practiceId: practice.id,
        },
      },
      create: { regionId: region.id, agreementVersionId: version.id, practiceId: practice.id, ...values },
      update: values,
    });
    await recordAudit(tx, actor, {
      regionId: region.id,
      action: "agreement.acknowledge",
      entityType: "Agreement",
      entityId: version.agreement.id,
      changes: {
        versionNumber: version.versionNumber,
        practice: practice.name,
        practiceId: practice.id,
        ...diffFields(
          { decision: previous?.decision ?? null, reason: previous?.reason ?? null },
          { decision: values.decision, reason: values.reason },
        ),
      },
    });
    // A new objection (not a repeated one) is news for the coordinators.
    if (data.decision === "objection" && previous?.decision !== "objection") {
      await recordNotificationEvent(tx, actor, {
        regionId: region.id,
        kind: "agreement_objection",
        subject: {
          type: "agreement",
          id: version.id,
          agreementId: version.agreement.id,
          wijkverbandId: wv.id,
          municipalityCode: wv.municipalityCode,
          slug: region.slug,
          title: version.agreement.title,
          versionNumber: version.versionNumber,
          practiceName: practice.name,
        },
      });
    }
    return { decision: data.decision };
  });
  wakeNotifications();
  return decided;
}
