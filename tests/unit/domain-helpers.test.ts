import { describe, expect, it } from "vitest";
import type { Actor, ActorMembership } from "@/lib/auth/actor";
import { homePathOf, isHolderHome, workspacesOf } from "@/lib/auth/workspaces";
import { diffFields } from "@/lib/domain/audit/service";
import { coreTeamStatus } from "@/lib/domain/wijkverbanden/core-team";
import { formatCents, formatDate } from "@/lib/format";

describe("core team", () => {
  it("is complete with huisarts, wijkverpleging, apotheek and sociaal domein, however spelled", () => {
    expect(coreTeamStatus(["Huisarts", "wijkverpleging", "apotheek", "Sociaal_domein", "fysiotherapie"])).toEqual({
      complete: true,
      missing: [],
    });
  });
  it("names what is missing", () => {
    expect(coreTeamStatus(["huisarts", "huisarts", "wijkverpleging"])).toEqual({
      complete: false,
      missing: ["apotheek", "sociaal domein"],
    });
    expect(coreTeamStatus([]).missing).toHaveLength(4);
  });
});

describe("formatting", () => {
  it("shows money as € 1.234,56", () => {
    expect(formatCents(123456)).toBe("€ 1.234,56");
    expect(formatCents(0)).toBe("€ 0,00");
    expect(formatCents(48_500_000)).toBe("€ 485.000,00");
  });
  it("shows date-only values without shifting the day", () => {
    expect(formatDate(new Date("2026-01-01"))).toBe("1 januari 2026");
    expect(formatDate(new Date("2026-12-31"), "en")).toBe("31 December 2026");
  });
});

describe("audit diff", () => {
  it("keeps only changed fields with before and after", () => {
    const before = { name: "A", patients: 10, since: new Date("2026-01-01"), city: "Zaandam" };
    expect(diffFields(before, { name: "B", patients: 10, since: new Date("2026-02-01") })).toEqual({
      name: { before: "A", after: "B" },
      since: { before: "2026-01-01T00:00:00.000Z", after: "2026-02-01T00:00:00.000Z" },
    });
  });
});

describe("workspaces", () => {
  const base: ActorMembership = {
    role: "coordinator",
    regionId: "r1",
    regionSlug: "zaanstreek-waterland",
    regionName: "Zaanstreek",
    regionBrandName: null,
    regionBrandColor: null,
    organisationId: null,
    organisationName: null,
    municipalityCode: null,
    uzovi: null,
    practiceId: null,
    regionIds: ["r1"],
  };
  const actor = (memberships: ActorMembership[]): Actor => ({
    userId: "u",
    email: "e",
    name: "n",
    memberships,
    visibleRegionIds: [],
  });

  it("sends each role to its own home", () => {
    expect(homePathOf(actor([base]))).toBe("/r/zaanstreek-waterland");
    expect(homePathOf(actor([{ ...base, role: "practice_holder", practiceId: "p1" }]))).toBe("/r/zaanstreek-waterland");
    expect(homePathOf(actor([{ ...base, role: "insurer_reviewer", uzovi: "3311" }]))).toBe("/verzekeraar/3311");
    expect(homePathOf(actor([{ ...base, role: "municipality_officer", municipalityCode: "GM0479" }]))).toBe("/gemeente/GM0479");
    expect(homePathOf(actor([{ ...base, role: "platform_admin" }]))).toBe("/admin");
    expect(homePathOf(actor([]))).toBeNull();
  });

  it("lists every workspace of a user with several memberships, coordinator before practice", () => {
    const elsewhere = { ...base, regionSlug: "amstelland-meerlanden", role: "practice_holder" as const, practiceId: "p1" };
    const list = workspacesOf(actor([elsewhere, base]));
    expect(list.map((w) => w.role)).toEqual(["coordinator", "practice_holder"]);
  });

  it("lists a page once: a holder of two practices, or a coordinator who also holds a practice there", () => {
    const holder = { ...base, role: "practice_holder" as const, practiceId: "p1" };
    expect(workspacesOf(actor([holder, { ...holder, practiceId: "p2" }])).map((w) => w.href)).toEqual([
      "/r/zaanstreek-waterland",
    ]);
    expect(workspacesOf(actor([holder, base])).map((w) => w.role)).toEqual(["coordinator"]);
  });

  it("makes the region page a holder's dashboard only without a coordinating role there", () => {
    const holder = { ...base, role: "practice_holder" as const, practiceId: "p1" };
    expect(isHolderHome(actor([holder]), "zaanstreek-waterland")).toBe(true);
    expect(isHolderHome(actor([holder, base]), "zaanstreek-waterland")).toBe(false);
    expect(isHolderHome(actor([holder]), "amstelland-meerlanden")).toBe(false);
    expect(isHolderHome(actor([base]), "zaanstreek-waterland")).toBe(false);
  });
});

describe("contrast", () => {
  it("computes WCAG ratios", async () => {
    const { contrastRatio } = await import("@/lib/domain/shared/contrast");
    expect(contrastRatio("#000000", "#ffffff")).toBeCloseTo(21, 5);
    expect(contrastRatio("#ffffff", "#ffffff")).toBeCloseTo(1, 5);
    expect(contrastRatio("#0f5e6e", "#ffffff")).toBeGreaterThan(4.5);
    expect(contrastRatio("#ffff00", "#ffffff")).toBeLessThan(4.5);
  });
});
