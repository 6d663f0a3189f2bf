// A streaming reader for the first worksheet of an XLSX file that never trusts the file:
// - the zip's central directory is read first and every entry's declared unpacked size is checked
//   BEFORE anything is inflated; while inflating, the bytes that come out are counted, so a zip
//   that lies about its sizes is stopped at the limit too;
// - the XML is parsed as it is inflated (saxes, no DTDs, no entities), row by row, and only
//   non-empty cells are kept, so a sheet that declares a cell at XFD1048576 costs nothing until it
//   has a value, and then it is refused for its column;
// - limits on rows, lines, columns, cell length, cells, characters and time are checked as each
//   row arrives (TableBuilder).
// ExcelJS's streaming WorkbookReader cannot do this: it inflates with unzipper without counting,
// keeps every shared string and spools a worksheet that comes before them to a temporary file.
import { createInflateRaw } from "node:zlib";
import { SaxesParser } from "saxes";
import { msg } from "@/lib/i18n/keys";
import { fileProblem, TableBuilder, type ReadBudget } from "@/lib/domain/imports/limits";

type Entry = { name: string; method: number; compressedSize: number; size: number; dataStart: number };

const unreadable = () => fileProblem(msg("imports.problems.xlsxUnreadable"));
const unsupported = () => fileProblem(msg("imports.problems.xlsxUnsupported"));

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const MAX_ENTRIES = 10_000;

/** The entries of a zip held in memory, from its central directory (no data is inflated). */
export function zipEntries(zip: Buffer): Map<string, Entry> {
  let end = -1;
  for (let i = zip.length - 22; i >= Math.max(0, zip.length - 22 - 0xffff); i--) {
    if (zip.readUInt32LE(i) === EOCD) {
      end = i;
      break;
    }
  }
  if (end < 0) throw unreadable();
  const count = zip.readUInt16LE(end + 10);
  const cdSize = zip.readUInt32LE(end + 12);
  const cdOffset = zip.readUInt32LE(end + 16);
  if (count === 0xffff || cdOffset === 0xffffffff || cdSize === 0xffffffff) throw unsupported(); // ZIP64
  if (count > MAX_ENTRIES || cdOffset + cdSize > end) throw unreadable();
  const entries = new Map<string, Entry>();
  let p = cdOffset;
  for (let n = 0; n < count; n++) {
    if (p + 46 > end || zip.readUInt32LE(p) !== CENTRAL) throw unreadable();
    const flags = zip.readUInt16LE(p + 8);
    const method = zip.readUInt16LE(p + 10);
    const compressedSize = zip.readUInt32LE(p + 20);
    const size = zip.readUInt32LE(p + 24);
    const nameLength = zip.readUInt16LE(p + 28);
    const extraLength = zip.readUInt16LE(p + 30);
    const commentLength = zip.readUInt16LE(p + 32);
    const local = zip.readUInt32LE(p + 42);
    const name = zip.toString("utf8", p + 46, p + 46 + nameLength);
    p += 46 + nameLength + extraLength + commentLength;
    if (compressedSize === 0xffffffff || size === 0xffffffff || local === 0xffffffff) throw unsupported();
    if (flags & 0x1) throw unsupported(); // encrypted
    if (local + 30 > zip.length || zip.readUInt32LE(local) !== LOCAL) throw unreadable();
    const dataStart = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    if (dataStart + compressedSize > zip.length) throw unreadable();
    entries.set(name.replace(/^\/+/, "").toLowerCase(), { name, method, compressedSize, size, dataStart });
  }
  return entries;
}

const PIECE = 64 * 1024;
const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * The unpacked bytes of an entry, a piece at a time. The declared size was checked before; the
 * bytes that come out are counted against it and against the file's budget.
 */
