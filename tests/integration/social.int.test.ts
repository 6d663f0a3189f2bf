// The social domain against PostgreSQL: every action × role × own and foreign municipality and
// region, a municipality that spans two regions, the referral import (all or nothing, corrections
// in the audit log) and the insurer's suppressed figures.
import { problemsInDutch } from "../support/messages";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { disconnectDb, systemDb } from "@/lib/db/client";
import { NotFoundError, ValidationError } from "@/lib/domain/errors";
import {
  commitImportJob,
  createReferralImportJob,
  getReferralImportJob,
  processImportJob,
  requestReferralImportCommit,
} from "@/lib/domain/imports/service";
import { getMunicipalityWorkspace, municipalityTables } from "@/lib/domain/municipalities/service";
import { getPracticeOverview } from "@/lib/domain/practices/service";
import {
  createSocialLink,
  createSocialOrganisation,
  getInsurerSocialFigures,
  getMunicipalitySocial,
  getRegionSocial,
  getSocialLink,
  insurerFiguresTable,
  linksTable,
  moveSocialLink,
  organisationsTable,
  setReferralCount,
  updateSocialLink,
  updateSocialOrganisation,
} from "@/lib/domain/social/service";
import { getWijkverband } from "@/lib/domain/wijkverbanden/service";
import { MESSAGES } from "@/lib/i18n/messages";
import { actorFor, createTenant, roleActors, type Tenant } from "./fixtures";

let a: Tenant;
let b: Tenant;
/** The second municipality of region a (same region, other municipality). */
let otherGm: string;
let otherGmWijkverband: string;
let orgA: string;
let linkA: string;
const actors = {} as Record<
  | "coordinator"
  | "holder"
  | "insurer"
  | "officer"
  | "officerOtherGm"
  | "coordinatorB"
  | "holderB"
  | "insurerB"
  | "officerB"
  | "admin",
  Actor
>;

async function municipality(code: string) {
  return systemDb.organisation.create({ data: { kind: "municipality", name: `Gemeente ${code}`, municipalityCode: code } });
}

async function link(
  regionId: string,
  municipalityCode: string,
  wijkverbandId: string,
  status: "verkenning" | "actief" = "verkenning",
) {
  return (
    await systemDb.socialLink.create({
      data: {
        regionId,
        organisationId: orgA,
        wijkverbandId,
        municipalityCode,
        kind: "welzijn_op_recept",
        status,
        exploringSince: new Date("2025-01-01T00:00:00Z"),
        startDate: status === "actief" ? new Date("2025-02-01T00:00:00Z") : null,
      },
    })
  ).id;
}

beforeAll(async () => {
  a = await createTenant("soca");
  b = await createTenant("socb");
  const regionA = await systemDb.region.findUniqueOrThrow({ where: { id: a.regionId } });
  otherGm = regionA.municipalityCodes.find((c) => c !== a.municipalityCode)!;
  const other = await municipality(otherGm);
  otherGmWijkverband = (
    await systemDb.wijkverband.create({
      data: { regionId: a.regionId, name: `Wijkverband ${otherGm}-${Date.now()}`, municipalityCode: otherGm, wijkCodes: [] },
    })
  ).id;
  orgA = (
    await systemDb.organisation.create({
      data: {
        kind: "social_domain",
        name: "Welzijn A",
        socialKind: "welzijnsorganisatie",
        socialMunicipalityCode: a.municipalityCode,
      },
    })
  ).id;
  linkA = await link(a.regionId, a.municipalityCode, a.wijkverbandId, "actief");
  const roles = await roleActors(a, b);
  Object.assign(actors, {
    coordinator: roles.coordinator,
    holder: roles.holder,
    insurer: roles.insurer,
    officer: roles.officer,
    admin: roles.admin,
    coordinatorB: roles.foreign.coordinator,
    holderB: roles.foreign.holder,
    insurerB: roles.foreign.insurer,
    officerB: roles.foreign.officer,
    // Same region, the other municipality.
    officerOtherGm: await actorFor([{ role: "municipality_officer", organisationId: other.id }]),
  });
});

afterAll(async () => {
  await disconnectDb();
});

type Role = keyof typeof actors;
const ROLES: Role[] = [
  "coordinator",
  "holder",
  "insurer",
  "officer",
  "officerOtherGm",
  "coordinatorB",
  "holderB",
  "insurerB",
  "officerB",
  "admin",
];

