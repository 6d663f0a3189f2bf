import { readFileSync } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { ValidationError } from "@/lib/domain/errors";
import { dutch } from "@/lib/i18n/keys";
import { detectSeparator, headerKey, parseCount, patientColumns, readTable } from "@/lib/domain/imports/parse";
import {
  planPracticeColumns,
  planWijkColumns,
  validatePracticeRows,
  validateWijkRows,
  wijkFigure,
  type PracticeImportContext,
} from "@/lib/domain/imports/rows";
import { WIJK_FIGURES } from "@/lib/domain/regiobeeld/figures";

const enc = (text: string) => new TextEncoder().encode(text);

const context: PracticeImportContext = {
  disciplines: [
    { id: "00000000-0000-4000-8000-000000000001", code: "huisartsenzorg", name: "Huisartsenzorg" },
    { id: "00000000-0000-4000-8000-000000000002", code: "farmacie", name: "Farmacie (apotheek)" },
  ],
  municipalities: [
    { code: "GM0479", name: "Gemeente Zaanstad" },
    { code: "GM0439", name: "Gemeente Purmerend" },
  ],
  existingAgbs: new Set(["01234567"]),
};

async function practices(text: string | Uint8Array, fileName = "praktijken.csv") {
  const table = await readTable(typeof text === "string" ? enc(text) : text, fileName);
  const plan = planPracticeColumns(table.headers);
  return { table, plan, result: validatePracticeRows(plan, table.rows, context) };
}

async function refusal(promise: Promise<unknown> | (() => unknown)): Promise<ValidationError> {
  try {
    await (typeof promise === "function" ? promise() : promise);
  } catch (error) {
    if (error instanceof ValidationError) return error;
    throw error;
  }
  throw new Error("expected a ValidationError");
}

/** Problems carry catalogue references; the tests read them in Dutch. */
const inDutch = (problems: { row: number; column: string; message: string }[]) =>
  problems.map((p) => ({ ...p, message: dutch(p.message) }));

