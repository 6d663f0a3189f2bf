// What every signed-in request loads before the page's own work: the actor with the header's unread
// count (one statement), the region of a /r/<regio> layout and the insurer of a /verzekeraar/<uzovi>
// layout. A coordinator's, holder's or reviewer's own region or insurer comes with the actor, so it is
// as fresh as the actor (loaded per request); everyone else goes through row-level security. Both
// refuse exactly whom the services refuse.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadActor, type Actor } from "@/lib/auth/actor";
import { disconnectDb, systemDb } from "@/lib/db/client";
import { NotFoundError } from "@/lib/domain/errors";
import { getInsurer } from "@/lib/domain/money/insurer";
import { getRegion } from "@/lib/domain/regions/service";
import { insurerOfRequest } from "@/lib/next/insurer";
import { regionOfRequest } from "@/lib/next/region";
import { actorFor, createTenant, roleActors, type RoleActors, type Tenant } from "./fixtures";

let a: Tenant;
let b: Tenant;
let r: RoleActors;

beforeAll(async () => {
  a = await createTenant("ctx-a");
  b = await createTenant("ctx-b");
  r = await roleActors(a, b);
  await systemDb.region.update({ where: { id: a.regionId }, data: { brandName: "Huisstijl A", brandColor: "#0f5e6e" } });
  // roleActors loaded the actors before the branding: load them again, as the next request would.
  for (const key of ["coordinator", "holder", "insurer", "officer", "admin"] as const) r[key] = (await loadActor(r[key].userId))!;
});

afterAll(async () => {
  await disconnectDb();
});

async function outcome<T>(promise: Promise<T>): Promise<T | "404"> {
  try {
    return await promise;
  } catch (error) {
    if (error instanceof NotFoundError) return "404";
    throw error;
  }
}

describe("the region of a /r/<regio> request", () => {
  it("gives every reader of the region what row-level security gives them, and nobody else anything", async () => {
    const expected = { id: a.regionId, slug: a.slug, name: expect.any(String), brandName: "Huisstijl A", brandColor: "#0f5e6e" };
    for (const actor of [r.coordinator, r.holder, r.insurer, r.officer, r.admin]) {
      expect(await regionOfRequest(actor, a.slug)).toEqual(expected);
      expect(await getRegion(actor, a.slug)).toMatchObject(expected);
    }
    for (const actor of Object.values(r.foreign)) expect(await outcome(regionOfRequest(actor, a.slug))).toBe("404");
    expect(await outcome(regionOfRequest(r.coordinator, b.slug))).toBe("404");
    expect(await outcome(regionOfRequest(r.coordinator, "bestaat-niet"))).toBe("404");
    expect(await outcome(regionOfRequest(r.coordinator, "Geen slug!"))).toBe("404");
  });

  it("comes with a coordinator's actor, so the next request (a fresh actor) shows a change at once", async () => {
    const before: Actor = r.coordinator;
    await systemDb.region.update({ where: { id: a.regionId }, data: { brandName: "Huisstijl A2", brandColor: "#6a2477" } });
    try {
      // The actor of the request before the change still carries the old branding: no query of its own…
      expect(await regionOfRequest(before, a.slug)).toMatchObject({ brandName: "Huisstijl A" });
      // …and the next request loads the actor, and with it the branding, afresh.
      const next = (await loadActor(before.userId))!;
      expect(await regionOfRequest(next, a.slug)).toMatchObject({ brandName: "Huisstijl A2", brandColor: "#6a2477" });
    } finally {
      await systemDb.region.update({ where: { id: a.regionId }, data: { brandName: "Huisstijl A", brandColor: "#0f5e6e" } });
    }
  });
});

describe("the insurer of a /verzekeraar/<uzovi> request", () => {
  it("gives the insurer's own reviewers and the platform admin the insurer, nobody else", async () => {
    const expected = { id: a.insurerId, uzovi: a.uzovi, name: expect.any(String) };
    expect(await insurerOfRequest(r.insurer, a.uzovi)).toEqual(expected);
    expect(await insurerOfRequest(r.admin, a.uzovi)).toEqual(expected);
    expect(await getInsurer(r.insurer, a.uzovi)).toEqual(await insurerOfRequest(r.insurer, a.uzovi));
    for (const actor of [r.coordinator, r.holder, r.officer, r.foreign.insurer, r.foreign.coordinator])
      expect(await outcome(insurerOfRequest(actor, a.uzovi))).toBe("404");
    expect(await outcome(insurerOfRequest(r.insurer, b.uzovi))).toBe("404");
    expect(await outcome(insurerOfRequest(r.insurer, "12ab"))).toBe("404");
  });

  it("does not take a UZOVI code from an organisation that is not an insurer", async () => {
    const odd = await systemDb.organisation.create({
      data: {
        kind: "care",
        name: "Zorgaanbieder met UZOVI",
        uzovi: `8${String(Math.floor(Math.random() * 1000)).padStart(3, "0")}`,
      },
    });
    const reviewer = await actorFor([{ role: "insurer_reviewer", organisationId: odd.id }]);
    expect(reviewer.memberships[0]?.uzovi).toBeNull();
    expect(await outcome(insurerOfRequest(reviewer, odd.uzovi!))).toBe("404");
  });
});
