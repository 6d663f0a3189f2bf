import { databaseLatencyMs } from "@/lib/db/health";
import { log } from "@/lib/log";

export const dynamic = "force-dynamic";

/** Liveness and database readiness for load balancers and monitoring. */
export async function GET() {
  try {
    const latencyMs = await databaseLatencyMs();
    return Response.json({ status: "ok", database: "ok", latencyMs }, { headers: { "Cache-Control": "no-store" } });
  } catch (error) {
    log().error({ err: error }, "health check: database unreachable");
    return Response.json({ status: "error", database: "unreachable" }, { status: 503, headers: { "Cache-Control": "no-store" } });
  }
}
