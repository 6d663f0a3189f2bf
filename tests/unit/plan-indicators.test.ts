// On-track logic of indicators: direction, baseline, target, latest measurement and elapsed time.
import { describe, expect, it } from "vitest";
import { assessIndicator } from "@/lib/domain/plans/indicators";

const d = (iso: string) => new Date(`${iso}T00:00:00Z`);
const m = (iso: string, value: number) => ({ periodEnd: d(iso), value });
const run = { start: d("2025-01-01"), end: d("2027-01-01") }; // two years

describe("assessIndicator", () => {
  it("has no data without measurements", () => {
    expect(assessIndicator({ direction: "increase", baseline: 10, target: 50, measurements: [] })).toMatchObject({
      state: "no_data",
      latest: null,
    });
  });

  it("uses the latest measurement by period end, not the order given", () => {
    const r = assessIndicator({
      direction: "increase",
      baseline: 0,
      target: 100,
      measurements: [m("2026-12-31", 90), m("2025-06-30", 10)],
      ...run,
    });
    expect(r.latest?.value).toBe(90);
  });

  it("is achieved when the target is reached, in either direction", () => {
    expect(assessIndicator({ direction: "increase", baseline: 10, target: 50, measurements: [m("2025-06-30", 50)] }).state).toBe(
      "achieved",
    );
    expect(
      assessIndicator({ direction: "decrease", baseline: 210, target: 160, measurements: [m("2025-06-30", 150)] }).state,
    ).toBe("achieved");
    expect(
      assessIndicator({ direction: "decrease", baseline: 210, target: 160, measurements: [m("2025-06-30", 161)] }).state,
    ).not.toBe("achieved");
  });

  it("is on track when progress keeps up with elapsed time (within 10 points)", () => {
    // Halfway through the run (2026-01-01), 45% of the way: on track; 30%: off track.
    expect(
      assessIndicator({ direction: "increase", baseline: 0, target: 100, measurements: [m("2026-01-01", 45)], ...run }).state,
    ).toBe("on_track");
    expect(
      assessIndicator({ direction: "increase", baseline: 0, target: 100, measurements: [m("2026-01-01", 30)], ...run }).state,
    ).toBe("off_track");
  });

  it("works for decreasing indicators", () => {
    // 210 → 160 is a span of −50; halfway: 185 is exactly on schedule, 200 lags behind.
    expect(
      assessIndicator({ direction: "decrease", baseline: 210, target: 160, measurements: [m("2026-01-01", 185)], ...run }).state,
    ).toBe("on_track");
    expect(
      assessIndicator({ direction: "decrease", baseline: 210, target: 160, measurements: [m("2026-01-01", 200)], ...run }).state,
    ).toBe("off_track");
  });

  it("is off track when moving away from the target, whatever the time", () => {
    expect(
      assessIndicator({ direction: "increase", baseline: 20, target: 60, measurements: [m("2025-02-01", 18)], ...run }).state,
    ).toBe("off_track");
    expect(assessIndicator({ direction: "decrease", baseline: 20, target: 10, measurements: [m("2025-02-01", 25)] }).state).toBe(
      "off_track",
    );
  });

  it("without run dates: on track when it moved in the right direction", () => {
    expect(assessIndicator({ direction: "increase", baseline: 20, target: 60, measurements: [m("2025-06-30", 21)] }).state).toBe(
      "on_track",
    );
    expect(assessIndicator({ direction: "increase", baseline: 20, target: 60, measurements: [m("2025-06-30", 20)] }).state).toBe(
      "off_track",
    );
  });

  it("without a baseline uses the first measurement; one measurement alone is not enough", () => {
    expect(
      assessIndicator({ direction: "increase", baseline: null, target: 60, measurements: [m("2025-06-30", 20)] }).state,
    ).toBe("no_data");
    expect(
      assessIndicator({
        direction: "increase",
        baseline: null,
        target: 60,
        measurements: [m("2025-06-30", 20), m("2025-12-31", 30)],
      }).state,
    ).toBe("on_track");
  });

  it("maintain: on track within 5% of the target", () => {
    expect(
      assessIndicator({ direction: "maintain", baseline: 100, target: 100, measurements: [m("2025-06-30", 104)] }).state,
    ).toBe("on_track");
    expect(
      assessIndicator({ direction: "maintain", baseline: 100, target: 100, measurements: [m("2025-06-30", 94)] }).state,
    ).toBe("off_track");
  });

  it("reports progress and elapsed share", () => {
    const r = assessIndicator({ direction: "increase", baseline: 0, target: 200, measurements: [m("2026-01-01", 50)], ...run });
    expect(r.progress).toBeCloseTo(0.25);
    expect(r.elapsed).toBeCloseTo(0.5, 2);
  });
});