describe("reading files", () => {
  it("strips a UTF-8 BOM and reads accents", async () => {
    const table = await readTable(enc("\uFEFFnaam;plaats\nDé Zaan;Zaandam"), "a.csv");
    expect(table).toEqual({ headers: ["naam", "plaats"], rows: [{ line: 2, cells: ["Dé Zaan", "Zaandam"] }] });
  });

  it("falls back to Windows-1252 for old Excel exports, also when the first non-UTF-8 byte comes late", async () => {
    const cp1252 = (text: string) => new Uint8Array([...text].map((c) => (c === "ë" ? 0xeb : c.charCodeAt(0))));
    expect((await readTable(cp1252("naam;plaats\npatiënt;Zaandam"), "a.csv")).rows[0]!.cells).toEqual(["patiënt", "Zaandam"]);
    const late = cp1252(`naam;plaats\n${"Praktijk;Zaandam\n".repeat(10_000)}Zaanse patiënt;Zaandam\n`);
    const table = await readTable(late, "a.csv");
    expect(table.rows).toHaveLength(10_001);
    expect(table.rows.at(-1)!.cells).toEqual(["Zaanse patiënt", "Zaandam"]);
  });

  it("detects semicolon, comma and tab separators, ignoring quoted ones", () => {
    expect(detectSeparator("naam;discipline;gemeente\n")).toBe(";");
    expect(detectSeparator('"naam; met puntkomma",discipline,gemeente\n')).toBe(",");
    expect(detectSeparator("naam\tdiscipline\n")).toBe("\t");
  });

  it("reads comma- and semicolon-separated files with quoted fields and a BOM the same way", async () => {
    const semicolon = await readTable(enc('\uFEFFnaam;plaats\r\n"Praktijk ""De Zaan""; Oost";Zaandam\r\n'), "a.csv");
    const comma = await readTable(enc('naam,plaats\n"Praktijk ""De Zaan""; Oost",Zaandam\n'), "a.csv");
    expect(semicolon).toEqual(comma);
    expect(semicolon.headers).toEqual(["naam", "plaats"]);
    expect(semicolon.rows).toEqual([{ line: 2, cells: ['Praktijk "De Zaan"; Oost', "Zaandam"] }]);
  });

  it("reads a large file fed to the parser in pieces without losing or splitting rows", async () => {
    const rows = Array.from({ length: 8000 }, (_, i) => `Praktijk é ${i};"regel één\nregel twee ${i}";Zaandam`);
    const table = await readTable(enc(`naam;toelichting;plaats\n${rows.join("\n")}\n`), "groot.csv");
    expect(table.rows).toHaveLength(8000);
    expect(table.rows[7999]!.cells).toEqual(["Praktijk é 7999", "regel één\nregel twee 7999", "Zaandam"]);
    expect(new Set(table.rows.map((r) => r.cells.length))).toEqual(new Set([3]));
  });

  it("keeps spreadsheet row numbers when empty lines are skipped", async () => {
    const table = await readTable(enc("naam;plaats\nA;X\n;\nB;Y\n\nC;Z\n"), "a.csv");
    expect(table.rows.map((r) => r.line)).toEqual([2, 4, 6]);
  });

  it("reads the first worksheet of an XLSX file, using cached results of formulas, never formulas", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Praktijken");
    sheet.addRow(["Naam", "Discipline", "Gemeente", "Ingeschreven patiënten", "Peildatum"]);
    sheet.addRow(["Huisartsen Oost", "huisartsenzorg", "GM0479", 2500, new Date("2026-01-01T00:00:00Z")]);
    sheet.getCell("D2").value = { formula: "2000+500", result: 2500 };
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    const { table, result } = await practices(bytes, "praktijken.xlsx");
    expect(table.rows[0]!.cells).toEqual(["Huisartsen Oost", "huisartsenzorg", "GM0479", "2500", "2026-01-01"]);
    expect(result.errorCount).toBe(0);
    expect(result.staged[0]).toMatchObject({ registeredPatients: 2500, registeredPatientsAsOf: "2026-01-01" });
  });

  it("refuses an empty file and a broken XLSX with a Dutch message", async () => {
    expect((await refusal(readTable(new Uint8Array(), "a.csv"))).message).toBe("Het bestand is leeg.");
    expect((await refusal(readTable(enc("PK\u0003\u0004kapot"), "a.xlsx"))).message).toMatch(
      /Excel-bestand kan niet worden gelezen/,
    );
  });

  it("normalises headers and Dutch numbers", () => {
    expect(headerKey("AGB-code")).toBe("agbcode");
    expect(headerKey("Ingeschreven patiënten")).toBe("ingeschrevenpatienten");
    expect(headerKey("AantalInwoners_5")).toBe("aantalinwoners");
    expect(parseCount("2.500")).toBe(2500);
    expect(parseCount("12 345")).toBe(12345);
    expect(parseCount(".")).toBeNull();
    expect(parseCount("2,5")).toBeNaN();
  });
});

