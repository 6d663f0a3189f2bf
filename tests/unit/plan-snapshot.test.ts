// Snapshots of a plan and the comparison of two versions per theme and initiative; plan rules.
import { describe, expect, it } from "vitest";
import { ConflictError } from "@/lib/domain/errors";
import { assertTransition, commentAudience, isContentEditable, isMonitoringOpen, TRANSITIONS } from "@/lib/domain/plans/rules";
import { periodEnd } from "@/lib/domain/plans/schema";
import { buildSnapshot, diffSnapshots, parseSnapshot, type FieldChange, type SnapshotSource } from "@/lib/domain/plans/snapshot";
import { dutch } from "@/lib/i18n/keys";

/** Field labels are catalogue references; the tests read them in Dutch. */
const inDutch = (changes: FieldChange[]) => changes.map((c) => ({ ...c, field: dutch(c.field) }));

const source = (): SnapshotSource => ({
  title: "Regioplan 2025–2028",
  periodStart: 2025,
  periodEnd: 2028,
  summary: "Samen sterker",
  themes: [
    {
      id: "t1",
      name: "Ouderen",
      type: "doelgroep",
      clientGroup: "zorg_en_hulpvraag",
      izaGoals: ["wijkverbanden"],
      priority: 1,
      rationale: "Vergrijzing",
      initiatives: [
        {
          id: "i1",
          title: "Proactieve zorgplanning",
          description: "Gesprek",
          ownerName: "Marieke",
          phase: "opschalen",
          startDate: new Date("2025-01-01T00:00:00Z"),
          endDate: "2027-12-31",
          participants: ["Wijkverband Zuid"],
          indicators: [{ id: "x1", name: "Ouderen met plan", unit: "%", baseline: 18, target: 60, direction: "increase" }],
          milestones: [{ id: "m1", title: "Scholing", dueDate: "2025-06-30", doneAt: new Date() }],
        },
        {
          id: "i2",
          title: "Valpreventie",
          description: null,
          ownerName: null,
          phase: "ontwikkelen",
          startDate: null,
          endDate: null,
          indicators: [],
          milestones: [],
        },
      ],
    },
    {
      id: "t2",
      name: "Digitaal",
      type: "randvoorwaardelijk",
      clientGroup: null,
      izaGoals: [],
      priority: 3,
      rationale: null,
      initiatives: [],
    },
  ],
});

describe("buildSnapshot", () => {
  it("is JSON-safe and sorted like the plan, with dates as yyyy-mm-dd", () => {
    const s = buildSnapshot(source());
    expect(JSON.parse(JSON.stringify(s))).toEqual(s);
    expect(s.themes.map((t) => t.name)).toEqual(["Ouderen", "Digitaal"]);
    expect(s.themes[0]!.initiatives.map((i) => i.title)).toEqual(["Proactieve zorgplanning", "Valpreventie"]);
    expect(s.themes[0]!.initiatives[0]).toMatchObject({
      startDate: "2025-01-01",
      endDate: "2027-12-31",
      milestones: [{ title: "Scholing", dueDate: "2025-06-30", done: true }],
    });
  });

  it("parses older snapshots without lists", () => {
    const s = parseSnapshot({
      title: "Oud",
      periodStart: 2021,
      periodEnd: 2024,
      themes: [{ name: "A", type: "doelgroep", priority: 1, initiatives: [{ title: "X", phase: "borgen" }] }],
    });
    expect(s.themes[0]!.initiatives[0]).toMatchObject({ title: "X", indicators: [], milestones: [], participants: [] });
  });
});

