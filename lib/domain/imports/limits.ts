// The limits of an import file, checked WHILE it is read: a hostile file (a sheet that declares a
// cell at XFD1048576, a zip that unpacks to hundreds of megabytes, megabytes of blank lines) is
// refused as soon as it crosses one, before it has cost more memory or time than a normal file.
import { msg } from "@/lib/i18n/keys";
import { ValidationError } from "@/lib/domain/errors";

export type ImportLimits = {
  /** Size of the uploaded file. */
  bytes: number;
  /** Data rows that are not blank. */
  rows: number;
  /** Every line or worksheet row read, blank ones included: blank lines cost work too. */
  lines: number;
  /** Columns of a row (the position of its last non-empty cell). */
  columns: number;
  /** Characters of one cell. */
  cellChars: number;
  /** Cells kept in memory (the sum of the row widths). */
  cells: number;
  /** Characters kept in memory (cells and an XLSX file's shared strings). */
  chars: number;
  /** Bytes an XLSX file unpacks to (its zip entries that are read). */
  unpackedBytes: number;
  /** Time to read the whole file. */
  milliseconds: number;
};

export const MAX_IMPORT_BYTES = 10 * 1024 * 1024;
export const MAX_IMPORT_ROWS = 50_000;

/**
 * Generous for real files: a national CBS Kerncijfers file has ~17,000 rows of ~120 columns
 * (~2 million cells, ~60 MB of worksheet XML); a practice list a few thousand rows of ~20 columns.
 */
export const IMPORT_LIMITS: ImportLimits = {
  bytes: MAX_IMPORT_BYTES,
  rows: MAX_IMPORT_ROWS,
  lines: 2 * MAX_IMPORT_ROWS,
  columns: 500,
  cellChars: 2_000,
  cells: 5_000_000,
  chars: 32_000_000,
  unpackedBytes: 200 * 1024 * 1024,
  milliseconds: 60_000,
};

export function fileProblem(message: string): ValidationError {
  return new ValidationError(message, { file: [message] });
}

const nl = (n: number) => n.toLocaleString("nl-NL");

export type RawRow = { line: number; cells: string[] };

/** Time and unpacked bytes spent so far on one file. */
export class ReadBudget {
  private readonly started = Date.now();
  private unpacked = 0;
  constructor(readonly limits: ImportLimits) {}

  /** Throws when the file has taken too long to read. */
  checkTime(): void {
    if (Date.now() - this.started > this.limits.milliseconds)
      throw fileProblem(msg("imports.problems.tooSlow", { seconds: Math.round(this.limits.milliseconds / 1000) }));
  }

  /** Counts bytes that came out of the zip. */
  addUnpacked(bytes: number): void {
    this.unpacked += bytes;
    if (this.unpacked > this.limits.unpackedBytes) throw this.unpackedTooLarge();
  }

  unpackedTooLarge(): ValidationError {
    return fileProblem(
      msg("imports.problems.unpackedTooLarge", { max: nl(Math.round(this.limits.unpackedBytes / 1024 / 1024)) }),
    );
  }

  /** Counts characters held in memory (shared strings); throws over the limit. */
  chars = 0;
  addChars(count: number): void {
    this.chars += count;
    if (this.chars > this.limits.chars) throw fileProblem(msg("imports.problems.tooMuchData"));
  }
}

/**
 * Collects the header (line 1) and the non-blank data rows, checking every limit as each line
 * arrives. Cells are trimmed; a blank line counts toward `lines` but is not kept.
 */
export class TableBuilder {
  headers: string[] | null = null;
  readonly rows: RawRow[] = [];
  private lines = 0;
  private cells = 0;
  private lastLine = 0;

  constructor(readonly budget: ReadBudget) {}

  get limits(): ImportLimits {
    return this.budget.limits;
  }

  /** A cell that is too long, as soon as the reader knows it (before the rest of the row). */
  cellTooLong(line: number): ValidationError {
    return fileProblem(msg("imports.problems.cellTooLong", { row: line, max: nl(this.limits.cellChars) }));
  }

  tooManyColumns(line: number): ValidationError {
    return fileProblem(msg("imports.problems.tooManyColumns", { row: line, max: nl(this.limits.columns) }));
  }

  add(line: number, raw: readonly string[]): void {
    this.lines += 1;
    if (this.lines > this.limits.lines) throw fileProblem(msg("imports.problems.tooManyLines", { max: nl(this.limits.lines) }));
    if (this.lines % 1000 === 0) this.budget.checkTime();
    if (line <= this.lastLine) throw fileProblem(msg("imports.problems.xlsxUnreadable"));
    this.lastLine = line;
    if (raw.length > this.limits.columns) throw this.tooManyColumns(line);
    let blank = true;
    let chars = 0;
    const cells = new Array<string>(raw.length);
    for (let i = 0; i < raw.length; i++) {
      const value = raw[i] ?? "";
      if (value.length > this.limits.cellChars) throw this.cellTooLong(line);
      const trimmed = value.trim();
      if (trimmed !== "") blank = false;
      chars += trimmed.length;
      cells[i] = trimmed;
    }
    if (this.headers === null) {
      // The column names are the first row of the file; a file that starts with blank rows has none.
      if (line !== 1 || blank) throw fileProblem(msg("imports.problems.noHeader"));
      this.headers = cells;
      this.budget.addChars(chars);
      return;
    }
    if (blank) return;
    if (this.rows.length >= this.limits.rows)
      throw fileProblem(msg("imports.problems.tooManyRows", { max: nl(this.limits.rows) }));
    this.cells += cells.length;
    if (this.cells > this.limits.cells) throw fileProblem(msg("imports.problems.tooMuchData"));
    this.budget.addChars(chars);
    this.rows.push({ line, cells });
  }

  table(): { headers: string[]; rows: RawRow[] } {
    if (this.headers === null) throw fileProblem(msg("imports.problems.noHeader"));
    return { headers: this.headers, rows: this.rows };
  }
}
