// The hostile files of issue 12 against the import reader: each must be refused quickly, with a
// Dutch message for the job page, and with bounded memory. The big ones run in a child process
// with a 256 MB heap (a file that made the reader hold it whole would kill that process).
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { ValidationError } from "@/lib/domain/errors";
import { IMPORT_LIMITS, readTable, type ImportLimits } from "@/lib/domain/imports/parse";
import { translate } from "@/lib/i18n/keys";
import { MESSAGES } from "@/lib/i18n/messages";
import { blankLinesCsv, farCellXlsx, xlsxWithSheet, zipBombXlsx, type BombKind } from "./hostile-files";

const ROOT = path.resolve(import.meta.dirname, "../..");
const dir = mkdtempSync(path.join(tmpdir(), "wijkkracht-hostile-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function refusal(promise: Promise<unknown>): Promise<ValidationError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ValidationError) return error;
    throw error;
  }
  throw new Error("expected the file to be refused");
}

type ChildResult = { refused?: string; rows?: number; ms: number; peakRssMb: number; heapUsedMb: number };

/** Reads the file in `node --max-old-space-size=256`; the child must finish (not die of its heap). */
function readInSmallHeap(name: string, bytes: Buffer): ChildResult {
  const file = path.join(dir, name);
  writeFileSync(file, bytes);
  const out = execFileSync(
    process.execPath,
    ["--max-old-space-size=256", "--import", "tsx", path.join(ROOT, "tests/unit/read-table-child.ts"), file, name],
    { cwd: ROOT, encoding: "utf8", timeout: 120_000 },
  );
  const result = JSON.parse(out) as ChildResult;
  console.log(`${name} (${Math.round(bytes.length / 1024)} KB): ${JSON.stringify(result)}`);
  return result;
}

const SMALL_HEAP_TIMEOUT = 180_000;

describe("hostile XLSX files", () => {
  it("a 1.6 KB sheet with a cell at XFD1048576 is refused for its column, at once", async () => {
    const bytes = farCellXlsx();
    expect(bytes.length).toBeLessThan(2048);
    const error = await refusal(readTable(bytes, "klein.xlsx"));
    expect(error.message).toBe("Rij 1048576 heeft meer dan 500 kolommen; dat past niet bij een praktijk- of wijkbestand.");
    expect(translate(error.messageRef, MESSAGES.en)).toBe(
      "Row 1048576 has more than 500 columns; that does not fit a practice or neighbourhood file.",
    );
    expect(error.fieldErrors).toEqual({ file: [error.message] });
  });

  it("a dimension of A1:XFD1048576 and an empty styled cell there cost nothing: only cells with a value are read", async () => {
    const table = await readTable(farCellXlsx("empty"), "klein.xlsx");
    expect(table).toEqual({ headers: ["naam", "discipline", "gemeente"], rows: [] });
  });

  it("a cell longer than the limit is refused while it is read, also through the shared strings", async () => {
    const long = "x".repeat(IMPORT_LIMITS.cellChars + 1);
    const inline = xlsxWithSheet(
      `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c t="inlineStr"><is><t>naam</t></is></c></row><row r="2"><c t="inlineStr"><is><t>${long}</t></is></c></row></sheetData></worksheet>`,
    );
    expect((await refusal(readTable(inline, "a.xlsx"))).message).toBe(
      "Een cel in rij 2 is langer dan 2.000 tekens; dat past niet bij een praktijk- of wijkbestand.",
    );
  });

  it("rows whose numbers go down, and a DOCTYPE (entity expansion), make the file unreadable", async () => {
    const head = '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>';
    const backwards = xlsxWithSheet(
      `${head}<row r="1"><c><v>1</v></c></row><row r="3"><c><v>1</v></c></row><row r="2"><c><v>1</v></c></row></sheetData></worksheet>`,
    );
    const doctype = xlsxWithSheet(
      `<?xml version="1.0"?><!DOCTYPE lol [<!ENTITY lol "lol">]>${head}<row r="1"><c t="inlineStr"><is><t>&lol;</t></is></c></row></sheetData></worksheet>`,
    );
    for (const bytes of [backwards, doctype])
      expect((await refusal(readTable(bytes, "a.xlsx"))).message).toMatch(/^Het Excel-bestand kan niet worden gelezen/);
  });

  const UNPACKED =
    "Het Excel-bestand is uitgepakt groter dan 200 MB; dat is geen gewoon werkblad. Sla het op als CSV of splits het op.";

  it.each<[BombKind, string, number]>([
    // The zip states the 400 MB: refused on the central directory, before anything is inflated.
    ["honest", UNPACKED, 1_000],
    // The zip states 1 KB: refused as soon as more than that comes out.
    ["lying", UNPACKED, 1_000],
    // The zip states 150 MB of elements that are not rows: refused when more comes out than stated.
    ["lyingWithinLimit", UNPACKED, 30_000],
    // ~1.2 MB holding 400 MB of rows (the 1.3 MB file): refused on its stated size.
    ["rows", UNPACKED, 1_000],
  ])(
    "a zip bomb (%s) that unpacks to 400 MB is refused in a 256 MB heap",
    async (kind, message, maxMs) => {
      const bytes = await zipBombXlsx(kind);
      expect(bytes.length).toBeLessThan(1.5 * 1024 * 1024);
      const result = readInSmallHeap(`bom-${kind}.xlsx`, bytes);
      expect(result.refused).toBe(message);
      expect(result.ms).toBeLessThan(maxMs);
      expect(result.peakRssMb).toBeLessThan(600);
    },
    SMALL_HEAP_TIMEOUT,
  );

  it(
    "the 1.6 KB XFD1048576 file is refused in a 256 MB heap",
    () => {
      const result = readInSmallHeap("klein.xlsx", farCellXlsx());
      expect(result.refused).toMatch(/^Rij 1048576 heeft meer dan 500 kolommen/);
      expect(result.ms).toBeLessThan(1_000);
    },
    SMALL_HEAP_TIMEOUT,
  );
});

