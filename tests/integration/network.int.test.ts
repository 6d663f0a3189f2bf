// The regional network: practices (list, edit, archive), wijkverbanden, partners, disciplines,
// exports and the FHIR bundle — each with the role × own/foreign region matrix.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { disconnectDb, systemDb } from "@/lib/db/client";
import { createDiscipline, listDisciplines, updateDiscipline } from "@/lib/domain/admin/disciplines";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/domain/errors";
import { AGB_SYSTEM, KVK_SYSTEM, regionOrganizationBundle } from "@/lib/domain/fhir/organizations";
import { createPartner, exportPartners, listPartners, updatePartner } from "@/lib/domain/partners/service";
import { exportPractices, listPractices, parsePracticeFilters, PRACTICE_PAGE_SIZE } from "@/lib/domain/practices/list";
import {
  createPractice,
  getPracticeOverview,
  setPracticeArchived,
  updatePractice,
  updatePracticeDetails,
} from "@/lib/domain/practices/service";
import { toCsv } from "@/lib/domain/shared/spreadsheet";
import { MESSAGES } from "@/lib/i18n/messages";
import {
  addWijkverbandMember,
  createWijkverband,
  exportWijkverbanden,
  getWijkverband,
  listWijkverbanden,
  removeWijkverbandMember,
  setWijkverbandArchived,
  updateWijkverband,
} from "@/lib/domain/wijkverbanden/service";
import { actorFor, createTenant, randomUUID, roleActors, type RoleActors, type Tenant } from "./fixtures";

let a: Tenant;
let b: Tenant;
let coordinator: Actor;
let holder: Actor;
let insurer: Actor;
let officer: Actor;
let admin: Actor;
let foreignCoordinator: Actor;
let actors: RoleActors;
/** Everyone except coordinators and platform admins of region a. */
let nonEditors: [string, Actor][];

const filters = (params: Record<string, string> = {}) => parsePracticeFilters(params);
const practiceInput = (t: Tenant, agb: string, name = `Praktijk ${agb}`) => ({
  name,
  disciplineCode: "huisartsenzorg",
  agb,
  municipalityCode: t.municipalityCode,
  postcode: "1506 KC",
});

beforeAll(async () => {
  a = await createTenant("na");
  b = await createTenant("nb");
  ({ coordinator, holder, insurer, officer, admin } = actors = await roleActors(a, b));
  foreignCoordinator = actors.foreign.coordinator;
  nonEditors = [
    ["practice holder", holder],
    ["insurer reviewer", insurer],
    ["municipality officer", officer],
    ["coordinator of another region", foreignCoordinator],
  ];
  await systemDb.discipline.upsert({
    where: { code: "farmacie" },
    update: {},
    create: { code: "farmacie", name: "Farmacie", nameEn: "Pharmacy", category: "medical" },
  });
});

afterAll(async () => {
  await disconnectDb();
});