// Each action on municipality A (region a) and who may do it. Everyone else is refused with a 404
// (or, for a form field that names something out of reach, a field error) and nothing is written.
const MATRIX: { action: string; allowed: Role[]; run: (actor: Actor) => Promise<unknown> }[] = [
  {
    action: "read the municipality's social-domain page (and its export)",
    allowed: ["officer", "admin"],
    run: (actor) => getMunicipalitySocial(actor, a.municipalityCode),
  },
  {
    action: "read the municipality home",
    allowed: ["officer", "admin"],
    run: (actor) => getMunicipalityWorkspace(actor, a.municipalityCode),
  },
  {
    action: "read the region's social-domain page (and its export)",
    allowed: ["coordinator", "admin"],
    run: (actor) => getRegionSocial(actor, a.slug),
  },
  {
    action: "read a link with its note and contact role",
    allowed: ["coordinator", "holder", "officer", "admin"],
    run: (actor) => getSocialLink(actor, linkA, {}),
  },
  {
    action: "register an organisation",
    allowed: ["coordinator", "officer", "admin"],
    run: (actor) => createSocialOrganisation(actor, a.municipalityCode, { name: "Buurtwerk", socialKind: "welzijnsorganisatie" }),
  },
  {
    action: "edit an organisation",
    allowed: ["coordinator", "officer", "admin"],
    run: (actor) =>
      updateSocialOrganisation(actor, orgA, { name: `Welzijn A ${Math.random()}`, socialKind: "welzijnsorganisatie" }),
  },
  {
    action: "add a link",
    allowed: ["coordinator", "officer", "admin"],
    run: (actor) =>
      createSocialLink(actor, {
        organisationId: orgA,
        target: `wijkverband:${a.wijkverbandId}`,
        kind: "jeugd",
        status: "verkenning",
      }),
  },
  {
    action: "edit a link",
    allowed: ["coordinator", "officer", "admin"],
    run: (actor) => updateSocialLink(actor, linkA, { kind: "welzijn_op_recept", note: `Afspraak ${Math.random()}` }),
  },
  {
    action: "move a link's status",
    allowed: ["coordinator", "officer", "admin"],
    run: async (actor) =>
      moveSocialLink(actor, await link(a.regionId, a.municipalityCode, a.wijkverbandId), { status: "actief" }),
  },
  {
    action: "enter referrals",
    allowed: ["coordinator", "officer", "admin"],
    run: (actor) => setReferralCount(actor, linkA, { period: "2026-Q1", count: String(Math.floor(Math.random() * 1000)) }),
  },
  {
    action: "start a referral import for the municipality",
    allowed: ["officer", "admin"],
    run: (actor) => createReferralImportJob(actor, { municipalityCode: a.municipalityCode }, { fileName: "v.csv", size: 10 }),
  },
  {
    action: "start a referral import for the region",
    allowed: ["coordinator", "admin"],
    run: (actor) => createReferralImportJob(actor, { regionSlug: a.slug }, { fileName: "v.csv", size: 10 }),
  },
];