describe("hostile CSV files", () => {
  it.each([
    ["9 MB of blank lines", blankLinesCsv(9 * 1024 * 1024)],
    ["9 MB of blank CRLF lines", blankLinesCsv(9 * 1024 * 1024, "\r\n")],
    ["9 MB of lines with only separators", blankLinesCsv(9 * 1024 * 1024, ";;;\n")],
    ["2 MB of blank lines", blankLinesCsv(2 * 1024 * 1024)],
  ])(
    "%s: refused on the line limit in a 256 MB heap",
    (name, bytes) => {
      const result = readInSmallHeap(`${name.replace(/\W+/g, "-")}.csv`, bytes);
      expect(result.refused).toBe(
        "Het bestand heeft meer dan 100.000 regels (lege regels tellen mee); verwijder de lege regels of splits het bestand op.",
      );
      expect(result.ms).toBeLessThan(3_000);
    },
    SMALL_HEAP_TIMEOUT,
  );

  it("a 9 MB cell, an unterminated quote and a line of 9 million separators are refused while they are read", async () => {
    expect((await refusal(readTable(Buffer.from(`naam;b\n${"x".repeat(9_000_000)}`), "a.csv"))).message).toBe(
      "Een cel in rij 2 is langer dan 2.000 tekens; dat past niet bij een praktijk- of wijkbestand.",
    );
    expect((await refusal(readTable(Buffer.from(`naam;b\n"${"x".repeat(1000)}`), "a.csv"))).message).toBe(
      "Het CSV-bestand kan niet worden gelezen (rond rij 2). Controleer aanhalingstekens en scheidingstekens.",
    );
    expect((await refusal(readTable(Buffer.from(`naam;b\n${";".repeat(9_000_000)}`), "a.csv"))).message).toBe(
      "Rij 2 heeft meer dan 500 kolommen; dat past niet bij een praktijk- of wijkbestand.",
    );
  });

  it("more than 50,000 rows are refused at row 50,001, before the rest is read", async () => {
    const limits: ImportLimits = { ...IMPORT_LIMITS, rows: 10 };
    const csv = Buffer.from(`naam;plaats\n${"A;B\n".repeat(11)}${'kapot;"'.repeat(1000)}`);
    expect((await refusal(readTable(csv, "a.csv", limits))).message).toBe("Het bestand heeft meer dan 10 rijen; splits het op.");
    expect((await refusal(readTable(Buffer.from(`naam;plaats\n${"A;B\n".repeat(50_001)}`), "a.csv"))).message).toBe(
      "Het bestand heeft meer dan 50.000 rijen; splits het op.",
    );
  });

  it("a file that takes longer than the time limit is stopped", async () => {
    const limits: ImportLimits = { ...IMPORT_LIMITS, milliseconds: 0 };
    const csv = Buffer.from(`naam;plaats\n${"Praktijk;Zaandam\n".repeat(5000)}`);
    await new Promise((resolve) => setTimeout(resolve, 2));
    expect((await refusal(readTable(csv, "a.csv", limits))).message).toBe(
      "Het lezen van het bestand duurde langer dan 0 seconden en is afgebroken; splits het bestand op.",
    );
  });
});
