// Initiatives: the filtered list of a plan's initiatives, one initiative with its history, and
// creating and editing them (participants from this region only; moving only within the plan).
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/authz/permissions";
import { withActor, type Tx } from "@/lib/db/with-actor";
import type { ClientGroup, InitiativePhase, PlanStatus, Prisma, Role } from "@/lib/generated/prisma/client";
import { diffFields } from "@/lib/domain/audit/service";
import { ValidationError } from "@/lib/domain/errors";
import {
  changePlan,
  INITIATIVE_NOT_FOUND,
  initiativeInRegion,
  PLAN_SELECT,
  planInRegion,
  planPermissions,
  readableRegion,
  startOfToday,
  THEME_NOT_FOUND,
  themeInRegion,
  UNCHANGED,
  type PlanPermissions,
  type PlanRow,
} from "@/lib/domain/plans/access";
import { loadComments, type CommentView } from "@/lib/domain/plans/comments";
import { tallyIndicators, type IndicatorTally } from "@/lib/domain/plans/indicators";
import { assertContentEditable, followedPlan } from "@/lib/domain/plans/rules";
import {
  InitiativeFilterSchema,
  InitiativeInputSchema,
  type InitiativeFilter,
  type InitiativeInput,
} from "@/lib/domain/plans/schema";
import {
  INITIATIVE_TREE_SELECT,
  loadParticipantNames,
  loadThemes,
  toInitiativeView,
  type InitiativeView,
} from "@/lib/domain/plans/tree";
import { parseInput } from "@/lib/domain/shared/parse";
import type { RegionSummary } from "@/lib/domain/regions/service";
import { msg } from "@/lib/i18n/keys";

// ───────────────────────── reading ─────────────────────────

export type InitiativeListItem = InitiativeView & {
  themeName: string;
  clientGroup: ClientGroup | null;
  openMilestones: number;
  overdueMilestones: number;
};

export type InitiativeList = {
  region: RegionSummary;
  plan: PlanRow | null;
  plans: { id: string; title: string; status: PlanStatus }[];
  themes: { id: string; name: string }[];
  municipalities: { code: string; name: string }[];
  filter: InitiativeFilter;
  initiatives: InitiativeListItem[];
  total: number;
  /** Over the initiatives shown: milestones past their date and indicator states (as on the dashboard). */
  summary: { overdueMilestones: number; indicators: IndicatorTally } | null;
  /** The actor's own municipalities and client-group interest, for "follow" shortcuts. */
  ownMunicipalities: string[];
};