describe("social-domain permission matrix (municipality A in region a)", () => {
  for (const row of MATRIX) {
    for (const role of ROLES) {
      const allowed = row.allowed.includes(role);
      it(`${role} ${allowed ? "may" : "may not"} ${row.action}`, async () => {
        const before = await systemDb.auditEvent.count({ where: { userId: actors[role].userId } });
        if (allowed) {
          await expect(row.run(actors[role])).resolves.not.toThrow();
        } else {
          const error = await row.run(actors[role]).then(
            () => null,
            (e: unknown) => e,
          );
          expect(error instanceof NotFoundError || error instanceof ValidationError).toBe(true);
          expect(await systemDb.auditEvent.count({ where: { userId: actors[role].userId } })).toBe(before);
        }
      });
    }
  }

  it("gives the insurer figures only for regions it funds, with small numbers suppressed", async () => {
    const small = await link(a.regionId, a.municipalityCode, a.wijkverbandId, "actief");
    await systemDb.referralCount.create({ data: { regionId: a.regionId, socialLinkId: small, period: "2024-Q1", count: 0 } });
    const figures = await getInsurerSocialFigures(actors.insurer, a.insurerId);
    expect(figures.rows.map((r) => r.wijkverband)).toContain(
      (await systemDb.wijkverband.findUniqueOrThrow({ where: { id: a.wijkverbandId } })).name,
    );
    for (const row of figures.rows) for (const c of row.counts) expect(c === null || c === "< 5" || c >= 5).toBe(true);
    expect(JSON.stringify(figures)).not.toMatch(/note|contactRole/);
    // Per region each link counts once; the detail of one region holds only its wijkverbanden.
    const region = figures.regions.find((r) => r.regionSlug === a.slug);
    expect(region?.activeLinks).toBeGreaterThanOrEqual(1);
    expect(region?.wijkverbanden).toBe(figures.rows.filter((r) => r.regionSlug === a.slug).length);
    // The insurer's home asks for the regions alone: the same region rows, no wijkverband rows.
    const summary = await getInsurerSocialFigures(actors.insurer, a.insurerId, { rows: false });
    expect(summary.regions).toEqual(figures.regions);
    expect(summary.rows).toEqual([]);
    // …of the last two quarters only: the same figures as the window's last two.
    const recent = await getInsurerSocialFigures(actors.insurer, a.insurerId, { rows: false, quarters: 2 });
    expect(recent.periods).toEqual(figures.periods.slice(-2));
    expect(recent.regions).toEqual(figures.regions.map((r) => ({ ...r, counts: r.counts.slice(-2) })));
    const detail = await getInsurerSocialFigures(actors.insurer, a.insurerId, { regionSlug: a.slug });
    expect(detail.shownRegion).toBe(a.slug);
    expect(detail.rows.length).toBeGreaterThan(0);
    expect(detail.rows.every((r) => r.regionSlug === a.slug)).toBe(true);
    const unknown = await getInsurerSocialFigures(actors.insurer, a.insurerId, { regionSlug: "bestaat-niet" });
    expect(unknown.shownRegion).toBe(figures.regions[0]!.regionSlug);
    const foreign = await getInsurerSocialFigures(actors.insurer, b.insurerId);
    expect(foreign.rows).toEqual([]);
    expect(foreign.regions).toEqual([]);
  });

  it("shows practice holders the links of their wijkverband, on their practice and wijkverband pages", async () => {
    const practice = await getPracticeOverview(actors.holder, a.slug, a.practiceId);
    expect(practice.socialLinks.map((l) => l.id)).toContain(linkA);
    const wijkverband = await getWijkverband(actors.holder, a.slug, a.wijkverbandId);
    expect(wijkverband.socialLinks.map((l) => l.id)).toContain(linkA);
  });

  it("keeps another municipality's link out of the officer's link page and exports (404)", async () => {
    const foreign = await link(a.regionId, otherGm, otherGmWijkverband);
    await expect(getSocialLink(actors.officer, foreign, {})).rejects.toBeInstanceOf(NotFoundError);
    await expect(getSocialLink(actors.officer, linkA, { municipalityCode: otherGm })).rejects.toBeInstanceOf(NotFoundError);
    const own = await getMunicipalitySocial(actors.officer, a.municipalityCode);
    expect(own.links.map((l) => l.id)).not.toContain(foreign);
    await expect(
      createSocialLink(actors.officer, { organisationId: orgA, target: `wijkverband:${otherGmWijkverband}`, kind: "wmo" }),
    ).rejects.toBeInstanceOf(ValidationError);
  });

  it("exports links, organisations, insurer figures and the municipality home in the reader's language", async () => {
    const practiceLink = await systemDb.socialLink.create({
      data: {
        regionId: a.regionId,
        organisationId: orgA,
        practiceId: a.practiceId,
        municipalityCode: a.municipalityCode,
        kind: "schuldhulp",
        status: "verkenning",
        exploringSince: new Date("2025-03-01T00:00:00Z"),
      },
    });
    const withPractice = await getMunicipalitySocial(actors.officer, a.municipalityCode);
    const [nl, en] = [MESSAGES.nl, MESSAGES.en];
    const cell = (table: ReturnType<typeof linksTable>, id: string, column: string) =>
      table.rows.find((r) => r[0] === id)![table.columns.indexOf(column)];

    const dutchLinks = linksTable(withPractice, nl);
    const englishLinks = linksTable(withPractice, en);
    expect(dutchLinks.name).toBe("Verbindingen");
    expect(englishLinks.name).toBe("Links");
    expect(dutchLinks.columns.slice(0, 3)).toEqual(["Verbinding-id", "Regio", "Gemeente"]);
    expect(englishLinks.columns.slice(0, 3)).toEqual(["Link id", "Region", "Municipality"]);
    expect(cell(dutchLinks, linkA, "Status")).toBe("Actief");
    expect(cell(englishLinks, linkA, "Status")).toBe("Active");
    expect(cell(dutchLinks, linkA, "Soort")).toBe("Welzijn op Recept");
    expect(cell(englishLinks, linkA, "Kind")).toBe("Social prescribing (Welzijn op Recept)");
    // The target: a wijkverband's name already says so; a practice gets its kind in the reader's language.
    const practiceName = (await systemDb.practice.findUniqueOrThrow({ where: { id: a.practiceId } })).name;
    expect(cell(englishLinks, linkA, "Wijkverband or practice")).toMatch(/^Wijkverband /);
    expect(cell(dutchLinks, practiceLink.id, "Wijkverband of praktijk")).toBe(practiceName);
    expect(cell(englishLinks, practiceLink.id, "Wijkverband or practice")).toBe(practiceName);

    expect(organisationsTable(withPractice, nl).columns.slice(0, 2)).toEqual(["Naam", "Soort"]);
    const englishOrganisations = organisationsTable(withPractice, en);
    expect(englishOrganisations.columns.slice(0, 2)).toEqual(["Name", "Kind"]);
    // The matrix renames "Welzijn A" now and then; its kind stays.
    expect(englishOrganisations.rows.find((r) => String(r[0]).startsWith("Welzijn A"))![1]).toBe("Welfare organisation");

    const figures = await getInsurerSocialFigures(actors.insurer, a.insurerId);
    expect(insurerFiguresTable(figures, nl).columns.slice(0, 4)).toEqual([
      "Regio",
      "Wijkverband",
      "Gemeente",
      "Actieve verbindingen",
    ]);
    expect(insurerFiguresTable(figures, en).columns.slice(0, 4)).toEqual([
      "Region",
      "Wijkverband",
      "Municipality",
      "Active links",
    ]);

    const home = await getMunicipalityWorkspace(actors.officer, a.municipalityCode);
    const dutchHome = municipalityTables(home, undefined, nl);
    const englishHome = municipalityTables(home, undefined, en);
    expect(dutchHome.map((t) => t.name)).toEqual([
      "Wijkverbanden",
      "Verwijzingen per kwartaal",
      "Wijken",
      "Wijken zonder verbinding",
      "Initiatieven",
    ]);
    expect(englishHome.map((t) => t.name)).toEqual([
      "Wijkverbanden",
      "Referrals per quarter",
      "Neighbourhoods",
      "Neighbourhoods without a link",
      "Initiatives",
    ]);
    expect(englishHome[0]!.columns).toEqual(
      expect.arrayContaining(["Core team complete", "Social prescribing (Welzijn op Recept)"]),
    );
    expect(englishHome[1]!.rows.at(-1)![0]).toBe("Whole municipality (including practices outside wijkverbanden)");
    expect(municipalityTables(home, "wijken", en).map((t) => t.columns[0])).toEqual(["Neighbourhood code"]);
    expect(JSON.stringify(englishHome.map((t) => [t.name, t.columns]))).not.toMatch(/Inwoners|Kernteam|Verwijzingen|Gemeente/);
    await systemDb.socialLink.delete({ where: { id: practiceLink.id } });
  });

  it("refuses future quarters and personal data, and keeps corrections in the audit log", async () => {
    await expect(setReferralCount(actors.officer, linkA, { period: "2099-Q1", count: "3" })).rejects.toMatchObject({
      fieldErrors: { period: [expect.stringContaining("nog niet begonnen")] },
    });
    await expect(updateSocialLink(actors.officer, linkA, { kind: "wmo", note: "BSN 111222333" })).rejects.toMatchObject({
      fieldErrors: { note: [expect.stringContaining("burgerservicenummer")] },
    });
    await setReferralCount(actors.officer, linkA, { period: "2025-Q4", count: "12" });
    await setReferralCount(actors.officer, linkA, { period: "2025 Q4", count: "14" });
    const { link: row, history } = await getSocialLink(actors.officer, linkA, {});
    expect(row.referrals["2025-Q4"]).toBe(14);
    const correction = history.find((h) => h.action === "referral.correct");
    expect(correction?.changes).toEqual([{ field: "verwijzingen 2025-Q4", before: "12", after: "14" }]);
  });
});

