// Reading the files regions really have: CSV (comma, semicolon or tab; UTF-8 with or without BOM,
// or Windows-1252 from older Excel) and XLSX (the first worksheet). Both are read as a stream, with
// the limits of lib/domain/imports/limits.ts checked while reading, so a hostile file is refused
// early. The result is a plain table of trimmed strings with the spreadsheet row number of every
// row, ready for validation.
import { msg } from "@/lib/i18n/keys";
import {
  fileProblem,
  IMPORT_LIMITS,
  ReadBudget,
  TableBuilder,
  type ImportLimits,
  type RawRow,
} from "@/lib/domain/imports/limits";
import { readXlsxInto } from "@/lib/domain/imports/xlsx";

export { IMPORT_LIMITS, MAX_IMPORT_BYTES, MAX_IMPORT_ROWS, type ImportLimits } from "@/lib/domain/imports/limits";

export type RawTable = {
  headers: string[];
  /** Data rows; `line` is the row number a spreadsheet shows (the header is row 1). */
  rows: RawRow[];
};

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

const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));
/** Bytes decoded and handed to the CSV parser at a time; between pieces other work gets its turn. */
const PIECE = 64 * 1024;

class NotUtf8 extends Error {}

/**
 * A streaming CSV reader (RFC 4180 with Excel's habits: quoted fields with "" for a quote and
 * line breaks inside, CRLF, LF or CR line ends, a stray quote inside an unquoted field read as
 * text). Every limit is checked while a field grows, so a 10 MB cell or a line with a million
 * separators is refused before it is complete; a blank line is one cheap record. (csv-parse,
 * used before, builds an error object with a stack trace for every line whose field count
 * differs from the header, which made a few MB of blank lines cost minutes.)
 */
class CsvReader {
  private field = "";
  private fields: string[] = [];
  /** 0: at the start of a field; 1: in an unquoted field; 2: in quotes; 3: a quote seen in quotes. */
  private state: 0 | 1 | 2 | 3 = 0;
  private line = 1;
  private quotedFrom = 0;
  private skipLf = false;

  constructor(
    private readonly separator: string,
    private readonly builder: TableBuilder,
  ) {}

  private grow(text: string): void {
    this.field += text;
    if (this.field.length > this.builder.limits.cellChars) throw this.builder.cellTooLong(this.line);
  }

  private endField(): void {
    if (this.fields.length >= this.builder.limits.columns) throw this.builder.tooManyColumns(this.line);
    this.fields.push(this.field);
    this.field = "";
    this.state = 0;
  }

  private endRecord(): void {
    this.endField();
    this.builder.add(this.line, this.fields);
    this.fields = [];
    this.line += 1;
  }

  write(text: string): void {
    const sep = this.separator;
    let i = 0;
    if (this.skipLf && text.length > 0) {
      if (text[0] === "\n") i = 1;
      this.skipLf = false;
    }
    while (i < text.length) {
      const char = text[i]!;
      if (this.state === 2) {
        // Inside quotes: everything up to the next quote is text.
        const quote = text.indexOf('"', i);
        const stop = quote === -1 ? text.length : quote;
        this.grow(text.slice(i, stop));
        if (quote !== -1) this.state = 3;
        i = stop + 1;
        continue;
      }
      if (this.state === 3) {
        if (char === '"') {
          this.grow('"');
          this.state = 2;
          i += 1;
          continue;
        }
        this.state = 1; // the closing quote; what follows up to the separator is kept as text
      }
      if (char === sep) {
        this.endField();
        i += 1;
      } else if (char === "\n" || char === "\r") {
        this.endRecord();
        i += 1;
        if (char === "\r") {
          if (i < text.length) {
            if (text[i] === "\n") i += 1;
          } else this.skipLf = true;
        }
      } else if (char === '"' && this.state === 0) {
        this.state = 2;
        this.quotedFrom = this.line;
        i += 1;
      } else {
        // An unquoted run up to the next separator or line end.
        let stop = i + 1;
        while (stop < text.length) {
          const c = text[stop];
          if (c === sep || c === "\n" || c === "\r") break;
          stop += 1;
        }
        this.state = 1;
        this.grow(text.slice(i, stop));
        i = stop;
      }
    }
  }

  end(): void {
    if (this.state === 2) throw fileProblem(msg("imports.problems.csvUnreadableAt", { row: this.quotedFrom }));
    if (this.state !== 0 || this.field !== "" || this.fields.length > 0) this.endRecord();
  }
}

