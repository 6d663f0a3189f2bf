// The server-action helper against the real services and database: every failure comes back as a
// FormState (field errors, a Dutch domain message, or the generic message for the unexpected),
// never as a thrown error that would land on the error page. Only the session and Next's cache
// are replaced; the services, authorization and PostgreSQL are real.
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { disconnectDb, systemDb } from "@/lib/db/client";
import { NotFoundError } from "@/lib/domain/errors";
import { updateRegionSettings } from "@/lib/domain/regions/service";
import { stopQueueBoss } from "@/lib/jobs/boss";
import { importStageJob } from "@/lib/jobs/imports";
import { log } from "@/lib/log";
import { ACTION_FAILED, formFields, IDLE, serverAction } from "@/lib/next/action";
import { actorFor, createTenant, randomUUID, type Tenant } from "./fixtures";

let currentActor: Actor | null = null;
vi.mock("@/lib/auth/session", async () => {
  const { redirect } = await import("next/navigation");
  return {
    requireActor: async () => currentActor ?? redirect("/login"),
    getActor: async () => currentActor,
  };
});
const revalidated: string[] = [];
vi.mock("next/cache", () => ({ revalidatePath: (path: string) => void revalidated.push(path) }));

// Imported after the mocks (vi.mock is hoisted, these imports resolve the mocked modules).
const { setPracticeArchivedAction, updatePracticeDetailsAction } = await import("@/app/(app)/r/[region]/praktijken/actions");
const { removeMemberAction, setWijkverbandArchivedAction } = await import("@/app/(app)/r/[region]/wijkverbanden/actions");
const { saveRegionSettings } = await import("@/app/(app)/r/[region]/instellingen/actions");
const { startImport } = await import("@/app/(app)/r/[region]/_imports/actions");

let a: Tenant;
let b: Tenant;
let coordinator: Actor;
let holder: Actor;

beforeAll(async () => {
  a = await createTenant("act-a");
  b = await createTenant("act-b");
  coordinator = await actorFor([{ role: "coordinator", regionId: a.regionId }]);
  holder = await actorFor([{ role: "practice_holder", regionId: a.regionId, practiceId: a.practiceId }]);
});

beforeEach(() => {
  currentActor = coordinator;
  revalidated.length = 0;
});

afterAll(async () => {
  await stopQueueBoss();
  await disconnectDb();
});

const form = (fields: Record<string, string | Blob>) => {
  const data = new FormData();
  for (const [k, v] of Object.entries(fields)) data.append(k, v);
  return data;
};

