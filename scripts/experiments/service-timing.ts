// Scratch: times the services behind the benchmark's pages directly (no Next, no HTTP) on the scale
// database, and counts the statements each sends, to find where a page's time goes.
//   DATABASE_URL=… SYSTEM_DATABASE_URL=… npx tsx scripts/experiments/service-timing.ts
import pg from "pg";
import { loadActor } from "@/lib/auth/actor";
import { systemDb, disconnectDb } from "@/lib/db/client";

const emails = [
  "coordinator@wijkkracht.test",
  "verzekeraar@wijkkracht.test",
  "gemeente@wijkkracht.test",
  "huisarts@wijkkracht.test",
];
const users = await systemDb.user.findMany({ where: { email: { in: emails } }, select: { id: true, email: true } });
const id = (e: string) => users.find((u) => u.email === e)!.id;
const slug = "zaanstreek-waterland";
const plan = await systemDb.regioplan.findFirst({ where: { title: { contains: "schaal" } }, select: { id: true } });
const wv = (
  await systemDb.$queryRawUnsafe<{ id: string }[]>(
    `SELECT w.id::text FROM "Wijkverband" w JOIN "Region" r ON r.id = w."regionId" WHERE r.slug = $1
   ORDER BY (SELECT count(*) FROM "WijkverbandMember" m WHERE m."wijkverbandId" = w.id) DESC LIMIT 1`,
    slug,
  )
)[0]!.id;

let statements = 0;
const original = pg.Client.prototype.query;
pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
  statements++;
  return (original as (...a: unknown[]) => unknown).apply(this, args);
} as typeof original;

async function time(name: string, fn: () => Promise<unknown>, n = 5) {
  statements = 0;
  await fn();
  const perCall = statements;
  const t0 = performance.now();
  for (let i = 0; i < n; i++) await fn();
  console.log(`${name.padEnd(28)} ${((performance.now() - t0) / n).toFixed(1)} ms, ${perCall} statements`);
}
const only = process.argv[2];
const coord = (await loadActor(id(emails[0]!)))!;
const ins = (await loadActor(id(emails[1]!)))!;
const gem = (await loadActor(id(emails[2]!)))!;
const ha = (await loadActor(id(emails[3]!)))!;
const tasks: [string, () => Promise<unknown>][] = [
  ["loadActor coordinator", () => loadActor(coord.userId, 0)],
  ["loadActor insurer", () => loadActor(ins.userId, 0)],
  ["getRegion", async () => (await import("@/lib/domain/regions/service")).getRegion(coord, slug)],
  [
    "regionDashboard",
    async () => (await import("@/lib/domain/regions/service")).getRegionDashboard(coord, slug, new Date().getFullYear()),
  ],
  ["holderDashboard", async () => (await import("@/lib/domain/agreements/service")).getHolderDashboard(ha, slug)],
  [
    "listPractices",
    async () => {
      const m = await import("@/lib/domain/practices/list");
      return m.listPractices(coord, slug, m.parsePracticeFilters({}));
    },
  ],
  ["wijkverband", async () => (await import("@/lib/domain/wijkverbanden/service")).getWijkverband(coord, slug, wv)],
  ["plan", async () => (await import("@/lib/domain/plans/plans")).getPlan(coord, slug, plan!.id)],
  ["newInitiativeForm", async () => (await import("@/lib/domain/plans/initiatives")).getNewInitiativeForm(coord, slug, plan!.id)],
  ["regiobeeld", async () => (await import("@/lib/domain/regiobeeld/service")).getRegiobeeld(coord, slug, undefined)],
  ["insurerWorkspace", async () => (await import("@/lib/domain/insurers/service")).getInsurerWorkspace(ins, "3311")],
  [
    "insurerSocial",
    async () => (await import("@/lib/domain/social/service")).getInsurerSocialFigures(ins, ins.memberships[0]!.organisationId!),
  ],
  ["reviewQueue", async () => (await import("@/lib/domain/money/insurer")).getReviewQueue(ins, "3311", 1)],
  ["portfolio", async () => (await import("@/lib/domain/money/insurer")).getPortfolio(ins, "3311")],
  ["municipality", async () => (await import("@/lib/domain/municipalities/service")).getMunicipalityWorkspace(gem, "GM0479")],
];
for (const [name, fn] of tasks) {
  if (only && !name.includes(only)) continue;
  try {
    await time(name, fn, 3);
  } catch (e) {
    console.log(`${name}: ${(e as Error).message.slice(0, 200)}`);
  }
}
await disconnectDb();
