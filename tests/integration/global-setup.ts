// One fresh, migrated database per integration run (see lib/db/test-database.ts). The URL reaches
// the test workers through process.env, which they inherit.
import { createTestDatabase, type TestDatabase } from "@/lib/db/test-database";

let database: TestDatabase | undefined;

export async function setup() {
  database = await createTestDatabase({
    serverUrl: process.env.TEST_DATABASE_URL,
    name: `wijkkracht_int_${process.pid}`,
    embeddedPort: 54400 + (process.pid % 500),
  });
  Object.assign(process.env, database.env);
  process.env.NEXTAUTH_SECRET ??= "integration-test-secret-not-for-production";
  process.env.LOG_LEVEL ??= "silent";
}

export async function teardown() {
  await database?.drop();
}