async function* inflate(zip: Buffer, entry: Entry, budget: ReadBudget): AsyncGenerator<Buffer> {
  const data = zip.subarray(entry.dataStart, entry.dataStart + entry.compressedSize);
  let total = 0;
  const count = (bytes: number) => {
    total += bytes;
    if (total > entry.size) throw budget.unpackedTooLarge(); // the zip lied about the size
    budget.addUnpacked(bytes);
    budget.checkTime();
  };
  if (entry.method === 0) {
    for (let start = 0; start < data.length; start += PIECE) {
      const piece = data.subarray(start, start + PIECE);
      count(piece.length);
      yield piece;
      await yieldToEventLoop();
    }
    return;
  }
  if (entry.method !== 8) throw unsupported();
  // The compressed input is in memory already; the output comes out in pieces, with backpressure.
  const inflater = createInflateRaw({ chunkSize: PIECE });
  inflater.on("error", () => undefined);
  inflater.end(data);
  try {
    for await (const piece of inflater as AsyncIterable<Buffer>) {
      count(piece.length);
      yield piece;
    }
  } catch (error) {
    if (error instanceof Error && "code" in error && String(error.code).startsWith("Z_")) throw unreadable();
    throw error;
  } finally {
    inflater.destroy();
  }
}

/** Longest run of text or of one tag between two `<` or two `>`: a cell holds at most 32,767 characters, escaped. */
const MAX_RUN = 1024 * 1024;

/**
 * Parses an entry's XML as it is inflated. `onOpen`/`onText`/`onClose` get local names (no prefix).
 * DTDs are refused; saxes never expands entities other than the five XML ones.
 */
async function parseXml(
  zip: Buffer,
  entry: Entry,
  budget: ReadBudget,
  handlers: {
    open?: (name: string, attributes: Record<string, string>) => void;
    text?: (text: string) => void;
    close?: (name: string) => void;
  },
): Promise<void> {
  const parser = new SaxesParser({ position: false });
  const local = (name: string) => name.slice(name.indexOf(":") + 1);
  let failure: unknown;
  parser.on("error", (error) => {
    failure ??= error;
  });
  parser.on("doctype", () => {
    throw unreadable();
  });
  if (handlers.open) {
    const open = handlers.open;
    parser.on("opentag", (tag) => open(local(tag.name), tag.attributes as Record<string, string>));
  }
  if (handlers.text) parser.on("text", handlers.text);
  if (handlers.close) {
    const close = handlers.close;
    parser.on("closetag", (tag) => close(local(tag.name)));
  }
  const decoder = new TextDecoder("utf-8");
  let sinceLt = 0;
  let sinceGt = 0;
  const run = (text: string, mark: string, since: number): number => {
    const first = text.indexOf(mark);
    if (first === -1) return since + text.length;
    if (since + first > MAX_RUN) throw unreadable();
    return text.length - text.lastIndexOf(mark) - 1;
  };
  try {
    for await (const piece of inflate(zip, entry, budget)) {
      const text = decoder.decode(piece, { stream: true });
      sinceLt = run(text, "<", sinceLt);
      sinceGt = run(text, ">", sinceGt);
      if (sinceLt > MAX_RUN || sinceGt > MAX_RUN) throw unreadable();
      parser.write(text);
      if (failure) throw unreadable();
    }
    parser.write(decoder.decode()).close();
  } catch (error) {
    if (error instanceof Error && error.name === "ValidationError") throw error;
    throw unreadable();
  }
  if (failure) throw unreadable();
}

/** Entry size caps for the small parts; the worksheet and shared strings share the file's budget. */
const SMALL_PART = 4 * 1024 * 1024;

function entryOf(entries: Map<string, Entry>, path: string): Entry | undefined {
  return entries.get(path.replace(/^\/+/, "").toLowerCase());
}

/** Resolves a relationship target against the folder of the part that refers to it. */
function resolve(base: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const parts = base.split("/").slice(0, -1);
  for (const segment of target.split("/")) {
    if (segment === "..") parts.pop();
    else if (segment !== "." && segment !== "") parts.push(segment);
  }
  return parts.join("/");
}

