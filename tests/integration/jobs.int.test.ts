// The durable job queue against PostgreSQL, with real worker processes: an import survives a
// SIGKILL of its worker and ends exactly as an uninterrupted run; two workers run every job once;
// retries back off and then succeed; a job that fails for good is visible (to the platform admin with
// its error, and — for an import — to the user who started it); only the platform admin reaches
// /admin/taken's service.
import { dutch } from "@/lib/i18n/keys";
import { spawn, type ChildProcess } from "node:child_process";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { systemDb } from "@/lib/db/client";
import { getJobsOverview, retryFailedJob } from "@/lib/domain/admin/jobs";
import { NotFoundError } from "@/lib/domain/errors";
import { createImportJob, getImportJob, processImportJob, requestImportCommit } from "@/lib/domain/imports/service";
import { stopQueueBoss } from "@/lib/jobs/boss";
import { enqueueImportCommit, enqueueImportStage, importCommitJob } from "@/lib/jobs/imports";
import { enqueue } from "@/lib/jobs/queue";
import { actorFor, actorInTenant, createTenant, ROLES, type Tenant } from "./fixtures";
import { brokenJob, flakyJob, recordJob, slowJob } from "./support/test-jobs";

let tenant: Tenant;
let foreign: Tenant;
let coordinator: Actor;
const workers = new Set<ChildProcess>();

function startWorkerProcess(): Promise<ChildProcess> {
  const child = spawn(process.execPath, ["--import", "tsx", "tests/integration/support/worker.ts"], {
    stdio: ["ignore", "pipe", "inherit"],
    env: process.env,
  });
  workers.add(child);
  child.once("exit", () => workers.delete(child));
  return new Promise((resolve, reject) => {
    child.stdout!.on("data", (data: Buffer) => {
      if (data.toString().includes("worker ready")) resolve(child);
    });
    child.once("exit", (code) => reject(new Error(`worker exited early (${code})`)));
  });
}

async function stopWorkerProcess(child: ChildProcess, signal: NodeJS.Signals): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once("exit", resolve));
  child.kill(signal);
  await exited;
}

async function waitFor<T>(what: string, read: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 90_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}: ${JSON.stringify(value)}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

const runs = (queue: string, key: string) =>
  systemDb.$queryRawUnsafe<{ attempt: number; pid: number; at: Date }[]>(
    `SELECT attempt, pid, at FROM job_test_run WHERE queue = $1 AND key = $2 ORDER BY at`,
    queue,
    key,
  );

const agbOf = (i: number, prefix: string) => `${prefix}${String(i).padStart(8 - prefix.length, "0")}`;

/** A clean practice file of `rows` rows with AGB codes starting with `prefix`. */
function practiceFile(rows: number, prefix: string, municipalityCode: string): Uint8Array {
  const lines = ["naam;discipline;agb;gemeente;ingeschreven patiënten;peildatum"];
  for (let i = 0; i < rows; i++)
    lines.push(`Praktijk ${prefix}-${i};huisartsenzorg;${agbOf(i, prefix)};${municipalityCode};${1000 + i};01-01-2026`);
  return new TextEncoder().encode(lines.join("\n") + "\n");
}

async function stagedRows(jobId: string) {
  const chunks = await systemDb.importChunk.findMany({ where: { jobId }, orderBy: { index: "asc" } });
  return { chunks: chunks.length, rows: chunks.flatMap((c) => c.rows as { agb: string; name: string }[]) };
}

beforeAll(async () => {
  tenant = await createTenant("jobs");
  foreign = await createTenant("jobsf");
  coordinator = await actorFor([{ role: "coordinator", regionId: tenant.regionId }]);
  // The test jobs' log; the owner creates it (the app roles have no DDL) and lets the worker write it.
  const owner = new pg.Client({ connectionString: process.env.MIGRATION_DATABASE_URL });
  await owner.connect();
  await owner.query(`CREATE TABLE IF NOT EXISTS job_test_run (queue text NOT NULL, key text NOT NULL,
    attempt int NOT NULL, pid int NOT NULL, at timestamptz NOT NULL DEFAULT clock_timestamp())`);
  await owner.query(`GRANT SELECT, INSERT ON job_test_run TO wijkkracht_system`);
  await owner.end();
});

afterAll(async () => {
  for (const child of workers) await stopWorkerProcess(child, "SIGKILL");
  await stopQueueBoss();
});

