// Regioplan at scale: a plan with 300 initiatives (6 themes; per initiative 2 indicators with 6
// measurements, 3 milestones, 2 participants). Server time of the plan page and the timeline:
// the service call (queries + indicator assessment) and the React server render of the markup.
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { TimelineChart } from "@/components/plan/timeline-chart";
import { timelineModel } from "@/components/plan/timeline-model";
import { loadActor } from "@/lib/auth/actor";
import { systemDb } from "@/lib/db/client";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { startOfToday } from "@/lib/domain/plans/access";
import { listInitiatives } from "@/lib/domain/plans/initiatives";
import { getPlan, getPlanTimeline } from "@/lib/domain/plans/plans";
import { getWerkagenda } from "@/lib/domain/plans/werkagenda";
import { toXlsx } from "@/lib/domain/shared/spreadsheet";
import { formatDate } from "@/lib/format";
import { MESSAGES } from "@/lib/i18n/messages";
import { analyzeAsOwner, measure } from "./harness";

const INITIATIVES = 300;
const THEMES = 6;

/** Adds a plan with 300 initiatives to a region (status ter consultatie); returns its id. */
export async function createLargePlan(db: PrismaClient, regionSlug: string): Promise<string> {
  const region = await db.region.findUniqueOrThrow({ where: { slug: regionSlug } });
  const wijkverbanden = await db.wijkverband.findMany({ where: { regionId: region.id }, select: { id: true } });
  const practices = await db.practice.findMany({ where: { regionId: region.id }, select: { id: true } });
  const planId = crypto.randomUUID();
  await db.regioplan.create({
    data: {
      id: planId,
      regionId: region.id,
      title: "Benchmarkplan 2029–2032",
      periodStart: 2029,
      periodEnd: 2032,
      status: "ter_consultatie",
    },
  });
  const themes = Array.from({ length: THEMES }, (_, t) => ({
    id: crypto.randomUUID(),
    regionId: region.id,
    planId,
    name: `Opgave ${t + 1}`,
    type: t < 4 ? ("doelgroep" as const) : ("randvoorwaardelijk" as const),
    izaGoals: ["passende-zorg"],
    priority: (t % 5) + 1,
  }));
  await db.theme.createMany({ data: themes });
  const initiatives = Array.from({ length: INITIATIVES }, (_, i) => ({
    id: crypto.randomUUID(),
    regionId: region.id,
    themeId: themes[i % THEMES]!.id,
    title: `Initiatief ${String(i + 1).padStart(3, "0")}`,
    description: "Een initiatief voor de benchmark, met een beschrijving van gemiddelde lengte voor de werkagenda.",
    ownerName: `Eigenaar ${i % 17}`,
    phase: (["ontwikkelen", "opschalen", "borgen", "stoppen"] as const)[i % 4],
    startDate: new Date(Date.UTC(2029, i % 12, 1)),
    endDate: new Date(Date.UTC(2031 + (i % 2), (i * 5) % 12, 28)),
  }));
  await db.initiative.createMany({ data: initiatives });
  await db.initiativeParticipant.createMany({
    data: initiatives.flatMap((ini, i) => [
      { regionId: region.id, initiativeId: ini.id, wijkverbandId: wijkverbanden[i % wijkverbanden.length]!.id },
      { regionId: region.id, initiativeId: ini.id, practiceId: practices[i % practices.length]!.id },
    ]),
  });
  const indicators = initiatives.flatMap((ini, i) => [
    {
      id: crypto.randomUUID(),
      regionId: region.id,
      initiativeId: ini.id,
      name: "Bereik",
      unit: "%",
      baseline: 10,
      target: 60,
      direction: "increase" as const,
    },
    {
      id: crypto.randomUUID(),
      regionId: region.id,
      initiativeId: ini.id,
      name: "Wachttijd",
      unit: "dagen",
      baseline: 30 + (i % 5),
      target: 10,
      direction: "decrease" as const,
    },
  ]);
  await db.indicator.createMany({ data: indicators });
  const periods = ["2029-H1", "2029-H2", "2030-H1", "2030-H2", "2031-H1", "2031-H2"];
  await db.measurement.createMany({
    data: indicators.flatMap((ind, i) =>
      periods.map((period, p) => ({
        regionId: region.id,
        indicatorId: ind.id,
        period,
        periodEnd: new Date(Date.UTC(2029 + Math.floor(p / 2), p % 2 ? 12 : 6, 0)),
        value: 10 + p * 5 + (i % 7),
      })),
    ),
  });
  await db.milestone.createMany({
    data: initiatives.flatMap((ini, i) =>
      [0, 1, 2].map((m) => ({
        regionId: region.id,
        initiativeId: ini.id,
        title: `Mijlpaal ${m + 1}`,
        dueDate: new Date(Date.UTC(2029 + m, (i + m * 4) % 12, 15)),
        doneAt: m === 0 ? new Date() : null,
      })),
    ),
  });
  return planId;
}

export default async function regioplan() {
  const user = await systemDb.user.findUniqueOrThrow({ where: { email: "coordinator@wijkkracht.test" } });
  const actor = (await loadActor(user.id))!;
  const slug = "zaanstreek-waterland";
  const planId = await createLargePlan(systemDb, slug);
  await analyzeAsOwner(["Regioplan", "Theme", "Initiative", "InitiativeParticipant", "Indicator", "Measurement", "Milestone"]);
  console.log(
    `plan with ${INITIATIVES} initiatives, ${INITIATIVES * 2} indicators, ${INITIATIVES * 12} measurements, ${INITIATIVES * 3} milestones`,
  );
  await measure("plan page data (getPlan, 300 initiatives)", () => getPlan(actor, slug, planId), 15);
  const timelineElement = (themes: Awaited<ReturnType<typeof getPlanTimeline>>["themes"]) =>
    createElement(TimelineChart, {
      model: timelineModel({
        themes,
        fromYear: 2029,
        toYear: 2032,
        initiativeBase: `/r/${slug}/initiatieven`,
        formatDate: (d: Date) => formatDate(d),
        today: startOfToday(),
        t: MESSAGES.nl.plan,
      }),
    });
  const { themes } = await getPlanTimeline(actor, slug, planId);
  await measure("timeline data (getPlanTimeline, 300 initiatives)", () => getPlanTimeline(actor, slug, planId), 15);
  await measure("timeline render (React server markup only)", async () => renderToStaticMarkup(timelineElement(themes)), 15);
  await measure(
    "timeline total (getPlanTimeline + render)",
    async () => renderToStaticMarkup(timelineElement((await getPlanTimeline(actor, slug, planId)).themes)),
    15,
  );
  await measure(
    "initiatives list, municipality filter (300)",
    () => listInitiatives(actor, slug, { plan: planId, municipality: "GM0479" }),
    15,
  );
  await measure(
    "werkagenda XLSX (300 initiatives, 600 rows)",
    async () => toXlsx((await getWerkagenda(actor, slug, planId, MESSAGES.nl)).tables),
    5,
    1,
  );
  console.log(`timeline markup: ${(renderToStaticMarkup(timelineElement(themes)).length / 1024).toFixed(0)} kB`);
}
