// Embedded PostgreSQL (PGlite, WASM) served on a local TCP port, so the app, migrations and psql
// use the same `pg` code path as against a real server. For laptops and demos only.
import { mkdir } from "node:fs/promises";
import { PGlite } from "@electric-sql/pglite";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";

export type EmbeddedDatabase = { connectionString: string; stop: () => Promise<void> };

export async function startEmbeddedDatabase(options: {
  /** Where the data lives; omit for an in-memory database (tests). */
  dataDir?: string;
  port: number;
  maxConnections?: number;
}): Promise<EmbeddedDatabase> {
  if (options.dataDir) await mkdir(options.dataDir, { recursive: true });
  const db = options.dataDir ? await PGlite.create(options.dataDir) : await PGlite.create();
  const server = new PGLiteSocketServer({
    db,
    host: "127.0.0.1",
    port: options.port,
    // Every pool that connects shares this; PGlite serialises them on one backend anyway.
    maxConnections: options.maxConnections ?? 40,
  });
  await server.start();
  return {
    connectionString: `postgresql://postgres:postgres@127.0.0.1:${options.port}/postgres?sslmode=disable`,
    stop: async () => {
      await server.stop();
      await db.close();
    },
  };
}