describe("patient data", () => {
  it("finds patient-level columns in any spelling", () => {
    expect(
      patientColumns([
        "Naam",
        "BSN",
        "Geboortedatum",
        "Patiëntnaam",
        "Voornaam",
        "Achternaam",
        "AGB-code",
        "Ingeschreven patiënten",
      ]),
    ).toEqual(["BSN", "Geboortedatum", "Patiëntnaam", "Voornaam", "Achternaam"]);
    expect(patientColumns(["Burgerservicenummer"])).toEqual(["Burgerservicenummer"]);
  });

  it("finds patient columns under other names, spaces, punctuation, invisible and look-alike characters", () => {
    const hostile = [
      "Patiënt BSN",
      "Geb.datum",
      "geboorte datum",
      "burgerservicenr",
      "BSN-nummer",
      "Geb. datum patiënt",
      "ＢＳＮ", // full-width
      "B\u200BS\u200DN", // zero-width space and joiner
      "\u0412\u0405N", // Cyrillic В and Ѕ
      "GЕBООRTЕDАTUM", // Cyrillic Е, О and А
      "\u202Ensb", // right-to-left override
      "geboorte-\ndatum",
      "Date of birth",
      "Cliëntnummer",
      "patient_id",
    ];
    expect(patientColumns(hostile)).toEqual(hostile);
    // CBS counts of births per wijk, and ordinary practice and wijk columns, are not patient data.
    expect(
      patientColumns([
        "GeboorteTotaal_24",
        "GeboorteRelatief_25",
        "Ingeschreven patiënten",
        "Wmo-cliënten",
        "Bevolkingsdichtheid",
      ]),
    ).toEqual([]);
  });

  it("matches headers whatever their case, accents, punctuation and look-alike letters", () => {
    expect(headerKey("ＡＧＢ－ｃｏｄｅ")).toBe("agbcode");
    expect(headerKey("Р\u043Estcode")).toBe("postcode"); // Cyrillic Р and о
    expect(headerKey("Ingeschreven\u00ADpatiënten\u200B")).toBe("ingeschrevenpatienten");
    expect(headerKey("  AANTAL   inwoners_5 ")).toBe("aantalinwoners");
  });

  it("refuses a practice or wijk file with patient columns, naming them and explaining why", async () => {
    const error = await refusal(
      practices("naam;discipline;gemeente;BSN;geboortedatum\nA;huisartsenzorg;GM0479;123456782;01-01-1950\n"),
    );
    expect(error.message).toContain("‘BSN’, ‘geboortedatum’");
    expect(error.message).toContain("alleen organisatiegegevens en getelde (geaggregeerde) aantallen");
    expect(() => planWijkColumns(["Codering", "AantalInwoners", "Patiëntnaam"])).toThrow(/individuele patiënten/);
  });
});

describe("practice rows", () => {
  const header =
    "Naam;Discipline;AGB-code;KvK-nummer;Straat;Huisnummer;Postcode;Plaats;Gemeente;Wijkcode;Telefoon;E-mail;Website;Ingeschreven patiënten;Peildatum";

  it("maps Dutch headers to the practice schema; discipline by code or name; gemeente by code, number or name", async () => {
    const { result } = await practices(
      `${header}\n` +
        "Huisartsen Oost;Huisartsenzorg;01234567;12345678;Zuiddijk;12a;1501 AB;Zaandam;Zaanstad;WK047901;075 123 45 67;info@oost.nl;https://oost.nl;2.500;31-12-2025\n" +
        "Apotheek West;apotheek;06000001;;;;;;0439;;;;;;\n",
    );
    expect(inDutch(result.problems)).toEqual([]);
    expect(result.toUpdate).toBe(1); // 01234567 exists
    expect(result.toCreate).toBe(1);
    expect(result.staged[0]).toMatchObject({
      name: "Huisartsen Oost",
      disciplineId: context.disciplines[0]!.id,
      municipalityCode: "GM0479",
      postcode: "1501 AB",
      registeredPatients: 2500,
      registeredPatientsAsOf: "2025-12-31",
    });
    expect(result.staged[1]).toMatchObject({ disciplineId: context.disciplines[1]!.id, municipalityCode: "GM0439", kvk: null });
  });

  it("reports every problem with row number, column as the file names it, and a Dutch message", async () => {
    const { result } = await practices(
      "Naam,Discipline,AGB,Gemeente,Ingeschreven patiënten\n" +
        "Goed,huisartsenzorg,01000001,GM0479,\n" +
        "X,tandarts,123,GM9999,veel\n" +
        "Dubbel,huisartsenzorg,01000001,GM0479,\n" +
        "Zonder peildatum,huisartsenzorg,01000002,GM0479,1200\n",
    );
    expect(result.staged).toHaveLength(1);
    expect(inDutch(result.problems)).toEqual(
      expect.arrayContaining([
        { row: 3, column: "Naam", message: "Geef de naam van de praktijk." },
        { row: 3, column: "AGB", message: "Een AGB-code bestaat uit precies 8 cijfers." },
        { row: 3, column: "Discipline", message: expect.stringContaining("Onbekende discipline ‘tandarts’") },
        { row: 3, column: "Ingeschreven patiënten", message: "Geef een aantal in hele getallen." },
        { row: 5, column: "peildatum", message: "Geef ook de peildatum van het aantal ingeschreven patiënten." },
        {
          row: 4,
          column: "AGB",
          message: "De AGB-code 01000001 staat ook al in rij 2; elke praktijk mag maar één keer in het bestand staan.",
        },
      ]),
    );
    expect(result.errorCount).toBe(result.problems.length);
  });

  it("refuses a municipality outside the region", async () => {
    const { result } = await practices("naam;discipline;gemeente\nPraktijk Elders;huisartsenzorg;GM0363\n");
    expect(inDutch(result.problems)).toEqual([
      { row: 2, column: "gemeente", message: "De gemeente GM0363 hoort niet bij deze regio." },
    ]);
  });

  it("neutralises formulas in text it keeps", async () => {
    const { result, plan } = await practices(
      'naam;discipline;gemeente;plaats;=cmd\n"=HYPERLINK(""http://x"")";huisartsenzorg;GM0479;@SUM(A1);x\n',
    );
    expect(result.staged[0]!.name).toBe('\'=HYPERLINK("http://x")');
    expect(result.staged[0]!.city).toBe("'@SUM(A1)");
    expect(plan.notes[0]).toContain("‘'=cmd’");
  });

  it("warns that without an AGB column every row becomes a new practice", () => {
    expect(planPracticeColumns(["naam", "discipline", "gemeente"]).notes.map(dutch)).toEqual([
      expect.stringContaining("geen kolom AGB-code"),
    ]);
    expect(planPracticeColumns(["naam", "discipline", "gemeente", "AGB"]).notes).toEqual([]);
  });

  it("needs the columns naam, discipline and gemeente", () => {
    expect(() => planPracticeColumns(["Naam", "Plaats"])).toThrow("De kolommen ‘discipline’, ‘gemeente’ ontbreken.");
  });
});

