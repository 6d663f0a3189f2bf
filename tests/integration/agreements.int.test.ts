// Wijkverband agreements against PostgreSQL: the permission matrix (every action × role × own and
// foreign region), municipality scoping, hidden objection reasons, deciding for a foreign practice,
// decisions on superseded versions, members joining and leaving, field errors, audit.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { disconnectDb, systemDb } from "@/lib/db/client";
import { createAgreementTemplate, listAgreementTemplates, updateAgreementTemplate } from "@/lib/domain/admin/agreement-templates";
import {
  compareVersions,
  createAgreement,
  decide,
  getAgreement,
  getHolderDashboard,
  getWijkverbandAgreements,
  listRegionAgreements,
  publishVersion,
  startNewVersion,
  updateConcept,
} from "@/lib/domain/agreements/service";
import { ConflictError, NotFoundError, ValidationError, isDomainError } from "@/lib/domain/errors";
import { actorFor, createTenant, type Tenant } from "./fixtures";

let a: Tenant;
let b: Tenant;
let secondPracticeId: string;
let otherWijkverbandId: string;
let coordinator: Actor;
let holder: Actor;
let holderOfTwo: Actor;
let insurer: Actor;
let officer: Actor;
let admin: Actor;
let foreignCoordinator: Actor;
let foreignHolder: Actor;

const draft = (title = "Zorg voor kwetsbare ouderen") => ({
  title,
  topic: "Kwetsbare ouderen",
  body: "## Doel\n\nSamen zorgen.\n\n## MDO\n\nEens per zes weken.",
  effectiveDate: "2026-01-01",
  reviewDate: "2027-01-01",
});

/** What a call ends in: ok, or the status of the domain error. */
async function outcome(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return "ok";
  } catch (error) {
    if (isDomainError(error)) return String(error.status);
    throw error;
  }
}

/** A published agreement in the tenant's wijkverband (made by the coordinator through the service). */
async function publishedAgreement(actor: Actor, t: Tenant, title = `Afspraak ${crypto.randomUUID().slice(0, 8)}`) {
  const created = await createAgreement(actor, t.slug, t.wijkverbandId, draft(title));
  await publishVersion(actor, t.slug, created.id, created.versionId);
  const version = await systemDb.agreementVersion.findFirstOrThrow({ where: { id: created.versionId } });
  return { id: created.id, versionId: created.versionId, version };
}

beforeAll(async () => {
  a = await createTenant("ag");
  b = await createTenant("agb");
  const discipline = await systemDb.practice.findUniqueOrThrow({ where: { id: a.practiceId }, select: { disciplineId: true } });
  const second = await systemDb.practice.create({
    data: {
      regionId: a.regionId,
      name: `Tweede praktijk ${a.slug}`,
      disciplineId: discipline.disciplineId,
      municipalityCode: a.municipalityCode,
    },
  });
  secondPracticeId = second.id;
  await systemDb.wijkverbandMember.create({
    data: { regionId: a.regionId, wijkverbandId: a.wijkverbandId, practiceId: second.id, role: "huisarts" },
  });
  const other = await systemDb.wijkverband.create({
    data: { regionId: a.regionId, name: `Ander wijkverband ${a.slug}`, municipalityCode: "GM8999", wijkCodes: [] },
  });
  otherWijkverbandId = other.id;
  await systemDb.wijkverbandMember.create({
    data: { regionId: a.regionId, wijkverbandId: other.id, practiceId: a.otherMunicipalityPracticeId, role: "huisarts" },
  });

  coordinator = await actorFor([{ role: "coordinator", regionId: a.regionId }]);
  holder = await actorFor([{ role: "practice_holder", regionId: a.regionId, practiceId: a.practiceId }]);
  holderOfTwo = await actorFor([
    { role: "practice_holder", regionId: a.regionId, practiceId: a.practiceId },
    { role: "practice_holder", regionId: a.regionId, practiceId: second.id },
  ]);
  insurer = await actorFor([{ role: "insurer_reviewer", organisationId: a.insurerId }]);
  officer = await actorFor([{ role: "municipality_officer", organisationId: a.municipalityOrgId }]);
  admin = await actorFor([{ role: "platform_admin" }]);
  foreignCoordinator = await actorFor([{ role: "coordinator", regionId: b.regionId }]);
  foreignHolder = await actorFor([{ role: "practice_holder", regionId: b.regionId, practiceId: b.practiceId }]);
});

