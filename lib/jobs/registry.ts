// Every job the worker runs, and the schedules it keeps in the queue. A module with background work
// defines its jobs with defineJob() (lib/jobs/define.ts) and adds a line here; the worker
// (lib/jobs/worker.ts) creates their queues and polls them.
import type { JobDefinition } from "@/lib/jobs/define";
import { importCommitJob, importReconcileJob, importStageJob } from "@/lib/jobs/imports";
import { mailSendJob, notifyDigestJob, notifyFanOutJob, notifyScanJob } from "@/lib/jobs/notifications";

export const JOBS: readonly JobDefinition<never>[] = [
  importStageJob,
  importCommitJob,
  importReconcileJob,
  notifyFanOutJob,
  mailSendJob,
  notifyScanJob,
  notifyDigestJob,
];

/** Cron schedules (five fields, Europe/Amsterdam), installed by the worker when it starts. */
export const SCHEDULES: readonly { job: JobDefinition<never>; cron: string; data: unknown }[] = [
  { job: importReconcileJob, cron: "* * * * *", data: {} },
  // A sweep for events whose wake-up was lost; the scans hourly; the digest of yesterday at 00:30.
  { job: notifyFanOutJob, cron: "* * * * *", data: {} },
  { job: notifyScanJob, cron: "5 * * * *", data: {} },
  { job: notifyDigestJob, cron: "30 0 * * *", data: {} },
];