describe("serverAction", () => {
  it("answers success with the message, after running onSuccess", async () => {
    const done: string[] = [];
    const state = await serverAction({
      run: (actor) => updateRegionSettings(actor, a.slug, { brandName: "Actie", brandColor: "#0f5e6e" }),
      success: async (region) => `${region.brandName} opgeslagen.`,
      onSuccess: (region) => void done.push(region.slug),
    });
    expect(state).toEqual({ status: "success", message: "Actie opgeslagen." });
    expect(done).toEqual([a.slug]);
  });

  it("gives a form's values back, refused or saved; required fields read as empty strings", async () => {
    const fields = formFields(form({ brandName: "", brandColor: "rood", $ACTION_ID_1: "x" }), ["brandName", "brandColor"]);
    expect(fields).toEqual({ brandName: "", brandColor: "rood" });
    const refused = await serverAction({
      run: (actor) => updateRegionSettings(actor, a.slug, fields),
      success: "x",
      values: fields,
    });
    expect(refused.status).toBe("error");
    expect(refused.values).toEqual(fields);
    const saved = await updatePracticeDetailsAction(a.slug, a.practiceId, IDLE, form({ phone: "0201234567" }));
    expect(saved).toMatchObject({ status: "success", values: { phone: "0201234567" } });
  });

  it("turns the service's ValidationError into field errors", async () => {
    const state = await serverAction({
      run: (actor) => updateRegionSettings(actor, a.slug, { brandName: "", brandColor: "rood" }),
      success: "x",
    });
    expect(state.status).toBe("error");
    expect(state.message).toBe("Controleer de gemarkeerde velden.");
    expect(Object.keys(state.fieldErrors ?? {})).toEqual(expect.arrayContaining(["brandColor"]));
  });

  it("turns its own schema's failures into field errors without calling the service", async () => {
    const run = vi.fn();
    const state = await serverAction({
      schema: z.object({ year: z.coerce.number().int("Geef een jaar.") }),
      input: { year: "twintig" },
      run,
      success: "x",
    });
    expect(state.status).toBe("error");
    expect(state.fieldErrors?.year?.length).toBeGreaterThan(0);
    expect(run).not.toHaveBeenCalled();
  });

  it("passes the parsed input to the service", async () => {
    const state = await serverAction({
      schema: z.object({ year: z.coerce.number().int() }),
      input: { year: "2026" },
      run: async (_actor, input) => input.year + 1,
      success: (n) => `Jaar ${n}.`,
    });
    expect(state).toEqual({ status: "success", message: "Jaar 2027." });
  });

  it("shows a NotFoundError's Dutch message", async () => {
    const state = await serverAction({
      run: () => Promise.reject(new NotFoundError("Deze praktijk bestaat niet.")),
      success: "x",
    });
    expect(state).toEqual({ status: "error", message: "Deze praktijk bestaat niet." });
  });

  it("logs an unexpected error and shows only the generic message", async () => {
    const spy = vi.spyOn(log(), "error");
    const state = await serverAction({
      run: () => Promise.reject(new Error("connection reset: geheim detail")),
      success: "x",
    });
    expect(state).toEqual({ status: "error", message: ACTION_FAILED });
    expect(JSON.stringify(state)).not.toContain("geheim");
    expect(spy).toHaveBeenCalledWith(expect.objectContaining({ err: expect.any(Error) }), "server action failed");
    spy.mockRestore();
  });

  it("does not run onSuccess after a failure", async () => {
    const onSuccess = vi.fn();
    await serverAction({ run: () => Promise.reject(new NotFoundError()), success: "x", onSuccess });
    expect(onSuccess).not.toHaveBeenCalled();
  });

  it("lets Next's redirect through (signed out → login), instead of reporting it as a failure", async () => {
    currentActor = null;
    await expect(serverAction({ run: async () => 1, success: "x" })).rejects.toMatchObject({
      digest: expect.stringContaining("NEXT_REDIRECT"),
    });
  });
});