afterAll(async () => {
  await disconnectDb();
});

describe("permission matrix", () => {
  const roles = () => ({ coordinator, holder, insurer, officer, admin }) as const satisfies Record<string, Actor>;

  it("drafting, editing, publishing and new versions: coordinators and admins, own region only", async () => {
    const expected = { coordinator: "ok", holder: "404", insurer: "404", officer: "404", admin: "ok" } as const;
    for (const [role, actor] of Object.entries(roles())) {
      const own = await outcome(createAgreement(actor, a.slug, a.wijkverbandId, draft()));
      expect(own, `${role} create own`).toBe(expected[role as keyof typeof expected]);
      expect(await outcome(createAgreement(actor, b.slug, b.wijkverbandId, draft())), `${role} create foreign`).toBe(
        role === "admin" ? "ok" : "404",
      );
      // Each role against one concept made by the coordinator.
      const created = await createAgreement(coordinator, a.slug, a.wijkverbandId, draft());
      expect(await outcome(updateConcept(actor, a.slug, created.id, created.versionId, draft("Nieuw"))), `${role} edit`).toBe(
        expected[role as keyof typeof expected],
      );
      expect(await outcome(publishVersion(actor, a.slug, created.id, created.versionId)), `${role} publish`).toBe(
        expected[role as keyof typeof expected],
      );
      if (expected[role as keyof typeof expected] === "404")
        await publishVersion(coordinator, a.slug, created.id, created.versionId);
      expect(await outcome(startNewVersion(actor, a.slug, created.id)), `${role} new version`).toBe(
        expected[role as keyof typeof expected],
      );
    }
    // The foreign region's agreement, reached by a coordinator of region a under b's slug or its own.
    const foreign = await createAgreement(foreignCoordinator, b.slug, b.wijkverbandId, draft());
    expect(await outcome(updateConcept(coordinator, b.slug, foreign.id, foreign.versionId, draft()))).toBe("404");
    expect(await outcome(updateConcept(coordinator, a.slug, foreign.id, foreign.versionId, draft()))).toBe("404");
    expect(await outcome(publishVersion(coordinator, a.slug, foreign.id, foreign.versionId))).toBe("404");
    expect(await outcome(startNewVersion(coordinator, a.slug, foreign.id))).toBe("404");
  });

  it("reading: every role of the region, never a foreign one; concepts only for coordinators", async () => {
    const published = await publishedAgreement(coordinator, a);
    const concept = await createAgreement(coordinator, a.slug, a.wijkverbandId, draft("Alleen concept"));
    const foreign = await publishedAgreement(foreignCoordinator, b);
    for (const [role, actor] of Object.entries(roles())) {
      expect(await outcome(listRegionAgreements(actor, a.slug)), `${role} list`).toBe("ok");
      expect(await outcome(getWijkverbandAgreements(actor, a.slug, a.wijkverbandId)), `${role} wijkverband`).toBe("ok");
      expect(await outcome(getAgreement(actor, a.slug, a.wijkverbandId, published.id)), `${role} detail`).toBe("ok");
      expect(await outcome(getAgreement(actor, a.slug, a.wijkverbandId, concept.id)), `${role} concept`).toBe(
        role === "coordinator" || role === "admin" ? "ok" : "404",
      );
      expect(await outcome(listRegionAgreements(actor, b.slug)), `${role} foreign list`).toBe(role === "admin" ? "ok" : "404");
      expect(await outcome(getAgreement(actor, b.slug, b.wijkverbandId, foreign.id)), `${role} foreign detail`).toBe(
        role === "admin" ? "ok" : "404",
      );
      // A foreign agreement under the own region's slug and wijkverband is not found either.
      expect(await outcome(getAgreement(actor, a.slug, a.wijkverbandId, foreign.id)), `${role} mixed`).toBe("404");
      const list = await listRegionAgreements(actor, a.slug);
      expect(
        list.rows.some((r) => r.id === concept.id),
        `${role} concept in list`,
      ).toBe(role === "coordinator" || role === "admin");
    }
    expect(await outcome(getAgreement(foreignHolder, a.slug, a.wijkverbandId, published.id))).toBe("404");
  });

  it("deciding: the holder for their own practice, the admin; nobody else", async () => {
    const published = await publishedAgreement(coordinator, a);
    const input = { versionId: published.versionId, practiceId: a.practiceId, decision: "accepted" as const };
    const expected = { coordinator: "404", holder: "ok", insurer: "404", officer: "404", admin: "ok" } as const;
    for (const [role, actor] of Object.entries(roles())) {
      expect(await outcome(decide(actor, a.slug, input)), `${role} decide`).toBe(expected[role as keyof typeof expected]);
    }
    expect(await outcome(decide(foreignHolder, a.slug, input))).toBe("404");
    expect(await outcome(decide(foreignCoordinator, a.slug, input))).toBe("404");
    expect(await outcome(decide(holder, b.slug, input))).toBe("404");
  });

  it("comparing versions: readers of the region; concepts only for coordinators", async () => {
    const published = await publishedAgreement(coordinator, a);
    await startNewVersion(coordinator, a.slug, published.id);
    for (const [role, actor] of Object.entries(roles())) {
      const result = await outcome(compareVersions(actor, a.slug, a.wijkverbandId, published.id, 1, 2));
      expect(result, `${role} compare with concept`).toBe(role === "coordinator" || role === "admin" ? "ok" : "404");
      expect(await outcome(compareVersions(actor, b.slug, b.wijkverbandId, published.id, 1, 1)), `${role} foreign`).toBe("404");
    }
  });
});

