// Validation of imported rows, without a database: every practice row goes through the one
// PracticeInputSchema; wijk rows through WijkStatisticRowSchema. Problems carry the row number
// and the column as the file names it, in Dutch.
import { msg } from "@/lib/i18n/keys";
import { z } from "zod";
import { PracticeInputSchema, type PracticeData } from "@/lib/domain/practices/schema";
import { neutraliseCell } from "@/lib/domain/shared/spreadsheet";
import { municipalityOfWijk } from "@/lib/domain/shared/identifiers";
import { assertNoPatientData, headerKey, mapHeaders, parseCount, parseDecimal, type RawTable } from "@/lib/domain/imports/parse";
import { ValidationError } from "@/lib/domain/errors";
import { WIJK_FIGURES } from "@/lib/domain/regiobeeld/figures";

export type RowProblem = { row: number; column: string; message: string };

/** Text that may be shown or exported later: a leading = + - @ never becomes a formula. */
function safeText(value: string | undefined): string | undefined {
  if (value === undefined || value === "") return undefined;
  return neutraliseCell(value) as string;
}

// ───────────────────────── practices ─────────────────────────

export const PRACTICE_ALIASES = {
  name: ["naam", "praktijknaam", "naampraktijk", "praktijk", "vestigingsnaam", "organisatienaam"],
  discipline: ["discipline", "disciplinecode", "beroepsgroep", "zorgsoort"],
  agb: ["agb", "agbcode", "agbcodepraktijk", "agbcodevestiging", "agbpraktijk", "agbvestiging"],
  kvk: ["kvk", "kvknummer", "kvknr", "kamervankoophandel"],
  street: ["straat", "straatnaam", "adres"],
  houseNumber: ["huisnummer", "huisnr", "nummer"],
  postcode: ["postcode"],
  city: ["plaats", "woonplaats", "vestigingsplaats"],
  municipality: ["gemeente", "gemeentecode"],
  wijkCode: ["wijk", "wijkcode"],
  phone: ["telefoon", "telefoonnummer", "tel", "telnr"],
  email: ["email", "emailadres", "mail"],
  website: ["website", "webadres", "internetadres", "url"],
  registeredPatients: [
    "ingeschrevenpatienten",
    "aantalingeschrevenpatienten",
    "ingeschrevenen",
    "praktijkgrootte",
    "aantalpatienten",
  ],
  registeredPatientsAsOf: ["peildatum", "peildatumpatienten", "peildatumingeschrevenpatienten"],
} as const;

type PracticeColumn = keyof typeof PRACTICE_ALIASES;

/** The Dutch name of a column that the file lacks (used in messages). */
const PRACTICE_LABELS: Record<PracticeColumn, string> = {
  name: "naam",
  discipline: "discipline",
  agb: "AGB-code",
  kvk: "KvK-nummer",
  street: "straat",
  houseNumber: "huisnummer",
  postcode: "postcode",
  city: "plaats",
  municipality: "gemeente",
  wijkCode: "wijkcode",
  phone: "telefoon",
  email: "e-mail",
  website: "website",
  registeredPatients: "ingeschreven patiënten",
  registeredPatientsAsOf: "peildatum",
};

/** Schema field → file column. */
const FIELD_COLUMN: Record<string, PracticeColumn> = {
  name: "name",
  disciplineCode: "discipline",
  agb: "agb",
  kvk: "kvk",
  street: "street",
  houseNumber: "houseNumber",
  postcode: "postcode",
  city: "city",
  municipalityCode: "municipality",
  wijkCode: "wijkCode",
  phone: "phone",
  email: "email",
  website: "website",
  registeredPatients: "registeredPatients",
  registeredPatientsAsOf: "registeredPatientsAsOf",
};

/** Practice fields that an update from a file with this column may change. */
export const COLUMN_FIELDS: Record<PracticeColumn, readonly string[]> = {
  name: ["name"],
  discipline: ["disciplineId"],
  agb: ["agb"],
  kvk: ["kvk"],
  street: ["street"],
  houseNumber: ["houseNumber"],
  postcode: ["postcode"],
  city: ["city"],
  municipality: ["municipalityCode"],
  wijkCode: ["wijkCode"],
  phone: ["phone"],
  email: ["email"],
  website: ["website"],
  registeredPatients: ["registeredPatients"],
  registeredPatientsAsOf: ["registeredPatientsAsOf"],
};

