// Reading the files regions really have: CSV (comma, semicolon or tab; UTF-8 with or without BOM,
// or Windows-1252 from older Excel) and XLSX (the first worksheet). The result is a plain table of
// trimmed strings with the spreadsheet row number of every row, ready for validation.
import ExcelJS from "exceljs";
import { parse as csvParser } from "csv-parse";
import { ValidationError } from "@/lib/domain/errors";

export type RawTable = {
  headers: string[];
  /** Data rows; `line` is the row number a spreadsheet shows (the header is row 1). */
  rows: { line: number; cells: string[] }[];
};

export const MAX_IMPORT_BYTES = 10 * 1024 * 1024;
export const MAX_IMPORT_ROWS = 50_000;

function fileProblem(message: string): ValidationError {
  return new ValidationError(message, { file: [message] });
}

/** Decodes text: UTF-8 (BOM stripped); bytes that are not valid UTF-8 are read as Windows-1252. */
export function decodeText(bytes: Uint8Array): string {
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    text = new TextDecoder("windows-1252").decode(bytes);
  }
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** The separator of the header line: the most frequent of ; , and tab outside quotes. */
export function detectSeparator(text: string): string {
  const firstLine = text.split(/\r?\n/, 1)[0] ?? "";
  const counts: Record<string, number> = { ";": 0, ",": 0, "\t": 0 };
  let quoted = false;
  for (const char of firstLine) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && char in counts) counts[char]! += 1;
  }
  const best = Object.entries(counts).sort((a, b) => b[1] - a[1])[0]!;
  return best[1] > 0 ? best[0] : ";";
}

function isXlsx(bytes: Uint8Array, fileName: string): boolean {
  const zip = bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
  return zip || /\.xlsx$/i.test(fileName);
}

function toTable(records: string[][]): RawTable {
  const [header, ...body] = records;
  if (!header || header.every((h) => h.trim() === "")) throw fileProblem("Het bestand is leeg: de eerste rij moet de kolomnamen bevatten.");
  const rows: RawTable["rows"] = [];
  body.forEach((cells, index) => {
    if (cells.every((c) => c.trim() === "")) return;
    rows.push({ line: index + 2, cells: cells.map((c) => c.trim()) });
  });
  if (rows.length > MAX_IMPORT_ROWS) throw fileProblem(`Het bestand heeft meer dan ${MAX_IMPORT_ROWS.toLocaleString("nl-NL")} rijen; splits het op.`);
  return { headers: header.map((h) => h.trim()), rows };
}

const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));
/** Characters handed to the CSV parser at a time; between pieces other requests get their turn. */
const PIECE = 256 * 1024;

export async function readCsv(bytes: Uint8Array): Promise<RawTable> {
  const text = decodeText(bytes);
  const records: string[][] = [];
  const parser = csvParser({ delimiter: detectSeparator(text), relax_column_count: true, relax_quotes: true, bom: true });
  let failure: unknown;
  parser.on("readable", () => {
    let record: string[] | null;
    while ((record = parser.read() as string[] | null) !== null) records.push(record);
  });
  parser.on("error", (error) => (failure = error));
  const ended = new Promise<void>((resolve) => {
    parser.on("end", resolve);
    parser.on("error", () => resolve());
  });
  // Feed the text in pieces cut at line ends, so a character is never split.
  for (let start = 0; start < text.length && !failure; ) {
    const newline = text.indexOf("\n", start + PIECE);
    const end = newline === -1 ? text.length : newline + 1;
    parser.write(text.slice(start, end));
    start = end;
    await yieldToEventLoop();
  }
  parser.end();
  await ended;
  if (failure) {
    const line = (failure as { lines?: number }).lines;
    throw fileProblem(`Het CSV-bestand kan niet worden gelezen${line ? ` (rond rij ${line})` : ""}. Controleer aanhalingstekens en scheidingstekens.`);
  }
  return toTable(records);
}

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === "object") {
    if ("richText" in value) return value.richText.map((part) => part.text).join("");
    if ("text" in value && typeof value.text === "string") return value.text; // hyperlink
    // A formula cell: only its cached result is read; the formula itself is never used.
    if ("result" in value) return value.result === undefined || value.result === null || typeof value.result === "object" ? (value.result instanceof Date ? value.result.toISOString().slice(0, 10) : "") : String(value.result);
    if ("error" in value) return "";
    return "";
  }
  return String(value);
}

