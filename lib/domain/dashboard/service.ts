// The coordinator's dashboard (/r/<regio>): the region at a glance in one transaction — a few
// set-based aggregate queries (GROUP BY in SQL), run together, then the pure rules in ./rules.ts.
// Every figure matches a page that shows the same number (see README "Coördinatordashboard").
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/authz/permissions";
import { oneByOne } from "@/lib/db/one-by-one";
import { withActor } from "@/lib/db/with-actor";
import type { InitiativePhase } from "@/lib/generated/prisma/enums";
import { reviewMarker, sharePercent } from "@/lib/domain/agreements/rules";
import {
  activityHref,
  attentionItems,
  describeAction,
  moneyTotals,
  type CoordinatorDashboard,
  type DashboardAgreements,
  type DashboardMoney,
  type DashboardPlan,
} from "@/lib/domain/dashboard/rules";
import { NotFoundError } from "@/lib/domain/errors";
import { insurerFigures } from "@/lib/domain/money/figures";
import { startOfToday } from "@/lib/domain/plans/access";
import { assessIndicator, tallyIndicators } from "@/lib/domain/plans/indicators";
import { followedPlan, PHASES } from "@/lib/domain/plans/rules";
import { findRegionInTx, municipalityNamesInTx } from "@/lib/domain/regions/service";
import { coreTeamStatus } from "@/lib/domain/wijkverbanden/core-team";
import { msg } from "@/lib/i18n/keys";

/** How many audit events "recent activity" shows. */
export const ACTIVITY_SIZE = 10;

type IndicatorRow = {
  planId: string;
  direction: "increase" | "decrease" | "maintain";
  baseline: number | null;
  target: number;
  startDate: Date | null;
  endDate: Date | null;
  measurements: number;
  firstEnd: Date | null;
  firstValue: number | null;
  latestEnd: Date | null;
  latestValue: number | null;
};