export type PracticeImportContext = {
  disciplines: { id: string; code: string; name: string }[];
  /** The region's municipalities, with their names where known. */
  municipalities: { code: string; name: string | null }[];
  /** AGB codes of the region's practices. */
  existingAgbs: ReadonlySet<string>;
};

/** A validated practice row as it is staged (JSON) and later written with one INSERT … ON CONFLICT. */
export type StagedPractice = {
  line: number;
  name: string;
  disciplineId: string;
  agb: string | null;
  kvk: string | null;
  street: string | null;
  houseNumber: string | null;
  postcode: string | null;
  city: string | null;
  municipalityCode: string;
  wijkCode: string | null;
  phone: string | null;
  email: string | null;
  website: string | null;
  registeredPatients: number | null;
  registeredPatientsAsOf: string | null;
};

export type PracticeHeaderPlan = {
  columns: Partial<Record<PracticeColumn, number>>;
  headers: string[];
  notes: string[];
  fields: string[];
};

/** Checks the header row: no patient columns, the required columns present. Throws a ValidationError otherwise. */
export function planPracticeColumns(headers: string[]): PracticeHeaderPlan {
  assertNoPatientData(headers);
  const { columns, unused } = mapHeaders(headers, PRACTICE_ALIASES);
  const missing = (["name", "discipline", "municipality"] as const).filter((c) => columns[c] === undefined);
  if (missing.length > 0) {
    const columns = missing.map((c) => `‘${PRACTICE_LABELS[c]}’`).join(", ");
    const message = msg(
      missing.length > 1 ? "imports.problems.missingPracticeColumns" : "imports.problems.missingPracticeColumn",
      {
        columns,
      },
    );
    throw new ValidationError(message, { file: [message] });
  }
  const notes =
    unused.length > 0 ? [msg("imports.notes.unused", { columns: unused.map((h) => `‘${safeText(h)}’`).join(", ") })] : [];
  if (columns.agb === undefined) notes.push(msg("imports.notes.noAgb"));
  const fields = (Object.keys(columns) as PracticeColumn[]).flatMap((c) => COLUMN_FIELDS[c]);
  return { columns, headers, notes, fields };
}

const simplify = (value: string) => headerKey(value);

function disciplineLookup(disciplines: PracticeImportContext["disciplines"]): Map<string, string> {
  const map = new Map<string, string>();
  for (const d of disciplines) {
    map.set(simplify(d.code), d.code);
    map.set(simplify(d.name), d.code);
    // "Farmacie (apotheek)" is also known as "Farmacie" and "apotheek".
    const bracket = /^(.*?)\s*\((.*)\)\s*$/.exec(d.name);
    if (bracket) {
      map.set(simplify(bracket[1]!), d.code);
      map.set(simplify(bracket[2]!), d.code);
    }
  }
  return map;
}

function municipalityLookup(municipalities: PracticeImportContext["municipalities"]): Map<string, string> {
  const map = new Map<string, string>();
  for (const m of municipalities) {
    map.set(simplify(m.code), m.code);
    map.set(m.code.slice(2), m.code);
    map.set(String(Number(m.code.slice(2))), m.code);
    if (m.name) {
      map.set(simplify(m.name), m.code);
      map.set(simplify(m.name.replace(/^gemeente\s+/i, "")), m.code);
    }
  }
  return map;
}

export type PracticeRowsResult = {
  staged: StagedPractice[];
  problems: RowProblem[];
  errorCount: number;
  toCreate: number;
  toUpdate: number;
};