describe("municipality scoping and hidden reasons", () => {
  it("shows a municipality officer only its own municipality's wijkverbanden", async () => {
    const own = await publishedAgreement(coordinator, a, "Eigen gemeente");
    const created = await createAgreement(coordinator, a.slug, otherWijkverbandId, draft("Andere gemeente"));
    await publishVersion(coordinator, a.slug, created.id, created.versionId);

    const forOfficer = await listRegionAgreements(officer, a.slug);
    expect(forOfficer.rows.some((r) => r.id === own.id)).toBe(true);
    expect(forOfficer.rows.some((r) => r.id === created.id)).toBe(false);
    expect(forOfficer.rows.every((r) => r.wijkverband.municipalityCode === a.municipalityCode)).toBe(true);
    expect(await outcome(getAgreement(officer, a.slug, otherWijkverbandId, created.id))).toBe("404");
    expect(await outcome(getWijkverbandAgreements(officer, a.slug, otherWijkverbandId))).toBe("404");
    expect(await outcome(compareVersions(officer, a.slug, otherWijkverbandId, created.id))).toBe("404");

    const forInsurer = await listRegionAgreements(insurer, a.slug);
    expect(forInsurer.rows.some((r) => r.id === created.id)).toBe(true);
  });

  it("keeps objection reasons from insurers and municipalities, shows them to the coordinator and the own holder", async () => {
    const published = await publishedAgreement(coordinator, a);
    await decide(holder, a.slug, {
      versionId: published.versionId,
      practiceId: a.practiceId,
      decision: "objection",
      reason: "Te vaak overleg voor een kleine praktijk.",
    });
    const reasonFor = async (actor: Actor) =>
      (await getAgreement(actor, a.slug, a.wijkverbandId, published.id)).statuses.find((s) => s.practiceId === a.practiceId);
    for (const actor of [insurer, officer]) {
      const status = await reasonFor(actor);
      expect(status?.state).toBe("objection");
      expect(status?.reason).toBeNull();
    }
    expect((await reasonFor(coordinator))?.reason).toBe("Te vaak overleg voor een kleine praktijk.");
    expect((await reasonFor(admin))?.reason).toBe("Te vaak overleg voor een kleine praktijk.");
    expect((await reasonFor(holder))?.reason).toBe("Te vaak overleg voor een kleine praktijk.");
    // The holder of the first practice does not see another practice's reason.
    await decide(holderOfTwo, a.slug, {
      versionId: published.versionId,
      practiceId: secondPracticeId,
      decision: "objection",
      reason: "Reden van de tweede praktijk.",
    });
    const forHolder = await getAgreement(holder, a.slug, a.wijkverbandId, published.id);
    expect(forHolder.statuses.find((s) => s.practiceId === secondPracticeId)?.reason).toBeNull();
  });
});

