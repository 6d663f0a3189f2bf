// The single Prisma client of the process. It connects as the schema owner; tenant work goes
// through withActor(), which switches to the restricted role. Import `systemDb` only where code
// must cross tenants on purpose (login, platform administration, seeding, tests).
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { env } from "@/lib/env";

const globalForPrisma = globalThis as unknown as { wijkkrachtPrisma?: PrismaClient };

function createClient(): PrismaClient {
  const adapter = new PrismaPg({ connectionString: env().DATABASE_URL, max: env().DATABASE_POOL_SIZE });
  return new PrismaClient({ adapter });
}

function prisma(): PrismaClient {
  globalForPrisma.wijkkrachtPrisma ??= createClient();
  return globalForPrisma.wijkkrachtPrisma;
}

/**
 * Cross-tenant client: bypasses row-level security. Deliberately named so it stands out in review;
 * ESLint only allows it in lib/db, lib/auth, lib/domain/admin, prisma/, scripts/ and tests/.
 */
export const systemDb: PrismaClient = new Proxy({} as PrismaClient, {
  get(_target, property) {
    const client = prisma();
    const value = Reflect.get(client, property, client);
    return typeof value === "function" ? value.bind(client) : value;
  },
});

export async function disconnectDb(): Promise<void> {
  await globalForPrisma.wijkkrachtPrisma?.$disconnect();
  globalForPrisma.wijkkrachtPrisma = undefined;
}

export type { PrismaClient };
