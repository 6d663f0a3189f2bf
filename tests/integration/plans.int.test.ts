// The regioplan against a real database: status transitions (who may move a plan where, what is
// frozen after vastgesteld), versions and their comparison, carry-over to a new period, comments,
// the werkagenda export, and permissions for every role including a foreign region.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dutch } from "@/lib/i18n/keys";
import type { Actor } from "@/lib/auth/actor";
import { disconnectDb, systemDb } from "@/lib/db/client";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/domain/errors";
import { addComment, setCommentHandled } from "@/lib/domain/plans/comments";
import {
  createInitiative,
  getInitiative,
  getNewInitiativeForm,
  listInitiatives,
  updateInitiative,
} from "@/lib/domain/plans/initiatives";
import { addIndicator, addMilestone, recordMeasurement, setMilestoneDone } from "@/lib/domain/plans/monitoring";
import {
  carryOverPlan,
  createPlan,
  getPlan,
  getPlanTimeline,
  listPlans,
  transitionPlan,
  updatePlan,
} from "@/lib/domain/plans/plans";
import { createTheme, getThemeEditForm, updateTheme } from "@/lib/domain/plans/themes";
import { comparePlanVersions, getPlanVersion } from "@/lib/domain/plans/versions";
import { getWerkagenda } from "@/lib/domain/plans/werkagenda";
import { toCsv } from "@/lib/domain/shared/spreadsheet";
import { MESSAGES } from "@/lib/i18n/messages";
import { createTenant, roleActors, type RoleActors, type Tenant } from "./fixtures";

let a: Tenant;
let b: Tenant;
let coordinator: Actor;
let holder: Actor;
let insurer: Actor;
let officer: Actor;
let admin: Actor;
let foreignCoordinator: Actor;
let actors: RoleActors;

const THEME = {
  name: "Kwetsbare ouderen",
  type: "doelgroep",
  clientGroup: "zorg_en_hulpvraag",
  izaGoals: ["wijkverbanden"],
  priority: "1",
  rationale: "Vergrijzing",
};

async function planWithContent(actor: Actor, tenant: Tenant) {
  const plan = await createPlan(actor, tenant.slug, {
    title: "Regioplan 2025–2028",
    periodStart: "2025",
    periodEnd: "2028",
    summary: "Samen",
  });
  const theme = await createTheme(actor, tenant.slug, plan.id, THEME);
  const initiative = await createInitiative(actor, tenant.slug, {
    themeId: theme.id,
    title: "Proactieve zorgplanning",
    phase: "opschalen",
    ownerName: "Marieke Koster",
    startDate: "2025-01-01",
    endDate: "2027-12-31",
    wijkverbandIds: [tenant.wijkverbandId],
    practiceIds: [tenant.practiceId],
    organisationIds: [],
  });
  const stopping = await createInitiative(actor, tenant.slug, {
    themeId: theme.id,
    title: "Eigen app",
    phase: "stoppen",
    wijkverbandIds: [],
    practiceIds: [],
    organisationIds: [],
  });
  const indicator = await addIndicator(actor, tenant.slug, initiative.id, {
    name: "Ouderen met plan",
    unit: "%",
    baseline: "18",
    target: "60",
    direction: "increase",
  });
  await recordMeasurement(actor, tenant.slug, indicator.id, { period: "2025-Q4", value: "33,5" });
  const done = await addMilestone(actor, tenant.slug, initiative.id, { title: "Scholing afgerond", dueDate: "2025-06-30" });
  await setMilestoneDone(actor, tenant.slug, done.id, true);
  const open = await addMilestone(actor, tenant.slug, initiative.id, { title: "Gedeeld zorgplan overal", dueDate: "30-09-2026" });
  return { plan, theme, initiative, stopping, indicator, milestones: { done, open } };
}

beforeAll(async () => {
  a = await createTenant("pa");
  b = await createTenant("pb");
  ({ coordinator, holder, insurer, officer, admin } = actors = await roleActors(a, b));
  foreignCoordinator = actors.foreign.coordinator;
});

afterAll(async () => {
  await disconnectDb();
});