describe("deciding", () => {
  it("refuses a holder acting for a practice that is not theirs", async () => {
    const published = await publishedAgreement(coordinator, a);
    const attempt = decide(holder, a.slug, {
      versionId: published.versionId,
      practiceId: secondPracticeId,
      decision: "accepted",
    });
    await expect(attempt).rejects.toMatchObject({
      fieldErrors: { practiceId: ["U kunt alleen beslissen voor uw eigen praktijk."] },
    });
    await expect(
      decide(holder, a.slug, { versionId: published.versionId, practiceId: secondPracticeId, decision: "accepted" }),
    ).rejects.toThrow("U kunt alleen beslissen voor uw eigen praktijk.");
    expect(await systemDb.acknowledgement.count({ where: { agreementVersionId: published.versionId } })).toBe(0);
  });

  it("lets a holder of two practices decide for each, and change a decision while current", async () => {
    const published = await publishedAgreement(coordinator, a);
    await decide(holderOfTwo, a.slug, { versionId: published.versionId, practiceId: a.practiceId, decision: "accepted" });
    await decide(holderOfTwo, a.slug, {
      versionId: published.versionId,
      practiceId: secondPracticeId,
      decision: "objection",
      reason: "Nog niet besproken in de praktijk.",
    });
    let detail = await getAgreement(holderOfTwo, a.slug, a.wijkverbandId, published.id);
    expect(detail.holder.map((h) => h.state).sort()).toEqual(["accepted", "objection"]);
    expect(detail.share).toMatchObject({ asked: 2, accepted: 1, objections: 1, open: 0 });

    await decide(holderOfTwo, a.slug, { versionId: published.versionId, practiceId: secondPracticeId, decision: "accepted" });
    detail = await getAgreement(holderOfTwo, a.slug, a.wijkverbandId, published.id);
    expect(detail.share).toMatchObject({ asked: 2, accepted: 2, objections: 0, share: 1 });
    const row = await systemDb.acknowledgement.findFirstOrThrow({
      where: { agreementVersionId: published.versionId, practiceId: secondPracticeId },
    });
    expect(row.reason).toBeNull();
  });

  it("refuses a decision on a superseded version with a pointer to the current one", async () => {
    const published = await publishedAgreement(coordinator, a);
    await decide(holder, a.slug, { versionId: published.versionId, practiceId: a.practiceId, decision: "accepted" });
    await startNewVersion(coordinator, a.slug, published.id);
    const v2 = await systemDb.agreementVersion.findFirstOrThrow({ where: { agreementId: published.id, versionNumber: 2 } });
    await updateConcept(coordinator, a.slug, published.id, v2.id, { ...draft(), body: `${draft().body}\n\nEen nieuwe regel.` });
    await publishVersion(coordinator, a.slug, published.id, v2.id);

    const stale = decide(holder, a.slug, {
      versionId: published.versionId,
      practiceId: a.practiceId,
      decision: "objection",
      reason: "x",
    });
    await expect(stale).rejects.toBeInstanceOf(ConflictError);
    await expect(
      decide(holder, a.slug, { versionId: published.versionId, practiceId: a.practiceId, decision: "accepted" }),
    ).rejects.toThrow("Versie 1 is vervangen door versie 2. Lees en beslis over versie 2.");
    const v1Ack = await systemDb.acknowledgement.findFirstOrThrow({ where: { agreementVersionId: published.versionId } });
    expect(v1Ack.decision).toBe("accepted");

    // The holder sees version 2 to confirm, with the diff since version 1 which they confirmed.
    const detail = await getAgreement(holder, a.slug, a.wijkverbandId, published.id);
    expect(detail.current?.versionNumber).toBe(2);
    expect(detail.versions.find((v) => v.versionNumber === 1)?.status).toBe("vervangen");
    expect(detail.holder[0]).toMatchObject({ state: "open", lastConfirmed: { versionNumber: 1 } });
    expect(detail.holder[0]?.lastConfirmed?.diff).toContainEqual({ kind: "added", text: "Een nieuwe regel." });
    await decide(holder, a.slug, { versionId: v2.id, practiceId: a.practiceId, decision: "accepted" });
    expect((await getAgreement(holder, a.slug, a.wijkverbandId, published.id)).holder[0]?.state).toBe("accepted");
  });

  it("asks a practice that joins after publication, and stops counting one that leaves", async () => {
    const published = await publishedAgreement(coordinator, a);
    await decide(holder, a.slug, { versionId: published.versionId, practiceId: a.practiceId, decision: "accepted" });
    const discipline = await systemDb.practice.findUniqueOrThrow({ where: { id: a.practiceId }, select: { disciplineId: true } });
    const joiner = await systemDb.practice.create({
      data: {
        regionId: a.regionId,
        name: `Nieuwkomer ${crypto.randomUUID().slice(0, 6)}`,
        disciplineId: discipline.disciplineId,
        municipalityCode: a.municipalityCode,
      },
    });
    const before = (await getAgreement(coordinator, a.slug, a.wijkverbandId, published.id)).share!;
    const member = await systemDb.wijkverbandMember.create({
      data: { regionId: a.regionId, wijkverbandId: a.wijkverbandId, practiceId: joiner.id, role: "apotheek" },
    });
    const joined = await getAgreement(coordinator, a.slug, a.wijkverbandId, published.id);
    expect(joined.share).toMatchObject({ asked: before.asked + 1, accepted: before.accepted, open: before.open + 1 });
    expect(joined.statuses.find((s) => s.practiceId === joiner.id)).toMatchObject({ state: "open", daysOpen: 0 });
    const joinerHolder = await actorFor([{ role: "practice_holder", regionId: a.regionId, practiceId: joiner.id }]);
    const dashboard = await getHolderDashboard(joinerHolder, a.slug);
    expect(dashboard.agreements.items.some((i) => i.agreementId === published.id && i.state === "open")).toBe(true);
    await decide(joinerHolder, a.slug, { versionId: published.versionId, practiceId: joiner.id, decision: "accepted" });

    // It leaves: its decision no longer counts, and it can no longer decide.
    await systemDb.wijkverbandMember.delete({ where: { id: member.id } });
    const left = await getAgreement(coordinator, a.slug, a.wijkverbandId, published.id);
    expect(left.share).toMatchObject({ asked: before.asked, accepted: before.accepted });
    expect(left.statuses.some((s) => s.practiceId === joiner.id)).toBe(false);
    const row = (await listRegionAgreements(coordinator, a.slug)).rows.find((r) => r.id === published.id);
    expect(row?.share).toMatchObject({ asked: before.asked, accepted: before.accepted });
    await expect(
      decide(joinerHolder, a.slug, { versionId: published.versionId, practiceId: joiner.id, decision: "accepted" }),
    ).rejects.toBeInstanceOf(ValidationError);
  });
});

