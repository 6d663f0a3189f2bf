// Exports as CSV and XLSX, safe to open in a spreadsheet: text cells that start with = + - @ (or a
// tab / carriage return) are prefixed with an apostrophe so they are never executed as formulas.
import ExcelJS from "exceljs";

export type Cell = string | number | Date | null | undefined;
export type Table = { name: string; columns: string[]; rows: Cell[][] };

const FORMULA_START = /^[=+\-@\t\r]/;

export function neutraliseCell(value: Cell): Cell {
  return typeof value === "string" && FORMULA_START.test(value) ? `'${value}` : value;
}

function csvField(value: Cell, separator: string): string {
  const neutral = neutraliseCell(value);
  if (neutral === null || neutral === undefined) return "";
  const text = neutral instanceof Date ? neutral.toISOString().slice(0, 10) : String(neutral);
  return /["\n\r]/.test(text) || text.includes(separator) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * CSV as Dutch spreadsheets expect it: semicolon-separated, CRLF line ends, UTF-8 with a BOM so
 * Excel reads the accents right. Dates are written as yyyy-mm-dd.
 */
export function toCsv(table: Pick<Table, "columns" | "rows">, separator = ";"): string {
  const lines = [table.columns, ...table.rows].map((row) => row.map((cell) => csvField(cell, separator)).join(separator));
  return `\uFEFF${lines.join("\r\n")}\r\n`;
}

/** One worksheet per table, with a bold, frozen header row. */
export async function toXlsx(tables: Table[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Wijkkracht";
  for (const table of tables) {
    const sheet = workbook.addWorksheet(table.name.slice(0, 31).replace(/[\\/?*[\]:]/g, " "));
    sheet.addRow(table.columns);
    sheet.getRow(1).font = { bold: true };
    sheet.views = [{ state: "frozen", ySplit: 1 }];
    for (const row of table.rows) sheet.addRow(row.map((cell) => neutraliseCell(cell) ?? null));
    sheet.columns.forEach((column, index) => {
      const longest = Math.max(
        table.columns[index]?.length ?? 10,
        ...table.rows.slice(0, 200).map((r) => String(r[index] ?? "").length),
      );
      column.width = Math.min(60, Math.max(10, longest + 2));
    });
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export type ExportFormat = "csv" | "xlsx";

/** A download response for a route handler; the file name gets today's date. */
export async function exportResponse(baseName: string, format: ExportFormat, tables: Table[]): Promise<Response> {
  const date = new Date().toISOString().slice(0, 10);
  const filename = `${baseName}-${date}.${format}`;
  const headers = {
    "Content-Disposition": `attachment; filename="${filename}"`,
    "Cache-Control": "no-store",
    "X-Content-Type-Options": "nosniff",
  };
  if (format === "csv") {
    const first = tables[0] ?? { columns: [], rows: [] };
    return new Response(toCsv(first), { headers: { ...headers, "Content-Type": "text/csv; charset=utf-8" } });
  }
  const body = await toXlsx(tables);
  return new Response(new Uint8Array(body), {
    headers: { ...headers, "Content-Type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" },
  });
}