function relsPath(part: string): string {
  const slash = part.lastIndexOf("/");
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

async function relationships(
  zip: Buffer,
  entries: Map<string, Entry>,
  part: string,
  budget: ReadBudget,
): Promise<{ id: string; type: string; target: string }[]> {
  const entry = entryOf(entries, relsPath(part));
  if (!entry) return [];
  if (entry.size > SMALL_PART) throw budget.unpackedTooLarge();
  const found: { id: string; type: string; target: string }[] = [];
  await parseXml(zip, entry, budget, {
    open: (name, a) => {
      if (name === "Relationship" && a.Target && a.TargetMode !== "External")
        found.push({ id: a.Id ?? "", type: a.Type ?? "", target: resolve(part, a.Target) });
    },
  });
  return found;
}

// Built-in number formats that show a date (ECMA-376 18.8.30), and custom ones with d, m or y.
const DATE_FORMAT_IDS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 30, 36, 45, 46, 47, 50, 57]);
function isDateFormat(code: string): boolean {
  const bare = code.replace(/"[^"]*"|\\.|\[[^\]]*\]/g, "");
  return /[dmy]/i.test(bare) && !/^general$/i.test(bare.trim());
}

/** For each cell style (index `s`): does it show a date? */
async function dateStyles(zip: Buffer, entry: Entry | undefined, budget: ReadBudget): Promise<boolean[]> {
  if (!entry) return [];
  if (entry.size > SMALL_PART) throw budget.unpackedTooLarge();
  const custom = new Map<number, boolean>();
  const styles: boolean[] = [];
  let inCellXfs = false;
  await parseXml(zip, entry, budget, {
    open: (name, a) => {
      if (name === "numFmt") custom.set(Number(a.numFmtId), isDateFormat(a.formatCode ?? ""));
      else if (name === "cellXfs") inCellXfs = true;
      else if (name === "xf" && inCellXfs) {
        const id = Number(a.numFmtId ?? 0);
        styles.push(custom.get(id) ?? DATE_FORMAT_IDS.has(id));
      }
    },
    close: (name) => {
      if (name === "cellXfs") inCellXfs = false;
    },
  });
  return styles;
}

/**
 * The shared strings: the text of each <si>, phonetic runs (<rPh>) left out. A text longer than a
 * cell may be is kept as null: a cell that uses it is refused when it is read.
 */
async function sharedStrings(zip: Buffer, entry: Entry | undefined, builder: TableBuilder): Promise<(string | null)[]> {
  if (!entry) return [];
  const { budget, limits } = builder;
  const strings: (string | null)[] = [];
  let current: string[] | null = null;
  let inT = false;
  let phonetic = 0;
  let length = 0;
  await parseXml(zip, entry, budget, {
    open: (name) => {
      if (name === "si") {
        current = [];
        length = 0;
      } else if (name === "t") inT = true;
      else if (name === "rPh") phonetic += 1;
    },
    text: (text) => {
      if (!current || !inT || phonetic > 0) return;
      length += text.length;
      if (length <= limits.cellChars) current.push(text);
    },
    close: (name) => {
      if (name === "t") inT = false;
      else if (name === "rPh") phonetic -= 1;
      else if (name === "si" && current) {
        const text = length > limits.cellChars ? null : current.join("");
        budget.addChars(text?.length ?? 0);
        strings.push(text);
        if (strings.length > limits.cells) throw fileProblem(msg("imports.problems.tooMuchData"));
        current = null;
      }
    },
  });
  return strings;
}

/** "XFD" → 16384; undefined for anything that is not 1–3 capital letters. */
function columnNumber(reference: string): number | undefined {
  const letters = /^([A-Z]{1,3})\d*$/.exec(reference)?.[1];
  if (!letters) return undefined;
  let n = 0;
  for (const char of letters) n = n * 26 + (char.charCodeAt(0) - 64);
  return n;
}

/** An Excel serial date as yyyy-mm-dd (1900 or 1904 date system). */
function serialDate(serial: number, date1904: boolean): string | undefined {
  const ms = Math.round((serial - (date1904 ? -1462 : 25569)) * 86_400_000);
  const date = new Date(ms);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString().slice(0, 10);
}

