// /admin/taken: the job queue for the platform admin — queued, running, failed (with the error) and
// recently completed jobs of every queue, and a retry for failed ones. The queue is cross-tenant
// infrastructure, read with the system client after the platform-admin check.
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/authz/permissions";
import { systemDb } from "@/lib/db/client";
import { recordAudit } from "@/lib/domain/audit/service";
import { NotFoundError, ValidationError } from "@/lib/domain/errors";
import { isId } from "@/lib/domain/shared/ids";
import { msg } from "@/lib/i18n/keys";
import { JOB_SCHEMA, queueBoss } from "@/lib/jobs/boss";

export type JobState = "created" | "retry" | "active" | "completed" | "cancelled" | "failed";

export type JobRow = {
  id: string;
  name: string;
  state: JobState;
  /** The queue data (ids only), as JSON text. */
  data: string;
  /** Attempts started so far. */
  attempts: number;
  retryLimit: number;
  createdOn: Date;
  startAfter: Date;
  completedOn: Date | null;
  /** Why the last attempt failed: a Dutch message, or a msg() reference for the queue's own reasons. */
  error: string | null;
};

export type JobsOverview = {
  queued: JobRow[];
  running: JobRow[];
  failed: JobRow[];
  completed: JobRow[];
  counts: Record<"queued" | "running" | "failed" | "completed", number>;
};

const LIMIT = 100;

function requireAdmin(actor: Actor) {
  if (!can(actor, "platform.admin", {})) throw new NotFoundError();
}

/** pg-boss' own failure texts, in the reader's language; a handler's message is shown as it is. */
const QUEUE_REASONS: Record<string, string> = {
  "job failed by timeout in active state": msg("jobs.reason.lease"),
  "pg-boss shut down while active": msg("jobs.reason.shutdown"),
};

function errorOf(output: unknown): string | null {
  if (!output || typeof output !== "object") return null;
  const o = output as { message?: unknown; value?: { message?: unknown } };
  const message = typeof o.message === "string" ? o.message : typeof o.value?.message === "string" ? o.value.message : null;
  if (!message) return null;
  if (QUEUE_REASONS[message]) return QUEUE_REASONS[message];
  if (message.startsWith("handler execution exceeded")) return msg("jobs.reason.timeout");
  return message;
}

type Raw = {
  id: string;
  name: string;
  state: JobState;
  data: unknown;
  retry_count: number;
  retry_limit: number;
  started_on: Date | null;
  created_on: Date;
  start_after: Date;
  completed_on: Date | null;
  output: unknown;
};

function toRow(r: Raw): JobRow {
  return {
    id: r.id,
    name: r.name,
    state: r.state,
    data: JSON.stringify(r.data ?? {}),
    attempts: r.started_on ? r.retry_count + 1 : r.retry_count,
    retryLimit: r.retry_limit,
    createdOn: r.created_on,
    startAfter: r.start_after,
    completedOn: r.completed_on,
    error: r.state === "failed" || r.state === "retry" ? errorOf(r.output) : null,
  };
}

const COLUMNS = `id, name, state::text AS state, data, retry_count, retry_limit, started_on, created_on, start_after, completed_on, output`;

export async function getJobsOverview(actor: Actor): Promise<JobsOverview> {
  requireAdmin(actor);
  const q = (where: string, order: string) =>
    systemDb.$queryRawUnsafe<Raw[]>(`SELECT ${COLUMNS} FROM ${JOB_SCHEMA}.job WHERE ${where} ORDER BY ${order} LIMIT ${LIMIT}`);
  const [queued, running, failed, completed, counts] = await Promise.all([
    q(`state IN ('created', 'retry')`, "start_after, created_on"),
    q(`state = 'active'`, "created_on"),
    q(`state = 'failed'`, "completed_on DESC"),
    q(`state = 'completed' AND completed_on > now() - interval '1 day'`, "completed_on DESC"),
    systemDb.$queryRawUnsafe<{ queued: number; running: number; failed: number; completed: number }[]>(
      `SELECT count(*) FILTER (WHERE state IN ('created', 'retry'))::int AS queued,
              count(*) FILTER (WHERE state = 'active')::int AS running,
              count(*) FILTER (WHERE state = 'failed')::int AS failed,
              count(*) FILTER (WHERE state = 'completed' AND completed_on > now() - interval '1 day')::int AS completed
         FROM ${JOB_SCHEMA}.job`,
    ),
  ]);
  return {
    queued: queued.map(toRow),
    running: running.map(toRow),
    failed: failed.map(toRow),
    completed: completed.map(toRow),
    counts: counts[0] ?? { queued: 0, running: 0, failed: 0, completed: 0 },
  };
}

/** Puts a failed job back in the queue (its handler runs once more); audited. */
export async function retryFailedJob(actor: Actor, input: { name: string; id: string }): Promise<void> {
  requireAdmin(actor);
  if (!isId(input.id) || !/^[a-z][a-z0-9.-]{1,60}$/.test(input.name)) throw new NotFoundError(msg("errors.notFound.job"));
  const [job] = await systemDb.$queryRawUnsafe<{ state: string }[]>(
    `SELECT state::text AS state FROM ${JOB_SCHEMA}.job WHERE name = $1 AND id = $2::uuid`,
    input.name,
    input.id,
  );
  if (!job) throw new NotFoundError(msg("errors.notFound.job"));
  if (job.state !== "failed") throw new ValidationError(msg("jobs.notFailed"));
  const boss = await queueBoss();
  // pg-boss 10 returns { affected } here although its types say void.
  const result = (await boss.retry(input.name, input.id)) as unknown as { affected: number };
  if (result.affected !== 1) throw new ValidationError(msg("jobs.notFailed"));
  await systemDb.$transaction((tx) =>
    recordAudit(tx, actor, {
      regionId: null,
      action: "job.retry",
      entityType: "Job",
      entityId: input.id,
      changes: { queue: input.name },
    }),
  );
}
