// `npm run db:seed`: the demo data (idempotent) into DATABASE_URL.
import { disconnectDb, systemDb } from "@/lib/db/client";
import { seedDemoData } from "@/lib/db/seed/demo";

const result = await seedDemoData(systemDb);
console.log(result.created ? "Demodata aangemaakt." : "Demodata was al aanwezig.");
await disconnectDb();