describe("durability", () => {
  it("an import whose worker is killed (SIGKILL) mid-staging is finished by the next worker, as an uninterrupted run", async () => {
    const rows = 12_000;
    const file = practiceFile(rows, "71", tenant.municipalityCode);
    // The uninterrupted run, in this process, as the reference.
    const reference = await createImportJob(coordinator, tenant.slug, {
      kind: "practices",
      file: { name: "ref.csv", size: file.length },
    });
    await processImportJob(coordinator, reference.id, file);
    const expected = (await getImportJob(coordinator, tenant.slug, reference.id)).job;
    expect(expected).toMatchObject({ status: "ready", totalRows: rows, toCreate: rows, errorCount: 0 });

    // The same file through the queue; the worker is killed once staging has written chunks.
    const first = await startWorkerProcess();
    const job = await createImportJob(
      coordinator,
      tenant.slug,
      { kind: "practices", file: { name: "p.csv", size: file.length } },
      file,
    );
    await enqueueImportStage(job.id);
    const atKill = await waitFor(
      "staging to start",
      async () => ({
        status: (await systemDb.importJob.findUniqueOrThrow({ where: { id: job.id } })).status,
        chunks: await systemDb.importChunk.count({ where: { jobId: job.id } }),
      }),
      (s) => s.chunks > 0 || !["queued", "validating"].includes(s.status),
    );
    await stopWorkerProcess(first, "SIGKILL");
    expect(atKill.status).toBe("validating"); // really killed mid-job, with part of the rows staged
    expect(atKill.chunks).toBeGreaterThan(0);
    expect(atKill.chunks).toBeLessThan(Math.ceil(rows / 1000));

    const second = await startWorkerProcess();
    const after = await waitFor(
      "the import to be ready",
      async () => (await getImportJob(coordinator, tenant.slug, job.id)).job,
      (j) => j.status !== "validating" && j.status !== "queued",
      120_000,
    );
    expect(after).toMatchObject({
      status: "ready",
      totalRows: expected.totalRows,
      toCreate: expected.toCreate,
      toUpdate: expected.toUpdate,
      errorCount: expected.errorCount,
    });
    const [staged, referenceStaged] = [await stagedRows(job.id), await stagedRows(reference.id)];
    expect(staged.chunks).toBe(referenceStaged.chunks);
    expect(staged.rows).toEqual(referenceStaged.rows); // no row twice, none missing, same order
    expect(await systemDb.importFilePart.count({ where: { jobId: job.id } })).toBe(0); // the file is removed once staged

    // The commit through the queue: every practice once.
    await requestImportCommit(coordinator, tenant.slug, job.id);
    await enqueueImportCommit(job.id);
    const committed = await waitFor(
      "the commit",
      async () => (await getImportJob(coordinator, tenant.slug, job.id)).job,
      (j) => j.status === "committed" || j.status === "failed",
    );
    expect(committed).toMatchObject({ status: "committed", toCreate: rows, toUpdate: 0 });
    const written = await systemDb.practice.groupBy({
      by: ["agb"],
      where: { regionId: tenant.regionId, agb: { startsWith: "71" } },
      _count: true,
    });
    expect(written).toHaveLength(rows);
    expect(written.every((w) => w._count === 1)).toBe(true);
    await stopWorkerProcess(second, "SIGTERM");
  }, 240_000);
});