/** Validates data rows (a slice of the file may be passed, for progress); `seenAgbs` spans slices. */
export function validatePracticeRows(
  plan: PracticeHeaderPlan,
  rows: RawTable["rows"],
  context: PracticeImportContext,
  seenAgbs: Map<string, number> = new Map(),
): PracticeRowsResult {
  const disciplines = disciplineLookup(context.disciplines);
  const disciplineIds = new Map(context.disciplines.map((d) => [d.code, d.id]));
  const municipalities = municipalityLookup(context.municipalities);
  const columnName = (column: PracticeColumn) => {
    const index = plan.columns[column];
    return index === undefined ? PRACTICE_LABELS[column] : (safeText(plan.headers[index]) ?? PRACTICE_LABELS[column]);
  };
  const result: PracticeRowsResult = { staged: [], problems: [], errorCount: 0, toCreate: 0, toUpdate: 0 };

  for (const { line, cells } of rows) {
    const cell = (column: PracticeColumn) => {
      const index = plan.columns[column];
      const value = index === undefined ? undefined : cells[index];
      return value === undefined || value === "" ? undefined : value;
    };
    const problems: RowProblem[] = [];
    const rawDiscipline = cell("discipline");
    const disciplineCode = rawDiscipline === undefined ? "" : (disciplines.get(simplify(rawDiscipline)) ?? "?");
    const rawMunicipality = cell("municipality");
    const municipalityCode =
      rawMunicipality === undefined ? "" : (municipalities.get(simplify(rawMunicipality)) ?? rawMunicipality);
    const patients = parseCount(cell("registeredPatients"));

    const input = {
      name: safeText(cell("name")) ?? "",
      disciplineCode: disciplineCode === "?" ? "onbekend" : disciplineCode,
      agb: cell("agb"),
      kvk: cell("kvk"),
      street: safeText(cell("street")),
      houseNumber: safeText(cell("houseNumber")),
      postcode: cell("postcode"),
      city: safeText(cell("city")),
      municipalityCode,
      wijkCode: cell("wijkCode"),
      phone: cell("phone"),
      email: cell("email"),
      website: cell("website"),
      registeredPatients: patients === null ? undefined : Number.isNaN(patients) ? cell("registeredPatients") : patients,
      registeredPatientsAsOf: cell("registeredPatientsAsOf"),
    };
    const parsed = PracticeInputSchema.safeParse(input);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const field = String(issue.path[0] ?? "name");
        problems.push({ row: line, column: columnName(FIELD_COLUMN[field] ?? "name"), message: issue.message });
      }
    }
    if (disciplineCode === "?") {
      problems.push({
        row: line,
        column: columnName("discipline"),
        message: msg("imports.problems.unknownDiscipline", { discipline: safeText(rawDiscipline) ?? "" }),
      });
    }
    if (parsed.success && !context.municipalities.some((m) => m.code === parsed.data.municipalityCode)) {
      problems.push({
        row: line,
        column: columnName("municipality"),
        message: msg("imports.problems.foreignMunicipality", { code: parsed.data.municipalityCode }),
      });
    }
    const agb = parsed.success ? parsed.data.agb : undefined;
    if (agb) {
      const first = seenAgbs.get(agb);
      if (first !== undefined)
        problems.push({
          row: line,
          column: columnName("agb"),
          message: msg("imports.problems.duplicateAgb", { agb, row: first }),
        });
      else seenAgbs.set(agb, line);
    }

    // Zod reports "Een aantal…" for the count; problems on a field missing from the file mention that column.
    const unique = problems.filter((p, i) => !problems.slice(0, i).some((q) => q.column === p.column && q.message === p.message));
    if (unique.length > 0 || !parsed.success) {
      result.errorCount += unique.length;
      result.problems.push(...unique);
      continue;
    }
    const data: PracticeData = parsed.data;
    if (data.agb && context.existingAgbs.has(data.agb)) result.toUpdate += 1;
    else result.toCreate += 1;
    result.staged.push({
      line,
      name: data.name,
      disciplineId: disciplineIds.get(data.disciplineCode)!,
      agb: data.agb ?? null,
      kvk: data.kvk ?? null,
      street: data.street ?? null,
      houseNumber: data.houseNumber ?? null,
      postcode: data.postcode ?? null,
      city: data.city ?? null,
      municipalityCode: data.municipalityCode,
      wijkCode: data.wijkCode ?? null,
      phone: data.phone ?? null,
      email: data.email ?? null,
      website: data.website ?? null,
      registeredPatients: data.registeredPatients ?? null,
      registeredPatientsAsOf: data.registeredPatientsAsOf ? data.registeredPatientsAsOf.toISOString().slice(0, 10) : null,
    });
  }
  return result;
}

