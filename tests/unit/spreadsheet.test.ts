import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { neutraliseCell, toCsv, toXlsx } from "@/lib/domain/shared/spreadsheet";

describe("formula-safe exports", () => {
  it("neutralises cells that a spreadsheet would execute", () => {
    for (const evil of ["=1+1", "+31 6", "-2", "@SUM(A1)", "\tx", "\rx", '=HYPERLINK("http://x")']) {
      expect(neutraliseCell(evil)).toBe(`'${evil}`);
    }
    expect(neutraliseCell("Huisartsenpraktijk")).toBe("Huisartsenpraktijk");
    expect(neutraliseCell(-5)).toBe(-5);
    expect(neutraliseCell(null)).toBeNull();
  });

  it("writes semicolon CSV with a BOM, quoting and CRLF", () => {
    const csv = toCsv({
      columns: ["naam", "opmerking"],
      rows: [
        ["Praktijk ’t Hof", 'zegt "hallo"; dag'],
        ["=cmd", null],
      ],
    });
    expect(csv).toBe('\uFEFFnaam;opmerking\r\nPraktijk ’t Hof;"zegt ""hallo""; dag"\r\n\'=cmd;\r\n');
  });

  it("writes XLSX whose text cells are plain values, never formulas", async () => {
    const buffer = await toXlsx([
      {
        name: "Praktijken",
        columns: ["naam", "aantal"],
        rows: [
          ["=2+3", 7],
          ["Zaandam", -1],
        ],
      },
    ]);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet("Praktijken")!;
    expect(sheet.getRow(1).values).toEqual([undefined, "naam", "aantal"]);
    expect(sheet.getCell("A2").value).toBe("'=2+3");
    expect(sheet.getCell("A2").formula).toBeUndefined();
    expect(sheet.getCell("B3").value).toBe(-1);
  });
});