describe("two workers", () => {
  it("run each of many jobs exactly once", async () => {
    const [a, b] = await Promise.all([startWorkerProcess(), startWorkerProcess()]);
    const keys = Array.from({ length: 300 }, (_, i) => `once-${process.pid}-${i}`);
    for (const key of keys) await enqueue(recordJob, { key });
    const done = await waitFor(
      "all jobs to run",
      () =>
        systemDb.$queryRawUnsafe<{ key: string; times: number; pid: number }[]>(
          `SELECT key, count(*)::int AS times, min(pid) AS pid FROM job_test_run WHERE queue = 'test.record' AND key LIKE $1 GROUP BY key`,
          `once-${process.pid}-%`,
        ),
      (rows) => rows.length === keys.length,
    );
    await new Promise((resolve) => setTimeout(resolve, 1500)); // a late duplicate would show up now
    const again = await systemDb.$queryRawUnsafe<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM job_test_run WHERE queue = 'test.record' AND key LIKE $1`,
      `once-${process.pid}-%`,
    );
    const twice = await systemDb.$queryRawUnsafe<{ key: string; attempt: number; pid: number }[]>(
      `SELECT key, attempt, pid FROM job_test_run WHERE queue = 'test.record' AND key IN (
         SELECT key FROM job_test_run WHERE queue = 'test.record' AND key LIKE $1 GROUP BY key HAVING count(*) > 1)
       ORDER BY key, at`,
      `once-${process.pid}-%`,
    );
    expect(twice).toEqual([]);
    expect(again[0]!.n).toBe(keys.length);
    expect(done.every((r) => r.times === 1)).toBe(true);
    // Both workers took part.
    expect(new Set(done.map((r) => r.pid))).toEqual(new Set([a.pid, b.pid]));
    await Promise.all([stopWorkerProcess(a, "SIGTERM"), stopWorkerProcess(b, "SIGTERM")]);
  }, 120_000);

  it("a singleton key is enqueued once", async () => {
    const key = `single-${process.pid}`;
    const first = await enqueue(recordJob, { key }, { singletonKey: key });
    const second = await enqueue(recordJob, { key }, { singletonKey: key });
    expect(first).toMatch(/^[0-9a-f-]{36}$/);
    expect(second).toBeNull();
  });
});

describe("retries", () => {
  it("a failing job is retried with growing delays, then succeeds", async () => {
    const worker = await startWorkerProcess();
    const key = `flaky-${process.pid}`;
    await enqueue(flakyJob, { key });
    const attempts = await waitFor(
      "three attempts",
      () => runs("test.flaky", key),
      (r) => r.length >= 3,
      90_000,
    );
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect((await runs("test.flaky", key)).map((r) => r.attempt)).toEqual([1, 2, 3]);
    const gaps = [attempts[1]!.at.getTime() - attempts[0]!.at.getTime(), attempts[2]!.at.getTime() - attempts[1]!.at.getTime()];
    expect(gaps[0]).toBeGreaterThanOrEqual(900); // retryDelaySeconds: 1
    expect(gaps[1]).toBeGreaterThan(gaps[0]!); // backoff: the second wait is longer
    const admin = await actorFor([{ role: "platform_admin" }]);
    const overview = await waitFor(
      "the job to complete",
      () => getJobsOverview(admin),
      (o) => o.completed.some((j) => j.name === "test.flaky" && j.data.includes(key)),
    );
    expect(overview.failed.some((j) => j.data.includes(key))).toBe(false);
    await stopWorkerProcess(worker, "SIGTERM");
  }, 120_000);

  it("a job that fails for good is listed with its error and can be retried by the platform admin", async () => {
    const worker = await startWorkerProcess();
    const key = `broken-${process.pid}`;
    const id = (await enqueue(brokenJob, { key }))!;
    const admin = await actorFor([{ role: "platform_admin" }]);
    const overview = await waitFor(
      "the job to fail",
      () => getJobsOverview(admin),
      (o) => o.failed.some((j) => j.id === id),
    );
    const failed = overview.failed.find((j) => j.id === id)!;
    expect(failed).toMatchObject({ name: "test.broken", attempts: 2, retryLimit: 1, error: "De testtaak is kapot." });
    expect((await runs("test.broken", key)).map((r) => r.attempt)).toEqual([1, 2]);

    await retryFailedJob(admin, { name: "test.broken", id });
    await waitFor(
      "the retried attempt",
      () => runs("test.broken", key),
      (r) => r.length === 3,
    );
    await waitFor(
      "it to fail again",
      () => getJobsOverview(admin),
      (o) => o.failed.some((j) => j.id === id),
    );
    await stopWorkerProcess(worker, "SIGTERM");
  }, 120_000);

  it("an import whose commit fails for good says so on its page; earlier attempts leave it running", async () => {
    const file = practiceFile(3, "72", tenant.municipalityCode);
    const job = await createImportJob(
      coordinator,
      tenant.slug,
      { kind: "practices", file: { name: "k.csv", size: file.length } },
      file,
    );
    await processImportJob(coordinator, job.id, file);
    // Sabotage the staged rows: a discipline that does not exist makes the commit fail in the database.
    const chunk = await systemDb.importChunk.findFirstOrThrow({ where: { jobId: job.id } });
    const rows = chunk.rows as { disciplineId: string }[];
    rows[0]!.disciplineId = "00000000-0000-4000-8000-000000000000";
    await systemDb.importChunk.update({ where: { id: chunk.id }, data: { rows } });
    await requestImportCommit(coordinator, tenant.slug, job.id);

    const data = { importJobId: job.id };
    await expect(importCommitJob.handler(data, { id: "x", attempt: 1, lastAttempt: false })).rejects.toThrow();
    expect((await getImportJob(coordinator, tenant.slug, job.id)).job.status).toBe("committing");
    await expect(importCommitJob.handler(data, { id: "x", attempt: 4, lastAttempt: true })).rejects.toThrow();
    const seen = (await getImportJob(coordinator, tenant.slug, job.id)).job;
    expect(seen.status).toBe("failed");
    expect(dutch(seen.message ?? "")).toContain("Er is niets gewijzigd");
    expect(await systemDb.practice.count({ where: { regionId: tenant.regionId, agb: { startsWith: "72" } } })).toBe(0);
    // Repaired and retried (as /admin/taken does): the same job commits.
    rows[0]!.disciplineId = (await systemDb.discipline.findUniqueOrThrow({ where: { code: "huisartsenzorg" } })).id;
    await systemDb.importChunk.update({ where: { id: chunk.id }, data: { rows } });
    await importCommitJob.handler(data, { id: "x", attempt: 5, lastAttempt: true });
    expect((await getImportJob(coordinator, tenant.slug, job.id)).job).toMatchObject({ status: "committed", toCreate: 3 });
  });
});

describe("the database going away", () => {
  // A restart as the app sees it: every connection dropped and new ones refused for a while. Only
  // a real PostgreSQL can refuse one database's connections without touching the others.
  it.skipIf(!process.env.TEST_DATABASE_URL)(
    "a worker whose database disappears while a job runs keeps running, and works again when it is back",
    async () => {
      const worker = await startWorkerProcess();
      const key = `outage-${process.pid}`;
      await enqueue(slowJob, { key, ms: 1500 });
      await waitFor(
        "the slow job to start",
        () => runs("test.slow", key),
        (r) => r.length === 1,
      );
      // From the server's maintenance database: a database cannot lock out its own sessions.
      const admin = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
      await admin.connect();
      const database = decodeURIComponent(new URL(process.env.MIGRATION_DATABASE_URL!).pathname.slice(1));
      try {
        await admin.query(`ALTER DATABASE "${database}" ALLOW_CONNECTIONS false`);
        await admin.query(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1`, [database]);
        // The job ends, and the worker gives up recording its outcome (about 6 s of retries), while
        // the database is away.
        await new Promise((resolve) => setTimeout(resolve, 20_000));
        expect({ exitCode: worker.exitCode, signal: worker.signalCode }).toEqual({ exitCode: null, signal: null });
      } finally {
        await admin.query(`ALTER DATABASE "${database}" ALLOW_CONNECTIONS true`);
        await admin.end();
      }
      const after = `after-${key}`;
      await enqueue(recordJob, { key: after });
      const ran = await waitFor(
        "a job after the outage",
        () => runs("test.record", after),
        (r) => r.length > 0,
        60_000,
      );
      expect(ran[0]!.pid).toBe(worker.pid); // the same process: it was not restarted
      // The interrupted job is finished too (its outcome could not be recorded: it expires and runs again).
      await waitFor(
        "the slow job to be done",
        () => runs("test.slow", key),
        (r) => r.length >= 1,
      );
      await stopWorkerProcess(worker, "SIGTERM");
    },
    120_000,
  );
});