/**
 * Reads CSV in pieces: decoded (UTF-8, or Windows-1252 when the bytes are not UTF-8), split into
 * records, and every record checked against the limits as it is read.
 */
async function readCsvAs(bytes: Uint8Array, encoding: "utf-8" | "windows-1252", builder: TableBuilder): Promise<void> {
  const decoder = new TextDecoder(encoding, { fatal: encoding === "utf-8" });
  const decode = (piece: Uint8Array, stream: boolean) => {
    try {
      return decoder.decode(piece, { stream });
    } catch {
      throw new NotUtf8();
    }
  };
  let reader: CsvReader | undefined;
  for (let start = 0; start < bytes.length; start += PIECE) {
    const text = decode(bytes.subarray(start, start + PIECE), true);
    reader ??= new CsvReader(detectSeparator(text), builder);
    reader.write(text);
    builder.budget.checkTime();
    await yieldToEventLoop();
  }
  const rest = decode(new Uint8Array(), false);
  reader ??= new CsvReader(detectSeparator(rest), builder);
  reader.write(rest);
  reader.end();
}

async function readCsv(bytes: Uint8Array, limits: ImportLimits): Promise<RawTable> {
  const budget = new ReadBudget(limits);
  try {
    const builder = new TableBuilder(budget);
    await readCsvAs(bytes, "utf-8", builder);
    return builder.table();
  } catch (error) {
    if (!(error instanceof NotUtf8)) throw error;
  }
  const builder = new TableBuilder(budget);
  await readCsvAs(bytes, "windows-1252", builder);
  return builder.table();
}

async function readXlsx(bytes: Uint8Array, limits: ImportLimits): Promise<RawTable> {
  const builder = new TableBuilder(new ReadBudget(limits));
  await readXlsxInto(bytes, builder);
  return builder.table();
}

/**
 * Reads a CSV or XLSX upload into a table of strings, refusing (ValidationError, a Dutch message
 * for the job page) as soon as the file crosses one of the limits.
 */
export async function readTable(bytes: Uint8Array, fileName: string, limits: ImportLimits = IMPORT_LIMITS): Promise<RawTable> {
  if (bytes.byteLength === 0) throw fileProblem(msg("imports.problems.empty"));
  if (bytes.byteLength > limits.bytes) throw fileProblem(msg("imports.problems.tooLarge"));
  return isXlsx(bytes, fileName) ? readXlsx(bytes, limits) : readCsv(bytes, limits);
}

// Characters that show nothing (zero-width spaces and joiners, soft hyphen, direction marks and
// overrides, variation selectors, BOM): "B\u200BSN" must read as "BSN".
const INVISIBLE =
  /[\u00AD\u034F\u061C\u115F\u1160\u17B4\u17B5\u180B-\u180F\u200B-\u200F\u202A-\u202E\u2060-\u206F\u3164\uFE00-\uFE0F\uFEFF\uFFA0]/g;

// Letters of other scripts that look like Latin ones (lower case; NFKC has already folded
// full-width and other compatibility forms): Cyrillic "ВЅN" and Greek "ΒSΝ" read as "bsn".
const LOOK_ALIKES: Record<string, string> = {
  а: "a",
  в: "b",
  д: "d",
  е: "e",
  ё: "e",
  к: "k",
  м: "m",
  н: "h",
  о: "o",
  р: "p",
  с: "c",
  т: "t",
  у: "y",
  х: "x",
  ь: "b",
  ѕ: "s",
  і: "i",
  ї: "i",
  ј: "j",
  ԁ: "d",
  ԛ: "q",
  ԝ: "w",
  һ: "h",
  ӏ: "l",
  α: "a",
  β: "b",
  γ: "y",
  δ: "d",
  ε: "e",
  ζ: "z",
  η: "n",
  ι: "i",
  κ: "k",
  μ: "u",
  ν: "v",
  ο: "o",
  ρ: "p",
  σ: "o",
  ς: "c",
  τ: "t",
  υ: "u",
  χ: "x",
  ω: "w",
  ı: "i",
  ȷ: "j",
  ɡ: "g",
  ɑ: "a",
  ʀ: "r",
  ᴀ: "a",
  ʙ: "b",
  ᴄ: "c",
  ᴅ: "d",
  ᴇ: "e",
  ɢ: "g",
  ʜ: "h",
  ɪ: "i",
  ᴊ: "j",
  ᴋ: "k",
  ʟ: "l",
  ᴍ: "m",
  ɴ: "n",
  ᴏ: "o",
  ᴘ: "p",
  ꜱ: "s",
  ᴛ: "t",
  ᴜ: "u",
  ᴠ: "v",
  ᴡ: "w",
  ʏ: "y",
  ᴢ: "z",
};
const LOOK_ALIKE = new RegExp(`[${Object.keys(LOOK_ALIKES).join("")}]`, "g");

