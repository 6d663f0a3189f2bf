// Imports of practices and wijk statistics: create a job, process it in the background (read,
// validate, stage in chunks — each chunk its own short transaction, progress written in between),
// show the preview, then commit all staged rows in ONE transaction with one set-based statement.
// Coordinators only (network.edit); everyone else gets 404.
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/authz/permissions";
import { withActor, type Tx } from "@/lib/db/with-actor";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ImportKind, ImportStatus } from "@/lib/generated/prisma/enums";
import { recordAudit } from "@/lib/domain/audit/service";
import { NotFoundError, ValidationError } from "@/lib/domain/errors";
import { readTable, type RawTable } from "@/lib/domain/imports/parse";
import {
  planPracticeColumns,
  planWijkColumns,
  validatePracticeRows,
  validateWijkRows,
  type RowProblem,
  type StagedPractice,
  type StagedWijk,
} from "@/lib/domain/imports/rows";
import { findRegionInTx, type RegionSummary } from "@/lib/domain/regions/service";
import { neutraliseCell } from "@/lib/domain/shared/spreadsheet";

export type { ImportKind, ImportStatus };

/** Problems kept for the preview; the count of all problems is kept separately. */
export const MAX_STORED_PROBLEMS = 500;
/** Rows per staged chunk (one short transaction each). */
const SLICE = 1000;
/** Rows validated between two turns of the event loop. */
const VALIDATE_SLICE = 200;
/** A job that has not moved for this long was interrupted (e.g. a server restart). */
const STALE_MS = 10 * 60 * 1000;
/** An unconfirmed preview expires after a day. */
const EXPIRE_MS = 24 * 60 * 60 * 1000;

export type ImportJobView = {
  id: string;
  kind: ImportKind;
  status: ImportStatus;
  /** Running or queued but not updated for a long time: the server stopped while working on it. */
  interrupted: boolean;
  fileName: string;
  year: number | null;
  totalRows: number;
  progress: number;
  toCreate: number;
  toUpdate: number;
  skipped: number;
  errorCount: number;
  problems: RowProblem[];
  notes: string[];
  message: string | null;
  createdAt: Date;
  committedAt: Date | null;
};

const JOB_SELECT = {
  id: true, kind: true, status: true, fileName: true, year: true, totalRows: true, progress: true, toCreate: true, toUpdate: true,
  skipped: true, errorCount: true, errors: true, notes: true, message: true, createdAt: true, updatedAt: true, committedAt: true,
} as const;

type JobRow = Prisma.ImportJobGetPayload<{ select: typeof JOB_SELECT }>;

const RUNNING: ImportStatus[] = ["queued", "validating", "committing"];

function toView(job: JobRow): ImportJobView {
  const { errors, updatedAt, ...rest } = job;
  return {
    ...rest,
    interrupted: RUNNING.includes(job.status) && Date.now() - updatedAt.getTime() > STALE_MS,
    problems: Array.isArray(errors) ? (errors as RowProblem[]) : [],
  };
}

