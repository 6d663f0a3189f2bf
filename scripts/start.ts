// `npm start`: database (embedded PGlite unless DATABASE_URL is set) → migrations → demo data on
// first run → production build if needed → the Next.js server. Ctrl-C stops everything cleanly.
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { startEmbeddedDatabase, type EmbeddedDatabase } from "@/lib/db/embedded";
import { migrate } from "@/lib/db/migrate";
import { buildIfNeeded, ensureGeneratedClient, NEXT_BIN } from "./lib/build";

const root = process.cwd();
const dataDir = path.join(root, ".data");
const port = Number(process.env.PORT ?? 3000);

function say(message: string) {
  console.log(`[wijkkracht] ${message}`);
}

function persistentSecret(): string {
  const file = path.join(dataDir, "nextauth-secret");
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(32).toString("base64url");
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}

async function main() {
  ensureGeneratedClient();
  let embedded: EmbeddedDatabase | undefined;
  if (!process.env.DATABASE_URL) {
    const dbPort = Number(process.env.PGLITE_PORT ?? 54320);
    say(`geen DATABASE_URL: ingebouwde PostgreSQL (PGlite) start in .data/pglite op poort ${dbPort}`);
    embedded = await startEmbeddedDatabase({ dataDir: path.join(dataDir, "pglite"), port: dbPort });
    process.env.DATABASE_URL = embedded.connectionString;
  }
  process.env.NEXTAUTH_SECRET ??= persistentSecret();
  process.env.NEXTAUTH_URL ??= `http://localhost:${port}`;

  const migration = await migrate(process.env.DATABASE_URL!);
  say(migration.applied.length ? `migraties toegepast: ${migration.applied.join(", ")}` : "database is bij");

  if (process.env.SEED_DEMO_DATA !== "false") {
    const { systemDb, disconnectDb } = await import("@/lib/db/client");
    const { seedDemoData } = await import("@/lib/db/seed/demo");
    const result = await seedDemoData(systemDb);
    say(result.created ? "demodata aangemaakt (wachtwoord: demo-wachtwoord)" : "demodata al aanwezig");
    await disconnectDb();
  }

  buildIfNeeded(say);

  say(`Wijkkracht draait op http://localhost:${port}`);
  const server = spawn(process.execPath, [NEXT_BIN, "start", "-p", String(port)], {
    stdio: "inherit",
    env: {
      ...process.env,
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
      // The embedded server interleaves extended-protocol messages of concurrent connections outside
      // transactions ("unnamed prepared statement does not exist", electric-sql/pglite#1046). One
      // connection per app server avoids that; PGlite runs one query at a time anyway.
      ...(embedded && !process.env.DATABASE_POOL_SIZE ? { DATABASE_POOL_SIZE: "1" } : {}),
    },
  });

  let stopping = false;
  const stop = async (code: number) => {
    if (stopping) return;
    stopping = true;
    say("stoppen…");
    if (server.exitCode === null) server.kill("SIGTERM");
    await new Promise((resolve) => (server.exitCode === null ? server.once("exit", resolve) : resolve(null)));
    await embedded?.stop();
    process.exit(code);
  };
  process.on("SIGINT", () => void stop(0));
  process.on("SIGTERM", () => void stop(0));
  server.on("exit", (code) => void stop(code ?? 0));
}

main().catch((error: unknown) => {
  console.error(`[wijkkracht] starten mislukt: ${(error as Error).message}`);
  process.exit(1);
});
