// A real worker process for the queue's integration tests: the app's jobs plus the test jobs, with a
// short lease (8 s) and maintenance interval so that a killed worker's job is picked up within seconds.
//   node --import tsx tests/integration/support/worker.ts
import { JOBS } from "@/lib/jobs/registry";
import { startWorker } from "@/lib/jobs/worker";
import { TEST_JOBS } from "./test-jobs";

const worker = await startWorker({
  jobs: [...JOBS, ...TEST_JOBS],
  concurrency: 4,
  pollingIntervalSeconds: 0.5,
  maintenanceIntervalSeconds: 1,
  leaseSeconds: 8,
});
console.log("worker ready");
process.on("SIGTERM", () => void worker.stop().then(() => process.exit(0)));
