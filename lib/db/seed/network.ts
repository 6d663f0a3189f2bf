// Demo writer for the network: the discipline catalogue (global, reused), the region partners,
// the practices with deterministic addresses and numbers, and the wijkverbanden with their members.
import type { Prisma } from "@/lib/generated/prisma/client";
import type { NetworkIds, RegionIds, Tx } from "@/lib/db/seed/context";
import {
  BUDGETS,
  DEMO_PATIENTS_AS_OF,
  DISCIPLINES,
  MUNICIPALITIES,
  PARTNER_ORGANISATIONS,
  REGIONS,
  UNAFFILIATED_PRACTICES,
  WIJKEN,
  WIJKVERBANDEN,
  type PracticeSeed,
  type RegionKey,
  type WijkSeed,
} from "@/lib/db/seed/demo-data";
import { day, hash, intBetween, phoneFor, pick, postcodeFor, required, seeded, slugify, uuid } from "@/lib/db/seed/helpers";

export async function writeNetwork<C extends RegionIds>(tx: Tx, ctx: C): Promise<C & NetworkIds> {
  const { rid, insurerId, municipalityId, partnerId } = ctx;
  await tx.discipline.createMany({
    data: DISCIPLINES.map((d) => ({
      code: d.code,
      name: d.name,
      nameEn: d.nameEn,
      category: d.category,
      sortOrder: d.sortOrder,
    })),
    skipDuplicates: true,
  });
  const disciplineRows = await tx.discipline.findMany({
    where: { code: { in: DISCIPLINES.map((d) => d.code) } },
    select: { id: true, code: true },
  });
  const disciplineId = new Map(disciplineRows.map((d) => [d.code, d.id]));
  const disciplineSeed = new Map(DISCIPLINES.map((d) => [d.code, d]));

  // ── region partners: the insurers with a budget here, the municipalities and partner organisations ──
  const partners: Prisma.RegionPartnerCreateManyInput[] = [];
  for (const r of REGIONS) {
    const insurersHere = new Set(BUDGETS.filter((b) => b.region === r.key).map((b) => b.insurer));
    insurersHere.add(r.preferentInsurer);
    for (const key of insurersHere) {
      partners.push({
        regionId: rid(r.key),
        organisationId: required(insurerId.get(key), key),
        description:
          key === r.preferentInsurer
            ? "Preferente zorgverzekeraar (O&I-contract)"
            : "Zorgverzekeraar; volgt de afspraken van de preferente verzekeraar",
      });
    }
    for (const m of MUNICIPALITIES.filter((m) => m.region === r.key)) {
      partners.push({
        regionId: rid(r.key),
        organisationId: required(municipalityId.get(m.code), m.code),
        description: "Gemeente in het werkgebied (sociaal domein, Wmo, jeugd)",
      });
    }
    for (const o of PARTNER_ORGANISATIONS.filter((o) => o.region === r.key)) {
      partners.push({ regionId: rid(r.key), organisationId: required(partnerId.get(o.key), o.key), description: o.description });
    }
  }
  await tx.regionPartner.createMany({ data: partners });

  // ── practices ──
  const wijk = new Map<string, WijkSeed>(WIJKEN.map((w) => [w.code, w]));
  const practiceId = new Map<string, string>(); // by name
  const practiceRegion = new Map<string, RegionKey>();
  const usedAgb = new Set<string>();
  const practiceRows: Prisma.PracticeCreateManyInput[] = [];
  const addPractice = (seed: PracticeSeed, region: RegionKey): void => {
    if (practiceId.has(seed.name)) throw new Error(`Demo-data: praktijknaam dubbel: ${seed.name}`);
    const w = required(wijk.get(seed.wijk), `wijk ${seed.wijk}`);
    if (w.region !== region) throw new Error(`Demo-data: ${seed.name} ligt buiten de regio`);
    const d = required(disciplineSeed.get(seed.discipline), seed.discipline);
    const rnd = seeded(hash(seed.name));
    let agbNumber = hash(`agb:${seed.name}`) % 1_000_000;
    let agb = `${d.agbPrefix}${String(agbNumber).padStart(6, "0")}`;
    while (usedAgb.has(agb)) {
      agbNumber = (agbNumber + 1) % 1_000_000;
      agb = `${d.agbPrefix}${String(agbNumber).padStart(6, "0")}`;
    }
    usedAgb.add(agb);
    const id = uuid();
    practiceId.set(seed.name, id);
    practiceRegion.set(seed.name, region);
    const isGp = seed.discipline === "huisartsenzorg";
    practiceRows.push({
      id,
      regionId: rid(region),
      name: seed.name,
      disciplineId: required(disciplineId.get(seed.discipline), seed.discipline),
      agb,
      kvk: String(10_000_000 + (hash(`kvk:${seed.name}`) % 90_000_000)),
      street: pick(w.streets, rnd),
      houseNumber: String(intBetween(1, 180, rnd)),
      postcode: postcodeFor(pick(w.pc4, rnd), rnd),
      city: w.city,
      municipalityCode: w.municipalityCode,
      wijkCode: w.code,
      phone: phoneFor(w.phoneAreaCode, rnd),
      email: `info@${slugify(seed.name)}.test`,
      registeredPatients: isGp ? intBetween(2000, 3200, rnd) : null,
      registeredPatientsAsOf: isGp ? day(DEMO_PATIENTS_AS_OF) : null,
    });
  };
  for (const wv of WIJKVERBANDEN) for (const seed of wv.practices) addPractice(seed, wv.region);
  for (const seed of UNAFFILIATED_PRACTICES) addPractice(seed, seed.region);
  await tx.practice.createMany({ data: practiceRows });
  const pid = (name: string, region: RegionKey): string => {
    if (practiceRegion.get(name) !== region) throw new Error(`Demo-data: praktijk ${name} niet in regio ${region}`);
    return required(practiceId.get(name), `praktijk ${name}`);
  };

  // ── wijkverbanden and their members ──
  const wijkverbandId = new Map<string, string>(WIJKVERBANDEN.map((wv) => [wv.key, uuid()]));
  const wijkverbandRegion = new Map<string, RegionKey>(WIJKVERBANDEN.map((wv) => [wv.key, wv.region]));
  const wvid = (key: string, region: RegionKey): string => {
    if (wijkverbandRegion.get(key) !== region) throw new Error(`Demo-data: wijkverband ${key} niet in regio ${region}`);
    return required(wijkverbandId.get(key), `wijkverband ${key}`);
  };
  await tx.wijkverband.createMany({
    data: WIJKVERBANDEN.map((wv) => ({
      id: wvid(wv.key, wv.region),
      regionId: rid(wv.region),
      name: wv.name,
      municipalityCode: wv.municipalityCode,
      wijkCodes: wv.wijkCodes,
      inhabitants: wv.inhabitants,
      coordinatorName: wv.coordinatorName,
      coordinatorEmail: wv.coordinatorEmail,
    })),
  });
  const members: Prisma.WijkverbandMemberCreateManyInput[] = [];
  for (const wv of WIJKVERBANDEN) {
    const base = { regionId: rid(wv.region), wijkverbandId: wvid(wv.key, wv.region) };
    for (const seed of wv.practices) {
      if (seed.member === false) continue;
      const role = required(disciplineSeed.get(seed.discipline), seed.discipline).wijkverbandRole;
      members.push({ ...base, practiceId: pid(seed.name, wv.region), role });
    }
    if (wv.districtNursing)
      members.push({
        ...base,
        organisationId: required(partnerId.get(wv.districtNursing), wv.districtNursing),
        role: "wijkverpleging",
      });
    if (wv.socialDomain)
      members.push({
        ...base,
        organisationId: required(partnerId.get(wv.socialDomain), wv.socialDomain),
        role: "sociaal domein",
      });
  }
  await tx.wijkverbandMember.createMany({ data: members });
  return { ...ctx, pid, wvid, practiceRows };
}
