// Imports of practices and wijk statistics: create a job (the file is stored with it), process it as
// a durable background job (lib/jobs/imports.ts: read, validate, stage in chunks — each chunk its own
// short transaction, progress written in between), show the preview, then commit all staged rows in
// ONE transaction with one set-based statement. Both steps may run again after a crash and end the
// same way: staging starts by removing earlier chunks, the commit is one transaction.
// Coordinators only (network.edit); everyone else gets 404.
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/authz/permissions";
import { withActor, type Tx } from "@/lib/db/with-actor";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ImportKind, ImportStatus } from "@/lib/generated/prisma/enums";
import { recordAudit } from "@/lib/domain/audit/service";
import { wakeNotifications } from "@/lib/domain/notifications/dispatch";
import { recordSocialChange } from "@/lib/domain/social/service";
import { recordNotificationEvent } from "@/lib/domain/notifications/events";
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
import {
  planReferralColumns,
  validateReferralRows,
  type ReferralImportLink,
  type StagedReferral,
} from "@/lib/domain/imports/referrals";
import { findRegionInTx, type RegionSummary } from "@/lib/domain/regions/service";
import { neutraliseCell } from "@/lib/domain/shared/spreadsheet";
import { loadLinks, municipalityInTx } from "@/lib/domain/social/queries";
import { parseId } from "@/lib/domain/shared/ids";
import { parseInput } from "@/lib/domain/shared/parse";
import { ImportUploadSchema, type ImportUploadInput } from "@/lib/domain/imports/schema";
import { msg } from "@/lib/i18n/keys";

export type { ImportKind, ImportStatus };

/** Problems kept for the preview; the count of all problems is kept separately. */
export const MAX_STORED_PROBLEMS = 500;
/** Rows per staged chunk (one short transaction each). */
const SLICE = 1000;
/** Rows validated between two turns of the event loop. */
const VALIDATE_SLICE = 200;
/** An unconfirmed preview expires after a day. */
const EXPIRE_MS = 24 * 60 * 60 * 1000;
/**
 * The uploaded file is stored in parts of this size (ImportFilePart): one 9 MB value through
 * Prisma's query compiler held the web server's event loop for about a second; a part takes
 * milliseconds.
 */
export const FILE_PART_BYTES = 256 * 1024;

/** Stores an uploaded file with its job, part by part, in the caller's transaction (one part at least). */
async function storeFile(tx: Tx, regionId: string, jobId: string, content: Uint8Array): Promise<void> {
  const parts = Math.max(1, Math.ceil(content.length / FILE_PART_BYTES));
  for (let index = 0; index < parts; index++) {
    const data = Buffer.from(content.subarray(index * FILE_PART_BYTES, (index + 1) * FILE_PART_BYTES));
    await tx.importFilePart.createMany({ data: [{ regionId, jobId, index, data }] });
  }
}

export type ImportJobView = {
  id: string;
  kind: ImportKind;
  status: ImportStatus;
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
  id: true,
  kind: true,
  status: true,
  fileName: true,
  year: true,
  totalRows: true,
  progress: true,
  toCreate: true,
  toUpdate: true,
  skipped: true,
  errorCount: true,
  errors: true,
  notes: true,
  message: true,
  createdAt: true,
  committedAt: true,
} as const;

type JobRow = Prisma.ImportJobGetPayload<{ select: typeof JOB_SELECT }>;

function toView(job: JobRow): ImportJobView {
  const { errors, ...rest } = job;
  return { ...rest, problems: Array.isArray(errors) ? (errors as RowProblem[]) : [] };
}

async function regionForImport(tx: Tx, actor: Actor, slug: string): Promise<RegionSummary> {
  const region = await findRegionInTx(tx, actor, slug);
  if (!can(actor, "network.edit", { regionId: region.id })) throw new NotFoundError(msg("errors.notFound.page"));
  return region;
}

/** May the actor work on this job: coordinators on network imports; referral imports per municipality (or region-wide). */
function mayImport(actor: Actor, job: { kind: ImportKind; regionId: string; municipalityCode: string | null }): boolean {
  return job.kind === "referrals"
    ? can(actor, "social.edit", { regionId: job.regionId, municipalityCode: job.municipalityCode })
    : can(actor, "network.edit", { regionId: job.regionId });
}

