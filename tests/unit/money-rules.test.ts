// The O&I money rules without a database: the expenditure status flow, Dutch amounts, evidence
// types by content, the figures and the variance flags.
import { dutch } from "@/lib/i18n/keys";
import { inDutch } from "../support/messages";
import { describe, expect, it } from "vitest";
import { ConflictError } from "@/lib/domain/errors";
import {
  addExpenditure,
  ageInDays,
  allowedMoves,
  applyMove,
  assertFourEyes,
  centsToInput,
  checkEvidence,
  dateInPeriod,
  EXPENDITURE_STATUSES,
  emptyFigures,
  figuresFrom,
  monthsOf,
  MOVES,
  parseAmount,
  sniffEvidence,
  sumFigures,
  varianceFlags,
  type ExpenditureMove,
} from "@/lib/domain/money/rules";
import type { ExpenditureStatus } from "@/lib/generated/prisma/enums";

const ALL_MOVES: ExpenditureMove[] = ["edit", "delete", "submit", "approve", "ask", "reject", "answer"];

describe("expenditure status flow", () => {
  const expected: Record<ExpenditureStatus, Partial<Record<ExpenditureMove, ExpenditureStatus | null>>> = {
    concept: { edit: "concept", delete: null, submit: "ingediend" },
    ingediend: { approve: "goedgekeurd", ask: "vraag_gesteld", reject: "afgewezen" },
    vraag_gesteld: { answer: "ingediend" },
    goedgekeurd: {},
    afgewezen: {},
  };

  for (const status of EXPENDITURE_STATUSES) {
    for (const move of ALL_MOVES) {
      const allowed = Object.hasOwn(expected[status], move);
      it(`${status} ${allowed ? "allows" : "refuses"} ${move}`, () => {
        if (allowed) expect(applyMove(status, move)).toBe(expected[status][move] ?? null);
        else expect(() => applyMove(status, move)).toThrow(ConflictError);
      });
    }
  }

  it("lists the allowed moves per status", () => {
    expect(allowedMoves("concept").sort()).toEqual(["delete", "edit", "submit"]);
    expect(allowedMoves("goedgekeurd")).toEqual([]);
    expect(Object.keys(MOVES).sort()).toEqual([...EXPENDITURE_STATUSES].sort());
  });

  it("refuses with a Dutch message that names the status", () => {
    expect(() => applyMove("goedgekeurd", "edit")).toThrow(/goedgekeurd en kan niet meer worden gewijzigd/);
    expect(() => applyMove("ingediend", "answer")).toThrow(/Er staat geen vraag open/);
    expect(() => applyMove("concept", "approve")).toThrow(/alleen ingediende uitgaven kunnen worden goedgekeurd/);
    expect(() => applyMove("afgewezen", "submit")).toThrow(/alleen een concept kan worden ingediend/);
  });

  it("four eyes: the recorder or submitter may not review", () => {
    expect(() => assertFourEyes("u1", { createdById: "u1", submittedById: "u2" })).toThrow(/vier ogen/);
    expect(() => assertFourEyes("u1", { createdById: "u2", submittedById: "u1" })).toThrow(ConflictError);
    expect(() => assertFourEyes("u3", { createdById: "u1", submittedById: "u2" })).not.toThrow();
  });
});

describe("Dutch amounts", () => {
  it.each([
    ["1.234,56", 123456],
    ["1234,56", 123456],
    ["1234", 123400],
    ["1.234", 123400],
    ["1.234.567,8", 123456780],
    ["€ 12,05", 1205],
    [" 0,01 ", 1],
    ["10.000.000,00", 1_000_000_000],
    ["1 234,56", 123456],
  ])("reads %s as %i cents", (input, cents) => {
    expect(parseAmount(input)).toEqual({ ok: true, cents });
  });

  it.each([
    ["", /Vul een bedrag in/],
    ["-5", /positief/],
    ["0", /groter zijn dan nul/],
    ["0,00", /groter zijn dan nul/],
    ["12.50", /zoals 1\.234,56/],
    ["1,234", /twee cijfers/],
    ["12,3a", /zoals/],
    ["1.23.456", /zoals/],
    ["abc", /zoals/],
    ["10.000.000,01", /te hoog/],
    ["99999999999999", /te hoog/],
    ["1e5", /zoals/],
  ])("refuses %j", (input, message) => {
    const result = parseAmount(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(dutch(result.message)).toMatch(message);
  });

  it("allows zero when asked (lowering a budget to nothing)", () => {
    expect(parseAmount("0", { allowZero: true })).toEqual({ ok: true, cents: 0 });
  });

  it("round-trips cents through the input format", () => {
    for (const cents of [1, 99, 100, 123456, 1_000_000_000]) {
      const text = centsToInput(cents);
      expect(parseAmount(text, { allowZero: true })).toEqual({ ok: true, cents });
    }
  });
});

describe("evidence by content", () => {
  const pdf = new TextEncoder().encode("%PDF-1.7\n...");
  const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]);
  const jpeg = Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]);

  it("recognises PDF, PNG and JPEG by their first bytes", () => {
    expect(sniffEvidence(pdf)?.contentType).toBe("application/pdf");
    expect(sniffEvidence(png)?.contentType).toBe("image/png");
    expect(sniffEvidence(jpeg)?.contentType).toBe("image/jpeg");
  });

  it("refuses other content, empty, unreadable and oversized files", () => {
    expect(inDutch(checkEvidence(new TextEncoder().encode("MZ\x90\x00 this is an exe named bon.pdf")))).toMatchObject({
      ok: false,
      message: /PDF-, PNG- of JPEG/,
    });
    expect(inDutch(checkEvidence(new Uint8Array()))).toMatchObject({ ok: false, message: /leeg/ });
    expect(inDutch(checkEvidence(null))).toMatchObject({ ok: false, message: /niet worden gelezen/ });
    const big = new Uint8Array(10 * 1024 * 1024 + 1);
    big.set(pdf);
    expect(inDutch(checkEvidence(big))).toMatchObject({ ok: false, message: /10 MB/ });
    expect(inDutch(checkEvidence(pdf))).toMatchObject({ ok: true });
  });
});

