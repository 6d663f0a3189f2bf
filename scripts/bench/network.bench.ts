// The regional network at scale: a fresh tenant with 2,000 practices (inserted through the system
// client), then the practice list as the page calls it — page 1, a search, a filter, a deep page —
// plus the export and the FHIR bundle, all through the services (withActor + RLS).
import { randomUUID } from "node:crypto";
import { loadActor } from "@/lib/auth/actor";
import { systemDb } from "@/lib/db/client";
import { regionOrganizationBundle } from "@/lib/domain/fhir/organizations";
import { exportPractices, listPractices, parsePracticeFilters } from "@/lib/domain/practices/list";
import { listWijkverbanden } from "@/lib/domain/wijkverbanden/service";
import { measure, memoryMb } from "./harness";
import { MESSAGES } from "@/lib/i18n/messages";

const PRACTICES = 2_000;

export default async function network() {
  const id = randomUUID().slice(0, 8);
  const municipalities = ["GM0479", "GM0439", "GM0385", "GM0880"];
  const region = await systemDb.region.create({
    data: {
      slug: `bench-${id}`,
      name: `Benchregio ${id}`,
      code: `B${id}`,
      legalForm: "coöperatie",
      municipalityCodes: municipalities,
    },
  });
  const disciplines = await systemDb.discipline.findMany({ select: { id: true, code: true } });
  const streets = ["Dorpsstraat", "Kerkstraat", "Zuiddijk", "Stationsweg", "Molenweg", "Parklaan"];
  const words = ["Huisartsenpraktijk", "Apotheek", "Fysiotherapie", "Gezondheidscentrum", "Praktijk", "Zorgcentrum"];
  const rows = Array.from({ length: PRACTICES }, (_, i) => {
    const gm = municipalities[i % municipalities.length]!;
    return {
      regionId: region.id,
      name: `${words[i % words.length]} ${streets[(i * 7) % streets.length]} ${i}`,
      disciplineId: disciplines[i % disciplines.length]!.id,
      agb: String(10_000_000 + i).padStart(8, "0"),
      postcode: `${1000 + (i % 900)} ${String.fromCharCode(65 + (i % 26))}${String.fromCharCode(66 + (i % 20))}`,
      city: "Benchstad",
      municipalityCode: gm,
      wijkCode: `WK${gm.slice(2)}0${i % 9}`,
      registeredPatients: 1_000 + ((i * 37) % 4_000),
      archivedAt: i % 50 === 0 ? new Date() : null,
    };
  });
  await systemDb.practice.createMany({ data: rows });
  const wijkverband = await systemDb.wijkverband.create({
    data: { regionId: region.id, name: "Benchwijk", municipalityCode: "GM0479", wijkCodes: ["WK047901"] },
  });
  const inserted = await systemDb.practice.findMany({
    where: { regionId: region.id, municipalityCode: "GM0479" },
    select: { id: true },
    take: 120,
  });
  await systemDb.wijkverbandMember.createMany({
    data: inserted.map((p) => ({ regionId: region.id, wijkverbandId: wijkverband.id, practiceId: p.id, role: "huisarts" })),
  });
  const user = await systemDb.user.create({
    data: {
      email: `bench-${id}@test.invalid`,
      name: "Bench",
      passwordHash: "x",
      memberships: { create: [{ role: "coordinator", regionId: region.id }] },
    },
  });
  const actor = (await loadActor(user.id))!;
  console.log(`${PRACTICES} practices in a fresh tenant (${memoryMb()})`);

  const slug = region.slug;
  const list = (params: Record<string, string>) => listPractices(actor, slug, parsePracticeFilters(params));
  await measure("practice list: page 1 (sorted by name)", () => list({}));
  await measure("practice list: search by name fragment 'stationsweg'", () => list({ q: "stationsweg" }));
  await measure("practice list: search by AGB prefix", () => list({ q: "1000123" }));
  await measure("practice list: search by postcode '1234'", () => list({ q: "1234" }));
  await measure("practice list: filter discipline + gemeente", () => list({ discipline: "farmacie", gemeente: "GM0439" }));
  await measure("practice list: filter wijkverband (120 members)", () => list({ wijkverband: wijkverband.id }));
  await measure("practice list: deep page 39 (offset 1,900)", () => list({ pagina: "39" }));
  await measure("practice list: sorted by patients, page 20", () => list({ sort: "patienten", pagina: "20" }));
  await measure(
    "practice export: all 2,000 rows (table, no file)",
    () => exportPractices(actor, slug, parsePracticeFilters({ archief: "1" }), { t: MESSAGES.nl, locale: "nl" }),
    5,
    1,
  );
  await measure(
    "FHIR Organization bundle (2,000 practices)",
    () => regionOrganizationBundle(actor, slug, "https://bench.test/fhir"),
    5,
    1,
  );
  await measure("wijkverbanden list", () => listWijkverbanden(actor, slug));
}
