// Prisma CLI configuration: the WASM/JS migration engine through the pg driver adapter, so no
// native engine binary is ever downloaded. The CLI does not read .env when this file exists.
import path from "node:path";
import { defineConfig } from "prisma/config";
import { PrismaPg } from "@prisma/adapter-pg";

try {
  process.loadEnvFile(".env");
} catch {
  // no .env: fine, the scripts pass DATABASE_URL explicitly
}

export default defineConfig({
  schema: path.join("prisma", "schema.prisma"),
  migrations: { path: path.join("prisma", "migrations"), seed: "tsx prisma/seed.ts" },
  engine: "js",
  experimental: { adapter: true },
  async adapter() {
    return new PrismaPg({ connectionString: process.env.DATABASE_URL, idleTimeoutMillis: 100 });
  },
});