describe("who may see and retry jobs (/admin/taken)", () => {
  for (const role of ROLES) {
    const allowed = role === "platform_admin";
    for (const where of ["own", "foreign"] as const) {
      it(`${role} (${where} tenant): ${allowed ? "may" : "may not"} list and retry`, async () => {
        const actor = await actorInTenant(role, where === "own" ? tenant : foreign);
        const id = (await enqueue(
          brokenJob,
          { key: `authz-${role}-${where}-${process.pid}` },
          { startAfter: new Date(Date.now() + 3_600_000) },
        ))!;
        if (allowed) {
          expect((await getJobsOverview(actor)).queued.some((j) => j.id === id)).toBe(true);
          // Not failed (yet): a retry is refused with a message, not a 404.
          await expect(retryFailedJob(actor, { name: "test.broken", id })).rejects.toMatchObject({ code: "validation" });
        } else {
          await expect(getJobsOverview(actor)).rejects.toBeInstanceOf(NotFoundError);
          await expect(retryFailedJob(actor, { name: "test.broken", id })).rejects.toBeInstanceOf(NotFoundError);
        }
      });
    }
  }

  it("a retry of an unknown or malformed job is a 404", async () => {
    const admin = await actorFor([{ role: "platform_admin" }]);
    await expect(retryFailedJob(admin, { name: "test.broken", id: "nope" })).rejects.toBeInstanceOf(NotFoundError);
    await expect(
      retryFailedJob(admin, { name: "test.broken", id: "00000000-0000-4000-8000-000000000000" }),
    ).rejects.toBeInstanceOf(NotFoundError);
  });
});