/** Reads the first worksheet of an XLSX file held in memory into `builder`. */
export async function readXlsxInto(bytes: Uint8Array, builder: TableBuilder): Promise<void> {
  const zip = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const { budget, limits } = builder;
  const entries = zipEntries(zip);

  const workbookPath =
    (await relationships(zip, entries, "", budget)).find((r) => r.type.endsWith("/officeDocument"))?.target ?? "xl/workbook.xml";
  const workbook = entryOf(entries, workbookPath);
  if (!workbook) throw unreadable();
  if (workbook.size > SMALL_PART) throw budget.unpackedTooLarge();
  let firstSheet: string | undefined;
  let date1904 = false;
  await parseXml(zip, workbook, budget, {
    open: (name, a) => {
      if (name === "workbookPr") date1904 = a.date1904 === "1" || a.date1904 === "true";
      if (name === "sheet" && firstSheet === undefined)
        firstSheet = Object.entries(a).find(([key]) => /(^|:)id$/.test(key))?.[1] ?? "";
    },
  });
  if (firstSheet === undefined) throw fileProblem(msg("imports.problems.xlsxNoSheet"));
  const rels = await relationships(zip, entries, workbookPath, budget);
  const sheet = entryOf(entries, rels.find((r) => r.id === firstSheet)?.target ?? "");
  if (!sheet) throw fileProblem(msg("imports.problems.xlsxNoSheet"));
  const stringsEntry = entryOf(entries, rels.find((r) => r.type.endsWith("/sharedStrings"))?.target ?? "");
  const stylesEntry = entryOf(entries, rels.find((r) => r.type.endsWith("/styles"))?.target ?? "");

  // Every part that will be read, by its declared size, before anything of it is inflated.
  const declared = [sheet, stringsEntry, stylesEntry].reduce((sum, e) => sum + (e?.size ?? 0), 0);
  if (declared > limits.unpackedBytes) throw budget.unpackedTooLarge();

  const dates = await dateStyles(zip, stylesEntry, budget);
  const strings = await sharedStrings(zip, stringsEntry, builder);

  let rowNumber = 0;
  let cells: string[] = [];
  let column = 0;
  let type = "n";
  let style = 0;
  let value: string[] | null = null;
  let valueLength = 0;
  let inInline = false;
  let phonetic = 0;
  await parseXml(zip, sheet, budget, {
    open: (name, a) => {
      if (name === "row") {
        const r = a.r === undefined ? rowNumber + 1 : Number(a.r);
        if (!Number.isInteger(r) || r <= rowNumber || r > 1_048_576) throw unreadable();
        rowNumber = r;
        cells = [];
        column = 0;
      } else if (name === "c") {
        const c = a.r === undefined ? column + 1 : columnNumber(a.r);
        if (c === undefined || c <= column || c > 16_384) throw unreadable();
        column = c;
        type = a.t ?? "n";
        style = Number(a.s ?? 0);
        value = null;
        valueLength = 0;
      } else if (name === "v" || (name === "t" && inInline)) {
        value ??= [];
      } else if (name === "is") inInline = true;
      else if (name === "rPh") phonetic += 1;
    },
    text: (text) => {
      if (value === null || phonetic > 0) return;
      valueLength += text.length;
      if (valueLength > limits.cellChars) throw builder.cellTooLong(rowNumber);
      value.push(text);
    },
    close: (name) => {
      if (name === "is") inInline = false;
      else if (name === "rPh") phonetic -= 1;
      else if (name === "c") {
        const text = cellValue(type, value?.join("") ?? "", dates[style] ?? false);
        if (text !== "") {
          if (column > limits.columns) throw builder.tooManyColumns(rowNumber);
          if (text.length > limits.cellChars) throw builder.cellTooLong(rowNumber);
          cells[column - 1] = text;
        }
        value = null;
      } else if (name === "row") {
        for (let i = 0; i < cells.length; i++) cells[i] ??= "";
        builder.add(rowNumber, cells);
      }
    },
  });

  function cellValue(t: string, raw: string, isDate: boolean): string {
    switch (t) {
      case "s": {
        const index = Number(raw);
        const shared = Number.isInteger(index) ? strings[index] : undefined;
        if (shared === undefined) throw unreadable();
        if (shared === null) throw builder.cellTooLong(rowNumber);
        return shared;
      }
      case "inlineStr":
      case "str":
        return raw;
      case "b":
        return raw === "1" ? "true" : raw === "0" ? "false" : "";
      case "e":
        return ""; // #N/A, #DIV/0!…: no value
      case "d":
        return raw.slice(0, 10);
      default: {
        if (raw.trim() === "") return "";
        const number = Number(raw);
        if (!Number.isFinite(number)) return raw;
        if (isDate) return serialDate(number, date1904) ?? String(number);
        return String(number);
      }
    }
  }
}