async function jobInTx(tx: Tx, actor: Actor, jobId: string, regionId?: string) {
  parseId(jobId, msg("errors.notFound.import"));
  const job = await tx.importJob.findFirst({
    where: { id: jobId, ...(regionId ? { regionId } : {}) },
    select: { ...JOB_SELECT, regionId: true, kind: true, columns: true, municipalityCode: true },
  });
  if (!job || !mayImport(actor, job)) throw new NotFoundError(msg("errors.notFound.import"));
  return job;
}

/** The region as the import pages need it (404 for everyone but coordinators and admins). */
export function getImportRegion(actor: Actor, slug: string): Promise<RegionSummary> {
  return withActor(actor, (tx) => regionForImport(tx, actor, slug));
}

/**
 * Starts an import: the job is queued with its file (`content`, kept until the rows are staged);
 * processImportJob() does the work (lib/jobs/imports.ts runs it in the worker).
 */
export async function createImportJob(
  actor: Actor,
  slug: string,
  input: ImportUploadInput,
  content?: Uint8Array,
): Promise<{ id: string; regionId: string }> {
  const upload = parseInput(ImportUploadSchema, input);
  return withActor(actor, async (tx) => {
    const region = await regionForImport(tx, actor, slug);
    // Previews nobody confirmed within a day expire: their staged rows are removed.
    const expired = await tx.importJob.findMany({
      where: { regionId: region.id, status: "ready", updatedAt: { lt: new Date(Date.now() - EXPIRE_MS) } },
      select: { id: true },
    });
    if (expired.length > 0) {
      const ids = expired.map((j) => j.id);
      await tx.importChunk.deleteMany({ where: { regionId: region.id, jobId: { in: ids } } });
      await tx.importJob.updateMany({
        where: { regionId: region.id, id: { in: ids } },
        data: { status: "failed", message: msg("errors.imports.previewExpired") },
      });
    }
    const job = await tx.importJob.create({
      data: {
        regionId: region.id,
        kind: upload.kind,
        fileName: String(neutraliseCell(upload.file.name.slice(0, 200))),
        year: upload.kind === "wijkstatistics" ? upload.year : null,
        createdById: actor.userId,
        columns: [],
        notes: [],
      },
      select: { id: true, regionId: true },
    });
    if (content) await storeFile(tx, job.regionId, job.id, content);
    return job;
  });
}

/** Updates the job; `dropFile` removes its stored file in the same transaction (its rows are staged or refused). */
async function updateJob(
  actor: Actor,
  jobId: string,
  data: Prisma.ImportJobUpdateManyMutationInput,
  { dropFile = false } = {},
): Promise<void> {
  const outcome =
    data.status === "ready" ? "import_finished" : data.status === "invalid" || data.status === "failed" ? "import_failed" : null;
  await withActor(actor, async (tx) => {
    await tx.importJob.updateMany({ where: { id: jobId }, data });
    if (dropFile) await tx.importFilePart.deleteMany({ where: { jobId } });
    if (outcome) await recordImportOutcome(tx, jobId, outcome);
  });
  if (outcome) wakeNotifications();
}

/** Tells who started the import that it finished (checked, or committed) or failed, in the same transaction. */
export async function recordImportOutcome(tx: Tx, jobId: string, kind: "import_finished" | "import_failed"): Promise<void> {
  const job = await tx.importJob.findFirst({
    where: { id: jobId },
    select: {
      id: true,
      regionId: true,
      kind: true,
      fileName: true,
      municipalityCode: true,
      createdById: true,
      region: { select: { slug: true } },
    },
  });
  if (!job) return;
  await recordNotificationEvent(
    tx,
    { userId: job.createdById },
    {
      regionId: job.regionId,
      kind,
      subject: {
        type: "import",
        id: job.id,
        slug: job.region.slug,
        importKind: job.kind,
        fileName: job.fileName,
        municipalityCode: job.municipalityCode,
      },
    },
  );
}

const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

/** What happens to the job when a step fails unexpectedly. */
type StepOptions = {
  /**
   * No retry follows (default): the job is marked "failed" with a Dutch message. A queue attempt
   * that will be retried passes false and leaves the job as it is.
   */
  finalAttempt?: boolean;
};

/**
 * The staging step: reads and validates the file, then stages the rows. Never throws for problems
 * in the file: they end up on the job (status "invalid"). Runs again after a crash or a retry: a job
 * still "validating" (or "failed" while its file is still there) starts over, its earlier chunks
 * removed, and ends the same way.
 */
