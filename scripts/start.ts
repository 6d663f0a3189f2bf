// `npm start`: database (embedded PGlite unless a database URL is set) → migrations (as the schema
// owner) → demo data (embedded database, or SEED_DEMO_DATA=true) → production build if needed → the
// server (scripts/serve.ts), which connects as wijkkracht_web and wijkkracht_system and keeps a job
// worker process running beside it (scripts/worker.ts); a server that dies is started again. Ctrl-C
// stops everything cleanly.
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { startEmbeddedDatabase, type EmbeddedDatabase } from "@/lib/db/embedded";
import { migrate } from "@/lib/db/migrate";
import { demoDataWanted } from "@/lib/db/seed/demo-accounts";
import { DATABASE_ROLES, databaseUrlAs, databaseUser, launchEnv, setProcessEnv } from "@/lib/env";
import { buildIfNeeded, ensureGeneratedClient } from "./lib/build";
import { serveArgs } from "./lib/web-process";

const root = process.cwd();
const dataDir = path.join(root, ".data");
const { PORT: port, PGLITE_PORT: embeddedPort } = launchEnv();

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
  const config = launchEnv();
  // The owner runs the migrations: MIGRATION_DATABASE_URL, or a DATABASE_URL that names another user
  // than wijkkracht_web (then the app itself connects as wijkkracht_web on the same database).
  let ownerUrl =
    config.MIGRATION_DATABASE_URL ??
    (config.DATABASE_URL && databaseUser(config.DATABASE_URL) !== DATABASE_ROLES.web ? config.DATABASE_URL : undefined);
  if (!ownerUrl && !config.DATABASE_URL) {
    say(`geen DATABASE_URL: ingebouwde PostgreSQL (PGlite) start in .data/pglite op poort ${embeddedPort}`);
    embedded = await startEmbeddedDatabase({ dataDir: path.join(dataDir, "pglite"), port: embeddedPort });
    ownerUrl = embedded.connectionString;
    setProcessEnv("DATABASE_PREPARED_STATEMENTS", "false"); // one session for every connection: names would collide
  }
  const appUrl =
    config.DATABASE_URL && databaseUser(config.DATABASE_URL) === DATABASE_ROLES.web
      ? config.DATABASE_URL
      : databaseUrlAs(ownerUrl!, DATABASE_ROLES.web);
  setProcessEnv("DATABASE_URL", appUrl);
  setProcessEnv("SYSTEM_DATABASE_URL", config.SYSTEM_DATABASE_URL ?? databaseUrlAs(appUrl, DATABASE_ROLES.system));
  if (!config.NEXTAUTH_SECRET) setProcessEnv("NEXTAUTH_SECRET", persistentSecret());
  if (!config.NEXTAUTH_URL) setProcessEnv("NEXTAUTH_URL", `http://localhost:${port}`);

  if (ownerUrl) {
    const migration = await migrate(ownerUrl);
    say(migration.applied.length ? `migraties toegepast: ${migration.applied.join(", ")}` : "database is bij");
  } else {
    say("geen MIGRATION_DATABASE_URL: migraties overgeslagen (npm run db:migrate draait ze als eigenaar)");
  }
  say(
    embedded
      ? "de ingebouwde database kent maar één sessie: de rollen gelden pas op een echte PostgreSQL"
      : `de app verbindt als ${DATABASE_ROLES.web} en ${DATABASE_ROLES.system}, niet als eigenaar`,
  );

  // Demo data only on the embedded database or when asked for explicitly; a production server with
  // DATABASE_URL never gets the demo accounts by accident (scripts/serve.ts refuses to start with them).
  if (demoDataWanted(config.SEED_DEMO_DATA, embedded !== undefined)) {
    setProcessEnv("SEED_DEMO_DATA", "true");
    const { systemDb, disconnectDb } = await import("@/lib/db/client");
    const { seedDemoData } = await import("@/lib/db/seed/demo");
    const result = await seedDemoData(systemDb);
    say(result.created ? "demodata aangemaakt (wachtwoord: demo-wachtwoord)" : "demodata al aanwezig");
    await disconnectDb();
  }

  buildIfNeeded(say);

  say(`Wijkkracht draait op http://localhost:${port}`);
  const spawnServer = () =>
    spawn(process.execPath, serveArgs(port), {
      stdio: "inherit",
      env: {
        ...process.env, // eslint-disable-line no-restricted-properties -- the server inherits the launcher's environment
        NODE_ENV: "production",
        NEXT_TELEMETRY_DISABLED: "1",
        // The embedded server serialises whole sessions' messages (lib/db/embedded.ts), so the web
        // server and the job worker may each hold several connections; PGlite runs one statement at
        // a time anyway, so a few per pool are enough.
        ...(embedded && !config.DATABASE_POOL_SIZE ? { DATABASE_POOL_SIZE: "3" } : {}),
      },
    });

  let stopping = false;
  let server = spawnServer();
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

  // A server that dies (out of memory, a crash) is started again, waiting 1 s and doubling up to
  // 30 s while it keeps dying within a minute; the database and the data stay as they are.
  let delayMs = 1000;
  const superviseServer = () => {
    const startedAt = Date.now();
    server.on("exit", (code, signal) => {
      if (stopping) return;
      if (Date.now() - startedAt > 60_000) delayMs = 1000;
      say(`de server stopte onverwacht (${signal ?? `code ${code}`}); opnieuw starten over ${delayMs / 1000} s`);
      setTimeout(() => {
        if (stopping) return;
        server = spawnServer();
        superviseServer();
      }, delayMs);
      delayMs = Math.min(delayMs * 2, 30_000);
    });
  };
  superviseServer();
}

main().catch((error: unknown) => {
  console.error(`[wijkkracht] starten mislukt: ${(error as Error).message}`);
  process.exit(1);
});