describe("versions and bad input", () => {
  it("numbers versions, freezes published ones and keeps one concept at a time", async () => {
    const published = await publishedAgreement(coordinator, a);
    await expect(updateConcept(coordinator, a.slug, published.id, published.versionId, draft("Gewijzigd"))).rejects.toThrow(
      /is gepubliceerd en kan niet meer worden gewijzigd/,
    );
    await expect(publishVersion(coordinator, a.slug, published.id, published.versionId)).rejects.toBeInstanceOf(ConflictError);
    expect((await startNewVersion(coordinator, a.slug, published.id)).versionNumber).toBe(2);
    await expect(startNewVersion(coordinator, a.slug, published.id)).rejects.toThrow(/al in voorbereiding/);
    const v2 = await systemDb.agreementVersion.findFirstOrThrow({ where: { agreementId: published.id, versionNumber: 2 } });
    expect(v2.body).toBe(published.version.body);
    expect((await publishVersion(coordinator, a.slug, published.id, v2.id)).versionNumber).toBe(2);
    const all = await systemDb.agreementVersion.findMany({
      where: { agreementId: published.id },
      orderBy: { versionNumber: "asc" },
    });
    expect(all.map((v) => v.status)).toEqual(["vervangen", "gepubliceerd"]);
    expect(all[0]?.supersededAt).not.toBeNull();
    expect(all[0]?.body).toBe(published.version.body);
    await expect(updateConcept(coordinator, a.slug, published.id, all[0]!.id, draft())).rejects.toThrow(/is vervangen/);
    expect((await startNewVersion(coordinator, a.slug, published.id)).versionNumber).toBe(3);
  });

  it("gives field messages and stores nothing on bad input", async () => {
    const count = () => systemDb.agreement.count({ where: { regionId: a.regionId } });
    const before = await count();
    const fieldsOf = async (input: ReturnType<typeof draft>) => {
      try {
        await createAgreement(coordinator, a.slug, a.wijkverbandId, input);
      } catch (error) {
        expect(error).toBeInstanceOf(ValidationError);
        return Object.keys((error as ValidationError).fieldErrors);
      }
      return [];
    };
    expect(await fieldsOf({ ...draft(), body: "   \n  " })).toEqual(["body"]);
    expect(await fieldsOf({ ...draft(), title: "x".repeat(201) })).toEqual(["title"]);
    expect(await fieldsOf({ ...draft(), reviewDate: "2025-12-31" })).toEqual(["reviewDate"]);
    expect(await fieldsOf({ ...draft(), body: "x".repeat(50_001) })).toEqual(["body"]);
    expect(await count()).toBe(before);

    const published = await publishedAgreement(coordinator, a);
    const objection = decide(holder, a.slug, {
      versionId: published.versionId,
      practiceId: a.practiceId,
      decision: "objection",
      reason: " ",
    });
    await expect(objection).rejects.toMatchObject({ fieldErrors: { reason: ["Geef de reden van uw bezwaar."] } });
    expect(await systemDb.acknowledgement.count({ where: { agreementVersionId: published.versionId } })).toBe(0);
  });

  it("refuses malformed and unknown ids with 404", async () => {
    expect(await outcome(getAgreement(coordinator, a.slug, a.wijkverbandId, "niet-een-id"))).toBe("404");
    expect(await outcome(getAgreement(coordinator, a.slug, "niet-een-id", crypto.randomUUID()))).toBe("404");
    expect(await outcome(getAgreement(coordinator, a.slug, a.wijkverbandId, crypto.randomUUID()))).toBe("404");
    expect(
      await outcome(decide(holder, a.slug, { versionId: crypto.randomUUID(), practiceId: a.practiceId, decision: "accepted" })),
    ).toBe("404");
  });
});