// ───────────────────────── wijk statistics (CBS Kerncijfers wijken en buurten) ─────────────────────────

export const WIJK_ALIASES = {
  wijkCode: ["codering", "wijkcode", "codewijk", "gwbcode", "regiocode", "code", "wijkenenbuurten"],
  // CBS downloads name the wijk in "Wijken en buurten" when a "Codering" column holds the code.
  name: ["naam", "wijknaam", "naamwijk", "wijkenenbuurtennaam", "regionaam", "wijk", "wijkenenbuurten"],
  inhabitants: ["aantalinwoners", "inwoners", "inwonersaantal", "totaalinwoners"],
  aged65Plus: ["k65jaarofouder", "65jaarofouder", "65", "65plus", "65ouder", "inwoners65plus", "aantal65plus", "65plussers"],
  aged80Plus: ["k80jaarofouder", "80jaarofouder", "80", "80plus", "80ouder", "inwoners80plus", "aantal80plus", "80plussers"],
  households: ["huishoudenstotaal", "huishoudens", "aantalhuishoudens", "totaalhuishoudens"],
} as const;

type WijkColumn = keyof typeof WIJK_ALIASES;
const WIJK_LABELS: Record<WijkColumn, string> = {
  wijkCode: "wijkcode",
  name: "naam",
  inhabitants: "inwoners",
  aged65Plus: "65+",
  aged80Plus: "80+",
  households: "huishoudens",
};
const FIGURE_BY_KEY = new Map(Object.entries(WIJK_FIGURES).flatMap(([label, keys]) => keys.map((key) => [key, label] as const)));

/** The allowed figure a header names, or undefined. */
export function wijkFigure(header: string): string | undefined {
  return FIGURE_BY_KEY.get(headerKey(header)) ?? FIGURE_BY_KEY.get(headerKey(header.replace(/\([^)]*\)\s*$/, "")));
}

/** CBS columns that describe the row rather than the wijk; ignored without being named in the preview. */
const CBS_ROW_COLUMNS = new Set([
  "id",
  "jaar",
  "perioden",
  "soortregio",
  "gemeentenaam",
  "gemeentecode",
  "gemeente",
  "indelingswijzigingwijkenenbuurten",
  "meestvoorkomendepostcode",
  "dekkingspercentage",
]);

export type StagedWijk = {
  line: number;
  wijkCode: string;
  name: string;
  municipalityCode: string;
  inhabitants: number;
  aged65Plus: number | null;
  aged80Plus: number | null;
  households: number | null;
  extra: Record<string, number>;
};

export type WijkHeaderPlan = {
  columns: Partial<Record<WijkColumn, number>>;
  headers: string[];
  extra: { index: number; key: string }[];
  notes: string[];
};

export function planWijkColumns(headers: string[]): WijkHeaderPlan {
  assertNoPatientData(headers);
  const { columns } = mapHeaders(headers, WIJK_ALIASES);
  const missing = (["wijkCode", "inhabitants"] as const).filter((c) => columns[c] === undefined);
  if (missing.length > 0) {
    const columns = missing.map((c) => `‘${WIJK_LABELS[c]}’`).join(", ");
    const message = msg(missing.length > 1 ? "imports.problems.missingWijkColumns" : "imports.problems.missingWijkColumn", {
      columns,
    });
    throw new ValidationError(message, { file: [message] });
  }
  const used = new Set(Object.values(columns));
  const extra: WijkHeaderPlan["extra"] = [];
  const ignored: string[] = [];
  const taken = new Set<string>();
  headers.forEach((header, index) => {
    if (used.has(index) || header.trim() === "") return;
    const figure = wijkFigure(header);
    if (figure && !taken.has(figure)) {
      taken.add(figure);
      extra.push({ index, key: figure });
    } else if (!CBS_ROW_COLUMNS.has(headerKey(header))) ignored.push(header);
  });
  const notes =
    ignored.length > 0
      ? [msg("imports.notes.unused", { columns: ignored.map((h) => `‘${safeText(h.trim())}’`).join(", ") })]
      : [];
  return { columns, headers, extra, notes };
}

