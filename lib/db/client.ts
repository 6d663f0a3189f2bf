// The two Prisma clients of the process, on two connection pools with two database roles
// (README, "Database roles"):
// - the tenant client connects as DATABASE_URL (wijkkracht_web: owns nothing, may only become
//   wijkkracht_app). It is used only by withActor(), which switches to that role inside each
//   transaction, so row-level security applies to all tenant work;
// - `systemDb` connects as SYSTEM_DATABASE_URL (wijkkracht_system) and crosses tenants on purpose:
//   the login, loading the actor, platform administration, the seed, tests and tools. Import it
//   only there (ESLint enforces it).
// Neither is the schema owner: the owner (MIGRATION_DATABASE_URL) only runs migrations.
import { createHash } from "node:crypto";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { env } from "@/lib/env";

type Clients = { tenant?: PrismaClient; system?: PrismaClient };
const globalForPrisma = globalThis as unknown as { wijkkrachtPrisma?: Clients };

// A statement with more parameters than this is a bulk write whose text changes with its row count:
// preparing each variant would only fill the connection's cache.
const MAX_PREPARED_PARAMETERS = 100;

/**
 * The name under which a statement is prepared on a connection, or "" to send it unnamed. A named
 * statement is parsed and rewritten (with the row-level security policies) once per connection and,
 * after five runs, planned once too; unnamed, PostgreSQL does all of that on every execution. The
 * name is the text's hash, so one text has one name and no name two texts.
 */
function preparedStatementName(query: { sql: string; args: unknown[] }): string {
  if (query.args.length > MAX_PREPARED_PARAMETERS) return "";
  return `w${createHash("sha1").update(query.sql).digest("base64url")}`;
}

function createClient(connectionString: string): PrismaClient {
  const adapter = new PrismaPg(
    { connectionString, max: env().DATABASE_POOL_SIZE },
    env().DATABASE_PREPARED_STATEMENTS === "true" ? { statementNameGenerator: preparedStatementName } : undefined,
  );
  return new PrismaClient({ adapter });
}

function clients(): Clients {
  globalForPrisma.wijkkrachtPrisma ??= {};
  return globalForPrisma.wijkkrachtPrisma;
}

function lazyClient(which: keyof Clients, url: () => string): PrismaClient {
  return new Proxy({} as PrismaClient, {
    get(_target, property) {
      const all = clients();
      const client = (all[which] ??= createClient(url()));
      const value = Reflect.get(client, property, client);
      return typeof value === "function" ? value.bind(client) : value;
    },
  });
}

/** The restricted client behind withActor(). Not for direct use: it has no privileges of its own. */
export const tenantDb: PrismaClient = lazyClient("tenant", () => env().DATABASE_URL);

/**
 * Cross-tenant client: bypasses row-level security. Deliberately named so it stands out in review;
 * ESLint only allows it in lib/db, lib/auth, lib/domain/admin, prisma/, scripts/ and tests/.
 */
export const systemDb: PrismaClient = lazyClient("system", () => env().SYSTEM_DATABASE_URL);

export async function disconnectDb(): Promise<void> {
  const all = clients();
  await Promise.all([all.tenant?.$disconnect(), all.system?.$disconnect()]);
  globalForPrisma.wijkkrachtPrisma = {};
}

export type { PrismaClient };
