// Demo writer for the regioplan: per region a plan with themes, initiatives (participants,
// indicators with measurements, milestones), the frozen version of an adopted plan, and the
// comments on plans and initiatives.
import type { Prisma } from "@/lib/generated/prisma/client";
import { buildSnapshot } from "@/lib/domain/plans/snapshot";
import { createdInOrder } from "@/lib/domain/plans/tree";
import type { NetworkIds, PlanIds, RegionIds, Tx, UserIds } from "@/lib/db/seed/context";
import {
  COMMENTS,
  DEMO_USERS,
  INSURERS,
  MUNICIPALITIES,
  PARTNER_ORGANISATIONS,
  PLAN_ADOPTED_AT,
  PLANS,
  REGIONS,
  WIJKVERBANDEN,
  type DemoUserKey,
  type IndicatorSeed,
  type InsurerKey,
  type ParticipantSeed,
  type PartnerKey,
  type RegionKey,
  type ThemeSeed,
} from "@/lib/db/seed/demo-data";
import { day, periodEndOf, required, uuid } from "@/lib/db/seed/helpers";

/** A theme's own fields, the same in its row and in the frozen snapshot. */
const themeFields = (t: ThemeSeed) => ({
  name: t.name,
  type: t.type,
  clientGroup: t.clientGroup ?? null,
  izaGoals: t.izaGoals,
  priority: t.priority,
  rationale: t.rationale,
});

/** An indicator's own fields, the same in its row and in the frozen snapshot. */
const indicatorFields = (ind: IndicatorSeed) => ({
  name: ind.name,
  unit: ind.unit,
  baseline: ind.baseline ?? null,
  target: ind.target,
  direction: ind.direction,
});

