// Run by tests/unit/import-limits.test.ts in a child process with a small heap
// (node --max-old-space-size=256): reads one file with the import reader and prints, as JSON,
// the outcome, the time it took and the peak memory of the process.
import { readFileSync } from "node:fs";
import { readTable } from "@/lib/domain/imports/parse";

const [file, name] = process.argv.slice(2);
const bytes = new Uint8Array(readFileSync(file!));
const started = Date.now();
let outcome: { refused: string } | { rows: number };
try {
  outcome = { rows: (await readTable(bytes, name!)).rows.length };
} catch (error) {
  outcome = { refused: (error as Error).message };
}
const memory = process.memoryUsage();
process.stdout.write(
  JSON.stringify({
    ...outcome,
    ms: Date.now() - started,
    peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
    heapUsedMb: Math.round(memory.heapUsed / 1024 / 1024),
  }),
);
