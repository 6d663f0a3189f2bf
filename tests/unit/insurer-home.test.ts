import { describe, expect, it } from "vitest";
import { rowsForHome } from "@/lib/domain/insurers/rules";
import type { InsurerBudgetRow } from "@/lib/domain/insurers/service";

const row = (regionSlug: string, year: number, toReview: number): InsurerBudgetRow => ({
  regionId: regionSlug,
  regionSlug,
  regionName: regionSlug,
  year,
  budgetCents: 100,
  allocatedCents: 50,
  approvedCents: 10,
  toReview,
});

describe("the insurer home's budget rows", () => {
  it("lists this year of every region and earlier or later years only while something waits for review", () => {
    const rows = [
      row("a", 2025, 0),
      row("a", 2026, 0),
      row("b", 2025, 3),
      row("b", 2026, 1),
      row("c", 2027, 0),
      row("c", 2024, 2),
    ];
    expect(rowsForHome(rows, 2026).map((r) => `${r.regionSlug}-${r.year}`)).toEqual(["a-2026", "b-2025", "b-2026", "c-2024"]);
  });

  it("keeps the order it is given and shows nothing when no year qualifies", () => {
    expect(rowsForHome([row("a", 2024, 0), row("b", 2025, 0)], 2026)).toEqual([]);
  });
});