describe("practice list", () => {
  it("searches by name, AGB and postcode, filters and pages on the server", async () => {
    const huisarts = await systemDb.discipline.findUniqueOrThrow({ where: { code: "huisartsenzorg" } });
    const farmacie = await systemDb.discipline.findUniqueOrThrow({ where: { code: "farmacie" } });
    await systemDb.practice.createMany({
      data: Array.from({ length: 60 }, (_, i) => ({
        regionId: a.regionId,
        name: `Lijstpraktijk ${String(i).padStart(2, "0")}`,
        disciplineId: i % 3 === 0 ? farmacie.id : huisarts.id,
        agb: `0677${String(i).padStart(4, "0")}`,
        postcode: i < 5 ? "1441 AB" : "1506 KC",
        municipalityCode: a.municipalityCode,
      })),
    });
    const page1 = await listPractices(coordinator, a.slug, filters({ q: "Lijstpraktijk" }));
    expect(page1.total).toBe(60);
    expect(page1.rows).toHaveLength(PRACTICE_PAGE_SIZE);
    expect(page1.pageCount).toBe(2);
    const page2 = await listPractices(coordinator, a.slug, filters({ q: "lijstpraktijk", pagina: "2" }));
    expect(page2.rows.map((r) => r.name)).toEqual(Array.from({ length: 10 }, (_, i) => `Lijstpraktijk ${50 + i}`));

    expect((await listPractices(coordinator, a.slug, filters({ q: "06770007" }))).rows.map((r) => r.name)).toEqual([
      "Lijstpraktijk 07",
    ]);
    expect((await listPractices(coordinator, a.slug, filters({ q: "1441ab" }))).total).toBe(5);
    expect((await listPractices(coordinator, a.slug, filters({ q: "Lijst", discipline: "farmacie" }))).total).toBe(20);
    expect(
      (await listPractices(coordinator, a.slug, filters({ gemeente: a.municipalityCode.toLowerCase() }))).rows.every(
        (r) => r.municipalityCode === a.municipalityCode,
      ),
    ).toBe(true);
    const sorted = await listPractices(coordinator, a.slug, filters({ q: "Lijst", sort: "-naam" }));
    expect(sorted.rows[0]?.name).toBe("Lijstpraktijk 59");
  });

  it("filters by wijkverband membership", async () => {
    const list = await listPractices(coordinator, a.slug, filters({ wijkverband: a.wijkverbandId }));
    expect(list.rows.map((r) => r.id)).toEqual([a.practiceId]);
  });

  it("hides archived practices unless asked", async () => {
    const { id } = await createPractice(coordinator, a.slug, practiceInput(a, "01880001", "Archiefpraktijk"));
    await setPracticeArchived(coordinator, a.slug, id, true);
    expect((await listPractices(coordinator, a.slug, filters({ q: "Archiefpraktijk" }))).total).toBe(0);
    const withArchive = await listPractices(coordinator, a.slug, filters({ q: "Archiefpraktijk", archief: "1" }));
    expect(withArchive.rows).toMatchObject([{ id, archived: true }]);
  });

  it("shows a municipality officer only their municipality, readers the whole region, and nobody a foreign region", async () => {
    const officerList = await listPractices(officer, a.slug, filters());
    expect(officerList.rows.length).toBeGreaterThan(0);
    expect(officerList.rows.every((r) => r.municipalityCode === a.municipalityCode)).toBe(true);
    expect(officerList.rows.map((r) => r.id)).not.toContain(a.otherMunicipalityPracticeId);
    expect(officerList.options.municipalities.map((m) => m.code)).toEqual([a.municipalityCode]);
    for (const reader of [holder, insurer, admin]) {
      expect((await listPractices(reader, a.slug, filters())).rows.map((r) => r.id)).toContain(a.otherMunicipalityPracticeId);
    }
    await expect(getPracticeOverview(officer, a.slug, a.otherMunicipalityPracticeId)).rejects.toBeInstanceOf(NotFoundError);
    for (const outsider of [foreignCoordinator]) {
      await expect(listPractices(outsider, a.slug, filters())).rejects.toBeInstanceOf(NotFoundError);
      await expect(exportPractices(outsider, a.slug, filters(), { t: MESSAGES.nl, locale: "nl" })).rejects.toBeInstanceOf(
        NotFoundError,
      );
    }
    const bHolder = await actorFor([{ role: "practice_holder", regionId: b.regionId, practiceId: b.practiceId }]);
    await expect(listPractices(bHolder, a.slug, filters())).rejects.toBeInstanceOf(NotFoundError);
  });

  it("exports the filtered selection with formula cells neutralised, scoped like the list", async () => {
    await createPractice(coordinator, a.slug, { ...practiceInput(a, "01880002"), name: '=HYPERLINK("http://x")' });
    const table = await exportPractices(coordinator, a.slug, filters({ q: "HYPERLINK" }), { t: MESSAGES.nl, locale: "nl" });
    expect(table.rows).toHaveLength(1);
    expect(toCsv(table)).toContain(`'=HYPERLINK`);
    const officerExport = await exportPractices(officer, a.slug, filters(), { t: MESSAGES.nl, locale: "nl" });
    expect(officerExport.rows.every((r) => r[9] === a.municipalityCode)).toBe(true);
  });

  it("exports in the reader's language: Dutch headers and labels in Dutch, English ones in English", async () => {
    const dutch = await exportPractices(coordinator, a.slug, filters(), { t: MESSAGES.nl, locale: "nl" });
    const english = await exportPractices(coordinator, a.slug, filters(), { t: MESSAGES.en, locale: "en" });
    expect(dutch.name).toBe("Praktijken");
    expect(dutch.columns.slice(0, 4)).toEqual(["Naam", "Discipline", "Disciplinecode", "AGB-code"]);
    expect(dutch.columns.at(-1)).toBe("Gearchiveerd");
    expect(english.name).toBe("Practices");
    expect(english.columns.slice(0, 4)).toEqual(["Name", "Discipline", "Discipline code", "AGB code"]);
    expect(english.columns).toContain("Registered patients");
    expect(english.columns.at(-1)).toBe("Archived");
    // The same rows; only the labels differ.
    expect(english.rows.map((r) => r[0])).toEqual(dutch.rows.map((r) => r[0]));
    expect(new Set(dutch.rows.map((r) => r.at(-1)))).toEqual(new Set(["nee"]));
    expect(new Set(english.rows.map((r) => r.at(-1)))).toEqual(new Set(["no"]));
    expect(toCsv(english).split("\r\n")[0]).toBe(`\uFEFF${english.columns.join(";")}`);
  });
});

