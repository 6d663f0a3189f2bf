// The job worker (`npm run worker`; `npm start` and `npm run serve` start one beside the web
// server): runs every job in lib/jobs/registry.ts until SIGTERM/SIGINT, then lets running jobs
// finish (up to 30 s). Run as many as you like against one database: each job runs once.
// Runs bundled (scripts/bundle-server.mjs, part of the build):
//   node .next/wijkkracht/worker.mjs [--concurrency 2] [--maintenance-seconds 10] [--lease-seconds 30]
import { parseArgs } from "node:util";
import { disconnectDb } from "@/lib/db/client";
import { JOBS, SCHEDULES } from "@/lib/jobs/registry";
import { startWorker } from "@/lib/jobs/worker";
import { log } from "@/lib/log";

async function main() {
  const { values } = parseArgs({
    options: {
      concurrency: { type: "string", default: "2" },
      "maintenance-seconds": { type: "string", default: "10" },
      "lease-seconds": { type: "string" },
    },
  });
  const worker = await startWorker({
    jobs: JOBS,
    schedules: SCHEDULES,
    concurrency: Number(values.concurrency),
    maintenanceIntervalSeconds: Number(values["maintenance-seconds"]),
    leaseSeconds: values["lease-seconds"] ? Number(values["lease-seconds"]) : undefined,
  });
  console.log(`[wijkkracht] taakverwerker draait (${JOBS.length} soorten taken, pid ${process.pid})`);
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await worker.stop();
    await disconnectDb();
    process.exit(0);
  };
  process.on("SIGTERM", () => void stop());
  process.on("SIGINT", () => void stop());
  log().debug("worker started");
}

main().catch((error: unknown) => {
  console.error(`[wijkkracht] taakverwerker starten mislukt: ${(error as Error).message}`);
  process.exit(1);
});
