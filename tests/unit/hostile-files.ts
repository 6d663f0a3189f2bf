// The hostile import files of issue 12, built from scratch: a tiny XLSX whose sheet declares a
// cell at XFD1048576, XLSX zip bombs (honest and lying about their unpacked size) and CSVs of
// blank lines. Shared by the unit tests and the child process that reads them under a small heap.
import { createDeflateRaw, deflateRawSync } from "node:zlib";

type ZipPart = { name: string; data: Buffer; declaredSize?: number; size?: number; crc?: number };

function crc32(data: Buffer): number {
  let crc = 0xffffffff;
  for (const byte of data) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1;
  }
  return (crc ^ 0xffffffff) >>> 0;
}

/** A zip of deflated entries; `declaredSize` lets an entry lie about how large it unpacks. */
function zip(parts: ZipPart[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const part of parts) {
    const name = Buffer.from(part.name);
    const size = part.declaredSize ?? part.size ?? 0;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(part.crc ?? 0, 14);
    local.writeUInt32LE(part.data.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(part.crc ?? 0, 16);
    central.writeUInt32LE(part.data.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, part.data);
    centrals.push(central, name);
    offset += local.length + name.length + part.data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

/** Deflates `total` bytes made of `piece` repeated (and `head`/`tail` around it) without holding them. */
async function deflateRepeated(head: string, piece: string, total: number, tail: string) {
  const deflater = createDeflateRaw({ level: 9 });
  const out: Buffer[] = [];
  deflater.on("data", (chunk: Buffer) => out.push(chunk));
  const done = new Promise((resolve) => deflater.on("end", resolve));
  const block = Buffer.from(piece.repeat(Math.ceil((1024 * 1024) / piece.length)));
  deflater.write(head);
  let written = 0;
  while (written < total) {
    if (!deflater.write(block)) await new Promise((resolve) => deflater.once("drain", resolve));
    written += block.length;
  }
  deflater.end(tail);
  await done;
  return { data: Buffer.concat(out), size: Buffer.byteLength(head) + written + Buffer.byteLength(tail) };
}

function deflated(text: string): ZipPart & { size: number } {
  const data = Buffer.from(text);
  return { name: "", data: deflateRawSync(data), size: data.length, crc: crc32(data) };
}

const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
const REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/** The parts of a workbook around one worksheet. */
function workbookParts(): ZipPart[] {
  const parts: [string, string][] = [
    [
      "[Content_Types].xml",
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
    ],
    [
      "_rels/.rels",
      `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL_NS}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    ],
    [
      "xl/workbook.xml",
      `<?xml version="1.0" encoding="UTF-8"?><workbook ${NS} xmlns:r="${REL_NS}"><sheets><sheet name="Blad1" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    ],
    [
      "xl/_rels/workbook.xml.rels",
      `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL_NS}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`,
    ],
  ];
  return parts.map(([name, text]) => ({ ...deflated(text), name }));
}

const SHEET_HEAD = `<?xml version="1.0" encoding="UTF-8"?><worksheet ${NS}>`;

/** A worksheet as an XLSX file. */
export function xlsxWithSheet(sheetXml: string): Buffer {
  return zip([...workbookParts(), { ...deflated(sheetXml), name: "xl/worksheets/sheet1.xml" }]);
}

/** ~1.6 KB: a header row and one cell at XFD1048576, with the dimension to match. */
export function farCellXlsx(value: "value" | "empty" = "value"): Buffer {
  const cell = value === "value" ? '<c r="XFD1048576"><v>1</v></c>' : '<c r="XFD1048576" s="0"/>';
  return xlsxWithSheet(
    `${SHEET_HEAD}<dimension ref="A1:XFD1048576"/><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>naam</t></is></c><c r="B1" t="inlineStr"><is><t>discipline</t></is></c><c r="C1" t="inlineStr"><is><t>gemeente</t></is></c></row><row r="1048576">${cell}</row></sheetData></worksheet>`,
  );
}

export type BombKind =
  /** The zip says the sheet unpacks to ~400 MB (it does): refused before inflating. */
  | "honest"
  /** The zip says 1 KB; it unpacks to ~400 MB: refused once more comes out than it said. */
  | "lying"
  /** The zip says 150 MB (under the limit); it unpacks to 400 MB of elements that are not rows. */
  | "lyingWithinLimit"
  /** ~400 MB of real rows with a cell each: refused by the row and line limits. */
  | "rows";

/** An XLSX whose worksheet unpacks to about 400 MB. */
export async function zipBombXlsx(kind: BombKind): Promise<Buffer> {
  const total = 400 * 1024 * 1024;
  const body =
    kind === "rows"
      ? await deflateRepeated(
          `${SHEET_HEAD}<sheetData><row r="1"><c t="inlineStr"><is><t>naam</t></is></c></row>`,
          '<row><c t="inlineStr"><is><t>Praktijk</t></is></c></row>',
          total,
          "</sheetData></worksheet>",
        )
      : await deflateRepeated(`${SHEET_HEAD}<sheetData>`, "<x/>", total, "</sheetData></worksheet>");
  const declaredSize = kind === "lying" ? 1024 : kind === "lyingWithinLimit" ? 150 * 1024 * 1024 : body.size;
  return zip([...workbookParts(), { name: "xl/worksheets/sheet1.xml", data: body.data, size: body.size, declaredSize }]);
}

/** A CSV with a header and then `bytes` of blank lines. */
export function blankLinesCsv(bytes: number, line: "\n" | "\r\n" | ";;;\n" = "\n"): Buffer {
  return Buffer.from(`naam;discipline;gemeente\n${line.repeat(Math.floor(bytes / line.length))}`);
}
