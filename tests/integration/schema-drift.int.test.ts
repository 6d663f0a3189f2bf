// The migrations and prisma/schema.prisma must describe the same tables: apply all migrations to
// one fresh database and Prisma's from-empty script to another, then compare columns and indexes.
// (Hand-written SQL — policies, grants, composite foreign keys, checks, partial indexes — is outside
// this comparison, and so is the job queue's own schema `pgboss`, which pg-boss defines.)
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { createTestDatabase, roleUrls, type TestDatabase } from "@/lib/db/test-database";
import { schemaDiffSql } from "../../scripts/lib/schema-diff";

const databases: TestDatabase[] = [];

/** Indexes only the migrations create (partial indexes), in pg_indexes' order. */
const HAND_WRITTEN_INDEXES = ["Expenditure_review_queue_idx"];

afterAll(async () => {
  for (const db of databases) await db.drop();
});

async function describeSchema(url: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const columns = await client.query(`
      SELECT table_name, column_name, data_type, udt_name, is_nullable, column_default
      FROM information_schema.columns
      WHERE table_schema = 'public' AND table_name NOT LIKE '\\_%'
      ORDER BY table_name, column_name`);
    const indexes = await client.query(`
      SELECT tablename, indexname, indexdef FROM pg_indexes
      WHERE schemaname = 'public' AND tablename NOT LIKE '\\_%' ORDER BY tablename, indexname`);
    const enums = await client.query(`
      SELECT t.typname, array_agg(e.enumlabel ORDER BY e.enumsortorder) AS labels
      FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid
      WHERE t.typnamespace = 'public'::regnamespace GROUP BY t.typname ORDER BY t.typname`);
    return { columns: columns.rows, indexes: indexes.rows, enums: enums.rows };
  } finally {
    await client.end();
  }
}

describe("schema drift", () => {
  it("migrations produce exactly the tables, columns, indexes and enums of schema.prisma", async () => {
    const base = process.env.TEST_DATABASE_URL;
    // On the embedded database each test database is its own server; on PostgreSQL, two databases.
    const migrated = await createTestDatabase({
      serverUrl: base,
      name: `wijkkracht_drift_a_${process.pid}`,
      embeddedPort: 55100 + (process.pid % 400),
    });
    databases.push(migrated);

    const script = await schemaDiffSql("empty", { schemaFile: "prisma/schema.prisma" }, migrated.url);
    expect(script).toContain("CREATE TABLE");

    const fromSchema = await createEmptyDatabase(base, `wijkkracht_drift_b_${process.pid}`, 55600 + (process.pid % 400));
    databases.push(fromSchema);
    const client = new pg.Client({ connectionString: fromSchema.url });
    await client.connect();
    await client.query(script);
    await client.end();

    const [a, b] = await Promise.all([describeSchema(migrated.url), describeSchema(fromSchema.url)]);
    expect(a.enums).toEqual(b.enums);
    expect(a.columns).toEqual(b.columns);
    // Partial indexes exist only in the migrations (Prisma's schema cannot describe them): exactly these.
    const partial = (rows: { indexname: string; indexdef: string }[]) => rows.filter((r) => / WHERE /.test(r.indexdef));
    expect(partial(a.indexes).map((r) => r.indexname)).toEqual(HAND_WRITTEN_INDEXES);
    expect(partial(b.indexes)).toEqual([]);
    expect(a.indexes.filter((r) => !HAND_WRITTEN_INDEXES.includes(r.indexname))).toEqual(b.indexes);
  });
});

async function createEmptyDatabase(serverUrl: string | undefined, name: string, port: number): Promise<TestDatabase> {
  if (!serverUrl) {
    const { startEmbeddedDatabase } = await import("@/lib/db/embedded");
    const embedded = await startEmbeddedDatabase({ port });
    return { url: embedded.connectionString, env: roleUrls(embedded.connectionString), drop: embedded.stop };
  }
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    env: roleUrls(url.toString()),
    drop: async () => {
      const c = new pg.Client({ connectionString: serverUrl });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await c.end();
    },
  };
}
