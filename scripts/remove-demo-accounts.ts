// `npm run db:remove-demo-accounts`: deletes the demo accounts (published password) from the
// database of SYSTEM_DATABASE_URL (default: DATABASE_URL as wijkkracht_system).
import { disconnectDb, systemDb } from "@/lib/db/client";
import { removeDemoAccounts } from "@/lib/db/seed/demo-accounts";

const removed = await removeDemoAccounts(systemDb);
console.log(removed ? `${removed} demo-accounts verwijderd.` : "Geen demo-accounts gevonden.");
await disconnectDb();
