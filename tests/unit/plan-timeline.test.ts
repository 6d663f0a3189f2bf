// The time line's worked-out values: positions on the axis, dates and the texts a screen reader hears.
import { describe, expect, it } from "vitest";
import { milestoneTexts, timelineModel, type TimelineTheme } from "@/components/plan/timeline-model";
import { formatDate } from "@/lib/format";
import { MESSAGES } from "@/lib/i18n/messages";

const d = (iso: string) => new Date(`${iso}T00:00:00Z`);
const milestone = (id: string, due: string, state: { doneAt?: Date; overdue?: boolean } = {}) => ({
  id,
  title: `Mijlpaal ${id}`,
  dueDate: d(due),
  doneAt: state.doneAt ?? null,
  overdue: state.overdue ?? false,
});

const themes: TimelineTheme[] = [
  {
    id: "t1",
    name: "Ouderen",
    initiatives: [
      {
        id: "i1",
        title: "Valpreventie",
        phase: "opschalen",
        startDate: d("2026-01-01"),
        endDate: d("2026-12-31"),
        milestones: [
          milestone("m1", "2026-01-01", { doneAt: d("2026-01-02") }),
          milestone("m2", "2026-07-02", { overdue: true }),
          milestone("m3", "2027-12-31"),
        ],
      },
      { id: "i2", title: "Nog te plannen", phase: "ontwikkelen", startDate: null, endDate: null, milestones: [] },
      { id: "i3", title: "Alleen een einde", phase: "borgen", startDate: null, endDate: d("2027-01-01"), milestones: [] },
    ],
  },
  { id: "t2", name: "Leeg", initiatives: [] },
];

const model = (today: Date) =>
  timelineModel({
    themes,
    fromYear: 2026,
    toYear: 2027,
    initiativeBase: "/r/regio/initiatieven",
    formatDate: (date) => formatDate(date),
    today,
    t: MESSAGES.nl.plan,
  });

describe("timelineModel", () => {
  const m = model(d("2027-01-01"));
  const [bar, unplanned, endOnly] = m.themes[0]!.bars;

  it("lays the years out and places today on the axis, in hundredths of a percent", () => {
    expect(m.years).toEqual([2026, 2027]);
    expect(m.todayPct).toBe(50);
    expect(model(d("2030-01-01")).todayPct).toBeNull();
  });

  it("places a bar by its dates and says them in words", () => {
    expect(bar).toMatchObject({
      id: "i1",
      colour: "bg-blue-800",
      dates: "1 januari 2026 tot 31 december 2026",
      span: { left: 0, width: 49.86 },
    });
    expect(m.initiativeBase).toBe("/r/regio/initiatieven");
    expect(milestoneTexts(m.texts, bar!.title, bar!.milestones).listLabel).toBe("Mijlpalen van Valpreventie");
  });

  it("gives an unplanned initiative no bar, and one with a single date a bar of the minimum width", () => {
    expect(unplanned).toMatchObject({ span: null, dates: "nog niet gepland", colour: "bg-sky-700" });
    expect(endOnly!.span).toEqual({ left: 50, width: 1.5 });
  });

  it("marks milestones done, late or open, in text as well as by symbol", () => {
    const texts = milestoneTexts(m.texts, bar!.title, bar!.milestones).items;
    expect(bar!.milestones.map((x, i) => [x.mark, x.left, texts[i]!.label])).toEqual([
      ["done", 0, "Mijlpaal Mijlpaal m1, 1 januari 2026, gereed"],
      ["late", 24.93, "Mijlpaal Mijlpaal m2, 2 juli 2026, te laat"],
      ["open", 99.86, "Mijlpaal Mijlpaal m3, 31 december 2027"],
    ]);
    expect(texts[1]!.tooltip).toBe("Mijlpaal m2: 2 juli 2026");
  });

  it("keeps a theme without initiatives, and the legend in the catalogue's language", () => {
    expect(m.themes[1]).toEqual({ id: "t2", name: "Leeg", bars: [] });
    expect(m.legend.map((l) => l.label)).toEqual(["Ontwikkelen", "Opschalen", "Borgen", "Stoppen"]);
  });
});
