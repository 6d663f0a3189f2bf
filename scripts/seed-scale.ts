// `npm run seed:scale`: national-scale data (lib/db/seed/scale.ts) on the configured database
// (MIGRATION_DATABASE_URL, the owner), or — when TEST_DATABASE_URL is set — on a fresh database
// `wijkkracht_scale` on that server (dropped and recreated). Prints the time each part took.
import { ensureDatabase, SCALE_PASSWORD, seedScaleDatabase } from "./lib/scale-database";

const testServer = process.env.TEST_DATABASE_URL;
const ownerUrl = testServer
  ? await ensureDatabase(testServer, "wijkkracht_scale", true)
  : (process.env.MIGRATION_DATABASE_URL ?? process.env.DATABASE_URL);
if (!ownerUrl) {
  console.error(
    "Zet MIGRATION_DATABASE_URL (de eigenaar van de database) of TEST_DATABASE_URL (dan een nieuwe database wijkkracht_scale).",
  );
  process.exit(1);
}
process.env.LOG_LEVEL ??= "silent";
console.log(`schaaldata op ${new URL(ownerUrl).pathname.slice(1)}`);
const seconds = await seedScaleDatabase(ownerUrl, (line) => console.log(line));
console.log(
  `klaar in ${seconds.toFixed(0)} s. Gegenereerde accounts: wachtwoord "${SCALE_PASSWORD}"; de demo-accounts houden het demowachtwoord.`,
);
