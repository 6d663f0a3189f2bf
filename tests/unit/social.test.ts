// The social domain's pure rules: quarters, the status flow, small-number suppression, the
// personal-data detectors and the validation of imported referral rows.
import { inDutch, problemsInDutch } from "../support/messages";
import { describe, expect, it } from "vitest";
import { planReferralColumns, validateReferralRows, type ReferralImportLink } from "@/lib/domain/imports/referrals";
import {
  containsBsn,
  containsDateOfBirth,
  containsPersonName,
  findPersonalData,
  passesElfproef,
  PERSONAL_DATA_MESSAGES,
} from "@/lib/domain/shared/privacy";
import { parseInput } from "@/lib/domain/shared/parse";
import { ValidationError } from "@/lib/domain/errors";
import {
  applyTransition,
  canMoveTo,
  isFutureQuarter,
  nextStatuses,
  parseQuarter,
  quarterEnd,
  quarterWindow,
  shownCount,
  targetLabel,
} from "@/lib/domain/social/rules";
import { dutch, translate } from "@/lib/i18n/keys";
import { MESSAGES } from "@/lib/i18n/messages";
import { ReferralInputSchema, SocialLinkInputSchema } from "@/lib/domain/social/schema";
import { CommentInputSchema } from "@/lib/domain/plans/schema";
import { PartnerInputSchema } from "@/lib/domain/partners/schema";

const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);
const TODAY = day("2026-11-23");

describe("quarters", () => {
  it.each(["2026-Q3", "2026 Q3", "Q3 2026", "2026Q3", "q3-2026", "2026-K3", " 2026  q3 "])("reads %j as 2026 Q3", (text) => {
    expect(parseQuarter(text)).toEqual({ year: 2026, quarter: 3 });
  });

  it.each(["2026-Q5", "2026-Q0", "Q3", "2026", "26-Q3", "2026-07", "derde kwartaal", "", "1999-Q1"])("refuses %j", (text) => {
    expect(parseQuarter(text)).toBeNull();
  });

  it("knows the end of a quarter and which quarters lie in the future", () => {
    expect(quarterEnd({ year: 2026, quarter: 1 })).toEqual(day("2026-03-31"));
    expect(quarterEnd({ year: 2026, quarter: 4 })).toEqual(day("2026-12-31"));
    expect(isFutureQuarter({ year: 2026, quarter: 4 }, TODAY)).toBe(false); // running quarter
    expect(isFutureQuarter({ year: 2027, quarter: 1 }, TODAY)).toBe(true);
  });

  it("shows eight quarters up to the last completed one, or the running one when it has counts", () => {
    expect(quarterWindow(null, TODAY)).toEqual([
      "2024-Q4",
      "2025-Q1",
      "2025-Q2",
      "2025-Q3",
      "2025-Q4",
      "2026-Q1",
      "2026-Q2",
      "2026-Q3",
    ]);
    expect(quarterWindow("2026-Q4", TODAY).at(-1)).toBe("2026-Q4");
    expect(quarterWindow("2027-Q2", TODAY).at(-1)).toBe("2026-Q4");
    expect(quarterWindow("2025-Q1", TODAY).at(-1)).toBe("2026-Q3");
  });

  it("normalises quarters and refuses fractional or negative counts in the schema", () => {
    expect(parseInput(ReferralInputSchema, { period: "Q2 2026", count: "1.250" })).toEqual({ period: "2026-Q2", count: 1250 });
    for (const count of ["-1", "2,5", "12a", ""]) {
      expect(() => parseInput(ReferralInputSchema, { period: "2026-Q2", count })).toThrow(ValidationError);
    }
  });
});

describe("the status flow of a link", () => {
  const dates = { exploringSince: day("2026-01-10"), startDate: null, endDate: null };

  it("goes verkenning → actief → gestopt and never back", () => {
    expect(nextStatuses("verkenning")).toEqual(["actief", "gestopt"]);
    expect(nextStatuses("actief")).toEqual(["gestopt"]);
    expect(nextStatuses("gestopt")).toEqual([]);
    expect(canMoveTo("actief", "verkenning")).toBe(false);
    expect(canMoveTo("gestopt", "actief")).toBe(false);
  });

  it("records the date of each step", () => {
    const active = applyTransition("verkenning", "actief", dates, day("2026-03-01"), TODAY);
    expect(active).toEqual({ ok: true, dates: { ...dates, startDate: day("2026-03-01") } });
    if (!active.ok) return;
    expect(inDutch(applyTransition("actief", "gestopt", active.dates, day("2026-10-01"), TODAY))).toEqual({
      ok: true,
      dates: { ...active.dates, endDate: day("2026-10-01") },
    });
  });

  it("refuses a step back, a date in the future and a date before the previous step", () => {
    const back = applyTransition("actief", "verkenning", dates, TODAY, TODAY);
    expect(inDutch(back)).toMatchObject({
      ok: false,
      message: "Een verbinding gaat niet van ‘Actief’ naar ‘Verkenning’: de volgorde is verkenning → actief → gestopt.",
    });
    expect(!back.ok && translate(back.message, MESSAGES.en)).toBe(
      "A link does not go from ‘Active’ to ‘Exploring’: the order is exploring → active → stopped.",
    );
    expect(inDutch(applyTransition("gestopt", "actief", dates, TODAY, TODAY))).toMatchObject({
      ok: false,
      message: expect.stringContaining("nieuwe verbinding"),
    });
    expect(inDutch(applyTransition("verkenning", "actief", dates, day("2026-12-01"), TODAY))).toMatchObject({
      ok: false,
      message: expect.stringContaining("toekomst"),
    });
    expect(inDutch(applyTransition("verkenning", "actief", dates, day("2025-12-31"), TODAY))).toMatchObject({
      ok: false,
      message: expect.stringContaining("vóór de vorige stap"),
    });
  });
});

