// The regiobeeld: figures per wijk and wijkverband, gaps, and who reads what (every role, own and
// foreign region; municipality officers only their municipality).
import { beforeAll, describe, expect, it } from "vitest";
import { systemDb } from "@/lib/db/client";
import { NotFoundError } from "@/lib/domain/errors";
import { getRegiobeeld } from "@/lib/domain/regiobeeld/service";
import { actorFor, actorInTenant, createTenant, type Tenant } from "./fixtures";

let tenant: Tenant;
let foreign: Tenant;
let wkOwn: string;
let wkOwn2: string;
let wkOther: string;

beforeAll(async () => {
  tenant = await createTenant("rb");
  foreign = await createTenant("rbf");
  const region = await systemDb.region.findUniqueOrThrow({ where: { id: tenant.regionId } });
  const otherGm = region.municipalityCodes.find((c) => c !== tenant.municipalityCode)!;
  wkOwn = `WK${tenant.municipalityCode.slice(2)}01`;
  wkOwn2 = `WK${tenant.municipalityCode.slice(2)}02`;
  wkOther = `WK${otherGm.slice(2)}01`;
  const stat = (
    wijkCode: string,
    municipalityCode: string,
    year: number,
    inhabitants: number,
    aged65Plus: number | null,
    aged80Plus: number | null,
  ) => ({
    regionId: tenant.regionId,
    year,
    wijkCode,
    name: `Wijk ${wijkCode}`,
    municipalityCode,
    inhabitants,
    aged65Plus,
    aged80Plus,
    households: 1000,
  });
  await systemDb.wijkStatistic.createMany({
    data: [
      stat(wkOwn, tenant.municipalityCode, 2024, 10_000, 2_000, 500),
      stat(wkOwn2, tenant.municipalityCode, 2024, 5_000, 500, null),
      stat(wkOther, otherGm, 2024, 8_000, 1_600, 400),
      stat(wkOwn, tenant.municipalityCode, 2023, 9_000, 1_700, 400),
    ],
  });
  // The fixture's huisarts practice (2,500 patients) lies in wkOwn; a pharmacy too.
  await systemDb.practice.update({ where: { id: tenant.practiceId }, data: { wijkCode: wkOwn } });
  const pharmacy = await systemDb.discipline.upsert({
    where: { code: "farmacie" },
    update: {},
    create: { code: "farmacie", name: "Farmacie", nameEn: "Pharmacy", category: "medical" },
  });
  await systemDb.practice.create({
    data: {
      regionId: tenant.regionId,
      name: "Apotheek",
      disciplineId: pharmacy.id,
      municipalityCode: tenant.municipalityCode,
      wijkCode: wkOwn,
    },
  });
  await systemDb.wijkverband.update({
    where: { id: tenant.wijkverbandId },
    data: { wijkCodes: [wkOwn, `WK${tenant.municipalityCode.slice(2)}99`] },
  });
});

describe("regiobeeld figures", () => {
  it("shows population, ageing, supply per wijk and wijkverband, and the gaps", async () => {
    const coordinator = await actorFor([{ role: "coordinator", regionId: tenant.regionId }]);
    const beeld = await getRegiobeeld(coordinator, tenant.slug);
    expect(beeld.years).toEqual([2024, 2023]);
    expect(beeld.year).toBe(2024);
    const own = beeld.wijken.find((w) => w.wijkCode === wkOwn)!;
    expect(own).toMatchObject({
      inhabitants: 10_000,
      share65: 0.2,
      share80: 0.05,
      practices: 2,
      huisartsPractices: 1,
      registeredPatients: 2500,
      inhabitantsPerHuisartsPractice: 10_000,
      wijkverbanden: [{ id: tenant.wijkverbandId, name: expect.any(String) }],
    });
    expect(beeld.wijken.find((w) => w.wijkCode === wkOwn2)).toMatchObject({
      share80: null,
      huisartsPractices: 0,
      inhabitantsPerHuisartsPractice: null,
      wijkverbanden: [],
    });
    expect(beeld.gaps).toBe(2);
    expect(beeld.wijkverbanden).toEqual([
      expect.objectContaining({
        inhabitants: 10_000,
        aged65Plus: 2000,
        huisartsPractices: 1,
        practices: 2,
        wijkenWithoutStatistics: [`WK${tenant.municipalityCode.slice(2)}99`],
      }),
    ]);
    expect(beeld.disciplines.map((d) => [d.code, d.practices])).toEqual(
      expect.arrayContaining([
        ["huisartsenzorg", 2],
        ["farmacie", 1],
      ]),
    );
    expect(beeld.mayImport).toBe(true);

    const older = await getRegiobeeld(coordinator, tenant.slug, 2023);
    expect(older.wijken.map((w) => [w.wijkCode, w.inhabitants])).toEqual([[wkOwn, 9000]]);
    // An unknown year falls back to the latest.
    expect((await getRegiobeeld(coordinator, tenant.slug, 1990)).year).toBe(2024);
  });
});

describe("who reads the regiobeeld", () => {
  for (const role of ["coordinator", "practice_holder", "insurer_reviewer", "platform_admin"] as const) {
    it(`${role} reads every wijk of the own region`, async () => {
      const beeld = await getRegiobeeld(await actorInTenant(role, tenant), tenant.slug);
      expect(beeld.wijken.map((w) => w.wijkCode).sort()).toEqual([wkOwn, wkOwn2, wkOther].sort());
      expect(beeld.municipalityCodes).toBeNull();
      expect(beeld.mayImport).toBe(role === "coordinator" || role === "platform_admin");
    });
  }

  it("a municipality officer reads only the own municipality's wijken, practices and wijkverbanden", async () => {
    const beeld = await getRegiobeeld(await actorInTenant("municipality_officer", tenant), tenant.slug);
    expect(beeld.municipalityCodes).toEqual([tenant.municipalityCode]);
    expect(beeld.wijken.map((w) => w.wijkCode).sort()).toEqual([wkOwn, wkOwn2]);
    expect(beeld.totals.inhabitants).toBe(15_000);
    expect(beeld.mayImport).toBe(false);
  });

  for (const role of ["coordinator", "practice_holder", "insurer_reviewer", "municipality_officer"] as const) {
    it(`${role} of another region gets 404`, async () => {
      await expect(getRegiobeeld(await actorInTenant(role, foreign), tenant.slug)).rejects.toBeInstanceOf(NotFoundError);
    });
  }
});