/** The plan's initiatives, filtered by theme, client group, phase, municipality and text. */
export async function listInitiatives(
  actor: Actor,
  slug: string,
  rawFilter: Record<string, string | undefined>,
): Promise<InitiativeList> {
  const filter = InitiativeFilterSchema.parse(rawFilter);
  return withActor(actor, async (tx) => {
    const region = await readableRegion(tx, actor, slug);
    const plans = await tx.regioplan.findMany({
      where: { regionId: region.id },
      select: PLAN_SELECT,
      orderBy: [{ periodStart: "desc" }, { createdAt: "desc" }],
    });
    // Default: the plan partners follow now (followedPlan).
    const plan =
      (filter.plan ? plans.find((p) => p.id === filter.plan) : undefined) ?? followedPlan(plans, new Date().getUTCFullYear());
    const ownMunicipalities = actor.memberships
      .map((m) => m.municipalityCode)
      .filter((c): c is string => !!c && region.municipalityCodes.includes(c));
    const named = await tx.organisation.findMany({
      where: { municipalityCode: { in: region.municipalityCodes } },
      select: { municipalityCode: true, name: true },
    });
    const municipalities = region.municipalityCodes.map((code) => ({
      code,
      name: named.find((o) => o.municipalityCode === code)?.name ?? code,
    }));
    const base = {
      region,
      plans: plans.map((p) => ({ id: p.id, title: `${p.title} (${p.periodStart}–${p.periodEnd})`, status: p.status })),
      filter,
      ownMunicipalities,
      municipalities,
    };
    if (!plan) return { ...base, plan: null, themes: [], initiatives: [], total: 0, summary: null };
    const themes = await loadThemes(tx, region.id, plan.id);
    const all: InitiativeListItem[] = themes.flatMap((t) =>
      t.initiatives.map((i) => ({
        ...i,
        themeName: t.name,
        clientGroup: t.clientGroup,
        openMilestones: i.milestones.filter((m) => !m.doneAt).length,
        overdueMilestones: i.milestones.filter((m) => m.overdue).length,
      })),
    );
    const q = filter.q?.toLocaleLowerCase("nl");
    const initiatives = all.filter(
      (i) =>
        (!filter.theme || i.themeId === filter.theme) &&
        (!filter.clientGroup || i.clientGroup === filter.clientGroup) &&
        (!filter.phase || i.phase === filter.phase) &&
        (!filter.municipality || i.municipalityCodes.includes(filter.municipality)) &&
        (filter.signal !== "over-tijd" || i.overdueMilestones > 0) &&
        (filter.signal !== "niet-op-koers" || i.indicators.some((ind) => ind.assessment.state === "off_track")) &&
        (!q || `${i.title} ${i.ownerName ?? ""} ${i.description ?? ""}`.toLocaleLowerCase("nl").includes(q)),
    );
    return {
      ...base,
      plan,
      themes: themes.map((t) => ({ id: t.id, name: t.name })),
      initiatives,
      total: all.length,
      summary: {
        overdueMilestones: initiatives.reduce((n, i) => n + i.overdueMilestones, 0),
        indicators: tallyIndicators(initiatives.flatMap((i) => i.indicators.map((ind) => ind.assessment.state))),
      },
    };
  });
}

export type HistoryEntry = {
  id: string;
  occurredAt: Date;
  role: Role | null;
  userEmail: string | null;
  action: string;
  fields: string[];
};

export type InitiativeDetail = {
  region: RegionSummary;
  plan: PlanRow;
  theme: { id: string; name: string; clientGroup: ClientGroup | null };
  initiative: InitiativeView;
  carriedFrom: { id: string; title: string; planTitle: string } | null;
  comments: CommentView[];
  history: HistoryEntry[];
  permissions: PlanPermissions;
  options: {
    themes: { id: string; name: string }[];
    wijkverbanden: { id: string; name: string }[];
    practices: { id: string; name: string }[];
    organisations: { id: string; name: string }[];
  } | null;
};

export async function getInitiative(actor: Actor, slug: string, initiativeId: string): Promise<InitiativeDetail> {
  return withActor(actor, async (tx) => {
    const region = await readableRegion(tx, actor, slug);
    const found = await initiativeInRegion(tx, region.id, initiativeId);
    const row = await tx.initiative.findFirstOrThrow({
      where: { id: found.id, regionId: region.id },
      select: INITIATIVE_TREE_SELECT,
    });
    const names = await loadParticipantNames(tx, region.id, row.participants);
    const initiative = toInitiativeView(row, names, startOfToday());
    const plan = found.theme.plan;
    const permissions = planPermissions(actor, region.id, plan.status);
    const [theme, comments, events, carried] = await Promise.all([
      tx.theme.findFirstOrThrow({
        where: { id: found.themeId, regionId: region.id },
        select: { id: true, name: true, clientGroup: true },
      }),
      loadComments(tx, region.id, [{ type: "initiative", ids: [found.id] }]),
      tx.auditEvent.findMany({
        where: { regionId: region.id, entityType: "Initiative", entityId: found.id },
        select: { id: true, occurredAt: true, role: true, userEmail: true, action: true, changes: true },
        orderBy: { id: "desc" },
        take: 100,
      }),
      found.carriedFromId
        ? tx.initiative.findFirst({
            where: { id: found.carriedFromId, regionId: region.id },
            select: {
              id: true,
              title: true,
              theme: { select: { plan: { select: { title: true, periodStart: true, periodEnd: true } } } },
            },
          })
        : null,
    ]);
    const showEmail = can(actor, "audit.read", { regionId: region.id });
    let options: InitiativeDetail["options"] = null;
    if (permissions.mayEdit) options = await editOptions(tx, region.id, plan.id);
    return {
      region,
      plan,
      theme,
      initiative,
      carriedFrom: carried
        ? {
            id: carried.id,
            title: carried.title,
            planTitle: `${carried.theme.plan.title} (${carried.theme.plan.periodStart}–${carried.theme.plan.periodEnd})`,
          }
        : null,
      comments,
      history: events.map((e) => ({
        id: e.id.toString(),
        occurredAt: e.occurredAt,
        role: e.role,
        userEmail: showEmail ? e.userEmail : null,
        action: e.action,
        fields: e.changes && typeof e.changes === "object" && !Array.isArray(e.changes) ? Object.keys(e.changes as object) : [],
      })),
      permissions,
      options,
    };
  });
}

