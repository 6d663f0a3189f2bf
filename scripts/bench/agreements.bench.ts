// Wijkverband agreements at scale: a fresh tenant with 400 wijkverbanden and 6,000 practices (15
// member practices each), 600 agreements (every wijkverband one, every second a second one; a third
// with a superseded version 1) and decisions from about 70 % of the practices. Then the region's
// agreement overview as the page calls it (withActor + RLS, share per agreement), for a coordinator
// and for a municipality officer, and one wijkverband's agreements and one agreement's page.
import { randomUUID } from "node:crypto";
import { loadActor } from "@/lib/auth/actor";
import { systemDb } from "@/lib/db/client";
import { getAgreement, getWijkverbandAgreements, listRegionAgreements } from "@/lib/domain/agreements/service";
import { analyzeAsOwner, measure, memoryMb } from "./harness";

const WIJKVERBANDEN = 400;
const PRACTICES = 6_000;
const PER_WIJKVERBAND = PRACTICES / WIJKVERBANDEN;

export default async function agreements() {
  const id = randomUUID().slice(0, 8);
  const municipalities = ["GM0479", "GM0439", "GM0385", "GM0880"];
  const region = await systemDb.region.create({
    data: {
      slug: `bench-afspraken-${id}`,
      name: `Benchregio ${id}`,
      code: `BA${id}`,
      legalForm: "coöperatie",
      municipalityCodes: municipalities,
    },
  });
  const discipline = await systemDb.discipline.findFirstOrThrow({ select: { id: true } });
  const practiceIds = Array.from({ length: PRACTICES }, () => randomUUID());
  await systemDb.practice.createMany({
    data: practiceIds.map((pid, i) => ({
      id: pid,
      regionId: region.id,
      name: `Praktijk ${i}`,
      disciplineId: discipline.id,
      municipalityCode: municipalities[Math.floor(i / PER_WIJKVERBAND) % municipalities.length]!,
    })),
  });
  const wijkverbandIds = Array.from({ length: WIJKVERBANDEN }, () => randomUUID());
  await systemDb.wijkverband.createMany({
    data: wijkverbandIds.map((wid, w) => ({
      id: wid,
      regionId: region.id,
      name: `Wijkverband ${String(w).padStart(3, "0")}`,
      municipalityCode: municipalities[w % municipalities.length]!,
      wijkCodes: [],
    })),
  });
  await systemDb.wijkverbandMember.createMany({
    data: practiceIds.map((pid, i) => ({
      regionId: region.id,
      wijkverbandId: wijkverbandIds[Math.floor(i / PER_WIJKVERBAND)]!,
      practiceId: pid,
      role: ["huisarts", "wijkverpleging", "apotheek", "sociaal domein"][i % 4]!,
    })),
  });
  const user = await systemDb.user.create({
    data: {
      email: `bench-afspraken-${id}@test.invalid`,
      name: "Bench",
      passwordHash: "x",
      memberships: { create: [{ role: "coordinator", regionId: region.id }] },
    },
  });
  const agreements: { id: string; regionId: string; wijkverbandId: string; title: string; topic: string }[] = [];
  const versions: {
    id: string;
    regionId: string;
    agreementId: string;
    versionNumber: number;
    body: string;
    effectiveDate: Date;
    reviewDate: Date;
    status: "gepubliceerd" | "vervangen" | "concept";
    publishedAt: Date | null;
  }[] = [];
  const acks: {
    regionId: string;
    agreementVersionId: string;
    practiceId: string;
    decision: "accepted" | "objection";
    reason: string | null;
    userId: string;
  }[] = [];
  const body = "## Doel\n\nSamen zorgen voor kwetsbare ouderen.\n\n".repeat(40);
  wijkverbandIds.forEach((wid, w) => {
    for (let n = 0; n < (w % 2 === 0 ? 2 : 1); n++) {
      const agreementId = randomUUID();
      agreements.push({
        id: agreementId,
        regionId: region.id,
        wijkverbandId: wid,
        title: `Afspraak ${w}-${n}`,
        topic: "kwetsbare ouderen",
      });
      const superseded = w % 3 === 0;
      if (superseded) {
        versions.push({
          id: randomUUID(),
          regionId: region.id,
          agreementId,
          versionNumber: 1,
          body,
          effectiveDate: new Date("2025-01-01"),
          reviewDate: new Date("2026-01-01"),
          status: "vervangen",
          publishedAt: new Date("2024-12-01"),
        });
      }
      const current = randomUUID();
      versions.push({
        id: current,
        regionId: region.id,
        agreementId,
        versionNumber: superseded ? 2 : 1,
        body,
        effectiveDate: new Date("2026-01-01"),
        reviewDate: new Date(Date.UTC(2026, 10, 1 + (w % 90))),
        status: "gepubliceerd",
        publishedAt: new Date("2025-12-01"),
      });
      if (w % 5 === 0) {
        versions.push({
          id: randomUUID(),
          regionId: region.id,
          agreementId,
          versionNumber: superseded ? 3 : 2,
          body,
          effectiveDate: new Date("2027-01-01"),
          reviewDate: new Date("2028-01-01"),
          status: "concept",
          publishedAt: null,
        });
      }
      for (let p = 0; p < PER_WIJKVERBAND; p++) {
        const roll = (w * 31 + p * 17 + n * 7) % 100;
        if (roll >= 70) continue;
        acks.push({
          regionId: region.id,
          agreementVersionId: current,
          practiceId: practiceIds[w * PER_WIJKVERBAND + p]!,
          decision: roll >= 60 ? "objection" : "accepted",
          reason: roll >= 60 ? "Niet haalbaar voor onze praktijk." : null,
          userId: user.id,
        });
      }
    }
  });
  await systemDb.agreement.createMany({ data: agreements });
  await systemDb.agreementVersion.createMany({ data: versions });
  for (let i = 0; i < acks.length; i += 5_000) await systemDb.acknowledgement.createMany({ data: acks.slice(i, i + 5_000) });
  await analyzeAsOwner(["Practice", "Wijkverband", "WijkverbandMember", "Agreement", "AgreementVersion", "Acknowledgement"]);
  const officerOrg = await systemDb.organisation.findFirst({ where: { municipalityCode: "GM0479" }, select: { id: true } });
  const officerUser = officerOrg
    ? await systemDb.user.create({
        data: {
          email: `bench-afspraken-gm-${id}@test.invalid`,
          name: "Bench gemeente",
          passwordHash: "x",
          memberships: { create: [{ role: "municipality_officer", organisationId: officerOrg.id }] },
        },
      })
    : null;
  const coordinator = (await loadActor(user.id))!;
  console.log(
    `${WIJKVERBANDEN} wijkverbanden, ${PRACTICES} practices, ${agreements.length} agreements, ${versions.length} versions, ${acks.length} decisions (${memoryMb()})`,
  );

  const slug = region.slug;
  const overview = await listRegionAgreements(coordinator, slug);
  console.log(`overview rows: ${overview.rows.length}; first share: ${JSON.stringify(overview.rows[0]?.share)}`);
  await measure("region agreement overview (coordinator, all 600)", () => listRegionAgreements(coordinator, slug));
  if (officerUser) {
    const officer = (await loadActor(officerUser.id))!;
    await measure("region agreement overview (municipality, own 150)", () => listRegionAgreements(officer, slug));
  }
  await measure("one wijkverband's agreements", () => getWijkverbandAgreements(coordinator, slug, wijkverbandIds[0]!));
  await measure("one agreement page (text, 15 practices, history)", () =>
    getAgreement(coordinator, slug, wijkverbandIds[0]!, agreements[0]!.id),
  );
}