describe("wijk statistics (CBS Kerncijfers wijken en buurten)", () => {
  it("reads CBS-shaped columns, skips gemeenten, buurten and wijken outside the region, keeps other numbers as extra", async () => {
    const csv =
      '"ID";"WijkenEnBuurten";"Gemeentenaam_1";"SoortRegio_2";"Codering_3";"AantalInwoners_5";"k_65JaarOfOuder_12";"HuishoudensTotaal_28";"GemiddeldeHuishoudensgrootte_32"\n' +
      '1;"Zaanstad";"Zaanstad";"Gemeente";"GM0479    ";"157215";"26040";"70000";"2,2"\n' +
      '2;"Zaandam-Zuid";"Zaanstad";"Wijk";"WK047901  ";"12.345";"2.100";"5600";"2,1"\n' +
      '3;"Buurt";"Zaanstad";"Buurt";"BU04790101";"1000";"100";"500";"2"\n' +
      '4;"Centrum";"Amsterdam";"Wijk";"WK036300";"80000";"9000";"40000";"1,8"\n';
    const table = await readTable(enc(csv), "cbs.csv");
    const plan = planWijkColumns(table.headers);
    const result = validateWijkRows(plan, table.rows, ["GM0479"]);
    expect(inDutch(result.problems)).toEqual([]);
    expect(result.skipped).toBe(2);
    expect(result.outside).toBe(1);
    // "WijkenEnBuurten" holds the names in CBS Statline exports; Codering the code.
    expect(result.staged).toEqual([
      {
        line: 3,
        wijkCode: "WK047901",
        name: "Zaandam-Zuid",
        municipalityCode: "GM0479",
        inhabitants: 12345,
        aged65Plus: 2100,
        aged80Plus: null,
        households: 5600,
        extra: { "Gemiddelde huishoudensgrootte": 2.1 },
      },
    ]);
  });

  it("reads a CBS-shaped XLSX with numbers as numbers", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Kerncijfers");
    sheet.addRow(["Codering", "Wijken en buurten", "Inwoners", "65+", "80+", "Huishoudens", "Oppervlakte land (ha)"]);
    sheet.addRow(["WK047901", "Zaandam-Zuid", 24800, 4560, 1240, 11900, 512.5]);
    const table = await readTable(new Uint8Array(await workbook.xlsx.writeBuffer()), "kerncijfers.xlsx");
    const result = validateWijkRows(planWijkColumns(table.headers), table.rows, ["GM0479"]);
    expect(inDutch(result.problems)).toEqual([]);
    expect(result.staged[0]).toMatchObject({
      wijkCode: "WK047901",
      name: "Zaandam-Zuid",
      inhabitants: 24800,
      aged65Plus: 4560,
      aged80Plus: 1240,
      households: 11900,
      extra: { "Oppervlakte land (ha)": 512.5 },
    });
  });

  it("keeps only the allowed CBS figures; every other column is named as ignored and never stored", async () => {
    const csv =
      "Codering;AantalInwoners;Gemiddelde huishoudensgrootte (aantal);WOZ-waarde eigen woning;Kenmerk;Opmerking;ID\n" +
      "WK047901;12345;2,1;350000;998877;geheim;1\n";
    const table = await readTable(enc(csv), "cbs.csv");
    const plan = planWijkColumns(table.headers);
    expect(plan.extra).toEqual([{ index: 2, key: "Gemiddelde huishoudensgrootte" }]);
    expect(plan.notes.map(dutch)).toEqual([
      "Deze kolommen worden genegeerd en niet bewaard: ‘WOZ-waarde eigen woning’, ‘Kenmerk’, ‘Opmerking’.",
    ]);
    const result = validateWijkRows(plan, table.rows, ["GM0479"]);
    expect(result.staged[0]!.extra).toEqual({ "Gemiddelde huishoudensgrootte": 2.1 });
    // A column that names patient data is not merely ignored: the file is refused as a whole.
    expect(() => planWijkColumns([...table.headers, "Patiënt BSN"])).toThrow(
      /‘Patiënt BSN’ bevat gegevens over individuele patiënten/,
    );
  });

  it("reports bad wijk rows with row and column", async () => {
    const table = await readTable(
      enc("wijkcode,naam,inwoners,65+,80+\nWK04790,Fout,100,10,1\nWK047902,Oud,100,200,300\nWK047903,Leeg,,1,1\n"),
      "w.csv",
    );
    const result = validateWijkRows(planWijkColumns(table.headers), table.rows, ["GM0479"]);
    expect(inDutch(result.problems)).toEqual([
      { row: 2, column: "wijkcode", message: "Een wijkcode is WK gevolgd door 6 cijfers, bijvoorbeeld WK047901." },
      { row: 3, column: "65+", message: "Er zijn meer 65-plussers dan inwoners; controleer de kolommen." },
      { row: 3, column: "80+", message: "Er zijn meer 80-plussers dan 65-plussers; controleer de kolommen." },
      { row: 4, column: "inwoners", message: "Vul het aantal in." },
    ]);
  });
});

describe("the allow-list of wijk figures", () => {
  it("the migration that cleans stored figures keeps exactly the figures of the allow-list", () => {
    const sql = readFileSync(
      path.resolve(import.meta.dirname, "../../prisma/migrations/20261125050000_wijk_extra_allow_list/migration.sql"),
      "utf8",
    );
    const values = [...sql.matchAll(/^\s+\('((?:[^']|'')+)'\),?$/gm)].map((m) => m[1]!.replace(/''/g, "'"));
    expect(values).toEqual(Object.keys(WIJK_FIGURES));
  });

  it("matches CBS column names and labels with units to the figures", () => {
    expect(wijkFigure("GemiddeldeHuishoudensgrootte_32")).toBe("Gemiddelde huishoudensgrootte");
    expect(wijkFigure("Oppervlakte land (ha)")).toBe("Oppervlakte land (ha)");
    expect(wijkFigure("WmoClienten_74")).toBe("Wmo-cliënten");
    expect(wijkFigure("Patiënt BSN")).toBeUndefined();
    expect(wijkFigure("Opmerking")).toBeUndefined();
  });
});