describe("the target of a link", () => {
  it("names the kind in the reader's language, unless the name already starts with it", () => {
    expect(targetLabel("praktijk", "De Zaan", MESSAGES.nl.social)).toBe("Praktijk De Zaan");
    expect(targetLabel("praktijk", "De Zaan", MESSAGES.en.social)).toBe("Practice De Zaan");
    expect(targetLabel("wijkverband", "Zaandam-Zuid", MESSAGES.en.social)).toBe("Wijkverband Zaandam-Zuid");
    // Dutch names that say it already are kept as they are, in either language.
    expect(targetLabel("praktijk", "Praktijk voor Psychologie", MESSAGES.en.social)).toBe("Praktijk voor Psychologie");
    expect(targetLabel("wijkverband", "Wijkverband Westwijk", MESSAGES.nl.social)).toBe("Wijkverband Westwijk");
    expect(targetLabel("praktijk", "Practice Partners", MESSAGES.en.social)).toBe("Practice Partners");
  });
});

describe("small-number suppression", () => {
  it("shows counts below 5 as '< 5' to insurers only", () => {
    expect([0, 1, 4, 5, 23].map((c) => shownCount(c, true))).toEqual(["< 5", "< 5", "< 5", 5, 23]);
    expect([0, 1, 4, 5].map((c) => shownCount(c, false))).toEqual([0, 1, 4, 5]);
    expect(shownCount(null, true)).toBeNull();
  });
});

describe("personal data in free text", () => {
  it("checks the BSN elfproef", () => {
    expect(passesElfproef("111222333")).toBe(true);
    expect(passesElfproef("123456782")).toBe(true);
    expect(passesElfproef("123456789")).toBe(false);
    expect(passesElfproef("000000000")).toBe(false);
    expect(passesElfproef("12345678")).toBe(false);
  });

  it("finds a BSN written plainly or in groups, not other numbers", () => {
    expect(containsBsn("BSN 111222333 verwezen")).toBe(true);
    expect(containsBsn("nummer 123.456.782")).toBe(true);
    expect(containsBsn("nummer 123 45 67 82")).toBe(true);
    expect(containsBsn("KvK 12345678, telefoon 0612345678")).toBe(false);
    expect(containsBsn("123456789")).toBe(false); // fails the elfproef
    expect(containsBsn("1112223334")).toBe(false); // ten digits
  });

  it("finds a date of birth, not ordinary dates", () => {
    expect(containsDateOfBirth("geb. 03-04-1951", TODAY)).toBe(true);
    expect(containsDateOfBirth("geboren 3 april 1951", TODAY)).toBe(true);
    expect(containsDateOfBirth("geboortedatum: 1987-02-11", TODAY)).toBe(true);
    expect(containsDateOfBirth("cliënt van 12-5-1948 belde", TODAY)).toBe(true);
    expect(containsDateOfBirth("gestart op 01-09-2025, evaluatie 1 maart 2026", TODAY)).toBe(false);
    expect(containsDateOfBirth("sinds 2019 actief", TODAY)).toBe(false);
  });

  it("finds patient-name patterns, not roles", () => {
    expect(containsPersonName("mevr. Jansen komt dinsdag")).toBe(true);
    expect(containsPersonName("Dhr. de Vries")).toBe(true);
    expect(containsPersonName("mw. A. Bakker")).toBe(true);
    expect(containsPersonName("patiënt Karel heeft schulden")).toBe(true);
    expect(containsPersonName("welzijnscoach, spreekuur in de praktijk")).toBe(false);
    expect(containsPersonName("cliënten met geldzorgen")).toBe(false);
  });

  it("names what it found, with a message that explains why", () => {
    expect(findPersonalData("BSN 111222333")).toBe("bsn");
    expect(findPersonalData("mevr. Jansen")).toBe("personName");
    expect(findPersonalData("Warme overdracht binnen twee weken.")).toBeNull();
    expect(dutch(PERSONAL_DATA_MESSAGES.bsn)).toContain("elfproef");
    expect(translate(PERSONAL_DATA_MESSAGES.bsn, MESSAGES.en)).toContain("eleven test");
  });

  it("is applied by the schemas of every free-text field", () => {
    const link = {
      organisationId: "00000000-0000-4000-8000-000000000001",
      target: "wijkverband:00000000-0000-4000-8000-000000000002",
      kind: "welzijn_op_recept",
    };
    expect(() => parseInput(SocialLinkInputSchema, { ...link, note: "mevr. Jansen" })).toThrow(
      expect.objectContaining({ fieldErrors: { note: [dutch(PERSONAL_DATA_MESSAGES.personName)] } }),
    );
    expect(() => parseInput(SocialLinkInputSchema, { ...link, contactRole: "BSN 111222333" })).toThrow(ValidationError);
    expect(() =>
      parseInput(CommentInputSchema, { subjectType: "plan", subjectId: link.organisationId, body: "geb. 03-04-1951" }),
    ).toThrow(expect.objectContaining({ fieldErrors: { body: [dutch(PERSONAL_DATA_MESSAGES.dateOfBirth)] } }));
    expect(() => parseInput(PartnerInputSchema, { name: "Buurtteam", kind: "welfare", description: "dhr. Pietersen" })).toThrow(
      ValidationError,
    );
  });
});