describe("a municipality spanning two regions", () => {
  it("sees and edits its links in both, and imports into both at once", async () => {
    const code = `GM7${String(Math.floor(Math.random() * 1000)).padStart(3, "0")}`;
    const gm = await municipality(code);
    const wijkverbanden: string[] = [];
    for (const tenant of [a, b]) {
      await systemDb.region.update({ where: { id: tenant.regionId }, data: { municipalityCodes: { push: code } } });
      wijkverbanden.push(
        (
          await systemDb.wijkverband.create({
            data: {
              regionId: tenant.regionId,
              name: `Wijkverband ${code} ${tenant.slug}`,
              municipalityCode: code,
              wijkCodes: [],
            },
          })
        ).id,
      );
    }
    const officer = await actorFor([{ role: "municipality_officer", organisationId: gm.id }]);
    expect(officer.visibleRegionIds.sort()).toEqual([a.regionId, b.regionId].sort());
    const org = await createSocialOrganisation(officer, code, { name: "Welzijn Twee", socialKind: "welzijnsorganisatie" });
    for (const id of wijkverbanden) {
      await createSocialLink(
        officer,
        { organisationId: org.id, target: `wijkverband:${id}`, kind: "welzijn_op_recept", status: "actief", since: "2025-01-01" },
        { municipalityCode: code },
      );
    }
    const page = await getMunicipalitySocial(officer, code);
    expect(new Set(page.links.map((l) => l.regionId))).toEqual(new Set([a.regionId, b.regionId]));
    const home = await getMunicipalityWorkspace(officer, code);
    expect(home.wijkverbanden.map((w) => w.id).sort()).toEqual([...wijkverbanden].sort());
    // Coordinators of each region see only their own region's link.
    const coordinatorPage = await getRegionSocial(actors.coordinatorB, b.slug);
    expect(coordinatorPage.links.filter((l) => l.municipalityCode === code).map((l) => l.regionId)).toEqual([b.regionId]);

    // Import: one bad row refuses the whole file; the fixed file writes both regions' counts.
    const names = page.links.map((l) => l.target.name);
    const csv = (rows: string[]) =>
      new TextEncoder().encode(["organisatie;wijkverband;kwartaal;aantal", ...rows].join("\n") + "\n");
    const run = async (bytes: Uint8Array) => {
      const job = await createReferralImportJob(officer, { municipalityCode: code }, { fileName: "v.csv", size: bytes.length });
      await processImportJob(officer, job.id, bytes);
      return job.id;
    };
    const bad = await run(csv([`Welzijn Twee;${names[0]};2026-Q1;7`, `Welzijn Twee;${names[1]};2026-Q1;zeven`]));
    const badJob = await getReferralImportJob(officer, { municipalityCode: code }, bad);
    expect(badJob.status).toBe("invalid");
    expect(problemsInDutch(badJob.problems)).toEqual([
      { row: 3, column: "aantal", message: "Geef het aantal verwijzingen als heel getal, 0 of meer (geen decimalen)." },
    ]);
    await expect(requestReferralImportCommit(officer, { municipalityCode: code }, bad)).rejects.toBeInstanceOf(ValidationError);
    // Another municipality's officer cannot see the job.
    await expect(getReferralImportJob(actors.officer, { municipalityCode: a.municipalityCode }, bad)).rejects.toBeInstanceOf(
      NotFoundError,
    );

    const good = await run(csv([`Welzijn Twee;${names[0]};2026-Q1;7`, `Welzijn Twee;${names[1]};Q1 2026;9`]));
    await requestReferralImportCommit(officer, { municipalityCode: code }, good);
    expect(await commitImportJob(officer, good)).toEqual({ created: 2, updated: 0 });
    const counts = await systemDb.referralCount.findMany({
      where: { socialLink: { municipalityCode: code } },
      select: { regionId: true, count: true },
    });
    expect(counts.map((c) => c.count).sort()).toEqual([7, 9]);
    expect(new Set(counts.map((c) => c.regionId))).toEqual(new Set([a.regionId, b.regionId]));
    const events = await systemDb.auditEvent.findMany({ where: { userId: officer.userId, action: "referral.set" } });
    expect(events).toHaveLength(2);
  });
});