export async function processImportJob(actor: Actor, jobId: string, bytes: Uint8Array, options: StepOptions = {}): Promise<void> {
  // Authorise first: failures are only written onto jobs the actor may import into.
  const job = await withActor(actor, async (tx) => {
    const found = await jobInTx(tx, actor, jobId);
    const moved = await tx.importJob.updateMany({
      where: {
        id: jobId,
        OR: [{ status: { in: ["queued", "validating"] } }, { status: "failed", fileParts: { some: {} } }],
      },
      data: { status: "validating", progress: 0, message: null },
    });
    if (moved.count !== 1) throw new ValidationError(msg("errors.imports.inProgress"));
    await tx.importChunk.deleteMany({ where: { regionId: found.regionId, jobId } });
    return found;
  });
  try {
    const table = await readTable(bytes, job.fileName);
    await updateJob(actor, jobId, { totalRows: table.rows.length, progress: 2 });
    if (job.kind === "practices") await processPractices(actor, job.regionId, jobId, table);
    else if (job.kind === "referrals") await processReferrals(actor, job, table);
    else await processWijken(actor, job.regionId, jobId, job.year ?? 0, table);
  } catch (error) {
    if (error instanceof ValidationError) {
      await updateJob(actor, jobId, { status: "invalid", message: error.messageRef, progress: 100 }, { dropFile: true });
      return;
    }
    if (options.finalAttempt ?? true)
      await updateJob(actor, jobId, {
        status: "failed",
        message: msg("errors.imports.processingFailed"),
      }).catch(() => undefined);
    throw error;
  }
}

type Outcome = {
  problems: RowProblem[];
  errorCount: number;
  toCreate: number;
  toUpdate: number;
  skipped: number;
  notes: string[];
  staged: unknown[];
};

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
    const message = outcome.errorCount > 0 ? null : msg("errors.imports.noRows");
    await updateJob(actor, jobId, { ...summary, status: "invalid", progress: 100, message }, { dropFile: true });
    return;
  }
  const chunks = Math.ceil(outcome.staged.length / SLICE);
  for (let index = 0; index < chunks; index++) {
    const rows = outcome.staged.slice(index * SLICE, (index + 1) * SLICE) as Prisma.InputJsonValue;
    await withActor(actor, async (tx) => {
      await tx.importChunk.createMany({ data: [{ regionId, jobId, index, rows }] });
      await tx.importJob.update({
        where: { id: jobId },
        data: { progress: 50 + Math.floor((50 * (index + 1)) / chunks) - (index + 1 === chunks ? 0 : 1) },
      });
    });
    await yieldToEventLoop();
  }
  await updateJob(actor, jobId, { ...summary, status: "ready", progress: 100 }, { dropFile: true });
}

