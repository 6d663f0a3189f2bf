import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { disconnectDb, systemDb } from "@/lib/db/client";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/domain/errors";
import { createPractice, setPracticeArchived, updatePractice, updatePracticeDetails } from "@/lib/domain/practices/service";
import { createTenant, roleActors, type Tenant } from "./fixtures";

let a: Tenant;
let b: Tenant;
let coordinator: Actor;
let holder: Actor;
let readers: Actor[];

const valid = (t: Tenant, agb: string) => ({
  name: "Huisartsenpraktijk Test",
  disciplineCode: "huisartsenzorg",
  agb,
  postcode: "1506kc",
  municipalityCode: t.municipalityCode.toLowerCase(),
  wijkCode: `WK${t.municipalityCode.slice(2)}01`,
  registeredPatients: "2345",
  registeredPatientsAsOf: "01-10-2026",
});

beforeAll(async () => {
  a = await createTenant("pa");
  b = await createTenant("pb");
  const actors = await roleActors(a, b);
  ({ coordinator, holder } = actors);
  readers = [holder, actors.insurer, actors.officer, actors.foreign.coordinator];
});

afterAll(async () => {
  await disconnectDb();
});

describe("practices", () => {
  it("creates a practice with normalised values and an audit event", async () => {
    const { id } = await createPractice(coordinator, a.slug, valid(a, "01999001"));
    const practice = await systemDb.practice.findUniqueOrThrow({ where: { id } });
    expect(practice).toMatchObject({
      regionId: a.regionId,
      postcode: "1506 KC",
      municipalityCode: a.municipalityCode,
      registeredPatients: 2345,
    });
    expect(practice.registeredPatientsAsOf?.toISOString()).toBe("2026-10-01T00:00:00.000Z");
    expect(await systemDb.auditEvent.count({ where: { entityId: id, action: "practice.create" } })).toBe(1);
  });

  it("refuses a duplicate AGB in the region, naming the existing practice", async () => {
    const error = await createPractice(coordinator, a.slug, { ...valid(a, "01999001"), name: "Tweede" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConflictError);
    expect((error as ConflictError).message).toBe(
      "De AGB-code 01999001 is in deze regio al in gebruik door Huisartsenpraktijk Test.",
    );
  });

  it("explains invalid fields in Dutch", async () => {
    const error = await createPractice(coordinator, a.slug, { ...valid(a, "123"), postcode: "0000", wijkCode: "WK999901" }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ValidationError);
    expect(Object.keys((error as ValidationError).fieldErrors).sort()).toEqual(["agb", "postcode", "wijkCode"]);
    const wrongWijk = await createPractice(coordinator, a.slug, { ...valid(a, "01999002"), wijkCode: "WK999901" }).catch(
      (e: unknown) => e,
    );
    expect((wrongWijk as ValidationError).fieldErrors.wijkCode?.[0]).toMatch(/niet in de gekozen gemeente/);
  });

  it("refuses creation by every other role and in a foreign region", async () => {
    for (const actor of readers)
      await expect(createPractice(actor, a.slug, valid(a, "01999003"))).rejects.toBeInstanceOf(NotFoundError);
    await expect(createPractice(coordinator, b.slug, valid(b, "01999004"))).rejects.toBeInstanceOf(NotFoundError);
  });

  it("lets the holder edit its own practice's details but not another's, nor the whole record", async () => {
    await updatePracticeDetails(holder, a.slug, a.practiceId, {
      phone: "075 123 45 67",
      registeredPatients: "2600",
      registeredPatientsAsOf: "2026-11-01",
    });
    expect((await systemDb.practice.findUniqueOrThrow({ where: { id: a.practiceId } })).registeredPatients).toBe(2600);
    await expect(
      updatePracticeDetails(holder, a.slug, a.otherMunicipalityPracticeId, { phone: "075 000 00 00" }),
    ).rejects.toBeInstanceOf(NotFoundError);
    await expect(updatePractice(holder, a.slug, a.practiceId, valid(a, "01999005"))).rejects.toBeInstanceOf(NotFoundError);
    await expect(updatePracticeDetails(holder, a.slug, a.practiceId, { registeredPatients: "10" })).rejects.toBeInstanceOf(
      ValidationError,
    );
  });

  it("archives instead of deleting, and loads only with its own region", async () => {
    await setPracticeArchived(coordinator, a.slug, a.otherMunicipalityPracticeId, true);
    expect(
      (await systemDb.practice.findUniqueOrThrow({ where: { id: a.otherMunicipalityPracticeId } })).archivedAt,
    ).not.toBeNull();
    await expect(setPracticeArchived(coordinator, a.slug, b.practiceId, true)).rejects.toBeInstanceOf(NotFoundError);
    await setPracticeArchived(coordinator, a.slug, a.otherMunicipalityPracticeId, false);
    expect(await systemDb.auditEvent.count({ where: { entityId: a.otherMunicipalityPracticeId } })).toBe(2);
  });
});