const count = z.number().int().min(0);

export type WijkRowsResult = {
  staged: StagedWijk[];
  problems: RowProblem[];
  errorCount: number;
  skipped: number;
  outside: number;
};

/**
 * Validates CBS-shaped rows. Rows of gemeenten and buurten (GM…, BU…) and wijken outside the
 * region's municipalities are skipped (a national CBS file has them all); wijk rows must be sound.
 */
export function validateWijkRows(
  plan: WijkHeaderPlan,
  rows: RawTable["rows"],
  municipalityCodes: readonly string[],
  seen: Map<string, number> = new Map(),
): WijkRowsResult {
  const result: WijkRowsResult = { staged: [], problems: [], errorCount: 0, skipped: 0, outside: 0 };
  const columnName = (column: WijkColumn) => {
    const index = plan.columns[column];
    return index === undefined ? WIJK_LABELS[column] : (safeText(plan.headers[index]) ?? WIJK_LABELS[column]);
  };
  for (const { line, cells } of rows) {
    const cell = (column: WijkColumn) => {
      const index = plan.columns[column];
      return index === undefined ? undefined : cells[index];
    };
    const code = (cell("wijkCode") ?? "").replace(/\s+/g, "").toUpperCase();
    if (/^(GM|BU|NL|PV|LD)/.test(code)) {
      result.skipped += 1;
      continue;
    }
    const problems: RowProblem[] = [];
    if (!/^WK\d{6}$/.test(code)) {
      problems.push({
        row: line,
        column: columnName("wijkCode"),
        message: msg("imports.problems.wijkCode"),
      });
    } else if (!municipalityCodes.includes(municipalityOfWijk(code))) {
      result.outside += 1;
      continue;
    } else if (seen.has(code)) {
      problems.push({
        row: line,
        column: columnName("wijkCode"),
        message: msg("imports.problems.duplicateWijk", { code, row: seen.get(code) ?? "" }),
      });
    } else {
      seen.set(code, line);
    }
    const number = (column: WijkColumn, required: boolean): number | null => {
      const value = parseCount(cell(column));
      if (value === null) {
        if (required) problems.push({ row: line, column: columnName(column), message: msg("imports.problems.countRequired") });
        return null;
      }
      if (!count.safeParse(value).success) {
        problems.push({
          row: line,
          column: columnName(column),
          message: msg("imports.problems.countWhole"),
        });
        return null;
      }
      return value;
    };
    const inhabitants = number("inhabitants", true);
    const aged65Plus = number("aged65Plus", false);
    const aged80Plus = number("aged80Plus", false);
    const households = number("households", false);
    if (inhabitants !== null && aged65Plus !== null && aged65Plus > inhabitants) {
      problems.push({
        row: line,
        column: columnName("aged65Plus"),
        message: msg("imports.problems.more65ThanInhabitants"),
      });
    }
    if (aged65Plus !== null && aged80Plus !== null && aged80Plus > aged65Plus) {
      problems.push({
        row: line,
        column: columnName("aged80Plus"),
        message: msg("imports.problems.more80Than65"),
      });
    }
    const name = safeText(cell("name")) ?? code;
    if (name.length > 120)
      problems.push({ row: line, column: columnName("name"), message: msg("validation.maxChars", { max: 120 }) });
    if (problems.length > 0) {
      result.errorCount += problems.length;
      result.problems.push(...problems);
      continue;
    }
    const extra: Record<string, number> = {};
    for (const { index, key } of plan.extra) {
      const value = parseDecimal(cells[index]);
      if (value !== null) extra[key] = value;
    }
    result.staged.push({
      line,
      wijkCode: code,
      name,
      municipalityCode: municipalityOfWijk(code),
      inhabitants: inhabitants!,
      aged65Plus,
      aged80Plus,
      households,
      extra,
    });
  }
  return result;
}
