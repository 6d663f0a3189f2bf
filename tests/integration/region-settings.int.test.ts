// The mutation pattern end to end: zod → can() → withActor → change + audit event in one transaction.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { disconnectDb, systemDb } from "@/lib/db/client";
import { NotFoundError, ValidationError } from "@/lib/domain/errors";
import { updateRegionSettings } from "@/lib/domain/regions/service";
import { createTenant, roleActors, type Tenant } from "./fixtures";

let a: Tenant;
let b: Tenant;
let coordinator: Actor;
let others: Actor[];

beforeAll(async () => {
  a = await createTenant("ra");
  b = await createTenant("rb");
  const actors = await roleActors(a, b);
  coordinator = actors.coordinator;
  others = [actors.holder, actors.insurer, actors.officer, actors.foreign.coordinator];
});

afterAll(async () => {
  await disconnectDb();
});

describe("region settings", () => {
  it("lets the coordinator change the branding and audits before and after", async () => {
    const updated = await updateRegionSettings(coordinator, a.slug, { brandName: "  Nieuwe naam ", brandColor: "#0F5E6E" });
    expect(updated).toMatchObject({ brandName: "Nieuwe naam", brandColor: "#0f5e6e" });
    const event = await systemDb.auditEvent.findFirstOrThrow({
      where: { regionId: a.regionId, action: "region.settings.update" },
    });
    expect(event).toMatchObject({ userId: coordinator.userId, role: "coordinator", entityId: a.regionId });
    expect(event.changes).toEqual({
      brandName: { before: null, after: "Nieuwe naam" },
      brandColor: { before: "#1d4ed8", after: "#0f5e6e" },
    });
  });

  it("writes nothing when nothing changed", async () => {
    const before = await systemDb.auditEvent.count({ where: { regionId: a.regionId } });
    await updateRegionSettings(coordinator, a.slug, { brandName: "Nieuwe naam", brandColor: "#0f5e6e" });
    expect(await systemDb.auditEvent.count({ where: { regionId: a.regionId } })).toBe(before);
  });

  it("refuses unreadable colours and bad names with Dutch messages per field", async () => {
    const error = await updateRegionSettings(coordinator, a.slug, { brandName: "x", brandColor: "#ffff00" }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).fieldErrors).toEqual({
      brandName: ["Geef een naam van minstens 2 tekens."],
      brandColor: [expect.stringContaining("te licht")],
    });
  });

  it("answers 404 to every other role and to a foreign coordinator, and changes nothing", async () => {
    for (const actor of others) {
      await expect(updateRegionSettings(actor, a.slug, { brandName: "Gekaapt", brandColor: "#000000" })).rejects.toBeInstanceOf(
        NotFoundError,
      );
    }
    const region = await systemDb.region.findUniqueOrThrow({ where: { id: a.regionId } });
    expect(region.brandName).toBe("Nieuwe naam");
  });
});
