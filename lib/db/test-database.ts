// A fresh, migrated database for a test run: a new database on TEST_DATABASE_URL's server when
// that is set, otherwise an in-memory embedded PostgreSQL. Used by the integration and browser tests.
import pg from "pg";
import { startEmbeddedDatabase } from "@/lib/db/embedded";
import { migrate } from "@/lib/db/migrate";

export type TestDatabase = { url: string; drop: () => Promise<void> };

export async function createTestDatabase(options: { serverUrl?: string; name: string; embeddedPort: number }): Promise<TestDatabase> {
  if (!options.serverUrl) {
    const embedded = await startEmbeddedDatabase({ port: options.embeddedPort });
    await migrate(embedded.connectionString);
    return { url: embedded.connectionString, drop: embedded.stop };
  }
  const admin = new pg.Client({ connectionString: options.serverUrl });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS "${options.name}" WITH (FORCE)`);
    await admin.query(`CREATE DATABASE "${options.name}"`);
  } finally {
    await admin.end();
  }
  const url = new URL(options.serverUrl);
  url.pathname = `/${options.name}`;
  await migrate(url.toString());
  return {
    url: url.toString(),
    drop: async () => {
      const client = new pg.Client({ connectionString: options.serverUrl });
      await client.connect();
      try {
        await client.query(`DROP DATABASE IF EXISTS "${options.name}" WITH (FORCE)`);
      } finally {
        await client.end();
      }
    },
  };
}