export async function writePlans<C extends RegionIds & NetworkIds & UserIds>(tx: Tx, ctx: C): Promise<C & PlanIds> {
  const { rid, pid, wvid, uid, coordinatorOf, insurerId, partnerId } = ctx;

  // ── regioplan, themes, initiatives and the frozen version of an adopted plan ──
  const planId = new Map<RegionKey, string>();
  const initiativeId = new Map<string, string>(); // `${region}:${key}`
  const iid = (region: RegionKey, key: string): string =>
    required(initiativeId.get(`${region}:${key}`), `initiatief ${region}:${key}`);
  const plans: Prisma.RegioplanCreateManyInput[] = [];
  const planVersions: Prisma.PlanVersionCreateManyInput[] = [];
  const themes: Prisma.ThemeCreateManyInput[] = [];
  const initiatives: Prisma.InitiativeCreateManyInput[] = [];
  const participants: Prisma.InitiativeParticipantCreateManyInput[] = [];
  const indicators: Prisma.IndicatorCreateManyInput[] = [];
  const seededAt = Date.now();
  const measurements: Prisma.MeasurementCreateManyInput[] = [];
  const milestones: Prisma.MilestoneCreateManyInput[] = [];
  const participantName = (part: ParticipantSeed): string => {
    if ("wijkverband" in part)
      return required(
        WIJKVERBANDEN.find((w) => w.key === part.wijkverband),
        part.wijkverband,
      ).name;
    if ("practice" in part) return part.practice;
    return required(
      PARTNER_ORGANISATIONS.find((o) => o.key === part.organisation)?.name ??
        INSURERS.find((i) => i.key === (part.organisation as string))?.name,
      part.organisation,
    );
  };
  const partnerOrInsurer = (key: string): string =>
    required(partnerId.get(key as PartnerKey) ?? insurerId.get(key as InsurerKey), `organisatie ${key}`);

  for (const plan of PLANS) {
    const regionIdOfPlan = rid(plan.region);
    const id = uuid();
    planId.set(plan.region, id);
    plans.push({
      id,
      regionId: regionIdOfPlan,
      title: plan.title,
      periodStart: plan.periodStart,
      periodEnd: plan.periodEnd,
      status: plan.status,
      currentVersion: plan.currentVersion,
      summary: plan.summary,
    });
    const themeId = new Map(plan.themes.map((t) => [t.key, uuid()]));
    for (const t of plan.themes) {
      themes.push({
        id: themeId.get(t.key),
        regionId: regionIdOfPlan,
        planId: id,
        ...themeFields(t),
      });
    }
    for (const ini of plan.initiatives) {
      const initiative = uuid();
      if (initiativeId.has(`${plan.region}:${ini.key}`)) throw new Error(`Demo-data: initiatief dubbel: ${ini.key}`);
      initiativeId.set(`${plan.region}:${ini.key}`, initiative);
      initiatives.push({
        id: initiative,
        regionId: regionIdOfPlan,
        themeId: required(themeId.get(ini.theme), `thema ${ini.theme}`),
        title: ini.title,
        description: ini.description,
        ownerName: ini.ownerName,
        phase: ini.phase,
        startDate: day(ini.startDate),
        endDate: day(ini.endDate),
      });
      for (const part of ini.participants ?? []) {
        const row: Prisma.InitiativeParticipantCreateManyInput = { regionId: regionIdOfPlan, initiativeId: initiative };
        if ("wijkverband" in part) row.wijkverbandId = wvid(part.wijkverband, plan.region);
        else if ("practice" in part) row.practiceId = pid(part.practice, plan.region);
        else row.organisationId = partnerOrInsurer(part.organisation);
        participants.push(row);
      }
      for (const ind of ini.indicators) {
        const indicator = uuid();
        indicators.push({
          id: indicator,
          regionId: regionIdOfPlan,
          initiativeId: initiative,
          ...indicatorFields(ind),
          createdAt: createdInOrder(seededAt, indicators.length),
        });
        for (const [period, value] of ind.measurements) {
          measurements.push({ regionId: regionIdOfPlan, indicatorId: indicator, period, periodEnd: periodEndOf(period), value });
        }
      }
      for (const [title, due, doneAt] of ini.milestones) {
        milestones.push({
          regionId: regionIdOfPlan,
          initiativeId: initiative,
          title,
          dueDate: day(due),
          doneAt: doneAt ? new Date(doneAt) : null,
        });
      }
    }
    const adoptedAt = PLAN_ADOPTED_AT[plan.region];
    if (plan.currentVersion > 0 && adoptedAt) {
      planVersions.push({
        regionId: regionIdOfPlan,
        planId: id,
        versionNumber: plan.currentVersion,
        createdById: uid(coordinatorOf[plan.region]),
        createdAt: new Date(adoptedAt),
        // The same snapshot the service freezes when a plan becomes vastgesteld.
        snapshot: buildSnapshot({
          title: plan.title,
          periodStart: plan.periodStart,
          periodEnd: plan.periodEnd,
          summary: plan.summary,
          themes: plan.themes.map((t) => ({
            id: themeId.get(t.key),
            ...themeFields(t),
            initiatives: plan.initiatives
              .filter((i) => i.theme === t.key)
              .map((i) => ({
                id: iid(plan.region, i.key),
                title: i.title,
                description: i.description,
                ownerName: i.ownerName,
                phase: i.phase,
                startDate: i.startDate,
                endDate: i.endDate,
                participants: (i.participants ?? []).map(participantName),
                indicators: i.indicators.map(indicatorFields),
                // Milestones as they stood on the day of adoption.
                milestones: i.milestones.map(([title, due, doneAt]) => ({
                  title,
                  dueDate: due,
                  doneAt: doneAt && doneAt <= adoptedAt ? doneAt : null,
                })),
              })),
          })),
        }) as unknown as Prisma.InputJsonValue,
      });
    }
  }
  await tx.regioplan.createMany({ data: plans });
  await tx.planVersion.createMany({ data: planVersions });
  await tx.theme.createMany({ data: themes });
  await tx.initiative.createMany({ data: initiatives });
  await tx.initiativeParticipant.createMany({ data: participants });
  await tx.indicator.createMany({ data: indicators });
  await tx.measurement.createMany({ data: measurements });
  await tx.milestone.createMany({ data: milestones });

  // ── comments ──
  const userSeed = new Map(DEMO_USERS.map((u) => [u.key, u]));
  const organisationNameOf = (key: DemoUserKey): string | null => {
    const u = required(userSeed.get(key), key);
    if (u.insurer)
      return required(
        INSURERS.find((i) => i.key === u.insurer),
        u.insurer,
      ).name;
    if (u.municipalityCode)
      return required(
        MUNICIPALITIES.find((m) => m.code === u.municipalityCode),
        u.municipalityCode,
      ).name;
    if (u.practice) return u.practice;
    if (u.region)
      return required(
        REGIONS.find((r) => r.key === u.region),
        u.region,
      ).name;
    return null;
  };
  await tx.comment.createMany({
    data: COMMENTS.map((c) => {
      const author = required(userSeed.get(c.author), c.author);
      return {
        regionId: rid(c.region),
        subjectType: c.subject.type,
        subjectId:
          c.subject.type === "plan" ? required(planId.get(c.region), `plan ${c.region}`) : iid(c.region, c.subject.initiative),
        authorId: uid(c.author),
        authorName: author.name,
        authorRole: author.role,
        authorOrganisationName: organisationNameOf(c.author),
        body: c.body,
        createdAt: new Date(c.createdAt),
        handledAt: c.handledAt ? new Date(c.handledAt) : null,
        handledById: c.handledAt ? uid(coordinatorOf[c.region]) : null,
      };
    }),
  });
  return { ...ctx, planId, iid };
}
