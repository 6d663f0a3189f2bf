// A tiny benchmark harness: time an async function several times and print median / p95 / max.
// Benchmarks print numbers; they never fail on them (timed assertions are flaky on shared machines).
import pg from "pg";

export type BenchResult = { name: string; runs: number; medianMs: number; p95Ms: number; maxMs: number };

export async function measure(name: string, fn: () => Promise<unknown>, runs = 20, warmup = 3): Promise<BenchResult> {
  for (let i = 0; i < warmup; i++) await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const pick = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))]!;
  const result = { name, runs, medianMs: pick(0.5), p95Ms: pick(0.95), maxMs: times.at(-1)! };
  console.log(
    `${name.padEnd(58)} median ${result.medianMs.toFixed(1).padStart(8)} ms   p95 ${result.p95Ms.toFixed(1).padStart(8)} ms   max ${result.maxMs.toFixed(1).padStart(8)} ms   (n=${runs})`,
  );
  return result;
}

/** Peak-free snapshot of the process's memory, for benchmarks that care. */
export function memoryMb(): string {
  const m = process.memoryUsage();
  return `rss ${(m.rss / 1e6).toFixed(0)} MB, heap ${(m.heapUsed / 1e6).toFixed(0)} MB`;
}

/**
 * Planner statistics for the tables a benchmark has just filled, as autovacuum gives a live database
 * soon after. ANALYZE needs the tables' owner (MIGRATION_DATABASE_URL): the app's system role only
 * gets a warning and the tables are skipped, and without statistics the planner under row-level
 * security takes them for empty (the 300-initiative plan's tree query read each indicator's
 * measurements by scanning the region's: 850 ms; with statistics the plan's data takes about 120 ms).
 */
export async function analyzeAsOwner(tables: string[]): Promise<void> {
  const client = new pg.Client({ connectionString: process.env.MIGRATION_DATABASE_URL });
  await client.connect();
  try {
    await client.query(`ANALYZE ${tables.map((table) => `"${table}"`).join(", ")}`);
  } finally {
    await client.end();
  }
}