export async function readXlsx(bytes: Uint8Array): Promise<RawTable> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  } catch {
    throw fileProblem("Het Excel-bestand kan niet worden gelezen. Sla het op als .xlsx of als CSV.");
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw fileProblem("Het Excel-bestand heeft geen werkblad.");
  const records: string[][] = [];
  const width = sheet.columnCount;
  sheet.eachRow({ includeEmpty: true }, (row, rowNumber) => {
    const cells: string[] = [];
    for (let c = 1; c <= width; c++) cells.push(cellText(row.getCell(c).value));
    records[rowNumber - 1] = cells;
  });
  for (let i = 0; i < records.length; i++) records[i] ??= [];
  return toTable(records);
}

/** Reads a CSV or XLSX upload into a table of strings. */
export async function readTable(bytes: Uint8Array, fileName: string): Promise<RawTable> {
  if (bytes.byteLength === 0) throw fileProblem("Het bestand is leeg.");
  if (bytes.byteLength > MAX_IMPORT_BYTES) throw fileProblem("Het bestand is groter dan 10 MB.");
  return isXlsx(bytes, fileName) ? readXlsx(bytes) : readCsv(bytes);
}

/** A header as a lookup key: "AGB-code" → "agbcode", "Ingeschreven patiënten" → "ingeschrevenpatienten", "AantalInwoners_5" → "aantalinwoners". */
export function headerKey(header: string): string {
  return header
    .replace(/_\d+$/, "")
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]/g, "");
}

// Columns that describe individual patients. The platform holds aggregate data only.
const PATIENT_KEYS = new Set([
  "bsn", "burgerservicenummer", "sofinummer", "geboortedatum", "geboortedag", "geboortejaar", "dateofbirth", "birthdate", "dob",
  "voornaam", "achternaam", "geslachtsnaam", "roepnaam", "voorletters", "tussenvoegsel", "firstname", "lastname", "surname",
  "patientnaam", "naampatient", "patientname", "patient", "patientid", "patientnummer", "patientnr", "clientnaam", "naamclient",
  "clientnummer", "diagnose", "icpc", "icpccode",
]);

/** Headers that name patient-level data (BSN, date of birth, patient names…), in file spelling. */
export function patientColumns(headers: readonly string[]): string[] {
  return headers.filter((h) => {
    const key = headerKey(h);
    return PATIENT_KEYS.has(key) || key.startsWith("bsn") || key.startsWith("geboorte") || /^(patient|client)(naam|name|id|nummer)/.test(key);
  });
}

/** Refuses a file with patient-level columns, naming them. */
export function assertNoPatientData(headers: readonly string[]): void {
  const found = patientColumns(headers);
  if (found.length === 0) return;
  const list = found.map((h) => `‘${h}’`).join(", ");
  throw fileProblem(
    `Dit bestand is geweigerd: de kolom${found.length > 1 ? "men" : ""} ${list} ${found.length > 1 ? "bevatten" : "bevat"} gegevens over individuele patiënten. ` +
      "Wijkkracht bewaart alleen organisatiegegevens en getelde (geaggregeerde) aantallen, nooit gegevens over personen. Verwijder deze kolommen uit het bestand en probeer het opnieuw.",
  );
}

/**
 * Maps file headers to fields through a table of accepted spellings; returns field → column index.
 * Fields are matched in order, each by its earliest alias, and a column serves one field only.
 */
export function mapHeaders<F extends string>(headers: readonly string[], aliases: Record<F, readonly string[]>): { columns: Partial<Record<F, number>>; unused: string[] } {
  const keys = headers.map(headerKey);
  const used = new Set<number>();
  const columns: Partial<Record<F, number>> = {};
  for (const [field, names] of Object.entries(aliases) as [F, readonly string[]][]) {
    for (const name of names) {
      const index = keys.findIndex((key, i) => key === name && !used.has(i));
      if (index >= 0) {
        columns[field] = index;
        used.add(index);
        break;
      }
    }
  }
  const unused = headers.filter((header, index) => !used.has(index) && header !== "");
  return { columns, unused };
}

/** A whole number as people write it: "2500", "2.500", "2 500"; null when empty or "." (CBS: unknown). */
export function parseCount(value: string | undefined): number | null | typeof NaN {
  if (value === undefined) return null;
  const text = value.replace(/\s+/g, "");
  if (text === "" || text === "." || text === "-" || text === "x") return null;
  if (/^\d{1,3}(\.\d{3})+$/.test(text)) return Number(text.replace(/\./g, ""));
  if (/^\d+$/.test(text)) return Number(text);
  return NaN;
}

/** A decimal number with a comma or a point: "23,5" → 23.5. */
export function parseDecimal(value: string | undefined): number | null {
  if (value === undefined) return null;
  const text = value.replace(/\s+/g, "");
  if (!/^-?\d+([.,]\d+)?$/.test(text)) return null;
  return Number(text.replace(",", "."));
}