export async function getCoordinatorDashboard(actor: Actor, slug: string, now = new Date()): Promise<CoordinatorDashboard> {
  const today = startOfToday(now);
  return withActor(actor, async (tx) => {
    const region = await findRegionInTx(tx, actor, slug);
    if (!can(actor, "region.dashboard", { regionId: region.id })) throw new NotFoundError(msg("errors.notFound.region"));
    const regionId = region.id;

    const [plans, phaseRows, milestoneRows, indicatorRows, money, agreementRows, wijkverbandRows, socialRows, names, events] =
      await oneByOne(
        () =>
          tx.regioplan.findMany({
            where: { regionId },
            select: { id: true, title: true, periodStart: true, periodEnd: true, status: true },
            orderBy: [{ periodStart: "desc" }, { createdAt: "desc" }],
          }),
        // Initiatives per plan and phase.
        () => tx.$queryRaw<{ planId: string; phase: InitiativePhase; count: bigint }[]>`
          SELECT t."planId"::text AS "planId", i."phase"::text AS "phase", COUNT(*) AS "count"
          FROM "Initiative" i
          JOIN "Theme" t ON t."regionId" = i."regionId" AND t."id" = i."themeId"
          WHERE i."regionId" = ${regionId}::uuid
          GROUP BY t."planId", i."phase"`,
        // Open milestones past their date, per plan.
        () => tx.$queryRaw<{ planId: string; overdue: bigint }[]>`
          SELECT t."planId"::text AS "planId", COUNT(*) AS "overdue"
          FROM "Milestone" m
          JOIN "Initiative" i ON i."regionId" = m."regionId" AND i."id" = m."initiativeId"
          JOIN "Theme" t ON t."regionId" = i."regionId" AND t."id" = i."themeId"
          WHERE m."regionId" = ${regionId}::uuid AND m."doneAt" IS NULL AND m."dueDate" < ${today}::date
          GROUP BY t."planId"`,
        // Each indicator with its first and latest measurement (all assessIndicator() looks at): the
        // region's measurements grouped once (MATERIALIZED: inlined, the planner re-aggregated per indicator).
        () => tx.$queryRaw<IndicatorRow[]>`
          WITH ms AS MATERIALIZED (
            SELECT m."indicatorId", COUNT(*)::int AS n,
              (array_agg(m."periodEnd" ORDER BY m."periodEnd", m."period"))[1] AS "firstEnd",
              (array_agg(m."value" ORDER BY m."periodEnd", m."period"))[1] AS "firstValue",
              (array_agg(m."periodEnd" ORDER BY m."periodEnd" DESC, m."period" DESC))[1] AS "latestEnd",
              (array_agg(m."value" ORDER BY m."periodEnd" DESC, m."period" DESC))[1] AS "latestValue"
            FROM "Measurement" m
            WHERE m."regionId" = ${regionId}::uuid
            GROUP BY m."indicatorId"
          )
          SELECT t."planId"::text AS "planId", ind."direction"::text AS "direction", ind."baseline", ind."target",
            i."startDate", i."endDate", COALESCE(ms.n, 0)::int AS "measurements",
            ms."firstEnd", ms."firstValue", ms."latestEnd", ms."latestValue"
          FROM "Indicator" ind
          JOIN "Initiative" i ON i."regionId" = ind."regionId" AND i."id" = ind."initiativeId"
          JOIN "Theme" t ON t."regionId" = i."regionId" AND t."id" = i."themeId"
          LEFT JOIN ms ON ms."indicatorId" = ind."id"
          WHERE ind."regionId" = ${regionId}::uuid`,
        () => insurerFigures(tx, regionId, now.getUTCFullYear()),
        // Per current (published) version: its member practices asked and their decisions.
        () => tx.$queryRaw<
          {
            agreementId: string;
            wijkverbandId: string;
            reviewDate: Date | null;
            asked: bigint;
            accepted: bigint;
            objections: bigint;
          }[]
        >`
          WITH cur AS (
            SELECT v."id", v."agreementId", a."wijkverbandId", v."reviewDate"
            FROM "AgreementVersion" v
            JOIN "Agreement" a ON a."regionId" = v."regionId" AND a."id" = v."agreementId"
            WHERE v."regionId" = ${regionId}::uuid AND v."status" = 'gepubliceerd'
          ),
          mem AS (
            SELECT DISTINCT m."wijkverbandId", m."practiceId"
            FROM "WijkverbandMember" m
            JOIN "Practice" p ON p."regionId" = m."regionId" AND p."id" = m."practiceId"
            WHERE m."regionId" = ${regionId}::uuid AND p."archivedAt" IS NULL
          )
          SELECT cur."agreementId"::text AS "agreementId", cur."wijkverbandId"::text AS "wijkverbandId", cur."reviewDate",
            COUNT(mem."practiceId") AS "asked",
            COUNT(k."id") FILTER (WHERE k."decision" = 'accepted') AS "accepted",
            COUNT(k."id") FILTER (WHERE k."decision" = 'objection') AS "objections"
          FROM cur
          LEFT JOIN mem ON mem."wijkverbandId" = cur."wijkverbandId"
          LEFT JOIN "Acknowledgement" k
            ON k."regionId" = ${regionId}::uuid AND k."agreementVersionId" = cur."id" AND k."practiceId" = mem."practiceId"
          GROUP BY cur."id", cur."agreementId", cur."wijkverbandId", cur."reviewDate"`,
        // Active wijkverbanden with their members' roles (the core-team check runs on these).
        () => tx.$queryRaw<{ id: string; name: string; roles: string[] }[]>`
          SELECT w."id"::text AS "id", w."name",
            COALESCE(array_agg(m."role") FILTER (WHERE m."role" IS NOT NULL), '{}') AS "roles"
          FROM "Wijkverband" w
          LEFT JOIN "WijkverbandMember" m ON m."regionId" = w."regionId" AND m."wijkverbandId" = w."id"
          WHERE w."regionId" = ${regionId}::uuid AND w."archivedAt" IS NULL
          GROUP BY w."id", w."name"
          ORDER BY w."name"`,
        () =>
          tx.socialLink.groupBy({
            by: ["municipalityCode", "status"],
            where: { regionId, status: { in: ["actief", "verkenning"] } },
            _count: { _all: true },
          }),
        () => municipalityNamesInTx(tx, region.municipalityCodes),
        // The last audit events with the actor's name (and an agreement's wijkverband, for its link).
        () => tx.$queryRaw<
          {
            id: bigint;
            occurredAt: Date;
            userName: string | null;
            userEmail: string | null;
            role: string | null;
            action: string;
            entityType: string;
            entityId: string | null;
            wijkverbandId: string | null;
          }[]
        >`
          SELECT e."id", e."occurredAt", u."name" AS "userName", e."userEmail", e."role"::text AS "role", e."action",
            e."entityType", e."entityId", ag."wijkverbandId"::text AS "wijkverbandId"
          FROM (
            SELECT * FROM "AuditEvent" WHERE "regionId" = ${regionId}::uuid ORDER BY "id" DESC LIMIT ${ACTIVITY_SIZE}
          ) e
          LEFT JOIN "User" u ON u."id" = e."userId"
          LEFT JOIN "Agreement" ag
            ON e."entityType" = 'Agreement' AND ag."regionId" = e."regionId" AND ag."id"::text = e."entityId"
          ORDER BY e."id" DESC`,
      );

    // ── plan progress: the plan partners follow now ──
    const chosen = followedPlan(plans, now.getUTCFullYear());
    let plan: DashboardPlan | null = null;
    if (chosen) {
      const phases = Object.fromEntries(PHASES.map((p) => [p, 0])) as Record<InitiativePhase, number>;
      for (const r of phaseRows) if (r.planId === chosen.id) phases[r.phase] = Number(r.count);
      const states = indicatorRows
        .filter((r) => r.planId === chosen.id)
        .map((r) => {
          const latest = r.latestEnd && r.latestValue !== null ? { periodEnd: r.latestEnd, value: r.latestValue } : null;
          const first = r.firstEnd && r.firstValue !== null ? { periodEnd: r.firstEnd, value: r.firstValue } : null;
          const measurements = !latest ? [] : r.measurements > 1 && first ? [first, latest] : [latest];
          return assessIndicator({ ...r, measurements, start: r.startDate, end: r.endDate }).state;
        });
      plan = {
        ...chosen,
        initiatives: Object.values(phases).reduce((a, b) => a + b, 0),
        phases,
        overdueMilestones: Number(milestoneRows.find((r) => r.planId === chosen.id)?.overdue ?? 0),
        indicators: tallyIndicators(states),
      };
    }

    // ── money: per insurer in the year the budget page shows first ──
    let dashboardMoney: DashboardMoney | null = null;
    if (money) {
      const insurers = money.insurers.filter((r) => can(actor, "budget.read", { regionId, insurerId: r.insurerId }));
      const oldest = await tx.$queryRaw<{ status: string; id: string }[]>`
        SELECT DISTINCT ON (ex."status") ex."status"::text AS "status", ex."id"::text AS "id"
        FROM "Expenditure" ex
        JOIN "Allocation" al ON al."regionId" = ex."regionId" AND al."id" = ex."allocationId"
        JOIN "OiBudget" b ON b."regionId" = al."regionId" AND b."id" = al."budgetId"
        WHERE ex."regionId" = ${regionId}::uuid AND b."year" = ${money.year}::int
          AND ex."status" IN ('vraag_gesteld', 'concept')
        ORDER BY ex."status", ex."updatedAt", ex."id"`;
      dashboardMoney = {
        year: money.year,
        insurers,
        totals: moneyTotals(insurers),
        oldestQuestionId: oldest.find((o) => o.status === "vraag_gesteld")?.id ?? null,
        oldestConceptId: oldest.find((o) => o.status === "concept")?.id ?? null,
      };
    }

    // ── agreements: the current versions, shares over all member practices ──
    let agreements: DashboardAgreements | null = null;
    if (agreementRows.length) {
      const sum = (k: "asked" | "accepted" | "objections") => agreementRows.reduce((n, r) => n + Number(r[k]), 0);
      const asked = sum("asked");
      const accepted = sum("accepted");
      const objections = sum("objections");
      const markers = agreementRows.map((r) => reviewMarker(r.reviewDate, today));
      const withObjections = agreementRows.filter((r) => Number(r.objections) > 0);
      agreements = {
        published: agreementRows.length,
        asked,
        accepted,
        objections,
        open: asked - accepted - objections,
        percent: sharePercent({ accepted, asked }),
        reviewsOverdue: markers.filter((m) => m === "overdue").length,
        reviewsSoon: markers.filter((m) => m === "soon").length,
        singleObjection:
          withObjections.length === 1
            ? { agreementId: withObjections[0]!.agreementId, wijkverbandId: withObjections[0]!.wijkverbandId }
            : null,
      };
    }

    // ── wijkverbanden: core-team completeness ──
    const teams = wijkverbandRows.map((w) => ({ id: w.id, name: w.name, ...coreTeamStatus(w.roles) }));
    const network = {
      total: teams.length,
      complete: teams.filter((w) => w.complete).length,
      incomplete: teams.filter((w) => !w.complete).map((w) => ({ id: w.id, name: w.name, missing: w.missing })),
    };

    // ── social domain: links per municipality (all the region's municipalities, as on its page) ──
    const count = (code: string, status: string) =>
      socialRows.find((r) => r.municipalityCode === code && r.status === status)?._count._all ?? 0;
    const municipalities = region.municipalityCodes.map((code) => ({
      code,
      name: names[code] ?? code,
      active: count(code, "actief"),
      exploring: count(code, "verkenning"),
    }));

    const partial = { plan, money: dashboardMoney, agreements, network };
    return {
      region: { id: region.id, slug: region.slug, name: region.name },
      today,
      ...partial,
      social: { municipalities, active: municipalities.reduce((n, m) => n + m.active, 0) },
      activity: events.map((e) => ({
        id: e.id.toString(),
        occurredAt: e.occurredAt,
        who: e.userName ?? e.userEmail ?? "–",
        role: e.role,
        action: e.action,
        ...describeAction(e.action),
        href: activityHref(region.slug, e.entityType, e.entityId, e.wijkverbandId),
      })),
      attention: attentionItems(region.slug, partial),
    };
  });
}