async function regionForImport(tx: Tx, actor: Actor, slug: string): Promise<RegionSummary> {
  const region = await findRegionInTx(tx, actor, slug);
  if (!can(actor, "network.edit", { regionId: region.id })) throw new NotFoundError("Deze pagina bestaat niet.");
  return region;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

async function jobInTx(tx: Tx, actor: Actor, jobId: string, regionId?: string) {
  if (!UUID.test(jobId)) throw new NotFoundError("Deze import bestaat niet.");
  const job = await tx.importJob.findFirst({ where: { id: jobId, ...(regionId ? { regionId } : {}) }, select: { ...JOB_SELECT, regionId: true, kind: true, columns: true } });
  if (!job || !can(actor, "network.edit", { regionId: job.regionId })) throw new NotFoundError("Deze import bestaat niet.");
  return job;
}

/** The region as the import pages need it (404 for everyone but coordinators and admins). */
export function getImportRegion(actor: Actor, slug: string): Promise<RegionSummary> {
  return withActor(actor, (tx) => regionForImport(tx, actor, slug));
}

/** Starts an import: the job is queued; processImportJob() does the work. */
export async function createImportJob(
  actor: Actor,
  slug: string,
  input: { kind: ImportKind; fileName: string; size: number; year?: number },
): Promise<{ id: string; regionId: string }> {
  if (input.size === 0) throw new ValidationError("Kies een bestand.", { file: ["Kies een CSV- of Excel-bestand (.csv of .xlsx)."] });
  if (!/\.(csv|txt|xlsx)$/i.test(input.fileName)) throw new ValidationError("Dit bestandstype wordt niet ondersteund.", { file: ["Kies een CSV- of Excel-bestand (.csv of .xlsx)."] });
  if (input.kind === "wijkstatistics" && (!Number.isInteger(input.year) || input.year! < 2000 || input.year! > 2100)) {
    throw new ValidationError("Controleer de gemarkeerde velden.", { year: ["Geef het jaar van de cijfers, bijvoorbeeld 2024."] });
  }
  return withActor(actor, async (tx) => {
    const region = await regionForImport(tx, actor, slug);
    // Previews nobody confirmed within a day expire: their staged rows are removed.
    const expired = await tx.importJob.findMany({ where: { regionId: region.id, status: "ready", updatedAt: { lt: new Date(Date.now() - EXPIRE_MS) } }, select: { id: true } });
    if (expired.length > 0) {
      const ids = expired.map((j) => j.id);
      await tx.importChunk.deleteMany({ where: { regionId: region.id, jobId: { in: ids } } });
      await tx.importJob.updateMany({ where: { regionId: region.id, id: { in: ids } }, data: { status: "failed", message: "Dit voorbeeld is verlopen; upload het bestand opnieuw." } });
    }
    const job = await tx.importJob.create({
      data: {
        regionId: region.id,
        kind: input.kind,
        fileName: String(neutraliseCell(input.fileName.slice(0, 200))),
        year: input.kind === "wijkstatistics" ? input.year : null,
        createdById: actor.userId,
        columns: [],
        notes: [],
      },
      select: { id: true, regionId: true },
    });
    return job;
  });
}

async function updateJob(actor: Actor, jobId: string, data: Prisma.ImportJobUpdateManyMutationInput): Promise<void> {
  await withActor(actor, (tx) => tx.importJob.updateMany({ where: { id: jobId }, data }));
}

const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * The background handler: reads and validates the file, then stages the rows. Never throws for
 * problems in the file: they end up on the job (status "invalid"); unexpected errors mark it "failed".
 */
export async function processImportJob(actor: Actor, jobId: string, bytes: Uint8Array): Promise<void> {
  // Authorise first: failures are only written onto jobs the actor may import into.
  const job = await withActor(actor, async (tx) => {
    const found = await jobInTx(tx, actor, jobId);
    const moved = await tx.importJob.updateMany({ where: { id: jobId, status: "queued" }, data: { status: "validating", progress: 0 } });
    if (moved.count !== 1) throw new ValidationError("Deze import wordt al verwerkt.");
    return found;
  });
  try {
    const table = await readTable(bytes, job.fileName);
    await updateJob(actor, jobId, { totalRows: table.rows.length, progress: 2 });
    if (job.kind === "practices") await processPractices(actor, job.regionId, jobId, table);
    else await processWijken(actor, job.regionId, jobId, job.year ?? 0, table);
  } catch (error) {
    if (error instanceof ValidationError) {
      await updateJob(actor, jobId, { status: "invalid", message: error.message, progress: 100 });
      return;
    }
    await updateJob(actor, jobId, { status: "failed", message: "Er ging iets mis bij het verwerken van het bestand. Er is niets gewijzigd; probeer het opnieuw." }).catch(() => undefined);
    throw error;
  }
}

type Outcome = { problems: RowProblem[]; errorCount: number; toCreate: number; toUpdate: number; skipped: number; notes: string[]; staged: unknown[] };

/** Validation is 0–50 % of the progress bar, staging 50–100 %. Progress is written at most every 250 ms. */
async function validateInSlices<R extends { problems: RowProblem[]; errorCount: number }>(
  actor: Actor,
  jobId: string,
  table: RawTable,
  validate: (rows: RawTable["rows"]) => R,
): Promise<R[]> {
  const results: R[] = [];
  let lastWrite = Date.now();
  for (let start = 0; start < table.rows.length; start += VALIDATE_SLICE) {
    results.push(validate(table.rows.slice(start, start + VALIDATE_SLICE)));
    if (Date.now() - lastWrite > 250) {
      const done = Math.min(table.rows.length, start + VALIDATE_SLICE);
      await updateJob(actor, jobId, { progress: 2 + Math.floor((48 * done) / Math.max(1, table.rows.length)) });
      lastWrite = Date.now();
    }
    await yieldToEventLoop();
  }
  return results;
}

async function finish(actor: Actor, regionId: string, jobId: string, outcome: Outcome, columns: string[]): Promise<void> {
  const summary = {
    toCreate: outcome.toCreate,
    toUpdate: outcome.toUpdate,
    skipped: outcome.skipped,
    errorCount: outcome.errorCount,
    errors: outcome.problems.slice(0, MAX_STORED_PROBLEMS) as unknown as Prisma.InputJsonValue,
    notes: outcome.notes,
    columns,
  };
  if (outcome.errorCount > 0 || outcome.staged.length === 0) {
    const message = outcome.errorCount > 0 ? null : "Het bestand bevat geen rijen om te importeren.";
    await updateJob(actor, jobId, { ...summary, status: "invalid", progress: 100, message });
    return;
  }
  const chunks = Math.ceil(outcome.staged.length / SLICE);
  for (let index = 0; index < chunks; index++) {
    const rows = outcome.staged.slice(index * SLICE, (index + 1) * SLICE) as Prisma.InputJsonValue;
    await withActor(actor, async (tx) => {
      await tx.importChunk.createMany({ data: [{ regionId, jobId, index, rows }] });
      await tx.importJob.update({ where: { id: jobId }, data: { progress: 50 + Math.floor((50 * (index + 1)) / chunks) - (index + 1 === chunks ? 0 : 1) } });
    });
    await yieldToEventLoop();
  }
  await updateJob(actor, jobId, { ...summary, status: "ready", progress: 100 });
}

async function processPractices(actor: Actor, regionId: string, jobId: string, table: RawTable): Promise<void> {
  const plan = planPracticeColumns(table.headers);
  const context = await withActor(actor, async (tx) => {
    const region = await tx.region.findFirstOrThrow({ where: { id: regionId }, select: { municipalityCodes: true } });
    const [disciplines, municipalities, practices] = await Promise.all([
      tx.discipline.findMany({ where: { active: true }, select: { id: true, code: true, name: true } }),
      tx.organisation.findMany({ where: { kind: "municipality", municipalityCode: { in: region.municipalityCodes } }, select: { municipalityCode: true, name: true } }),
      tx.practice.findMany({ where: { regionId, agb: { not: null } }, select: { agb: true } }),
    ]);
    const names = new Map(municipalities.map((m) => [m.municipalityCode, m.name]));
    return {
      disciplines,
      municipalities: region.municipalityCodes.map((code) => ({ code, name: names.get(code) ?? null })),
      existingAgbs: new Set(practices.map((p) => p.agb!)),
    };
  });
  const seen = new Map<string, number>();
  const results = await validateInSlices(actor, jobId, table, (rows) => validatePracticeRows(plan, rows, context, seen));
  await finish(actor, regionId, jobId, merge(results, plan.notes), plan.fields);
}

async function processWijken(actor: Actor, regionId: string, jobId: string, year: number, table: RawTable): Promise<void> {
  const plan = planWijkColumns(table.headers);
  const { codes, existing } = await withActor(actor, async (tx) => {
    const region = await tx.region.findFirstOrThrow({ where: { id: regionId }, select: { municipalityCodes: true } });
    const stats = await tx.wijkStatistic.findMany({ where: { regionId, year }, select: { wijkCode: true } });
    return { codes: region.municipalityCodes, existing: new Set(stats.map((s) => s.wijkCode)) };
  });
  const seen = new Map<string, number>();
  const results = await validateInSlices(actor, jobId, table, (rows) => validateWijkRows(plan, rows, codes, seen));
  const staged = results.flatMap((r) => r.staged);
  const outside = results.reduce((sum, r) => sum + r.outside, 0);
  const skipped = results.reduce((sum, r) => sum + r.skipped, 0);
  const notes = [...plan.notes];
  if (skipped > 0) notes.push(`${skipped} rijen van gemeenten of buurten zijn overgeslagen; alleen wijken (WK-codes) worden ingelezen.`);
  if (outside > 0) notes.push(`${outside} wijken liggen buiten de gemeenten van deze regio en zijn overgeslagen.`);
  if (plan.extra.length > 0) notes.push(`Extra kolommen bewaard bij de wijk: ${plan.extra.map((e) => `‘${e.key}’`).join(", ")}.`);
  const outcome: Outcome = {
    problems: results.flatMap((r) => r.problems),
    errorCount: results.reduce((sum, r) => sum + r.errorCount, 0),
    toCreate: staged.filter((s) => !existing.has(s.wijkCode)).length,
    toUpdate: staged.filter((s) => existing.has(s.wijkCode)).length,
    skipped: skipped + outside,
    notes,
    staged,
  };
  await finish(actor, regionId, jobId, outcome, []);
}

function merge(results: ReturnType<typeof validatePracticeRows>[], notes: string[]): Outcome {
  return {
    problems: results.flatMap((r) => r.problems),
    errorCount: results.reduce((sum, r) => sum + r.errorCount, 0),
    toCreate: results.reduce((sum, r) => sum + r.toCreate, 0),
    toUpdate: results.reduce((sum, r) => sum + r.toUpdate, 0),
    skipped: 0,
    notes,
    staged: results.flatMap((r) => r.staged),
  };
}

/** The coordinator confirms a clean preview: the job moves to "committing" (once). */
export async function requestImportCommit(actor: Actor, slug: string, jobId: string): Promise<void> {
  await withActor(actor, async (tx) => {
    const region = await regionForImport(tx, actor, slug);
    const job = await jobInTx(tx, actor, jobId, region.id);
    const moved = await tx.importJob.updateMany({ where: { id: job.id, regionId: region.id, status: "ready" }, data: { status: "committing", progress: 0 } });
    if (moved.count !== 1) throw new ValidationError("Deze import kan niet (meer) worden doorgevoerd.");
  });
}

// The staged JSON, typed for jsonb_to_recordset. Column names are fixed here, never from files.
const PRACTICE_COLUMNS: Record<Exclude<keyof StagedPractice, "line">, string> = {
  name: "text", disciplineId: "uuid", agb: "text", kvk: "text", street: "text", houseNumber: "text", postcode: "text", city: "text",
  municipalityCode: "text", wijkCode: "text", phone: "text", email: "text", website: "text", registeredPatients: "int", registeredPatientsAsOf: "date",
};
const WIJK_COLUMNS: Record<Exclude<keyof StagedWijk, "line">, string> = {
  wijkCode: "text", name: "text", municipalityCode: "text", inhabitants: "int", aged65Plus: "int", aged80Plus: "int", households: "int", extra: "jsonb",
};

const q = (column: string) => `"${column}"`;
const recordType = (columns: Record<string, string>) => Object.entries(columns).map(([c, t]) => `${q(c)} ${t}`).join(", ");

function practiceUpsertSql(updatable: string[]): string {
  const columns = Object.keys(PRACTICE_COLUMNS);
  const updates = columns.filter((c) => updatable.includes(c) && c !== "agb");
  return `WITH staged AS (
      SELECT r.* FROM "ImportChunk" c CROSS JOIN LATERAL jsonb_to_recordset(c."rows") AS r(${recordType(PRACTICE_COLUMNS)})
      WHERE c."regionId" = $1::uuid AND c."jobId" = $2::uuid
    ), written AS (
      INSERT INTO "Practice" ("id", "regionId", ${columns.map(q).join(", ")}, "updatedAt")
      SELECT gen_random_uuid(), $1::uuid, ${columns.map((c) => `staged.${q(c)}`).join(", ")}, now() FROM staged
      ON CONFLICT ("regionId", "agb") DO UPDATE SET ${[...updates.map((c) => `${q(c)} = EXCLUDED.${q(c)}`), `"updatedAt" = now()`].join(", ")}
      RETURNING (xmax = 0) AS inserted
    )
    SELECT count(*) FILTER (WHERE inserted)::int AS created, count(*) FILTER (WHERE NOT inserted)::int AS updated FROM written`;
}

function wijkUpsertSql(): string {
  const columns = Object.keys(WIJK_COLUMNS);
  const updates = columns.filter((c) => c !== "wijkCode");
  return `WITH staged AS (
      SELECT r.* FROM "ImportChunk" c CROSS JOIN LATERAL jsonb_to_recordset(c."rows") AS r(${recordType(WIJK_COLUMNS)})
      WHERE c."regionId" = $1::uuid AND c."jobId" = $2::uuid
    ), written AS (
      INSERT INTO "WijkStatistic" ("id", "regionId", "year", ${columns.map(q).join(", ")})
      SELECT gen_random_uuid(), $1::uuid, $3::int, ${columns.map((c) => (c === "extra" ? `coalesce(staged."extra", '{}'::jsonb)` : `staged.${q(c)}`)).join(", ")} FROM staged
      ON CONFLICT ("regionId", "year", "wijkCode") DO UPDATE SET ${updates.map((c) => `${q(c)} = EXCLUDED.${q(c)}`).join(", ")}
      RETURNING (xmax = 0) AS inserted
    )
    SELECT count(*) FILTER (WHERE inserted)::int AS created, count(*) FILTER (WHERE NOT inserted)::int AS updated FROM written`;
}

/**
 * The background commit: every staged row is written in ONE transaction (all or nothing), with one
 * summary audit event; the staged chunks are removed. On failure nothing is written and the job says so.
 */
export async function commitImportJob(actor: Actor, jobId: string): Promise<{ created: number; updated: number }> {
  // Authorise first: failures are only written onto jobs the actor may import into.
  const job = await withActor(actor, async (tx) => {
    const found = await jobInTx(tx, actor, jobId);
    if (found.status !== "committing") throw new ValidationError("Deze import kan niet (meer) worden doorgevoerd.");
    return found;
  });
  try {
    return await withActor(
      actor,
      async (tx) => {
        const [counts] =
          job.kind === "practices"
            ? await tx.$queryRawUnsafe<{ created: number; updated: number }[]>(practiceUpsertSql(job.columns), job.regionId, job.id)
            : await tx.$queryRawUnsafe<{ created: number; updated: number }[]>(wijkUpsertSql(), job.regionId, job.id, job.year);
        const result = { created: counts?.created ?? 0, updated: counts?.updated ?? 0 };
        await tx.importChunk.deleteMany({ where: { regionId: job.regionId, jobId: job.id } });
        const moved = await tx.importJob.updateMany({
          where: { id: job.id, regionId: job.regionId, status: "committing" },
          data: { status: "committed", progress: 100, committedAt: new Date(), toCreate: result.created, toUpdate: result.updated },
        });
        if (moved.count !== 1) throw new ValidationError("Deze import kan niet (meer) worden doorgevoerd.");
        await recordAudit(tx, actor, {
          regionId: job.regionId,
          action: job.kind === "practices" ? "practice.import" : "wijkstatistic.import",
          entityType: "ImportJob",
          entityId: job.id,
          changes: { fileName: job.fileName, year: job.year, created: result.created, updated: result.updated, rows: job.totalRows },
        });
        return result;
      },
      { timeoutMs: 120_000 },
    );
  } catch (error) {
    const message = "Het doorvoeren is mislukt. Er is niets gewijzigd; probeer het opnieuw.";
    await updateJob(actor, jobId, { status: "failed", message }).catch(() => undefined);
    throw error;
  }
}

/** One import of the region, for its preview page. */
export async function getImportJob(actor: Actor, slug: string, jobId: string): Promise<{ region: RegionSummary; job: ImportJobView }> {
  return withActor(actor, async (tx) => {
    const region = await regionForImport(tx, actor, slug);
    const job = await jobInTx(tx, actor, jobId, region.id);
    return { region, job: toView(job) };
  });
}

/** The region's latest imports of a kind. */
export async function listImportJobs(actor: Actor, slug: string, kind: ImportKind): Promise<{ region: RegionSummary; jobs: ImportJobView[] }> {
  return withActor(actor, async (tx) => {
    const region = await regionForImport(tx, actor, slug);
    const jobs = await tx.importJob.findMany({ where: { regionId: region.id, kind }, select: JOB_SELECT, orderBy: { createdAt: "desc" }, take: 10 });
    return { region, jobs: jobs.map((j) => ({ ...toView(j), problems: [] })) };
  });
}
