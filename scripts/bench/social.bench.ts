// The municipality home at scale: a municipality with 40 wijken, 20 wijkverbanden, 60 social links
// and 8 quarters of referral counts, then the officer's home and social-domain page as the pages
// call them (through the services, withActor + RLS). Prints the server time per call.
import { randomUUID } from "node:crypto";
import { loadActor } from "@/lib/auth/actor";
import { systemDb } from "@/lib/db/client";
import { getMunicipalityWorkspace, municipalityTables } from "@/lib/domain/municipalities/service";
import { quarterWindow } from "@/lib/domain/social/rules";
import { getMunicipalitySocial } from "@/lib/domain/social/service";
import { measure } from "./harness";
import { MESSAGES } from "@/lib/i18n/messages";

const WIJKEN = 40;
const LINKS = 60;

export default async function social() {
  const id = randomUUID().slice(0, 8);
  const code = `GM6${String(Math.floor(Math.random() * 1000)).padStart(3, "0")}`;
  const municipality = await systemDb.organisation.create({
    data: { kind: "municipality", name: `Gemeente Bench ${id}`, municipalityCode: code },
  });
  const region = await systemDb.region.create({
    data: {
      slug: `bench-social-${id}`,
      name: `Benchregio ${id}`,
      code: `S${id}`,
      legalForm: "coöperatie",
      municipalityCodes: [code],
    },
  });
  const wijkCodes = Array.from({ length: WIJKEN }, (_, i) => `WK${code.slice(2)}${String(i).padStart(2, "0")}`);
  await systemDb.wijkStatistic.createMany({
    data: wijkCodes.map((w, i) => ({
      regionId: region.id,
      year: 2024,
      wijkCode: w,
      name: `Wijk ${i}`,
      municipalityCode: code,
      inhabitants: 3_000 + i * 50,
    })),
  });
  const wijkverbanden: { id: string }[] = [];
  for (let i = 0; i < WIJKEN / 2; i++) {
    wijkverbanden.push(
      await systemDb.wijkverband.create({
        data: {
          regionId: region.id,
          name: `Wijkverband ${i}`,
          municipalityCode: code,
          wijkCodes: wijkCodes.slice(i * 2, i * 2 + 2),
        },
        select: { id: true },
      }),
    );
  }
  const organisations = await Promise.all(
    ["welzijnsorganisatie", "sociaal_wijkteam", "schuldhulpverlening"].map((kind, i) =>
      systemDb.organisation.create({
        data: {
          kind: "social_domain",
          name: `Organisatie ${i} ${id}`,
          socialKind: kind as "welzijnsorganisatie",
          socialMunicipalityCode: code,
        },
        select: { id: true },
      }),
    ),
  );
  const kinds = ["welzijn_op_recept", "sociaal_wijkteam", "schuldhulp"] as const;
  const links = Array.from({ length: LINKS }, (_, i) => ({
    id: randomUUID(),
    regionId: region.id,
    organisationId: organisations[i % 3]!.id,
    wijkverbandId: wijkverbanden[i % wijkverbanden.length]!.id,
    municipalityCode: code,
    kind: kinds[i % 3]!,
    status: i % 7 === 0 ? ("verkenning" as const) : ("actief" as const),
    contactRole: "welzijnscoach",
  }));
  await systemDb.socialLink.createMany({ data: links });
  const periods = quarterWindow(null);
  await systemDb.referralCount.createMany({
    data: links.flatMap((l, i) =>
      periods.map((period, q) => ({ regionId: region.id, socialLinkId: l.id, period, count: (i * 7 + q * 3) % 40 })),
    ),
  });
  const user = await systemDb.user.create({
    data: {
      email: `bench-social-${id}@test.invalid`,
      name: "Bench",
      passwordHash: "x",
      memberships: { create: [{ role: "municipality_officer", organisationId: municipality.id }] },
    },
  });
  const officer = (await loadActor(user.id))!;
  console.log(
    `municipality ${code}: ${WIJKEN} wijken, ${wijkverbanden.length} wijkverbanden, ${LINKS} links, ${periods.length} quarters`,
  );
  await measure("municipality home (getMunicipalityWorkspace)", () => getMunicipalityWorkspace(officer, code));
  await measure("municipality home export (all tables)", async () =>
    municipalityTables(await getMunicipalityWorkspace(officer, code), undefined, MESSAGES.nl),
  );
  await measure("social-domain page (getMunicipalitySocial)", () => getMunicipalitySocial(officer, code));
}