describe("the actions that used to throw", () => {
  it("archive a practice, and answer a malformed or foreign practice with a message", async () => {
    expect(await setPracticeArchivedAction(a.slug, a.practiceId, true, IDLE)).toEqual({
      status: "success",
      message: "De praktijk is gearchiveerd.",
    });
    expect(revalidated).toContain(`/r/${a.slug}/praktijken`);
    await setPracticeArchivedAction(a.slug, a.practiceId, false, IDLE);
    for (const id of ["niet-een-id", b.practiceId, randomUUID()]) {
      expect(await setPracticeArchivedAction(a.slug, id, true, IDLE)).toEqual({
        status: "error",
        message: "Deze praktijk bestaat niet.",
      });
    }
  });

  it("refuses a practice holder's archive with a message, not an error page", async () => {
    currentActor = holder;
    const state = await setPracticeArchivedAction(a.slug, a.practiceId, true, IDLE);
    expect(state.status).toBe("error");
    const practice = await systemDb.practice.findUniqueOrThrow({ where: { id: a.practiceId } });
    expect(practice.archivedAt).toBeNull();
  });

  it("archive a wijkverband and remove a member: malformed and foreign ids are messages", async () => {
    expect((await setWijkverbandArchivedAction(a.slug, "1' OR '1'='1", true, IDLE)).status).toBe("error");
    expect((await setWijkverbandArchivedAction(a.slug, b.wijkverbandId, true, IDLE)).status).toBe("error");
    expect(await removeMemberAction(a.slug, a.wijkverbandId, IDLE, form({ memberId: "x" }))).toEqual({
      status: "error",
      message: "Dit lid bestaat niet.",
    });
    expect((await removeMemberAction(a.slug, a.wijkverbandId, IDLE, form({ memberId: randomUUID() }))).status).toBe("error");
    expect((await removeMemberAction(a.slug, a.wijkverbandId, IDLE, form({}))).status).toBe("error");
    const wv = await systemDb.wijkverband.findUniqueOrThrow({
      where: { regionId_id: { regionId: b.regionId, id: b.wijkverbandId } },
    });
    expect(wv.archivedAt).toBeNull();
  });

  it("answers a form action in a foreign region with a message", async () => {
    const state = await updatePracticeDetailsAction(b.slug, b.practiceId, IDLE, form({ phone: "0201234567" }));
    expect(state.status).toBe("error");
    const settings = await saveRegionSettings(b.slug, IDLE, form({ brandName: "Overname", brandColor: "#0f5e6e" }));
    expect(settings.status).toBe("error");
  });

  it("checks an import upload with the one upload schema: no file, wrong type, missing year", async () => {
    const none = await startImport(a.slug, "practices", IDLE, form({}));
    expect(none.status).toBe("error");
    expect(none.fieldErrors?.file).toEqual(["Kies een CSV- of Excel-bestand (.csv of .xlsx)."]);
    const pdf = await startImport(a.slug, "practices", IDLE, form({ file: new File(["x"], "lijst.pdf") }));
    expect(pdf.fieldErrors?.file).toEqual(["Kies een CSV- of Excel-bestand (.csv of .xlsx)."]);
    const noYear = await startImport(a.slug, "wijkstatistics", IDLE, form({ file: new File(["a;b"], "wijken.csv") }));
    expect(noYear.fieldErrors?.year).toEqual(["Geef het jaar van de cijfers, bijvoorbeeld 2024."]);
    expect(await systemDb.importJob.count({ where: { regionId: a.regionId } })).toBe(0);
  });

  it("starts an import: the job is created with its file, queued, the page redirected to; the queued job reads it", async () => {
    const csv = "Naam;Discipline;AGB-code;Gemeente\nActie Praktijk;huisartsenzorg;12345;" + a.municipalityCode + "\n";
    await expect(
      startImport(a.slug, "practices", IDLE, form({ file: new File([csv], "praktijken.csv", { type: "text/csv" }) })),
    ).rejects.toMatchObject({ digest: expect.stringContaining(`/r/${a.slug}/praktijken/import/`) });
    const job = await systemDb.importJob.findFirstOrThrow({ where: { regionId: a.regionId, fileName: "praktijken.csv" } });
    expect(job.status).toBe("queued");
    const parts = await systemDb.importFilePart.findMany({ where: { jobId: job.id }, orderBy: { index: "asc" } });
    expect(Buffer.concat(parts.map((p) => p.data)).toString("utf8")).toBe(csv);
    const [queued] = await systemDb.$queryRawUnsafe<{ data: unknown; state: string }[]>(
      `SELECT data, state::text AS state FROM pgboss.job WHERE name = 'import.stage' AND data->>'importJobId' = $1`,
      job.id,
    );
    expect(queued).toEqual({ data: { importJobId: job.id }, state: "created" });
    // What the worker runs for it (tests/integration/jobs.int.test.ts runs real worker processes).
    await importStageJob.handler({ importJobId: job.id }, { id: "t", attempt: 1, lastAttempt: false });
    const status = (await systemDb.importJob.findUniqueOrThrow({ where: { id: job.id } })).status;
    expect(status).toBe("invalid"); // the AGB code of row 2 has 5 digits: nothing can be imported
    expect((await systemDb.importJob.findUniqueOrThrow({ where: { id: job.id } })).errorCount).toBe(1);
  });
});