/**
 * A header as a lookup key: case, accents, punctuation, spaces, invisible characters and
 * look-alike letters of other scripts do not count. "AGB-code" → "agbcode", "Ingeschreven
 * patiënten" → "ingeschrevenpatienten", "AantalInwoners_5" → "aantalinwoners", "Geb.datum" →
 * "gebdatum", "ＢＳＮ" and "ВЅN" (Cyrillic) → "bsn".
 */
export function headerKey(header: string): string {
  return (
    header
      .normalize("NFKC")
      // Text after a right-to-left override shows reversed: "\u202Ensb" looks like "bsn".
      .replace(/\u202E([^\u202C]*)/g, (_, text: string) => [...text].reverse().join(""))
      .replace(INVISIBLE, "")
      .trim()
      .replace(/_\d+$/, "")
      .toLowerCase()
      .replace(LOOK_ALIKE, (char) => LOOK_ALIKES[char] ?? char)
      .normalize("NFD")
      .replace(/[\u0300-\u036f]/g, "")
      .replace(/[^a-z0-9]/g, "")
  );
}

// Columns that describe individual patients. The platform holds aggregate data only. Imports keep
// only the columns they know (the allow-lists in rows.ts); this list is the second line: a file
// with such a column is refused as a whole, so the sender learns that it must never be sent.
const PATIENT_KEYS = new Set([
  "bsn",
  "burgerservicenummer",
  "sofinummer",
  "geboortedatum",
  "geboortedag",
  "geboortejaar",
  "dateofbirth",
  "birthdate",
  "dob",
  "voornaam",
  "voornamen",
  "achternaam",
  "geslachtsnaam",
  "roepnaam",
  "voorletters",
  "initialen",
  "tussenvoegsel",
  "firstname",
  "lastname",
  "surname",
  "patient",
  "patientname",
  "client",
  "diagnose",
  "icpc",
  "icpccode",
]);

/** Parts of a key that always mean a person's identity: "Patiënt BSN", "burgerservicenr", "Geb.datum". */
const PATIENT_PARTS = [
  "bsn",
  "burgerservice",
  "sofinr",
  "sofinummer",
  "gebdat",
  "geboortedat",
  "geboortedag",
  "geboortejaar",
  "geboorteplaats",
  "dateofbirth",
  "birthdate",
  "birthday",
  "patientnaam",
  "naampatient",
  "patientnr",
  "patientnummer",
  "patientid",
  "patientname",
  "clientnaam",
  "naamclient",
  "clientnr",
  "clientnummer",
];

/** CBS figures whose names start like a birth date but count births per wijk (aggregates). */
const CBS_BIRTH_COUNTS = new Set(["geboortetotaal", "geboorterelatief"]);

/** Headers that name patient-level data (BSN, date of birth, patient names…), in file spelling. */
export function patientColumns(headers: readonly string[]): string[] {
  return headers.filter((h) => {
    const key = headerKey(h);
    if (CBS_BIRTH_COUNTS.has(key)) return false;
    return (
      PATIENT_KEYS.has(key) ||
      PATIENT_PARTS.some((part) => key.includes(part)) ||
      key.startsWith("geboorte") ||
      /^(patient|client)(naam|name|id|nummer|nr)/.test(key)
    );
  });
}

/** Refuses a file with patient-level columns, naming them. */
export function assertNoPatientData(headers: readonly string[]): void {
  const found = patientColumns(headers);
  if (found.length === 0) return;
  const list = found.map((h) => `‘${h}’`).join(", ");
  throw fileProblem(
    msg(found.length > 1 ? "imports.problems.patientColumns" : "imports.problems.patientColumn", { columns: list }),
  );
}

/**
 * Maps file headers to fields through a table of accepted spellings; returns field → column index.
 * Fields are matched in order, each by its earliest alias, and a column serves one field only.
 */
export function mapHeaders<F extends string>(
  headers: readonly string[],
  aliases: Record<F, readonly string[]>,
): { columns: Partial<Record<F, number>>; unused: string[] } {
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