async function editOptions(tx: Tx, regionId: string, planId: string) {
  const [themes, wijkverbanden, practices, partners] = await Promise.all([
    tx.theme.findMany({
      where: { regionId, planId },
      select: { id: true, name: true },
      orderBy: [{ priority: "asc" }, { name: "asc" }],
    }),
    tx.wijkverband.findMany({
      where: { regionId, archivedAt: null },
      select: { id: true, name: true },
      orderBy: { name: "asc" },
    }),
    tx.practice.findMany({
      where: { regionId, archivedAt: null },
      select: { id: true, name: true },
      orderBy: { name: "asc" },
    }),
    tx.regionPartner.findMany({
      where: { regionId },
      select: { organisation: { select: { id: true, name: true } } },
    }),
  ]);
  return {
    themes,
    wijkverbanden,
    practices,
    organisations: partners.map((p) => p.organisation).sort((a, b) => a.name.localeCompare(b.name, "nl")),
  };
}

/**
 * The plan and the form options for a new initiative under it (coordinators only). On its own page:
 * the options hold every practice of the region, too heavy to send with each view of the plan.
 * Null when the actor may not add initiatives to this plan (not an editor, or the plan is closed).
 */
export async function getNewInitiativeForm(actor: Actor, slug: string, planId: string) {
  return withActor(actor, async (tx) => {
    const region = await readableRegion(tx, actor, slug);
    const plan = await planInRegion(tx, region.id, planId);
    if (!planPermissions(actor, region.id, plan.status).mayEdit) return null;
    return { region, plan, options: await editOptions(tx, region.id, plan.id) };
  });
}

// ───────────────────────── changes ─────────────────────────

async function checkParticipants(
  tx: Tx,
  regionId: string,
  data: { wijkverbandIds: string[]; practiceIds: string[]; organisationIds: string[] },
) {
  const [wvs, prs, orgs] = await Promise.all([
    tx.wijkverband.count({ where: { regionId, id: { in: data.wijkverbandIds } } }),
    tx.practice.count({ where: { regionId, id: { in: data.practiceIds } } }),
    tx.regionPartner.count({ where: { regionId, organisationId: { in: data.organisationIds } } }),
  ]);
  const errors: Record<string, string[]> = {};
  if (wvs !== new Set(data.wijkverbandIds).size) errors.wijkverbandIds = [msg("errors.plans.chooseWijkverbanden")];
  if (prs !== new Set(data.practiceIds).size) errors.practiceIds = [msg("errors.plans.choosePractices")];
  if (orgs !== new Set(data.organisationIds).size) errors.organisationIds = [msg("errors.plans.choosePartners")];
  if (Object.keys(errors).length > 0) throw new ValidationError(msg("validation.checkFields"), errors);
}

