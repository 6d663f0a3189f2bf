// `npm run db:new-migration -- <name>`: writes prisma/migrations/<timestamp>_<name>/migration.sql
// from the difference between the last committed prisma/schema.prisma and the edited one. Works
// offline (no database, no engine download). Add grants and row-level-security SQL by hand after
// the generated part: every new region-scoped table needs the same treatment as in the first migration.
import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, writeFileSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

const name = process.argv[2];
if (!name || !/^[a-z0-9_]+$/.test(name)) {
  console.error("Gebruik: npm run db:new-migration -- naam_in_kleine_letters");
  process.exit(1);
}
const previous = execFileSync("git", ["show", "HEAD:prisma/schema.prisma"], { encoding: "utf8" });
const scratch = mkdtempSync(path.join(tmpdir(), "wk-schema-"));
const previousFile = path.join(scratch, "schema.prisma");
writeFileSync(previousFile, previous);
const diff = spawnSync(
  process.execPath,
  [
    "scripts/prisma.mjs",
    "migrate",
    "diff",
    "--from-schema-datamodel",
    previousFile,
    "--to-schema-datamodel",
    "prisma/schema.prisma",
    "--script",
  ],
  { encoding: "utf8" },
);
if (diff.status !== 0) {
  console.error(diff.stderr);
  process.exit(1);
}
const stamp = new Date().toISOString().replace(/[-:T]/g, "").slice(0, 14);
const dir = path.join("prisma", "migrations", `${stamp}_${name}`);
mkdirSync(dir, { recursive: true });
writeFileSync(path.join(dir, "migration.sql"), diff.stdout);
console.log(`Geschreven: ${dir}/migration.sql — controleer het en voeg grants/RLS toe voor nieuwe tabellen.`);
