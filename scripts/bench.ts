// `npm run bench`: a fresh database with the demo data, then every scripts/bench/*.bench.ts in turn.
// Uses TEST_DATABASE_URL's server when set (realistic numbers), else the embedded PGlite.
import { readdirSync } from "node:fs";
import path from "node:path";
import { createTestDatabase } from "@/lib/db/test-database";

const only = process.argv[2];
const database = await createTestDatabase({
  serverUrl: process.env.TEST_DATABASE_URL,
  name: `wijkkracht_bench_${process.pid}`,
  embeddedPort: 54990,
});
Object.assign(process.env, database.env);
process.env.LOG_LEVEL ??= "silent";
const { systemDb, disconnectDb } = await import("@/lib/db/client");
const { seedDemoData } = await import("@/lib/db/seed/demo");
try {
  console.log(`database: ${process.env.TEST_DATABASE_URL ? "PostgreSQL (TEST_DATABASE_URL)" : "embedded PGlite"}`);
  await seedDemoData(systemDb);
  const dir = path.join(process.cwd(), "scripts", "bench");
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith(".bench.ts"))
    .sort()) {
    if (only && !file.includes(only)) continue;
    console.log(`\n## ${file}`);
    const suite = (await import(path.join(dir, file))) as { default: () => Promise<void> };
    await suite.default();
  }
} finally {
  await disconnectDb();
  await database.drop();
}
