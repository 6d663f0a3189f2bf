// `npm run db:new-migration -- <name>`: writes prisma/migrations/<timestamp>_<name>/migration.sql
// from the difference between the last committed prisma/schema.prisma and the edited one. Works
// offline (no engine download; the engine asks the local PostgreSQL for its version, see
// scripts/lib/schema-diff.ts). Add grants and row-level-security SQL by hand after the generated
// part: every new region-scoped table needs the same treatment as in the first migration.
import { execFileSync } from "node:child_process";
import { mkdirSync, writeFileSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { schemaDiffSql } from "./lib/schema-diff";

const name = process.argv[2];
if (!name || !/^[a-z0-9_]+$/.test(name)) {
  console.error("Gebruik: npm run db:new-migration -- naam_in_kleine_letters");
  process.exit(1);
}
const previous = execFileSync("git", ["show", "HEAD:prisma/schema.prisma"], { encoding: "utf8" });
const scratch = mkdtempSync(path.join(tmpdir(), "wk-schema-"));
const previousFile = path.join(scratch, "schema.prisma");
writeFileSync(previousFile, previous);
const sql = await schemaDiffSql({ schemaFile: previousFile }, { schemaFile: "prisma/schema.prisma" });
const stamp = new Date().toISOString().replace(/[-:T]/g, "").slice(0, 14);
const dir = path.join("prisma", "migrations", `${stamp}_${name}`);
mkdirSync(dir, { recursive: true });
writeFileSync(path.join(dir, "migration.sql"), sql);
console.log(`Geschreven: ${dir}/migration.sql — controleer het en voeg grants/RLS toe voor nieuwe tabellen.`);