describe("diffSnapshots", () => {
  it("finds nothing between identical versions", () => {
    const d = diffSnapshots(buildSnapshot(source()), buildSnapshot(source()));
    expect(d).toEqual({ plan: [], themes: [], counts: { added: 0, removed: 0, changed: 0 } });
  });

  it("reports added, removed and changed themes and initiatives with before and after", () => {
    const before = buildSnapshot(source());
    const next = source();
    next.title = "Regioplan 2025–2028 (herzien)";
    next.themes[0]!.priority = 2;
    next.themes[0]!.initiatives[0]!.phase = "borgen";
    next.themes[0]!.initiatives[0]!.indicators[0]!.target = 70;
    next.themes[0]!.initiatives.splice(1, 1); // Valpreventie removed
    next.themes[1]!.initiatives.push({
      id: "i3",
      title: "E-consult",
      description: null,
      ownerName: "Hans",
      phase: "ontwikkelen",
      startDate: null,
      endDate: null,
      indicators: [],
      milestones: [],
    });
    next.themes.push({
      id: "t3",
      name: "Jeugd",
      type: "doelgroep",
      clientGroup: "hulpvraag",
      izaGoals: [],
      priority: 2,
      rationale: null,
      initiatives: [],
    });
    const d = diffSnapshots(before, buildSnapshot(next));

    expect(inDutch(d.plan)).toEqual([{ field: "Titel", before: "Regioplan 2025–2028", after: "Regioplan 2025–2028 (herzien)" }]);
    const ouderen = d.themes.find((t) => t.name === "Ouderen")!;
    expect(ouderen.kind).toBe("changed");
    expect(inDutch(ouderen.changes)).toEqual([{ field: "Prioriteit", before: "1", after: "2" }]);
    const pzp = ouderen.initiatives.find((i) => i.title === "Proactieve zorgplanning")!;
    expect(pzp.kind).toBe("changed");
    expect(inDutch(pzp.changes).map((c) => c.field)).toEqual(["Fase", "Indicatoren"]);
    expect(pzp.changes[1]!.after).toContain("18 → 70");
    expect(ouderen.initiatives.find((i) => i.title === "Valpreventie")?.kind).toBe("removed");
    const digitaal = d.themes.find((t) => t.name === "Digitaal")!;
    expect(digitaal.kind).toBe("unchanged");
    expect(digitaal.initiatives).toEqual([{ kind: "added", key: "i3", title: "E-consult", changes: [] }]);
    expect(d.themes.find((t) => t.name === "Jeugd")?.kind).toBe("added");
    expect(d.counts).toEqual({ added: 2, removed: 1, changed: 2 });
  });

  it("matches by id, so a renamed initiative is a change, and a moved one names its old theme", () => {
    const next = source();
    const moved = next.themes[0]!.initiatives.pop()!;
    moved.title = "Valpreventie in de wijk";
    next.themes[1]!.initiatives.push(moved);
    const d = diffSnapshots(buildSnapshot(source()), buildSnapshot(next));
    const change = d.themes.find((t) => t.name === "Digitaal")!.initiatives[0]!;
    expect(change.kind).toBe("changed");
    expect(inDutch(change.changes)).toEqual([
      { field: "Opgave", before: "Ouderen", after: "Digitaal" },
      { field: "Titel", before: "Valpreventie", after: "Valpreventie in de wijk" },
    ]);
    expect(d.counts.removed).toBe(0);
  });

  it("falls back to matching by name for snapshots without ids, and lists the initiatives of a removed theme", () => {
    const strip = (s: ReturnType<typeof buildSnapshot>) => JSON.parse(JSON.stringify(s).replace(/"id":"[^"]*",/g, ""));
    const before = strip(buildSnapshot(source()));
    const next = source();
    next.themes.shift();
    const d = diffSnapshots(before, strip(buildSnapshot(next)));
    expect(d.themes).toHaveLength(1);
    expect(d.themes[0]).toMatchObject({ kind: "removed", name: "Ouderen" });
    expect(d.themes[0]!.initiatives.map((i) => i.kind)).toEqual(["removed", "removed"]);
  });
});

describe("plan rules", () => {
  it("allows exactly the documented transitions", () => {
    const allowed = Object.entries(TRANSITIONS).flatMap(([from, tos]) => tos.map((to) => `${from}>${to}`));
    expect(allowed.sort()).toEqual(
      [
        "concept>ter_consultatie",
        "ter_consultatie>concept",
        "ter_consultatie>vastgesteld",
        "vastgesteld>concept",
        "vastgesteld>geevalueerd",
      ].sort(),
    );
    expect(() => assertTransition("concept", "vastgesteld")).toThrow(ConflictError);
    expect(() => assertTransition("geevalueerd", "concept")).toThrow(/kan niet naar/);
    expect(() => assertTransition("concept", "concept")).toThrow(/al concept/);
  });

  it("freezes content from vastgesteld; monitoring until geëvalueerd; comments per status", () => {
    expect([
      isContentEditable("concept"),
      isContentEditable("ter_consultatie"),
      isContentEditable("vastgesteld"),
      isContentEditable("geevalueerd"),
    ]).toEqual([true, true, false, false]);
    expect([isMonitoringOpen("vastgesteld"), isMonitoringOpen("geevalueerd")]).toEqual([true, false]);
    expect([
      commentAudience("concept"),
      commentAudience("ter_consultatie"),
      commentAudience("vastgesteld"),
      commentAudience("geevalueerd"),
    ]).toEqual(["editors", "readers", "readers", "closed"]);
  });

  it("derives period ends from labels", () => {
    expect(periodEnd("2026").toISOString().slice(0, 10)).toBe("2026-12-31");
    expect(periodEnd("2026-H1").toISOString().slice(0, 10)).toBe("2026-06-30");
    expect(periodEnd("2026-Q3").toISOString().slice(0, 10)).toBe("2026-09-30");
    expect(periodEnd("2024-02").toISOString().slice(0, 10)).toBe("2024-02-29");
  });
});
