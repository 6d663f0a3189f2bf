// The scale seed on a database (scripts/seed-scale.ts and the HTTP benchmark): migrations, the demo
// seed (the benchmark's accounts, with the demo password), then lib/db/seed/scale.ts on top.
import pg from "pg";
import { hashPassword } from "@/lib/auth/password";
import { migrate } from "@/lib/db/migrate";
import { SCALE_MARKER_SLUG, seedScale } from "@/lib/db/seed/scale";
import { roleUrls } from "@/lib/db/test-database";

/** Password of every generated account (the demo accounts keep the demo password). */
export const SCALE_PASSWORD = "schaal-wachtwoord";

/** A fresh database `name` on the server of `serverUrl` (dropped first when `fresh`); its owner URL. */
export async function ensureDatabase(serverUrl: string, name: string, fresh: boolean): Promise<string> {
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    if (fresh) await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    const { rows } = await admin.query(`SELECT 1 FROM pg_database WHERE datname = $1`, [name]);
    if (rows.length === 0) await admin.query(`CREATE DATABASE "${name}"`);
  } finally {
    await admin.end();
  }
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

export async function hasScaleData(ownerUrl: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    const { rows } = await client
      .query(`SELECT to_regclass('"Region"') IS NOT NULL AND EXISTS (SELECT 1 FROM "Region" WHERE slug = $1) AS present`, [
        SCALE_MARKER_SLUG,
      ])
      .catch(() => ({ rows: [{ present: false }] }));
    return Boolean((rows[0] as { present: boolean }).present);
  } finally {
    await client.end();
  }
}

/** Migrates `ownerUrl`, seeds the demo and the scale data (each only once); seconds taken. */
export async function seedScaleDatabase(ownerUrl: string, log: (line: string) => void): Promise<number> {
  const started = performance.now();
  await migrate(ownerUrl);
  Object.assign(process.env, roleUrls(ownerUrl));
  const { systemDb, disconnectDb } = await import("@/lib/db/client");
  const { seedDemoData } = await import("@/lib/db/seed/demo");
  try {
    const demo = await seedDemoData(systemDb);
    log(`demo-data: ${demo.created ? "geschreven" : "was er al"} (${((performance.now() - started) / 1000).toFixed(1)} s)`);
  } finally {
    await disconnectDb();
  }
  const client = new pg.Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    const result = await seedScale(client, { passwordHash: await hashPassword(SCALE_PASSWORD), log });
    if (!result.created) log("schaaldata: was er al");
  } finally {
    await client.end();
  }
  return (performance.now() - started) / 1000;
}