describe("audit", () => {
  it("records every step with version, practice and decision", async () => {
    const created = await createAgreement(coordinator, a.slug, a.wijkverbandId, draft("Geaudit"));
    await updateConcept(coordinator, a.slug, created.id, created.versionId, draft("Geaudit 2"));
    await publishVersion(coordinator, a.slug, created.id, created.versionId);
    await decide(holder, a.slug, {
      versionId: created.versionId,
      practiceId: a.practiceId,
      decision: "objection",
      reason: "Onduidelijk.",
    });
    await decide(holder, a.slug, { versionId: created.versionId, practiceId: a.practiceId, decision: "accepted" });
    await startNewVersion(coordinator, a.slug, created.id);
    const events = await systemDb.auditEvent.findMany({
      where: { entityType: "Agreement", entityId: created.id },
      orderBy: { id: "asc" },
    });
    expect(events.map((e) => e.action)).toEqual([
      "agreement.create",
      "agreement.update",
      "agreement.publish",
      "agreement.acknowledge",
      "agreement.acknowledge",
      "agreement.newVersion",
    ]);
    expect(events.every((e) => e.regionId === a.regionId)).toBe(true);
    expect(events[3]).toMatchObject({ userId: holder.userId, role: "practice_holder" });
    expect(events[3]?.changes).toMatchObject({
      versionNumber: 1,
      practiceId: a.practiceId,
      decision: { before: null, after: "objection" },
      reason: { before: null, after: "Onduidelijk." },
    });
    expect(events[4]?.changes).toMatchObject({ decision: { before: "objection", after: "accepted" } });
    expect(events[2]?.changes).toMatchObject({ versionNumber: 1, supersededVersion: null });
    expect(events[1]?.changes).toMatchObject({ title: { before: "Geaudit", after: "Geaudit 2" } });
    // The coordinator sees the history on the agreement page.
    const detail = await getAgreement(coordinator, a.slug, a.wijkverbandId, created.id);
    expect(detail.history?.length).toBe(6);
    expect((await getAgreement(holder, a.slug, a.wijkverbandId, created.id)).history).toBeNull();
  });
});

