import { describe, expect, it } from "vitest";
import { dutch } from "@/lib/i18n/keys";
import { describeChanges } from "@/lib/domain/audit/history";
import { PartnerInputSchema } from "@/lib/domain/partners/schema";
import { parsePracticeFilters, practiceFilterQuery } from "@/lib/domain/practices/list";
import { MemberInputSchema, WijkverbandInputSchema } from "@/lib/domain/wijkverbanden/schema";

describe("practice list parameters", () => {
  it("reads the URL leniently and falls back to safe defaults", () => {
    expect(parsePracticeFilters({})).toEqual({
      q: undefined,
      discipline: undefined,
      wijkverband: undefined,
      gemeente: undefined,
      sort: "naam",
      page: 1,
      archived: false,
    });
    const f = parsePracticeFilters({
      q: "  Zaan ",
      gemeente: "gm0479",
      sort: "patienten",
      pagina: "3",
      archief: "1",
      wijkverband: "niet-een-uuid",
    });
    expect(f).toMatchObject({
      q: "Zaan",
      gemeente: "GM0479",
      sort: "patienten",
      page: 3,
      archived: true,
      wijkverband: undefined,
    });
    expect(parsePracticeFilters({ sort: "; DROP TABLE", pagina: "-4" })).toMatchObject({ sort: "naam", page: 1 });
    expect(parsePracticeFilters({ pagina: "99999999" }).page).toBe(10_000);
  });

  it("writes the filters back without defaults, for links and the export", () => {
    expect(practiceFilterQuery(parsePracticeFilters({}))).toBe("");
    const f = parsePracticeFilters({ q: "De Zaan", discipline: "farmacie", pagina: "2" });
    expect(practiceFilterQuery(f)).toBe("?q=De+Zaan&discipline=farmacie&pagina=2");
    expect(practiceFilterQuery(f, { page: 1 })).toBe("?q=De+Zaan&discipline=farmacie");
  });
});

describe("wijkverband input", () => {
  const base = { name: "Wijkverband Oost", municipalityCode: "gm0479" };

  it("accepts wijk codes as text, normalised and de-duplicated", () => {
    const data = WijkverbandInputSchema.parse({ ...base, wijkCodes: "wk047901; WK047902 WK047901", inhabitants: "12000" });
    expect(data).toMatchObject({ municipalityCode: "GM0479", wijkCodes: ["WK047901", "WK047902"], inhabitants: 12000 });
  });

  it("explains invalid and foreign wijk codes in Dutch, on the field", () => {
    const invalid = WijkverbandInputSchema.safeParse({ ...base, wijkCodes: "WK047901, WK12" });
    expect(invalid.error?.issues[0]?.path).toEqual(["wijkCodes"]);
    expect(dutch(invalid.error?.issues[0]?.message ?? "")).toContain("Ongeldige wijkcode WK12");
    const foreign = WijkverbandInputSchema.safeParse({ ...base, wijkCodes: "WK036301" });
    expect(dutch(foreign.error?.issues[0]?.message ?? "")).toMatch(/niet in de gekozen gemeente/);
  });

  it("reads a member choice as kind + id and lower-cases the role", () => {
    const id = "0b8a8a3c-5a0e-4c67-9c39-1c6d5c2f4e11";
    expect(MemberInputSchema.parse({ member: `organisation:${id}`, role: "Sociaal Domein" })).toEqual({
      kind: "organisation",
      id,
      role: "sociaal domein",
    });
    expect(MemberInputSchema.safeParse({ member: "user:1", role: "huisarts" }).success).toBe(false);
  });
});

describe("partner input", () => {
  it("accepts only region partner kinds and validates KvK and AGB", () => {
    expect(PartnerInputSchema.safeParse({ name: "Welzijn", kind: "welfare", kvk: "12345678" }).success).toBe(true);
    expect(PartnerInputSchema.safeParse({ name: "Verzekeraar", kind: "insurer" }).success).toBe(false);
    const bad = PartnerInputSchema.safeParse({ name: "Welzijn", kind: "welfare", kvk: "1234", agb: "x" });
    expect(bad.error?.issues.map((i) => i.path[0])).toEqual(["kvk", "agb"]);
  });
});

describe("history display", () => {
  it("flattens before/after pairs and shows dates and empties readably", () => {
    expect(
      describeChanges({
        name: { before: "Oud", after: "Nieuw" },
        registeredPatientsAsOf: { before: null, after: "2026-10-01T00:00:00.000Z" },
        wijkCodes: { before: [], after: ["WK047901", "WK047902"] },
      }),
    ).toEqual([
      { field: "name", before: "Oud", after: "Nieuw" },
      { field: "registeredPatientsAsOf", before: "–", after: "2026-10-01" },
      { field: "wijkCodes", before: "–", after: "WK047901, WK047902" },
    ]);
    expect(describeChanges(null)).toEqual([]);
  });
});
