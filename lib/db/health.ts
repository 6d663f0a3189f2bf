// Database readiness for the health check: one trivial query on each pool (tenant and system), timed.
import { systemDb, tenantDb } from "@/lib/db/client";

export async function databaseLatencyMs(): Promise<number> {
  const started = performance.now();
  await Promise.all([tenantDb.$queryRaw`SELECT 1`, systemDb.$queryRaw`SELECT 1`]);
  return Math.round(performance.now() - started);
}