describe("holder dashboard and templates", () => {
  it("lists what to confirm first, the wijkverbanden with core team, and prompts for an old patient count", async () => {
    await publishedAgreement(coordinator, a, "Dashboardafspraak");
    await systemDb.practice.update({ where: { id: a.practiceId }, data: { registeredPatientsAsOf: new Date("2024-01-01") } });
    const dashboard = await getHolderDashboard(holder, a.slug);
    expect(dashboard.agreements.items[0]?.state).toBe("open");
    expect(dashboard.agreements.toConfirm).toBeGreaterThan(0);
    const states = dashboard.agreements.items.map((i) => i.state);
    expect(states.indexOf("accepted") === -1 || states.lastIndexOf("open") < states.indexOf("accepted")).toBe(true);
    expect(dashboard.wijkverbanden).toEqual([expect.objectContaining({ id: a.wijkverbandId, coreComplete: false })]);
    expect(dashboard.stalePatientCounts).toEqual([expect.objectContaining({ id: a.practiceId })]);
    await systemDb.practice.update({ where: { id: a.practiceId }, data: { registeredPatientsAsOf: new Date() } });
    expect((await getHolderDashboard(holder, a.slug)).stalePatientCounts).toEqual([]);
    await expect(getHolderDashboard(coordinator, a.slug)).rejects.toBeInstanceOf(NotFoundError);
    await expect(getHolderDashboard(holder, b.slug)).rejects.toBeInstanceOf(NotFoundError);
  });

  it("ships three templates that coordinators draft from, and only the platform admin edits them", async () => {
    const offered = (await getWijkverbandAgreements(coordinator, a.slug, a.wijkverbandId)).templates;
    expect(offered.map((t) => t.key)).toEqual(
      expect.arrayContaining(["kwetsbare-ouderen", "welzijn-op-recept", "medicatiebeoordeling"]),
    );
    expect(offered.find((t) => t.key === "kwetsbare-ouderen")?.body).toMatch(/MDO.*mantelzorger/s);
    expect((await getWijkverbandAgreements(holder, a.slug, a.wijkverbandId)).templates).toEqual([]);

    await expect(listAgreementTemplates(coordinator)).rejects.toBeInstanceOf(NotFoundError);
    const key = `test-${crypto.randomUUID().slice(0, 8)}`;
    const input = { key, title: "Testsjabloon", topic: "Test", body: "## Tekst", sortOrder: "99", active: true };
    await expect(createAgreementTemplate(coordinator, input)).rejects.toBeInstanceOf(NotFoundError);
    const created = await createAgreementTemplate(admin, input);
    await expect(createAgreementTemplate(admin, input)).rejects.toBeInstanceOf(ConflictError);
    await updateAgreementTemplate(admin, created.id, { ...input, title: "Ander sjabloon", active: false });
    const row = await systemDb.agreementTemplate.findUniqueOrThrow({ where: { id: created.id } });
    expect(row).toMatchObject({ key, title: "Ander sjabloon", active: false });
    expect(
      (await getWijkverbandAgreements(coordinator, a.slug, a.wijkverbandId)).templates.some((t) => t.id === created.id),
    ).toBe(false);
    expect(await systemDb.auditEvent.count({ where: { entityType: "AgreementTemplate", entityId: created.id } })).toBe(2);
    await systemDb.agreementTemplate.delete({ where: { id: created.id } });
  });
});