async function processPractices(actor: Actor, regionId: string, jobId: string, table: RawTable): Promise<void> {
  const plan = planPracticeColumns(table.headers);
  const context = await withActor(actor, async (tx) => {
    const region = await tx.region.findFirstOrThrow({ where: { id: regionId }, select: { municipalityCodes: true } });
    const [disciplines, municipalities, practices] = await Promise.all([
      tx.discipline.findMany({ where: { active: true }, select: { id: true, code: true, name: true } }),
      tx.organisation.findMany({
        where: { kind: "municipality", municipalityCode: { in: region.municipalityCodes } },
        select: { municipalityCode: true, name: true },
      }),
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
  if (skipped > 0) notes.push(msg("imports.notes.skippedRows", { count: skipped }));
  if (outside > 0) notes.push(msg("imports.notes.outsideRegion", { count: outside }));
  if (plan.extra.length > 0)
    notes.push(msg("imports.notes.extraColumns", { columns: plan.extra.map((e) => `‘${e.key}’`).join(", ") }));
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

/** The links a referral import may write to: the municipality's (officer) or the region's (coordinator). */
async function referralLinks(tx: Tx, job: { regionId: string; municipalityCode: string | null }, actor: Actor) {
  const where = job.municipalityCode
    ? {
        municipalityCode: job.municipalityCode,
        regionId: {
          in: actor.visibleRegionIds.filter((regionId) =>
            can(actor, "social.edit", { regionId, municipalityCode: job.municipalityCode }),
          ),
        },
      }
    : { regionId: job.regionId };
  return loadLinks(tx, where, []);
}

async function processReferrals(
  actor: Actor,
  job: { id: string; regionId: string; municipalityCode: string | null },
  table: RawTable,
): Promise<void> {
  const plan = planReferralColumns(table.headers);
  const today = new Date();
  const context = await withActor(actor, async (tx) => {
    const links = await referralLinks(tx, job, actor);
    const counts = await tx.referralCount.findMany({
      where: { socialLinkId: { in: links.map((l) => l.id) } },
      select: { socialLinkId: true, period: true },
    });
    const scope = job.municipalityCode
      ? ((await tx.organisation.findFirst({ where: { municipalityCode: job.municipalityCode }, select: { name: true } }))?.name ??
        job.municipalityCode)
      : msg("imports.problems.thisRegion");
    return {
      links: links.map((l): ReferralImportLink => ({
        id: l.id,
        regionId: l.regionId,
        organisationName: l.organisationName,
        targetType: l.target.type,
        targetName: l.target.name,
        kind: l.kind,
      })),
      existing: new Set(counts.map((c) => `${c.socialLinkId}|${c.period}`)),
      today,
      // The municipality ("Gemeente Zaanstad") or region by name, which reads the same in both languages.
      scopeLabel: scope,
    };
  });
  const seen = new Map<string, number>();
  const results = await validateInSlices(actor, job.id, table, (rows) => validateReferralRows(plan, rows, context, seen));
  await finish(actor, job.regionId, job.id, merge(results, plan.notes), []);
}

function merge(
  results: { problems: RowProblem[]; errorCount: number; toCreate: number; toUpdate: number; staged: unknown[] }[],
  notes: string[],
): Outcome {
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
    const moved = await tx.importJob.updateMany({
      where: { id: job.id, regionId: region.id, status: "ready" },
      data: { status: "committing", progress: 0 },
    });
    if (moved.count !== 1) throw new ValidationError(msg("errors.imports.cannotCommit"));
  });
}

// The staged JSON, typed for jsonb_to_recordset. Column names are fixed here, never from files.
const PRACTICE_COLUMNS: Record<Exclude<keyof StagedPractice, "line">, string> = {
  name: "text",
  disciplineId: "uuid",
  agb: "text",
  kvk: "text",
  street: "text",
  houseNumber: "text",
  postcode: "text",
  city: "text",
  municipalityCode: "text",
  wijkCode: "text",
  phone: "text",
  email: "text",
  website: "text",
  registeredPatients: "int",
  registeredPatientsAsOf: "date",
};
const WIJK_COLUMNS: Record<Exclude<keyof StagedWijk, "line">, string> = {
  wijkCode: "text",
  name: "text",
  municipalityCode: "text",
  inhabitants: "int",
  aged65Plus: "int",
  aged80Plus: "int",
  households: "int",
  extra: "jsonb",
};

const q = (column: string) => `"${column}"`;
const recordType = (columns: Record<string, string>) =>
  Object.entries(columns)
    .map(([c, t]) => `${q(c)} ${t}`)
    .join(", ");

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

const REFERRAL_COLUMNS: Record<Exclude<keyof StagedReferral, "line">, string> = {
  regionId: "uuid",
  socialLinkId: "uuid",
  period: "text",
  count: "int",
};

/**
 * Writes the staged referral counts (one statement) and one audit event per changed count on its
 * link, with the value before and after, so corrections by file keep their history like those by hand.
 */
async function commitReferrals(
  tx: Tx,
  actor: Actor,
  job: { id: string; regionId: string },
): Promise<{ created: number; updated: number }> {
  const staged = `SELECT r.* FROM "ImportChunk" c CROSS JOIN LATERAL jsonb_to_recordset(c."rows") AS r(${recordType(REFERRAL_COLUMNS)})
      WHERE c."regionId" = $1::uuid AND c."jobId" = $2::uuid`;
  const changes = await tx.$queryRawUnsafe<
    { regionId: string; socialLinkId: string; period: string; before: number | null; after: number }[]
  >(
    `SELECT s."regionId", s."socialLinkId", s."period", rc."count" AS before, s."count" AS after
       FROM (${staged}) s LEFT JOIN "ReferralCount" rc
         ON rc."regionId" = s."regionId" AND rc."socialLinkId" = s."socialLinkId" AND rc."period" = s."period"
      WHERE rc."count" IS DISTINCT FROM s."count"`,
    job.regionId,
    job.id,
  );
  const [counts] = await tx.$queryRawUnsafe<{ created: number; updated: number }[]>(
    `WITH staged AS (${staged}), written AS (
      INSERT INTO "ReferralCount" ("id", "regionId", "socialLinkId", "period", "count", "updatedAt")
      SELECT gen_random_uuid(), "regionId", "socialLinkId", "period", "count", now() FROM staged
      ON CONFLICT ("regionId", "socialLinkId", "period") DO UPDATE SET "count" = EXCLUDED."count", "updatedAt" = now()
      RETURNING (xmax = 0) AS inserted
    )
    SELECT count(*) FILTER (WHERE inserted)::int AS created, count(*) FILTER (WHERE NOT inserted)::int AS updated FROM written`,
    job.regionId,
    job.id,
  );
  for (const c of changes) {
    await recordAudit(tx, actor, {
      regionId: c.regionId,
      action: c.before === null ? "referral.set" : "referral.correct",
      entityType: "SocialLink",
      entityId: c.socialLinkId,
      changes: { [`verwijzingen ${c.period}`]: { before: c.before, after: c.after }, import: job.id },
    });
  }
  // The region's coordinators hear of every link whose figures the import changed (digest by default).
  // A municipality's import can span regions: each link is told in its own region.
  const changedLinks = new Map(changes.map((c) => [c.socialLinkId, c.regionId]));
  for (const [linkId, regionId] of changedLinks) await recordSocialChange(tx, actor, regionId, linkId, "referrals");
  return { created: counts?.created ?? 0, updated: counts?.updated ?? 0 };
}

/**
 * The commit step: every staged row is written in ONE transaction (all or nothing), with one
 * summary audit event; the staged chunks are removed. On failure nothing is written and (on the
 * final attempt) the job says so. A crash before the transaction's COMMIT leaves everything as it
 * was, so the step simply runs again.
 */
export async function commitImportJob(
  actor: Actor,
  jobId: string,
  options: StepOptions = {},
): Promise<{ created: number; updated: number }> {
  // Authorise first: failures are only written onto jobs the actor may import into.
  const job = await withActor(actor, async (tx) => {
    const found = await jobInTx(tx, actor, jobId);
    if (found.status !== "committing") throw new ValidationError(msg("errors.imports.cannotCommit"));
    return found;
  });
  try {
    return await withActor(
      actor,
      async (tx) => {
        const [counts] =
          job.kind === "practices"
            ? await tx.$queryRawUnsafe<{ created: number; updated: number }[]>(
                practiceUpsertSql(job.columns),
                job.regionId,
                job.id,
              )
            : job.kind === "referrals"
              ? [await commitReferrals(tx, actor, job)]
              : await tx.$queryRawUnsafe<{ created: number; updated: number }[]>(wijkUpsertSql(), job.regionId, job.id, job.year);
        const result = { created: counts?.created ?? 0, updated: counts?.updated ?? 0 };
        await tx.importChunk.deleteMany({ where: { regionId: job.regionId, jobId: job.id } });
        const moved = await tx.importJob.updateMany({
          where: { id: job.id, regionId: job.regionId, status: "committing" },
          data: {
            status: "committed",
            progress: 100,
            committedAt: new Date(),
            toCreate: result.created,
            toUpdate: result.updated,
          },
        });
        if (moved.count !== 1) throw new ValidationError(msg("errors.imports.cannotCommit"));
        await recordImportOutcome(tx, job.id, "import_finished");
        await recordAudit(tx, actor, {
          regionId: job.regionId,
          action:
            job.kind === "practices" ? "practice.import" : job.kind === "referrals" ? "referral.import" : "wijkstatistic.import",
          entityType: "ImportJob",
          entityId: job.id,
          changes: {
            fileName: job.fileName,
            year: job.year,
            created: result.created,
            updated: result.updated,
            rows: job.totalRows,
          },
        });
        return result;
      },
      { timeoutMs: 120_000 },
    ).finally(wakeNotifications);
  } catch (error) {
    const message = msg("errors.imports.commitFailed");
    if (options.finalAttempt ?? true) await updateJob(actor, jobId, { status: "failed", message }).catch(() => undefined);
    throw error;
  }
}

/** One import of the region, for its preview page. */
export async function getImportJob(
  actor: Actor,
  slug: string,
  jobId: string,
): Promise<{ region: RegionSummary; job: ImportJobView }> {
  return withActor(actor, async (tx) => {
    const region = await regionForImport(tx, actor, slug);
    const job = await jobInTx(tx, actor, jobId, region.id);
    return { region, job: toView(job) };
  });
}

/** The region's latest imports of a kind. */
export async function listImportJobs(
  actor: Actor,
  slug: string,
  kind: ImportKind,
): Promise<{ region: RegionSummary; jobs: ImportJobView[] }> {
  return withActor(actor, async (tx) => {
    const region = await regionForImport(tx, actor, slug);
    const jobs = await tx.importJob.findMany({
      where: { regionId: region.id, kind },
      select: JOB_SELECT,
      orderBy: { createdAt: "desc" },
      take: 10,
    });
    return { region, jobs: jobs.map((j) => ({ ...toView(j), problems: [] })) };
  });
}

// ───────────────────────── referral imports (municipality or region) ─────────────────────────

/** Where a referral import runs: an officer's municipality, or a coordinator's whole region. */
export type ReferralImportScope = { municipalityCode: string } | { regionSlug: string };

async function referralScopeInTx(
  tx: Tx,
  actor: Actor,
  scope: ReferralImportScope,
): Promise<{ regionId: string; municipalityCode: string | null }> {
  if ("municipalityCode" in scope) {
    const { municipality, regions } = await municipalityInTx(tx, actor, scope.municipalityCode, "social.edit");
    return { regionId: regions[0]!.id, municipalityCode: municipality.code };
  }
  const region = await findRegionInTx(tx, actor, scope.regionSlug);
  if (!can(actor, "social.edit", { regionId: region.id })) throw new NotFoundError(msg("errors.notFound.page"));
  return { regionId: region.id, municipalityCode: null };
}

/** The referral imports of the scope must belong to it exactly (another municipality's job is 404). */
function referralJobWhere(where: { regionId: string; municipalityCode: string | null }) {
  return {
    kind: "referrals" as const,
    municipalityCode: where.municipalityCode,
    ...(where.municipalityCode ? {} : { regionId: where.regionId }),
  };
}

export async function createReferralImportJob(
  actor: Actor,
  scope: ReferralImportScope,
  input: { fileName: string; size: number },
  content?: Uint8Array,
): Promise<{ id: string }> {
  if (input.size === 0)
    throw new ValidationError(msg("errors.imports.chooseFile"), { file: [msg("errors.imports.chooseCsvOrXlsx")] });
  if (!/\.(csv|txt|xlsx)$/i.test(input.fileName))
    throw new ValidationError(msg("errors.imports.unsupportedType"), {
      file: [msg("errors.imports.chooseCsvOrXlsx")],
    });
  return withActor(actor, async (tx) => {
    const where = await referralScopeInTx(tx, actor, scope);
    const job = await tx.importJob.create({
      data: {
        regionId: where.regionId,
        municipalityCode: where.municipalityCode,
        kind: "referrals",
        fileName: String(neutraliseCell(input.fileName.slice(0, 200))),
        createdById: actor.userId,
        columns: [],
        notes: [],
      },
      select: { id: true, regionId: true },
    });
    if (content) await storeFile(tx, job.regionId, job.id, content);
    return { id: job.id };
  });
}

export async function getReferralImportJob(actor: Actor, scope: ReferralImportScope, jobId: string): Promise<ImportJobView> {
  return withActor(actor, async (tx) => {
    const where = await referralScopeInTx(tx, actor, scope);
    const job = await jobInTx(tx, actor, jobId);
    if (job.kind !== "referrals" || job.municipalityCode !== where.municipalityCode)
      throw new NotFoundError(msg("errors.notFound.import"));
    if (!where.municipalityCode && job.regionId !== where.regionId) throw new NotFoundError(msg("errors.notFound.import"));
    return toView(job);
  });
}

export async function listReferralImportJobs(actor: Actor, scope: ReferralImportScope): Promise<ImportJobView[]> {
  return withActor(actor, async (tx) => {
    const where = await referralScopeInTx(tx, actor, scope);
    const jobs = await tx.importJob.findMany({
      where: referralJobWhere(where),
      select: JOB_SELECT,
      orderBy: { createdAt: "desc" },
      take: 10,
    });
    return jobs.map((j) => ({ ...toView(j), problems: [] }));
  });
}

export async function requestReferralImportCommit(actor: Actor, scope: ReferralImportScope, jobId: string): Promise<void> {
  await withActor(actor, async (tx) => {
    const where = await referralScopeInTx(tx, actor, scope);
    const job = await jobInTx(tx, actor, jobId);
    if (job.kind !== "referrals" || job.municipalityCode !== where.municipalityCode)
      throw new NotFoundError(msg("errors.notFound.import"));
    const moved = await tx.importJob.updateMany({
      where: { id: job.id, regionId: job.regionId, status: "ready" },
      data: { status: "committing", progress: 0 },
    });
    if (moved.count !== 1) throw new ValidationError(msg("errors.imports.cannotCommit"));
  });
}