describe("building a plan", () => {
  it("creates themes, initiatives with participants, indicators, measurements and milestones, all audited", async () => {
    const { plan, initiative, indicator } = await planWithContent(coordinator, a);
    const detail = await getPlan(coordinator, a.slug, plan.id);
    expect(detail.plan.status).toBe("concept");
    const ini = detail.themes[0]!.initiatives.find((i) => i.id === initiative.id)!;
    expect(ini.participants.map((p) => p.kind).sort()).toEqual(["practice", "wijkverband"]);
    expect(ini.municipalityCodes).toEqual([a.municipalityCode]);
    expect(ini.indicators[0]).toMatchObject({ id: indicator.id, measurements: [{ period: "2025-Q4", value: 33.5 }] });
    expect(ini.milestones.map((m) => Boolean(m.doneAt))).toEqual([true, false]);
    // The time line reads the same themes, initiatives and milestones, in the same order.
    const timeline = await getPlanTimeline(coordinator, a.slug, plan.id);
    expect(timeline.themes).toEqual(
      detail.themes.map((th) => ({
        id: th.id,
        name: th.name,
        initiatives: th.initiatives.map((i) => ({
          id: i.id,
          title: i.title,
          phase: i.phase,
          startDate: i.startDate,
          endDate: i.endDate,
          milestones: i.milestones,
        })),
      })),
    );

    const history = (await getInitiative(coordinator, a.slug, initiative.id)).history.map((h) => h.action);
    expect(history).toEqual(
      expect.arrayContaining([
        "initiative.create",
        "initiative.indicator.create",
        "initiative.measurement.record",
        "initiative.milestone.create",
        "initiative.milestone.done",
      ]),
    );
    expect(await systemDb.auditEvent.count({ where: { regionId: a.regionId, entityId: plan.id, action: "plan.create" } })).toBe(
      1,
    );
  });

  it("refuses participants from another region and invalid input with Dutch field messages", async () => {
    const plan = await createPlan(coordinator, a.slug, { title: "Plan met fouten", periodStart: "2026", periodEnd: "2029" });
    const theme = await createTheme(coordinator, a.slug, plan.id, THEME);
    const error = await createInitiative(coordinator, a.slug, {
      themeId: theme.id,
      title: "X-initiatief",
      phase: "ontwikkelen",
      wijkverbandIds: [b.wijkverbandId],
      practiceIds: [],
      organisationIds: [],
    }).catch((e) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect(error.fieldErrors.wijkverbandIds).toEqual(["Kies wijkverbanden uit deze regio."]);
    const invalid = await createInitiative(coordinator, a.slug, { themeId: theme.id, title: "Y", phase: "onbekend" }).catch(
      (e) => e,
    );
    expect(invalid).toBeInstanceOf(ValidationError);
    expect(Object.keys(invalid.fieldErrors).sort()).toEqual(["phase", "title"]);
    const reversed = await createInitiative(coordinator, a.slug, {
      themeId: theme.id,
      title: "Omgekeerd",
      phase: "ontwikkelen",
      startDate: "2026-05-01",
      endDate: "01-01-2026",
    }).catch((e) => e);
    expect(reversed.fieldErrors).toEqual({ endDate: ["De einddatum ligt vóór de startdatum."] });
    await expect(
      createPlan(coordinator, a.slug, { title: "Omgekeerd", periodStart: "2028", periodEnd: "2025" }),
    ).rejects.toBeInstanceOf(ValidationError);
  });
});

describe("status transitions", () => {
  it("follows concept → ter consultatie → vastgesteld → geëvalueerd and refuses the rest in Dutch", async () => {
    const { plan } = await planWithContent(coordinator, a);
    await expect(transitionPlan(coordinator, a.slug, plan.id, { to: "vastgesteld" })).rejects.toThrow(
      /concept kan niet naar vastgesteld/,
    );
    await expect(transitionPlan(coordinator, a.slug, plan.id, { to: "geevalueerd" })).rejects.toBeInstanceOf(ConflictError);
    expect(await transitionPlan(coordinator, a.slug, plan.id, { to: "ter_consultatie" })).toEqual({
      status: "ter_consultatie",
      version: 0,
    });
    expect(await transitionPlan(coordinator, a.slug, plan.id, { to: "concept" })).toEqual({ status: "concept", version: 0 });
    await transitionPlan(coordinator, a.slug, plan.id, { to: "ter_consultatie" });
    expect(await transitionPlan(coordinator, a.slug, plan.id, { to: "vastgesteld" })).toEqual({
      status: "vastgesteld",
      version: 1,
    });
    await expect(transitionPlan(coordinator, a.slug, plan.id, { to: "ter_consultatie" })).rejects.toBeInstanceOf(ConflictError);
    expect(await transitionPlan(admin, a.slug, plan.id, { to: "geevalueerd" })).toEqual({ status: "geevalueerd", version: 1 });
    await expect(transitionPlan(coordinator, a.slug, plan.id, { to: "concept" })).rejects.toBeInstanceOf(ConflictError);
    const audit = await systemDb.auditEvent.findMany({
      where: { regionId: a.regionId, entityId: plan.id, action: { startsWith: "plan.status." } },
      orderBy: { id: "asc" },
      select: { action: true },
    });
    expect(audit.map((e) => e.action)).toEqual([
      "plan.status.ter_consultatie",
      "plan.status.concept",
      "plan.status.ter_consultatie",
      "plan.status.vastgesteld",
      "plan.status.geevalueerd",
    ]);
  });

  it("lets only coordinators and the platform admin of the region move a plan", async () => {
    const { plan } = await planWithContent(coordinator, a);
    for (const actor of [holder, insurer, officer, foreignCoordinator]) {
      await expect(transitionPlan(actor, a.slug, plan.id, { to: "ter_consultatie" })).rejects.toBeInstanceOf(NotFoundError);
    }
    // The foreign coordinator cannot reach the plan through its own region either.
    await expect(transitionPlan(foreignCoordinator, b.slug, plan.id, { to: "ter_consultatie" })).rejects.toBeInstanceOf(
      NotFoundError,
    );
    expect((await getPlan(coordinator, a.slug, plan.id)).plan.status).toBe("concept");
  });

  it("keeps edits open during consultation and freezes content from vastgesteld, while monitoring goes on", async () => {
    const { plan, theme, initiative, indicator, milestones } = await planWithContent(coordinator, a);
    await transitionPlan(coordinator, a.slug, plan.id, { to: "ter_consultatie" });
    await updateTheme(coordinator, a.slug, theme.id, { ...THEME, priority: "2" });
    await transitionPlan(coordinator, a.slug, plan.id, { to: "vastgesteld" });

    await expect(updateTheme(coordinator, a.slug, theme.id, { ...THEME, priority: "3" })).rejects.toThrow(
      /vastgesteld en kan niet meer worden gewijzigd/,
    );
    await expect(createTheme(coordinator, a.slug, plan.id, THEME)).rejects.toBeInstanceOf(ConflictError);
    await expect(
      updatePlan(coordinator, a.slug, plan.id, { title: "Nieuwe titel", periodStart: "2025", periodEnd: "2028" }),
    ).rejects.toBeInstanceOf(ConflictError);
    await expect(
      createInitiative(coordinator, a.slug, { themeId: theme.id, title: "Te laat", phase: "ontwikkelen" }),
    ).rejects.toBeInstanceOf(ConflictError);
    await expect(
      updateInitiative(coordinator, a.slug, initiative.id, { themeId: theme.id, title: "Andere titel", phase: "borgen" }),
    ).rejects.toBeInstanceOf(ConflictError);
    await expect(
      addIndicator(coordinator, a.slug, initiative.id, { name: "Nieuw", unit: "%", target: "5", direction: "increase" }),
    ).rejects.toBeInstanceOf(ConflictError);
    await expect(
      addMilestone(coordinator, a.slug, initiative.id, { title: "Nieuw", dueDate: "2027-01-01" }),
    ).rejects.toBeInstanceOf(ConflictError);

    // Monitoring continues on a vastgesteld plan …
    await recordMeasurement(coordinator, a.slug, indicator.id, { period: "2026-Q2", value: "41" });
    await setMilestoneDone(coordinator, a.slug, milestones.open.id, true);
    // … but not by others, and not after evaluation.
    await expect(recordMeasurement(insurer, a.slug, indicator.id, { period: "2026-Q3", value: "44" })).rejects.toBeInstanceOf(
      NotFoundError,
    );
    await transitionPlan(coordinator, a.slug, plan.id, { to: "geevalueerd" });
    await expect(recordMeasurement(coordinator, a.slug, indicator.id, { period: "2026-Q3", value: "44" })).rejects.toBeInstanceOf(
      ConflictError,
    );
    await expect(setMilestoneDone(coordinator, a.slug, milestones.open.id, false)).rejects.toBeInstanceOf(ConflictError);

    // The frozen version holds the content as it was at vaststelling.
    const v1 = await getPlanVersion(insurer, a.slug, plan.id, 1);
    expect(v1.version.snapshot.themes[0]).toMatchObject({ name: THEME.name, priority: 2 });
    const frozen = v1.version.snapshot.themes[0]!.initiatives.find((i) => i.title === "Proactieve zorgplanning")!;
    expect(frozen.milestones.map((m) => m.done)).toEqual([true, false]);
    expect(frozen.indicators[0]).toMatchObject({ name: "Ouderen met plan", baseline: 18, target: 60 });
  });
});

describe("versions", () => {
  it("a revision round creates version 2; versions compare per theme and initiative; old versions stay as they were", async () => {
    const { plan, theme, initiative } = await planWithContent(coordinator, a);
    await transitionPlan(coordinator, a.slug, plan.id, { to: "ter_consultatie" });
    await transitionPlan(coordinator, a.slug, plan.id, { to: "vastgesteld" });
    const noChange = await comparePlanVersions(holder, a.slug, plan.id);
    expect(noChange).toMatchObject({ from: 1, to: 0 });
    expect(noChange.diff?.counts).toEqual({ added: 0, removed: 0, changed: 0 });

    await transitionPlan(coordinator, a.slug, plan.id, { to: "concept" }); // herzien
    await updateInitiative(coordinator, a.slug, initiative.id, {
      themeId: theme.id,
      title: "Proactieve zorgplanning",
      phase: "borgen",
      ownerName: "Marieke Koster",
      startDate: "2025-01-01",
      endDate: "2028-06-30",
      wijkverbandIds: [a.wijkverbandId],
      practiceIds: [a.practiceId],
    });
    const digital = await createTheme(coordinator, a.slug, plan.id, {
      name: "Digitalisering",
      type: "randvoorwaardelijk",
      priority: "3",
    });
    await createInitiative(coordinator, a.slug, { themeId: digital.id, title: "E-consult", phase: "ontwikkelen" });
    await transitionPlan(coordinator, a.slug, plan.id, { to: "ter_consultatie" });
    expect(await transitionPlan(coordinator, a.slug, plan.id, { to: "vastgesteld" })).toEqual({
      status: "vastgesteld",
      version: 2,
    });

    const cmp = await comparePlanVersions(officer, a.slug, plan.id);
    expect(cmp).toMatchObject({ from: 1, to: 2 });
    const ouderen = cmp.diff!.themes.find((t) => t.name === THEME.name)!;
    expect(ouderen.kind).toBe("unchanged");
    // Field names are catalogue references; read them in Dutch.
    const inDutch = ouderen.initiatives.map((i) => ({ ...i, changes: i.changes.map((c) => ({ ...c, field: dutch(c.field) })) }));
    expect(inDutch).toEqual([
      {
        kind: "changed",
        key: initiative.id,
        title: "Proactieve zorgplanning",
        changes: [
          { field: "Fase", before: "opschalen", after: "borgen" },
          { field: "Einde", before: "2027-12-31", after: "2028-06-30" },
        ],
      },
    ]);
    expect(cmp.diff!.themes.find((t) => t.name === "Digitalisering")).toMatchObject({
      kind: "added",
      initiatives: [{ kind: "added", title: "E-consult" }],
    });
    expect((await getPlanVersion(coordinator, a.slug, plan.id, 1)).version.snapshot.themes).toHaveLength(1);
    await expect(getPlanVersion(coordinator, a.slug, plan.id, 3)).rejects.toBeInstanceOf(NotFoundError);
    // Versions are immutable for the application: the app role cannot rewrite them (no UPDATE path), and
    // they are unreachable from another region.
    await expect(comparePlanVersions(foreignCoordinator, a.slug, plan.id)).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe("carry-over to a new period", () => {
  it("copies themes and running initiatives with indicators, measurements and open milestones in one go", async () => {
    const { plan, initiative, stopping } = await planWithContent(coordinator, a);
    // Two more indicators, not in alphabetical order: the copies keep the order they were added in.
    for (const name of ["Zorgplannen gedeeld", "Acute opnames"])
      await addIndicator(coordinator, a.slug, initiative.id, { name, unit: "aantal", target: "5", direction: "increase" });
    // Open milestones due on the same day as the existing one: the title settles their order.
    for (const title of ["Zorgpaden afgestemd", "Afsprakenkaart verspreid"])
      await addMilestone(coordinator, a.slug, initiative.id, { title, dueDate: "2026-09-30" });
    await transitionPlan(coordinator, a.slug, plan.id, { to: "ter_consultatie" });
    await transitionPlan(coordinator, a.slug, plan.id, { to: "vastgesteld" });
    const result = await carryOverPlan(coordinator, a.slug, plan.id, {
      title: "Regioplan 2029–2032",
      periodStart: "2029",
      periodEnd: "2032",
    });
    expect(result).toMatchObject({ themes: 1, initiatives: 1 });

    const next = await getPlan(coordinator, a.slug, result.id);
    expect(next.plan).toMatchObject({
      status: "concept",
      periodStart: 2029,
      periodEnd: 2032,
      previousPlanId: plan.id,
      currentVersion: 0,
    });
    expect(next.previousPlan?.id).toBe(plan.id);
    expect(next.themes.map((t) => ({ name: t.name, priority: t.priority, izaGoals: t.izaGoals }))).toEqual([
      { name: THEME.name, priority: 1, izaGoals: ["wijkverbanden"] },
    ]);
    const copied = next.themes[0]!.initiatives;
    expect(copied.map((i) => i.title)).toEqual(["Proactieve zorgplanning"]);
    expect(copied[0]!.id).not.toBe(initiative.id);
    expect(copied[0]!.carriedFromId).toBe(initiative.id);
    expect(copied.some((i) => i.carriedFromId === stopping.id)).toBe(false);
    expect(copied[0]!.participants.map((p) => p.kind).sort()).toEqual(["practice", "wijkverband"]);
    expect(copied[0]!.indicators[0]).toMatchObject({
      name: "Ouderen met plan",
      baseline: 18,
      target: 60,
      measurements: [{ period: "2025-Q4", value: 33.5 }],
    });
    const order = ["Ouderen met plan", "Zorgplannen gedeeld", "Acute opnames"];
    expect(copied[0]!.indicators.map((i) => i.name)).toEqual(order);
    // The copies were inserted in one statement; an update moves a row within the table, not in the list.
    await systemDb.indicator.update({ where: { id: copied[0]!.indicators[0]!.id }, data: { unit: "procent" } });
    const again = await getPlan(coordinator, a.slug, result.id);
    expect(again.themes[0]!.initiatives[0]!.indicators.map((i) => i.name)).toEqual(order);
    const milestoneOrder = ["Afsprakenkaart verspreid", "Gedeeld zorgplan overal", "Zorgpaden afgestemd"];
    expect(copied[0]!.milestones.map((m) => m.title)).toEqual(milestoneOrder);
    expect(again.themes[0]!.initiatives[0]!.milestones.map((m) => m.title)).toEqual(milestoneOrder);
    expect((await getInitiative(holder, a.slug, copied[0]!.id)).carriedFrom?.id).toBe(initiative.id);

    // The source plan is untouched, and the new plan is editable.
    const source = await getPlan(coordinator, a.slug, plan.id);
    expect(source.plan.status).toBe("vastgesteld");
    expect(source.themes[0]!.initiatives).toHaveLength(2);
    await createTheme(coordinator, a.slug, result.id, { name: "Jeugd", type: "doelgroep", priority: "2" });
    expect(
      await systemDb.auditEvent.count({ where: { regionId: a.regionId, action: "plan.carryOver", entityId: result.id } }),
    ).toBe(1);

    for (const actor of [holder, insurer, officer]) {
      await expect(
        carryOverPlan(actor, a.slug, plan.id, { title: "Niet van mij", periodStart: "2029", periodEnd: "2032" }),
      ).rejects.toBeInstanceOf(NotFoundError);
    }
    await expect(
      carryOverPlan(foreignCoordinator, b.slug, plan.id, { title: "Niet van mij", periodStart: "2029", periodEnd: "2032" }),
    ).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe("comments", () => {
  it("only coordinators comment on a concept; every reader during consultation with role and organisation; coordinators handle", async () => {
    const { plan, theme, initiative } = await planWithContent(coordinator, a);
    await expect(addComment(insurer, a.slug, { subjectType: "plan", subjectId: plan.id, body: "Te vroeg" })).rejects.toThrow(
      /zodra het plan ter consultatie ligt/,
    );
    await addComment(coordinator, a.slug, { subjectType: "plan", subjectId: plan.id, body: "Interne notitie" });
    await transitionPlan(coordinator, a.slug, plan.id, { to: "ter_consultatie" });

    const byInsurer = await addComment(insurer, a.slug, {
      subjectType: "plan",
      subjectId: plan.id,
      body: "Graag resultaten per jaar.",
    });
    await addComment(officer, a.slug, { subjectType: "theme", subjectId: theme.id, body: "Verbind met bestaanszekerheid." });
    await addComment(holder, a.slug, {
      subjectType: "initiative",
      subjectId: initiative.id,
      body: "Registratie in het HIS vereenvoudigen?",
    });
    await addComment(admin, a.slug, { subjectType: "initiative", subjectId: initiative.id, body: "Beheer leest mee." });

    const detail = await getPlan(officer, a.slug, plan.id);
    const insurerComment = detail.comments.find((c) => c.id === byInsurer.id)!;
    expect(insurerComment).toMatchObject({
      authorRole: "insurer_reviewer",
      authorOrganisationName: `Verzekeraar ${a.slug.slice(3)}`,
      handledAt: null,
    });
    expect(detail.comments.find((c) => c.subjectType === "theme")).toMatchObject({
      authorRole: "municipality_officer",
      authorOrganisationName: expect.stringMatching(/^Gemeente /),
    });
    const onInitiative = (await getInitiative(insurer, a.slug, initiative.id)).comments;
    expect(onInitiative.map((c) => [c.authorRole, c.authorOrganisationName])).toEqual([
      ["practice_holder", expect.stringMatching(/^Praktijk /)],
      ["platform_admin", "Platformbeheer Wijkkracht"],
    ]);

    await expect(setCommentHandled(insurer, a.slug, byInsurer.id, true)).rejects.toBeInstanceOf(NotFoundError);
    await expect(setCommentHandled(holder, a.slug, byInsurer.id, true)).rejects.toBeInstanceOf(NotFoundError);
    await expect(setCommentHandled(foreignCoordinator, b.slug, byInsurer.id, true)).rejects.toBeInstanceOf(NotFoundError);
    await setCommentHandled(coordinator, a.slug, byInsurer.id, true);
    expect((await getPlan(insurer, a.slug, plan.id)).comments.find((c) => c.id === byInsurer.id)?.handledAt).toBeInstanceOf(Date);
    expect(
      await systemDb.auditEvent.count({ where: { regionId: a.regionId, action: "comment.handle", entityId: plan.id } }),
    ).toBe(1);

    // Comments on a foreign region's subjects are impossible, also through one's own region.
    await expect(
      addComment(foreignCoordinator, b.slug, { subjectType: "plan", subjectId: plan.id, body: "Hallo" }),
    ).rejects.toBeInstanceOf(NotFoundError);
    await expect(
      addComment(foreignCoordinator, a.slug, { subjectType: "plan", subjectId: plan.id, body: "Hallo" }),
    ).rejects.toBeInstanceOf(NotFoundError);

    await transitionPlan(coordinator, a.slug, plan.id, { to: "vastgesteld" });
    await addComment(insurer, a.slug, { subjectType: "initiative", subjectId: initiative.id, body: "We volgen de voortgang." });
    await transitionPlan(coordinator, a.slug, plan.id, { to: "geevalueerd" });
    await expect(
      addComment(coordinator, a.slug, { subjectType: "plan", subjectId: plan.id, body: "Na evaluatie" }),
    ).rejects.toThrow(/geëvalueerd/);
  });
});

describe("permissions per role", () => {
  it("coordinator and admin edit; practice holder, insurer and municipality read; a foreign region sees nothing", async () => {
    const { plan, theme, initiative, indicator } = await planWithContent(coordinator, a);
    // Admin edits too.
    await createTheme(admin, a.slug, plan.id, { name: "Door beheer", type: "randvoorwaardelijk", priority: "5" });

    for (const actor of [holder, insurer, officer]) {
      await expect(
        createPlan(actor, a.slug, { title: "Mijn plan", periodStart: "2026", periodEnd: "2027" }),
      ).rejects.toBeInstanceOf(NotFoundError);
      await expect(createTheme(actor, a.slug, plan.id, THEME)).rejects.toBeInstanceOf(NotFoundError);
      await expect(updateTheme(actor, a.slug, theme.id, THEME)).rejects.toBeInstanceOf(NotFoundError);
      await expect(
        createInitiative(actor, a.slug, { themeId: theme.id, title: "Van mij", phase: "ontwikkelen" }),
      ).rejects.toBeInstanceOf(NotFoundError);
      await expect(
        addIndicator(actor, a.slug, initiative.id, { name: "Nieuw", unit: "%", target: "5", direction: "increase" }),
      ).rejects.toBeInstanceOf(NotFoundError);
      await expect(recordMeasurement(actor, a.slug, indicator.id, { period: "2026", value: "1" })).rejects.toBeInstanceOf(
        NotFoundError,
      );

      const read = await getPlan(actor, a.slug, plan.id);
      expect((await getPlanTimeline(actor, a.slug, plan.id)).themes.map((th) => th.id)).toEqual(read.themes.map((th) => th.id));
      expect(read.permissions).toMatchObject({
        mayEdit: false,
        mayMonitor: false,
        mayHandleComments: false,
        transitions: [],
        isEditor: false,
      });
      expect((await getInitiative(actor, a.slug, initiative.id)).initiative.title).toBe("Proactieve zorgplanning");
      expect((await listPlans(actor, a.slug)).mayCreate).toBe(false);
      expect((await getWerkagenda(actor, a.slug, plan.id, MESSAGES.nl)).tables[0]!.rows.length).toBeGreaterThan(0);
    }
    expect((await getPlan(coordinator, a.slug, plan.id)).permissions).toMatchObject({
      mayEdit: true,
      transitions: ["ter_consultatie"],
      isEditor: true,
    });
    expect((await getPlan(admin, a.slug, plan.id)).permissions).toMatchObject({
      mayEdit: true,
      transitions: ["ter_consultatie"],
    });

    // The forms on pages of their own: the new initiative's and a theme's.
    for (const editor of [coordinator, admin]) {
      const form = await getNewInitiativeForm(editor, a.slug, plan.id);
      expect(form?.options.themes.map((th) => th.id)).toContain(theme.id);
      const edit = await getThemeEditForm(editor, a.slug, plan.id, theme.id);
      expect(edit).toMatchObject({ plan: { id: plan.id }, theme: { id: theme.id, name: THEME.name, rationale: "Vergrijzing" } });
    }
    for (const reader of [holder, insurer, officer]) {
      expect(await getNewInitiativeForm(reader, a.slug, plan.id)).toBeNull();
      expect(await getThemeEditForm(reader, a.slug, plan.id, theme.id)).toBeNull();
    }
    const otherPlan = await createPlan(coordinator, a.slug, { title: "Ander plan", periodStart: "2029", periodEnd: "2030" });
    await expect(getThemeEditForm(coordinator, a.slug, otherPlan.id, theme.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(getThemeEditForm(coordinator, a.slug, plan.id, "niet-een-uuid")).rejects.toBeInstanceOf(NotFoundError);
    for (const slug of [a.slug, b.slug]) {
      await expect(getNewInitiativeForm(foreignCoordinator, slug, plan.id)).rejects.toBeInstanceOf(NotFoundError);
      await expect(getThemeEditForm(foreignCoordinator, slug, plan.id, theme.id)).rejects.toBeInstanceOf(NotFoundError);
    }

    // A foreign coordinator: not through the URL's region, and not by pairing its own region with our ids.
    await expect(listPlans(foreignCoordinator, a.slug)).rejects.toBeInstanceOf(NotFoundError);
    await expect(getPlan(foreignCoordinator, a.slug, plan.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(getPlan(foreignCoordinator, b.slug, plan.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(getPlanTimeline(foreignCoordinator, a.slug, plan.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(getPlanTimeline(foreignCoordinator, b.slug, plan.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(getPlanTimeline(coordinator, a.slug, "niet-een-uuid")).rejects.toBeInstanceOf(NotFoundError);
    await expect(getInitiative(foreignCoordinator, b.slug, initiative.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(getWerkagenda(foreignCoordinator, b.slug, plan.id, MESSAGES.nl)).rejects.toBeInstanceOf(NotFoundError);
    await expect(createTheme(foreignCoordinator, b.slug, plan.id, THEME)).rejects.toBeInstanceOf(NotFoundError);
    await expect(updateTheme(foreignCoordinator, b.slug, theme.id, THEME)).rejects.toBeInstanceOf(NotFoundError);
    await expect(
      createInitiative(foreignCoordinator, b.slug, { themeId: theme.id, title: "Kaping", phase: "ontwikkelen" }),
    ).rejects.toBeInstanceOf(NotFoundError);
    await expect(
      recordMeasurement(foreignCoordinator, b.slug, indicator.id, { period: "2026", value: "1" }),
    ).rejects.toBeInstanceOf(NotFoundError);
    await expect(getPlan(coordinator, a.slug, "niet-een-uuid")).rejects.toBeInstanceOf(NotFoundError);
    // The platform admin sees both regions.
    expect((await listPlans(admin, b.slug)).region.id).toBe(b.regionId);
  });
});

describe("initiatives list and werkagenda", () => {
  it("filters by municipality, client group, phase and theme", async () => {
    const { plan, initiative, stopping } = await planWithContent(coordinator, a);
    await transitionPlan(coordinator, a.slug, plan.id, { to: "ter_consultatie" });
    const all = await listInitiatives(officer, a.slug, { plan: plan.id });
    expect(all.initiatives.map((i) => i.id).sort()).toEqual([initiative.id, stopping.id].sort());
    expect(all.ownMunicipalities).toEqual([a.municipalityCode]);
    const mine = await listInitiatives(officer, a.slug, { plan: plan.id, municipality: a.municipalityCode });
    expect(mine.initiatives.map((i) => i.id)).toEqual([initiative.id]);
    expect((await listInitiatives(officer, a.slug, { plan: plan.id, municipality: "GM0001" })).initiatives).toEqual([]);
    expect(
      (await listInitiatives(insurer, a.slug, { plan: plan.id, clientGroup: "zorg_en_hulpvraag" })).initiatives,
    ).toHaveLength(2);
    expect((await listInitiatives(insurer, a.slug, { plan: plan.id, clientGroup: "gezond" })).initiatives).toHaveLength(0);
    expect((await listInitiatives(insurer, a.slug, { plan: plan.id, phase: "stoppen" })).initiatives.map((i) => i.id)).toEqual([
      stopping.id,
    ]);
    expect((await listInitiatives(insurer, a.slug, { plan: plan.id, q: "zorgplanning" })).initiatives.map((i) => i.id)).toEqual([
      initiative.id,
    ]);
    // Unknown filter values are ignored rather than failing.
    expect((await listInitiatives(insurer, a.slug, { plan: plan.id, phase: "DROP TABLE" })).initiatives).toHaveLength(2);
  });

  it("exports theme, initiative, owner, phase, planning and indicators with their latest value, formula-safe", async () => {
    const plan = await createPlan(coordinator, a.slug, { title: "Exportplan", periodStart: "2026", periodEnd: "2029" });
    const theme = await createTheme(coordinator, a.slug, plan.id, { ...THEME, name: '=HYPERLINK("http://x")' });
    const ini = await createInitiative(coordinator, a.slug, {
      themeId: theme.id,
      title: "+Opschalen",
      ownerName: "@eigenaar",
      phase: "opschalen",
      startDate: "2026-01-01",
      endDate: "2027-12-31",
    });
    const ind = await addIndicator(coordinator, a.slug, ini.id, {
      name: "-Wachttijd",
      unit: "dagen",
      baseline: "30",
      target: "10",
      direction: "decrease",
    });
    await recordMeasurement(coordinator, a.slug, ind.id, { period: "2026-Q1", value: "28" });
    await recordMeasurement(coordinator, a.slug, ind.id, { period: "2026-Q2", value: "25" });
    await createInitiative(coordinator, a.slug, { themeId: theme.id, title: "Zonder indicator", phase: "ontwikkelen" });
    const { fileBase, tables } = await getWerkagenda(insurer, a.slug, plan.id, MESSAGES.nl);
    expect(fileBase).toBe(`werkagenda-${a.slug}-2026-2029`);
    const [agenda] = tables;
    expect(agenda!.rows).toHaveLength(2);
    const row = Object.fromEntries(agenda!.columns.map((c, i) => [c, agenda!.rows.find((r) => r[3] === "+Opschalen")![i]]));
    expect(row).toMatchObject({
      Eigenaar: "@eigenaar",
      Fase: "Opschalen",
      Indicator: "-Wachttijd",
      Nulmeting: 30,
      Streefwaarde: 10,
      "Laatste meting": 25,
      "Periode laatste meting": "2026-Q2",
    });
    const csv = toCsv(agenda!);
    expect(csv).toContain(`'=HYPERLINK(""http://x"")`);
    expect(csv).toContain("'+Opschalen");
    expect(csv).toContain("'@eigenaar");
    expect(csv).toContain("'-Wachttijd");

    // In English: file name, sheet names, headers and labels (phase, direction) follow the reader; data stays as written.
    const english = await getWerkagenda(insurer, a.slug, plan.id, MESSAGES.en);
    expect(english.fileBase).toBe(`work-agenda-${a.slug}-2026-2029`);
    expect(english.tables.map((t) => t.name)).toEqual(["Work agenda", "Milestones"]);
    expect(tables.map((t) => t.name)).toEqual(["Werkagenda", "Mijlpalen"]);
    const [enAgenda] = english.tables;
    const enRow = Object.fromEntries(enAgenda!.columns.map((c, i) => [c, enAgenda!.rows.find((r) => r[3] === "+Opschalen")![i]]));
    expect(enRow).toMatchObject({
      Theme: '=HYPERLINK("http://x")',
      Owner: "@eigenaar",
      Phase: "Scale up",
      Direction: MESSAGES.en.plan.direction.decrease,
      Indicator: "-Wachttijd",
      Baseline: 30,
      Target: 10,
      "Latest measurement": 25,
      "Period of latest measurement": "2026-Q2",
    });
    expect(row.Richting).toBe("Lager is beter");
    expect(enAgenda!.columns.filter((c) => agenda!.columns.includes(c))).toEqual(["Start", "Indicator"]);
    expect(toCsv(enAgenda!)).toContain(`'=HYPERLINK(""http://x"")`);
  });
});
