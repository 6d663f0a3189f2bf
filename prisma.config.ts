// Prisma CLI configuration. The CLI only generates the client here (scripts/prisma.mjs): migrations
// are applied by lib/db/migrate.ts and diffed by scripts/lib/schema-diff.ts. The CLI does not read
// .env when this file exists.
import path from "node:path";
import { defineConfig } from "prisma/config";

try {
  process.loadEnvFile(".env");
} catch {
  // no .env: fine, the scripts pass DATABASE_URL explicitly
}

export default defineConfig({
  schema: path.join("prisma", "schema.prisma"),
  migrations: { path: path.join("prisma", "migrations"), seed: "tsx prisma/seed.ts" },
});