function participantRows(
  regionId: string,
  initiativeId: string,
  data: { wijkverbandIds: string[]; practiceIds: string[]; organisationIds: string[] },
): Prisma.InitiativeParticipantCreateManyInput[] {
  return [
    ...[...new Set(data.wijkverbandIds)].map((wijkverbandId) => ({ regionId, initiativeId, wijkverbandId })),
    ...[...new Set(data.practiceIds)].map((practiceId) => ({ regionId, initiativeId, practiceId })),
    ...[...new Set(data.organisationIds)].map((organisationId) => ({ regionId, initiativeId, organisationId })),
  ];
}

function initiativeValues(data: ReturnType<typeof InitiativeInputSchema.parse>) {
  return {
    themeId: data.themeId,
    title: data.title,
    description: data.description ?? null,
    ownerName: data.ownerName ?? null,
    phase: data.phase as InitiativePhase,
    startDate: data.startDate ?? null,
    endDate: data.endDate ?? null,
  };
}

export async function createInitiative(actor: Actor, slug: string, input: InitiativeInput): Promise<{ id: string }> {
  const data = parseInput(InitiativeInputSchema, input);
  return changePlan(actor, slug, {
    load: (tx, regionId) => themeInRegion(tx, regionId, data.themeId),
    notFound: THEME_NOT_FOUND,
    rule: (theme) => assertContentEditable(theme.plan.status),
    change: async (tx, _theme, region) => {
      await checkParticipants(tx, region.id, data);
      const values = initiativeValues(data);
      const created = await tx.initiative.create({ data: { ...values, regionId: region.id }, select: { id: true } });
      const participants = participantRows(region.id, created.id, data);
      await tx.initiativeParticipant.createMany({ data: participants });
      return {
        result: created,
        audit: {
          action: "initiative.create",
          entityType: "Initiative",
          entityId: created.id,
          changes: diffFields({}, { ...values, participants: participants.length }),
        },
      };
    },
  });
}

export async function updateInitiative(actor: Actor, slug: string, initiativeId: string, input: InitiativeInput): Promise<void> {
  const data = parseInput(InitiativeInputSchema, input);
  return changePlan(actor, slug, {
    load: (tx, regionId) => initiativeInRegion(tx, regionId, initiativeId),
    notFound: INITIATIVE_NOT_FOUND,
    rule: (existing) => assertContentEditable(existing.theme.plan.status),
    change: async (tx, existing, region) => {
      if (data.themeId !== existing.themeId) {
        // Moving to another theme: only within the same plan.
        const target = await themeInRegion(tx, region.id, data.themeId);
        if (target.planId !== existing.theme.planId)
          throw new ValidationError(msg("validation.checkFields"), { themeId: [msg("errors.plans.themeSamePlan")] });
      }
      await checkParticipants(tx, region.id, data);
      const values = initiativeValues(data);
      const before = await tx.initiativeParticipant.findMany({
        where: { regionId: region.id, initiativeId: existing.id },
        select: { wijkverbandId: true, practiceId: true, organisationId: true },
      });
      const beforeIds = before.map((p) => p.wijkverbandId ?? p.practiceId ?? p.organisationId).sort();
      const rows = participantRows(region.id, existing.id, data);
      const afterIds = rows.map((p) => p.wijkverbandId ?? p.practiceId ?? p.organisationId).sort();
      const changes = diffFields({ ...existing, participants: beforeIds } as unknown as Record<string, unknown>, {
        ...values,
        participants: afterIds,
      });
      if (Object.keys(changes).length === 0) return UNCHANGED;
      await tx.initiative.update({ where: { id: existing.id }, data: values });
      if ("participants" in changes) {
        await tx.initiativeParticipant.deleteMany({ where: { regionId: region.id, initiativeId: existing.id } });
        await tx.initiativeParticipant.createMany({ data: rows });
      }
      return {
        result: undefined,
        audit: { action: "initiative.update", entityType: "Initiative", entityId: existing.id, changes },
      };
    },
  });
}
