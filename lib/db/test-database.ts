// A fresh, migrated database for a test run: a new database on TEST_DATABASE_URL's server when
// that is set, otherwise an in-memory embedded PostgreSQL. Used by the integration and browser tests.
// The migrations run as the server's user (the owner); the app's connections use the two roles the
// migrations create, exactly as in production (README, "Database roles").
import pg from "pg";
import { startEmbeddedDatabase } from "@/lib/db/embedded";
import { migrate } from "@/lib/db/migrate";
import { DATABASE_ROLES, databaseUrlAs } from "@/lib/env";

export type TestDatabase = {
  /** The owner's connection: migrations and schema inspection only. */
  url: string;
  /** What the app reads: DATABASE_URL (wijkkracht_web), SYSTEM_DATABASE_URL, MIGRATION_DATABASE_URL. */
  env: {
    DATABASE_URL: string;
    SYSTEM_DATABASE_URL: string;
    MIGRATION_DATABASE_URL: string;
    /** "false" on the embedded database (lib/env.ts). */
    DATABASE_PREPARED_STATEMENTS?: "false";
  };
  drop: () => Promise<void>;
};

export function roleUrls(ownerUrl: string): TestDatabase["env"] {
  return {
    DATABASE_URL: databaseUrlAs(ownerUrl, DATABASE_ROLES.web),
    SYSTEM_DATABASE_URL: databaseUrlAs(ownerUrl, DATABASE_ROLES.system),
    MIGRATION_DATABASE_URL: ownerUrl,
  };
}

export async function createTestDatabase(options: {
  serverUrl?: string;
  name: string;
  embeddedPort: number;
}): Promise<TestDatabase> {
  if (!options.serverUrl) {
    const embedded = await startEmbeddedDatabase({ port: options.embeddedPort });
    await migrate(embedded.connectionString);
    return {
      url: embedded.connectionString,
      env: { ...roleUrls(embedded.connectionString), DATABASE_PREPARED_STATEMENTS: "false" },
      drop: embedded.stop,
    };
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
    env: roleUrls(url.toString()),
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
