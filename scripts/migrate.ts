// `npm run db:migrate`: applies pending migrations as the schema owner: MIGRATION_DATABASE_URL
// (or DATABASE_URL, when that names the owner).
import { migrate } from "@/lib/db/migrate";
import { launchEnv } from "@/lib/env";

const config = launchEnv();
const url = config.MIGRATION_DATABASE_URL ?? config.DATABASE_URL;
if (!url) {
  console.error("Zet MIGRATION_DATABASE_URL (de eigenaar), bijvoorbeeld postgresql://postgres@127.0.0.1:5432/wijkkracht");
  process.exit(1);
}
const result = await migrate(url);
console.log(result.applied.length ? `Toegepast: ${result.applied.join(", ")}` : "Niets te doen: de database is bij.");