describe("practice mutations per role", () => {
  it("lets coordinator and platform admin create, edit and archive; nobody else", async () => {
    for (const [label, actor] of [
      ["coordinator", coordinator],
      ["platform admin", admin],
    ] as const) {
      const { id } = await createPractice(actor, a.slug, practiceInput(a, label === "coordinator" ? "01881001" : "01881002"));
      await updatePractice(actor, a.slug, id, {
        ...practiceInput(a, label === "coordinator" ? "01881001" : "01881002"),
        name: `Hernoemd door ${label}`,
      });
      await setPracticeArchived(actor, a.slug, id, true);
      const row = await systemDb.practice.findUniqueOrThrow({ where: { id } });
      expect(row.name).toBe(`Hernoemd door ${label}`);
      expect(row.archivedAt).not.toBeNull();
    }
    for (const [label, actor] of nonEditors) {
      await expect(createPractice(actor, a.slug, practiceInput(a, "01881003")), label).rejects.toBeInstanceOf(NotFoundError);
      await expect(updatePractice(actor, a.slug, a.practiceId, practiceInput(a, "01881003")), label).rejects.toBeInstanceOf(
        NotFoundError,
      );
      await expect(setPracticeArchived(actor, a.slug, a.practiceId, true), label).rejects.toBeInstanceOf(NotFoundError);
    }
    expect((await systemDb.practice.findUniqueOrThrow({ where: { id: a.practiceId } })).archivedAt).toBeNull();
    // A coordinator cannot reach a practice of another region through its own region's URL.
    await expect(updatePractice(coordinator, a.slug, b.practiceId, practiceInput(a, "01881004"))).rejects.toBeInstanceOf(
      NotFoundError,
    );
  });

  it("lets only the practice's own holder (and coordinators) edit its details", async () => {
    await updatePracticeDetails(holder, a.slug, a.practiceId, {
      email: "praktijk@example.test",
      registeredPatients: "2700",
      registeredPatientsAsOf: "2026-11-01",
    });
    await updatePracticeDetails(coordinator, a.slug, a.practiceId, {
      email: "balie@example.test",
      registeredPatients: "2700",
      registeredPatientsAsOf: "2026-11-01",
    });
    for (const actor of [insurer, officer, foreignCoordinator]) {
      await expect(updatePracticeDetails(actor, a.slug, a.practiceId, { phone: "075 000 00 00" })).rejects.toBeInstanceOf(
        NotFoundError,
      );
    }
    const overview = await getPracticeOverview(holder, a.slug, a.practiceId);
    expect(overview.mayEditDetails).toBe(true);
    expect(overview.mayEdit).toBe(false);
    expect(overview.history?.[0]).toMatchObject({ action: "practice.updateDetails", who: expect.stringContaining("Test user-") });
    expect(overview.history?.[0]?.changes.map((c) => c.field)).toEqual(["email"]);
    expect(overview.history?.[1]?.changes.map((c) => c.field).sort()).toEqual([
      "email",
      "registeredPatients",
      "registeredPatientsAsOf",
    ]);
    expect((await getPracticeOverview(insurer, a.slug, a.practiceId)).history).toBeNull();
  });

  it("names the discipline in its history in both languages, not by its code or id", async () => {
    const { id } = await createPractice(coordinator, a.slug, practiceInput(a, "01880003", "Praktijk met historie"));
    const [created] = (await getPracticeOverview(coordinator, a.slug, id)).history ?? [];
    const change = created?.changes.find((c) => c.field === "disciplineCode");
    expect(change?.after).toBe("huisartsenzorg");
    expect(created?.names["huisartsenzorg"]).toEqual({ nl: "huisartsenzorg", en: "huisartsenzorg" });
  });

  it("refuses a duplicate AGB on edit too, naming the practice that has it", async () => {
    await createPractice(coordinator, a.slug, practiceInput(a, "01882001", "Eerste met AGB"));
    const { id } = await createPractice(coordinator, a.slug, practiceInput(a, "01882002", "Tweede met AGB"));
    const error = await updatePractice(coordinator, a.slug, id, practiceInput(a, "01882001", "Tweede met AGB")).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ConflictError);
    expect((error as ConflictError).fieldErrors.agb?.[0]).toBe("Al in gebruik door Eerste met AGB.");
    // The same AGB in another region is fine.
    const bCoordinator = foreignCoordinator;
    await expect(createPractice(bCoordinator, b.slug, practiceInput(b, "01882001"))).resolves.toHaveProperty("id");
  });
});

