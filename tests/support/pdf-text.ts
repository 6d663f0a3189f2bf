// Reads the text of a PDF made by pdfkit with the standard fonts, for tests: inflates the content
// streams and decodes the hex strings of each TJ array (WinAnsi, close to Latin-1; € is 0x80).
import { inflateSync } from "node:zlib";

const WIN_ANSI: Record<number, string> = { 0x80: "€", 0x91: "‘", 0x92: "’", 0x93: "“", 0x94: "”", 0x96: "–", 0x97: "—" };

export function pdfText(pdf: Uint8Array): string {
  const raw = Buffer.from(pdf).toString("latin1");
  const lines: string[] = [];
  const stream = /stream\r?\n/g;
  let match: RegExpExecArray | null;
  while ((match = stream.exec(raw))) {
    const start = match.index + match[0].length;
    const end = raw.indexOf("endstream", start);
    if (end < 0) break;
    let content: string;
    try {
      content = inflateSync(Buffer.from(raw.slice(start, end), "latin1")).toString("latin1");
    } catch {
      content = raw.slice(start, end);
    }
    for (const tj of content.matchAll(/\[((?:<[0-9a-fA-F]*>|[^\]])*)\]\s*TJ/g)) {
      let text = "";
      for (const hex of tj[1]!.matchAll(/<([0-9a-fA-F]*)>/g)) {
        const bytes = Buffer.from(hex[1]!, "hex");
        for (const b of bytes) text += WIN_ANSI[b] ?? String.fromCharCode(b);
      }
      lines.push(text);
    }
    stream.lastIndex = end;
  }
  return lines.join("\n");
}