describe("imported referral rows", () => {
  const links: ReferralImportLink[] = [
    {
      id: "00000000-0000-4000-8000-0000000000a1",
      regionId: "r1",
      organisationName: "Welzijn Zaanstad",
      targetType: "wijkverband",
      targetName: "Wijkverband Zaandam-Zuid",
      kind: "welzijn_op_recept",
    },
  ];
  const context = { links, existing: new Set([`${links[0]!.id}|2026-Q2`]), today: TODAY, scopeLabel: "de gemeente Zaanstad" };
  const rows = (lines: string[][]) => lines.map((cells, i) => ({ line: i + 2, cells }));

  it("stages good rows by name, counts corrections and reports every bad row in Dutch", () => {
    const plan = planReferralColumns(["organisatie", "wijkverband", "kwartaal", "aantal"]);
    const result = validateReferralRows(
      plan,
      rows([
        ["Welzijn Zaanstad", "Wijkverband Zaandam-Zuid", "2026 Q2", "23"],
        ["Welzijn Zaanstad", "Wijkverband Zaandam-Zuid", "Q3 2026", "19"],
        ["Welzijn Zaanstad", "Wijkverband Zaandam-Zuid", "2027-Q1", "4"],
        ["Welzijn Zaanstad", "Wijkverband Zaandam-Zuid", "2026-Q1", "2,5"],
        ["Welzijn Elders", "Wijkverband Zaandam-Zuid", "2026-Q1", "3"],
        ["Welzijn Zaanstad", "Wijkverband Zaandam-Zuid", "2026-Q2", "24"],
      ]),
      context,
    );
    expect(result.staged.map((s) => [s.period, s.count])).toEqual([
      ["2026-Q2", 23],
      ["2026-Q3", 19],
    ]);
    expect(result.toUpdate).toBe(1);
    expect(result.toCreate).toBe(1);
    expect(problemsInDutch(result.problems)).toEqual([
      { row: 4, column: "kwartaal", message: "Dit kwartaal is nog niet begonnen; verwijzingen tel je achteraf." },
      { row: 5, column: "aantal", message: "Geef het aantal verwijzingen als heel getal, 0 of meer (geen decimalen)." },
      { row: 6, column: "organisatie", message: expect.stringContaining("Geen verbinding gevonden") },
      { row: 7, column: "kwartaal", message: "Deze verbinding en dit kwartaal staan ook al in rij 2." },
    ]);
    // The same problems for an English reader; the file's column names stay as the file has them.
    expect(result.problems.map((p) => translate(p.message, MESSAGES.en))).toEqual([
      "This quarter has not started yet; referrals are counted afterwards.",
      expect.stringContaining("whole number"),
      expect.stringMatching(/^No link found between ‘Welzijn Elders’ and ‘Wijkverband Zaandam-Zuid’ in de gemeente Zaanstad\./),
      "This link and quarter are also in row 2.",
    ]);
  });

  it("refuses files with patient-level columns or without the needed columns", () => {
    expect(() => planReferralColumns(["verbinding", "kwartaal", "aantal", "BSN"])).toThrow(/individuele patiënten/);
    expect(() => planReferralColumns(["organisatie", "aantal"])).toThrow(/kwartaal/);
  });
});