describe("figures", () => {
  it("adds line items by status; remaining is planned minus approved", () => {
    const f = figuresFrom(
      100_000,
      [{ amountCents: 60_000 }, { amountCents: 30_000 }],
      [
        { status: "concept", amountCents: 1_000 },
        { status: "ingediend", amountCents: 2_000 },
        { status: "vraag_gesteld", amountCents: 3_000 },
        { status: "goedgekeurd", amountCents: 40_000 },
        { status: "afgewezen", amountCents: 5_000 },
      ],
    );
    expect(f).toEqual({
      plannedCents: 100_000,
      allocatedCents: 90_000,
      conceptCents: 1_000,
      submittedCents: 5_000,
      approvedCents: 40_000,
      rejectedCents: 5_000,
      remainingCents: 60_000,
    });
  });

  it("sums figures and keeps remaining consistent", () => {
    const a = addExpenditure(emptyFigures(1_000), "goedgekeurd", 400);
    const b = addExpenditure(emptyFigures(2_000), "ingediend", 100);
    const total = sumFigures([a, b]);
    expect(total.plannedCents).toBe(3_000);
    expect(total.approvedCents).toBe(400);
    expect(total.submittedCents).toBe(100);
    expect(total.remainingCents).toBe(2_600);
    expect(sumFigures([])).toEqual(emptyFigures(0));
  });
});

describe("variance flags", () => {
  const withApproved = (planned: number, approved: number, allocated = 0) => ({
    ...emptyFigures(planned),
    approvedCents: approved,
    allocatedCents: allocated,
    remainingCents: planned - approved,
  });

  it("flags more than 90 % approved before Q4, not from Q4 on", () => {
    expect(varianceFlags(withApproved(100, 91), 2026, new Date("2026-09-30T12:00:00Z"))).toEqual(["fast"]);
    expect(varianceFlags(withApproved(100, 90), 2026, new Date("2026-09-30T12:00:00Z"))).toEqual([]);
    expect(varianceFlags(withApproved(100, 95), 2026, new Date("2026-10-01T00:00:00Z"))).toEqual([]);
  });

  it("flags less than 25 % approved after Q3 (also once the year is over)", () => {
    expect(varianceFlags(withApproved(100, 24), 2026, new Date("2026-10-01T00:00:00Z"))).toEqual(["slow"]);
    expect(varianceFlags(withApproved(100, 24), 2026, new Date("2027-02-01T00:00:00Z"))).toEqual(["slow"]);
    expect(varianceFlags(withApproved(100, 25), 2026, new Date("2026-11-01T00:00:00Z"))).toEqual([]);
    expect(varianceFlags(withApproved(100, 10), 2026, new Date("2026-06-01T00:00:00Z"))).toEqual([]);
  });

  it("flags allocations above the budget", () => {
    expect(varianceFlags(withApproved(100, 50, 101), 2026, new Date("2026-06-01T00:00:00Z"))).toEqual(["overallocated"]);
  });

  it("has no flags for an empty budget", () => {
    expect(varianceFlags(emptyFigures(0), 2026, new Date("2026-11-01T00:00:00Z"))).toEqual([]);
  });
});

describe("dates", () => {
  it("months of a year, age in days, period check", () => {
    expect(monthsOf(2026)).toHaveLength(12);
    expect(monthsOf(2026)[0]).toBe("2026-01");
    expect(ageInDays(new Date("2026-01-01T10:00:00Z"), new Date("2026-01-11T09:00:00Z"))).toBe(9);
    const start = new Date("2026-01-01T00:00:00Z");
    const end = new Date("2026-12-31T00:00:00Z");
    expect(dateInPeriod(new Date("2026-12-31T00:00:00Z"), start, end)).toBe(true);
    expect(dateInPeriod(new Date("2027-01-01T00:00:00Z"), start, end)).toBe(false);
  });
});
