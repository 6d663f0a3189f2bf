// `npm run db:migrate`: applies pending migrations to DATABASE_URL.
import { migrate } from "@/lib/db/migrate";

const url = process.env.DATABASE_URL;
if (!url) {
  console.error("Zet DATABASE_URL, bijvoorbeeld postgresql://postgres@127.0.0.1:5432/wijkkracht");
  process.exit(1);
}
const result = await migrate(url);
console.log(result.applied.length ? `Toegepast: ${result.applied.join(", ")}` : "Niets te doen: de database is bij.");