describe("wijkverbanden", () => {
  const wvInput = (t: Tenant, name: string) => ({
    name,
    municipalityCode: t.municipalityCode,
    wijkCodes: `WK${t.municipalityCode.slice(2)}01, WK${t.municipalityCode.slice(2)}02`,
    inhabitants: "18000",
    coordinatorName: "Wijk Coördinator",
    coordinatorEmail: "wijk@example.test",
  });

  it("creates, edits, adds members, reports the core team and archives, with history", async () => {
    const { id } = await createWijkverband(coordinator, a.slug, wvInput(a, "Wijkverband Noord"));
    await updateWijkverband(coordinator, a.slug, id, { ...wvInput(a, "Wijkverband Noord"), inhabitants: "19000" });
    const org = await createPartner(coordinator, a.slug, { name: "Sociaal Team Noord", kind: "social_domain", kvk: "12345678" });
    const partner = await systemDb.regionPartner.findUniqueOrThrow({ where: { id: org.id } });
    await addWijkverbandMember(coordinator, a.slug, id, { member: `practice:${a.practiceId}`, role: "Huisarts" });
    await addWijkverbandMember(coordinator, a.slug, id, {
      member: `organisation:${partner.organisationId}`,
      role: "sociaal domein",
    });
    let detail = await getWijkverband(coordinator, a.slug, id);
    expect(detail.wijkverband).toMatchObject({
      inhabitants: 19000,
      wijkCodes: [`WK${a.municipalityCode.slice(2)}01`, `WK${a.municipalityCode.slice(2)}02`],
    });
    expect(detail.core).toEqual({ complete: false, missing: ["wijkverpleging", "apotheek"] });
    expect(detail.practicesByDiscipline).toEqual([
      {
        code: "huisartsenzorg",
        discipline: { nl: "huisartsenzorg", en: "huisartsenzorg" },
        practices: [expect.objectContaining({ id: a.practiceId, role: "huisarts" })],
      },
    ]);
    expect(detail.history?.map((h) => h.action)).toEqual([
      "wijkverband.member.add",
      "wijkverband.member.add",
      "wijkverband.update",
      "wijkverband.create",
    ]);

    await expect(
      addWijkverbandMember(coordinator, a.slug, id, { member: `practice:${a.practiceId}`, role: "huisarts" }),
    ).rejects.toBeInstanceOf(ConflictError);
    await expect(
      addWijkverbandMember(coordinator, a.slug, id, { member: `practice:${b.practiceId}`, role: "apotheek" }),
    ).rejects.toBeInstanceOf(ValidationError);
    const member = detail.members.find((m) => m.kind === "organisation")!;
    await removeWijkverbandMember(coordinator, a.slug, id, member.id);
    detail = await getWijkverband(coordinator, a.slug, id);
    expect(detail.core.missing).toContain("sociaal domein");

    await setWijkverbandArchived(coordinator, a.slug, id, true);
    expect((await listWijkverbanden(coordinator, a.slug)).rows.map((r) => r.id)).not.toContain(id);
    expect((await listWijkverbanden(coordinator, a.slug, { archived: true })).rows.map((r) => r.id)).toContain(id);
  });

  it("validates wijk codes against the municipality and refuses a duplicate name", async () => {
    const error = await createWijkverband(coordinator, a.slug, {
      ...wvInput(a, "Wijkverband Fout"),
      wijkCodes: "WK999901, XX1",
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).fieldErrors.wijkCodes?.[0]).toMatch(/WK gevolgd door 6 cijfers/);
    const wrong = await createWijkverband(coordinator, a.slug, {
      ...wvInput(a, "Wijkverband Fout"),
      wijkCodes: "WK999901",
    }).catch((e: unknown) => e);
    expect((wrong as ValidationError).fieldErrors.wijkCodes?.[0]).toMatch(/niet in de gekozen gemeente/);
    await createWijkverband(coordinator, a.slug, wvInput(a, "Wijkverband Uniek"));
    await expect(createWijkverband(coordinator, a.slug, wvInput(a, "wijkverband uniek"))).rejects.toBeInstanceOf(ConflictError);
  });

  it("refuses every mutation to other roles and foreign regions", async () => {
    for (const [label, actor] of nonEditors) {
      await expect(createWijkverband(actor, a.slug, wvInput(a, `Verboden ${label}`)), label).rejects.toBeInstanceOf(
        NotFoundError,
      );
      await expect(updateWijkverband(actor, a.slug, a.wijkverbandId, wvInput(a, "Verboden")), label).rejects.toBeInstanceOf(
        NotFoundError,
      );
      await expect(setWijkverbandArchived(actor, a.slug, a.wijkverbandId, true), label).rejects.toBeInstanceOf(NotFoundError);
      await expect(
        addWijkverbandMember(actor, a.slug, a.wijkverbandId, {
          member: `practice:${a.otherMunicipalityPracticeId}`,
          role: "huisarts",
        }),
        label,
      ).rejects.toBeInstanceOf(NotFoundError);
    }
    await expect(updateWijkverband(coordinator, a.slug, b.wijkverbandId, wvInput(a, "Verboden"))).rejects.toBeInstanceOf(
      NotFoundError,
    );
    const { id } = await createWijkverband(admin, a.slug, wvInput(a, "Wijkverband door beheer"));
    expect(id).toBeTruthy();
  });

  it("shows a municipality officer only their municipality's wijkverbanden", async () => {
    const other = await systemDb.wijkverband.create({
      data: {
        regionId: a.regionId,
        name: `Ander ${randomUUID()}`,
        municipalityCode: (await systemDb.practice.findUniqueOrThrow({ where: { id: a.otherMunicipalityPracticeId } }))
          .municipalityCode,
        wijkCodes: [],
      },
    });
    const list = await listWijkverbanden(officer, a.slug);
    expect(list.rows.length).toBeGreaterThan(0);
    expect(list.rows.every((r) => r.municipalityCode === a.municipalityCode)).toBe(true);
    expect(list.mayEdit).toBe(false);
    await expect(getWijkverband(officer, a.slug, other.id)).rejects.toBeInstanceOf(NotFoundError);
    expect((await getWijkverband(officer, a.slug, a.wijkverbandId)).history).toBeNull();
    expect((await exportWijkverbanden(officer, a.slug, {}, MESSAGES.nl)).rows.every((r) => r[2] === a.municipalityCode)).toBe(
      true,
    );
    const [dutch, english] = await Promise.all([
      exportWijkverbanden(coordinator, a.slug, {}, MESSAGES.nl),
      exportWijkverbanden(coordinator, a.slug, {}, MESSAGES.en),
    ]);
    expect(dutch.columns).toEqual(expect.arrayContaining(["Naam", "Gemeente", "Kernteam compleet", "Ontbreekt"]));
    expect(english.columns).toEqual(expect.arrayContaining(["Name", "Municipality", "Core team complete", "Missing"]));
    // Core-team labels: the missing roles of an incomplete team in the reader's language.
    const incomplete = (t: typeof english) => t.rows.find((r) => r[9] !== "")!;
    expect(incomplete(dutch)[8]).toBe("nee");
    expect(incomplete(english)[8]).toBe("no");
    expect(String(incomplete(english)[9])).not.toMatch(/wijkverpleging|apotheek|huisarts/);
    expect((await listWijkverbanden(coordinator, a.slug)).rows.map((r) => r.id)).toContain(other.id);
    await expect(listWijkverbanden(foreignCoordinator, a.slug)).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe("partners", () => {
  it("lets a coordinator register and edit a partner; other roles and regions cannot", async () => {
    const { id } = await createPartner(coordinator, a.slug, {
      name: "Welzijn Test",
      kind: "welfare",
      kvk: "87654321",
      city: "Zaandam",
      description: "Welzijn op Recept",
    });
    await updatePartner(coordinator, a.slug, id, { name: "Welzijn Test BV", kind: "welfare", kvk: "87654321", city: "Zaandam" });
    const list = await listPartners(coordinator, a.slug);
    expect(list.rows.find((r) => r.id === id)).toMatchObject({
      name: "Welzijn Test BV",
      kind: "welfare",
      kvk: "87654321",
      description: null,
    });
    await expect(createPartner(coordinator, a.slug, { name: "X", kind: "insurer" as never })).rejects.toBeInstanceOf(
      ValidationError,
    );
    await expect(createPartner(coordinator, a.slug, { name: "Foute KvK", kind: "care", kvk: "123" })).rejects.toBeInstanceOf(
      ValidationError,
    );
    for (const [label, actor] of nonEditors) {
      await expect(createPartner(actor, a.slug, { name: "Verboden", kind: "care" }), label).rejects.toBeInstanceOf(NotFoundError);
      await expect(updatePartner(actor, a.slug, id, { name: "Verboden", kind: "care" }), label).rejects.toBeInstanceOf(
        NotFoundError,
      );
    }
    await expect(listPartners(foreignCoordinator, a.slug)).rejects.toBeInstanceOf(NotFoundError);
    await expect(exportPartners(foreignCoordinator, a.slug, MESSAGES.nl)).rejects.toBeInstanceOf(NotFoundError);
    const partnerRow = async (t: typeof MESSAGES.nl) => {
      const table = await exportPartners(coordinator, a.slug, t);
      return { columns: table.columns, row: table.rows.find((r) => r[0] === "Welzijn Test BV")! };
    };
    const [dutchPartner, englishPartner] = [await partnerRow(MESSAGES.nl), await partnerRow(MESSAGES.en)];
    expect(dutchPartner.columns.slice(0, 2)).toEqual(["Naam", "Soort"]);
    expect(dutchPartner.row[1]).toBe("Welzijn");
    expect(englishPartner.columns.slice(0, 2)).toEqual(["Name", "Kind"]);
    expect(englishPartner.row[1]).toBe("Welfare");
    // Insurers read the partners of their regions; municipality officers only those active in their municipality.
    expect((await listPartners(insurer, a.slug)).rows.map((r) => r.id)).toContain(id);
    expect((await listPartners(officer, a.slug)).rows.map((r) => r.id)).not.toContain(id);
    // An organisation that is also a partner of another region is not the coordinator's to edit.
    const shared = await systemDb.regionPartner.findUniqueOrThrow({ where: { id } });
    await systemDb.regionPartner.create({ data: { regionId: b.regionId, organisationId: shared.organisationId } });
    await expect(updatePartner(coordinator, a.slug, id, { name: "Overgenomen", kind: "welfare" })).rejects.toBeInstanceOf(
      ConflictError,
    );
    expect((await systemDb.organisation.findUniqueOrThrow({ where: { id: shared.organisationId } })).name).toBe(
      "Welzijn Test BV",
    );
    const audit = await systemDb.auditEvent.findMany({
      where: { regionId: a.regionId, action: { in: ["partner.create", "partner.update"] } },
    });
    expect(audit.length).toBeGreaterThanOrEqual(2);
  });
});

describe("disciplines catalogue", () => {
  it("is edited by the platform admin only", async () => {
    const code = `test_${Date.now().toString(36)}`;
    const { id } = await createDiscipline(admin, {
      code,
      name: "Testdiscipline",
      nameEn: "Test",
      category: "paramedical",
      sortOrder: "900",
    });
    await updateDiscipline(admin, id, {
      code,
      name: "Testdiscipline 2",
      nameEn: "Test 2",
      category: "social",
      sortOrder: "901",
      active: false,
    });
    expect((await listDisciplines(admin)).find((d) => d.id === id)).toMatchObject({
      code,
      name: "Testdiscipline 2",
      category: "social",
      active: false,
    });
    await expect(
      createDiscipline(admin, { code, name: "Dubbel", nameEn: "Dup", category: "medical", sortOrder: "1" }),
    ).rejects.toBeInstanceOf(ConflictError);
    for (const actor of [coordinator, holder, insurer, officer]) {
      await expect(listDisciplines(actor)).rejects.toBeInstanceOf(NotFoundError);
      await expect(
        updateDiscipline(actor, id, { code, name: "Verboden", nameEn: "No", category: "medical", sortOrder: "1" }),
      ).rejects.toBeInstanceOf(NotFoundError);
    }
  });
});

describe("FHIR Organization bundle", () => {
  it("returns practices and partners with AGB/KvK identifiers, address and partOf the region", async () => {
    const otherGm = (await systemDb.practice.findUniqueOrThrow({ where: { id: a.otherMunicipalityPracticeId } }))
      .municipalityCode;
    await updatePractice(coordinator, a.slug, a.otherMunicipalityPracticeId, {
      ...practiceInput(a, "01883001", "FHIR-praktijk"),
      municipalityCode: otherGm,
      kvk: "11223344",
      street: "Zuiddijk",
      houseNumber: "12",
      city: "Zaandam",
    });
    const bundle = await regionOrganizationBundle(coordinator, a.slug, "https://example.test/api/v1/regions/x/fhir");
    expect(bundle).toMatchObject({ resourceType: "Bundle", type: "searchset" });
    expect(bundle.total).toBe(bundle.entry.filter((e) => e.search.mode === "match").length);
    const practice = bundle.entry.find((e) => e.resource.id === a.otherMunicipalityPracticeId)!.resource;
    expect(practice.identifier).toEqual([
      { use: "official", system: AGB_SYSTEM, value: "01883001" },
      { use: "official", system: KVK_SYSTEM, value: "11223344" },
    ]);
    expect(practice.address).toEqual([
      { use: "work", type: "physical", line: ["Zuiddijk 12"], postalCode: "1506 KC", city: "Zaandam", country: "NL" },
    ]);
    expect(practice.partOf?.reference).toBe(`Organization/region-${a.regionId}`);
    expect(bundle.entry.some((e) => e.resource.id === `region-${a.regionId}` && e.search.mode === "include")).toBe(true);
    expect(bundle.entry.some((e) => e.resource.name === "Welzijn Test BV")).toBe(true);
    expect(bundle.entry.some((e) => e.resource.id === b.practiceId)).toBe(false);

    const officerBundle = await regionOrganizationBundle(officer, a.slug, "https://example.test/fhir");
    expect(officerBundle.entry.map((e) => e.resource.id)).not.toContain(a.otherMunicipalityPracticeId);
    expect(officerBundle.entry.map((e) => e.resource.id)).toContain(a.practiceId);
    await expect(regionOrganizationBundle(foreignCoordinator, a.slug, "https://example.test/fhir")).rejects.toBeInstanceOf(
      NotFoundError,
    );
  });
});
