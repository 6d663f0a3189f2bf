import { describe, expect, it } from "vitest";
import { dutch } from "@/lib/i18n/keys";
import { isSafeLink, renderMarkdown } from "@/lib/domain/agreements/markdown";
import {
  DIFF_CELL_LIMIT,
  acceptsDecisions,
  acknowledgementShare,
  canTransition,
  currentVersion,
  daysOpen,
  diffLines,
  diffSummary,
  isEditable,
  nextVersionNumber,
  publishPlan,
  reviewMarker,
  sharePercent,
  stateOrder,
  VERSION_STATUSES,
  type VersionLike,
} from "@/lib/domain/agreements/rules";
import { AgreementDraftSchema, DecisionSchema } from "@/lib/domain/agreements/schema";

const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);

describe("version state machine", () => {
  it("allows exactly concept → gepubliceerd → vervangen", () => {
    const allowed = VERSION_STATUSES.flatMap((from) =>
      VERSION_STATUSES.filter((to) => canTransition(from, to)).map((to) => `${from}→${to}`),
    );
    expect(allowed).toEqual(["concept→gepubliceerd", "gepubliceerd→vervangen"]);
  });

  it("edits only concepts and takes decisions only on the published version", () => {
    expect(VERSION_STATUSES.filter(isEditable)).toEqual(["concept"]);
    expect(VERSION_STATUSES.filter(acceptsDecisions)).toEqual(["gepubliceerd"]);
  });

  it("numbers versions one past the highest", () => {
    expect(nextVersionNumber([])).toBe(1);
    expect(nextVersionNumber([1, 3, 2])).toBe(4);
  });

  const versions: VersionLike[] = [
    { id: "v1", versionNumber: 1, status: "vervangen" },
    { id: "v2", versionNumber: 2, status: "gepubliceerd" },
    { id: "v3", versionNumber: 3, status: "concept" },
  ];

  it("publishing a concept supersedes the published version", () => {
    const plan = publishPlan(versions, "v3");
    expect(plan.publish.id).toBe("v3");
    expect(plan.supersede?.id).toBe("v2");
    expect(currentVersion(versions)?.id).toBe("v2");
  });

  it("the first publication supersedes nothing", () => {
    expect(publishPlan([{ id: "a", versionNumber: 1, status: "concept" }], "a").supersede).toBeNull();
  });

  it("refuses to publish a published or superseded version again", () => {
    expect(() => publishPlan(versions, "v2")).toThrow(/al gepubliceerd/);
    expect(() => publishPlan(versions, "v1")).toThrow(/al gepubliceerd/);
    expect(() => publishPlan(versions, "nope")).toThrow(/bestaat niet/);
  });

  it("refuses to publish an older concept over a newer published version", () => {
    expect(() =>
      publishPlan(
        [
          { id: "a", versionNumber: 1, status: "concept" },
          { id: "b", versionNumber: 2, status: "gepubliceerd" },
        ],
        "a",
      ),
    ).toThrow(/nieuwere versie/);
  });
});

describe("acknowledgement share", () => {
  it("counts confirmed, objections and open among the current members", () => {
    const share = acknowledgementShare(
      ["p1", "p2", "p3", "p4"],
      [
        { practiceId: "p1", decision: "accepted" },
        { practiceId: "p2", decision: "objection" },
        { practiceId: "p3", decision: "accepted" },
      ],
    );
    expect(share).toEqual({ asked: 4, accepted: 2, objections: 1, open: 1, share: 0.5 });
    expect(sharePercent(share)).toBe(50);
  });

  it("does not count a practice that left, and asks one that joined", () => {
    const share = acknowledgementShare(
      ["p1", "new"],
      [
        { practiceId: "p1", decision: "accepted" },
        { practiceId: "left", decision: "accepted" },
      ],
    );
    expect(share).toEqual({ asked: 2, accepted: 1, objections: 0, open: 1, share: 0.5 });
  });

  it("is 0 when nobody is asked, and never rounds up to 100 %", () => {
    expect(acknowledgementShare([], []).share).toBe(0);
    expect(sharePercent({ accepted: 0, asked: 0 })).toBe(0);
    expect(sharePercent({ accepted: 199, asked: 200 })).toBe(99);
  });

  it("counts a practice once even if listed twice", () => {
    expect(acknowledgementShare(["p1", "p1"], [{ practiceId: "p1", decision: "accepted" }]).asked).toBe(1);
  });
});

describe("days open and review markers", () => {
  it("counts from publication, or from joining when that was later", () => {
    const today = day("2026-11-23");
    expect(daysOpen(day("2026-11-01"), day("2025-01-01"), today)).toBe(22);
    expect(daysOpen(day("2026-11-01"), day("2026-11-20"), today)).toBe(3);
    expect(daysOpen(day("2026-12-01"), null, today)).toBe(0);
  });

  it("marks passed review dates and those within 30 days", () => {
    const today = new Date("2026-11-23T15:00:00Z");
    expect(reviewMarker(null, today)).toBeNull();
    expect(reviewMarker(day("2026-11-22"), today)).toBe("overdue");
    expect(reviewMarker(day("2026-11-23"), today)).toBe("soon");
    expect(reviewMarker(day("2026-12-23"), today)).toBe("soon");
    expect(reviewMarker(day("2026-12-24"), today)).toBeNull();
  });

  it("puts open before objections before confirmed", () => {
    expect((["accepted", "open", "objection"] as const).slice().sort((a, b) => stateOrder(a) - stateOrder(b))).toEqual([
      "open",
      "objection",
      "accepted",
    ]);
  });
});

describe("line diff", () => {
  it("marks added and removed lines and keeps the rest", () => {
    const lines = diffLines("a\nb\nc\nd", "a\nB\nc\nd\ne");
    expect(lines).toEqual([
      { kind: "same", text: "a" },
      { kind: "removed", text: "b" },
      { kind: "added", text: "B" },
      { kind: "same", text: "c" },
      { kind: "same", text: "d" },
      { kind: "added", text: "e" },
    ]);
    expect(diffSummary(lines)).toEqual({ added: 2, removed: 1 });
  });

  it("finds the longest common part across a moved block", () => {
    const lines = diffLines("x\n1\n2\n3\ny", "1\n2\n3\nz");
    expect(lines.filter((l) => l.kind === "same").map((l) => l.text)).toEqual(["1", "2", "3"]);
    expect(diffSummary(lines)).toEqual({ added: 1, removed: 2 });
  });

  it("treats Windows line ends and a trailing newline like plain ones", () => {
    expect(diffLines("a\r\nb\r\n", "a\nb").every((l) => l.kind === "same")).toBe(true);
    expect(diffLines("", "")).toEqual([]);
    expect(diffLines("", "a")).toEqual([{ kind: "added", text: "a" }]);
    expect(diffLines("a", "")).toEqual([{ kind: "removed", text: "a" }]);
  });

  it("rebuilds both texts from the diff", () => {
    const before = "één\ntwee\ndrie\nvier\nvijf\nzes";
    const after = "nul\ntwee\nDRIE\nvier\nzes\nzeven";
    const lines = diffLines(before, after);
    expect(
      lines
        .filter((l) => l.kind !== "added")
        .map((l) => l.text)
        .join("\n"),
    ).toBe(before);
    expect(
      lines
        .filter((l) => l.kind !== "removed")
        .map((l) => l.text)
        .join("\n"),
    ).toBe(after);
  });

  it("bounds the work on huge changed texts", () => {
    const side = Math.ceil(Math.sqrt(DIFF_CELL_LIMIT)) + 10;
    const before = Array.from({ length: side }, (_, i) => `a${i}`).join("\n");
    const after = Array.from({ length: side }, (_, i) => `b${i}`).join("\n");
    const started = performance.now();
    const lines = diffLines(`kop\n${before}\nstaart`, `kop\n${after}\nstaart`);
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(diffSummary(lines)).toEqual({ added: side, removed: side });
    expect(lines[0]).toEqual({ kind: "same", text: "kop" });
    expect(lines.at(-1)).toEqual({ kind: "same", text: "staart" });
  });
});

describe("Markdown rendering", () => {
  it("renders headings, lists, tables, emphasis and safe links", () => {
    const html = renderMarkdown(
      "## Doel\n\n- **één**\n- _twee_\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n[site](https://example.org) en [mail](mailto:info@example.org)",
    );
    expect(html).toContain("<h2>Doel</h2>");
    expect(html).toContain("<strong>één</strong>");
    expect(html).toContain("<table>");
    expect(html).toContain('<a href="https://example.org" rel="noopener noreferrer nofollow">site</a>');
    expect(html).toContain('href="mailto:info@example.org"');
  });

  const hostile = [
    "<script>alert(1)</script>",
    '<img src=x onerror="alert(1)">',
    "<style>body{display:none}</style>",
    '<a href="javascript:alert(1)">klik</a>',
    "[klik](javascript:alert(1))",
    "[klik](JaVaScRiPt:alert(1))",
    "[klik](&#106;avascript:alert(1))",
    "[klik](  javascript:alert(1))",
    "[klik](vbscript:msgbox(1))",
    "[klik](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
    "[klik](file:///etc/passwd)",
    "[klik](/relatief/pad)",
    "<javascript:alert(1)>",
    "![plaatje](https://tracker.example/pixel.png)",
    '[x](https://ok.example "titel\\" onmouseover=\\"alert(1)")',
    "<iframe src=https://evil.example></iframe>",
    '<div style="position:fixed">x</div>',
    "<svg onload=alert(1)>",
    "[ref]\n\n[ref]: javascript:alert(1)",
  ];

  it.each(hostile)("neutralises %s", (input) => {
    const html = renderMarkdown(input);
    // Every real tag (text "<" is escaped to &lt;) is one markdown-it produces, with only href/rel/title.
    const tags = [...html.matchAll(/<\/?([a-z0-9]+)([^>]*)>/gi)];
    for (const [, name, attrs] of tags) {
      expect(["p", "a", "h2", "code", "pre", "em", "strong"]).toContain(name!.toLowerCase());
      // Attributes are name="value" with every quote inside a value escaped; nothing else is left.
      const attrNames: string[] = [];
      const rest = attrs!.replace(/\s([a-z-]+)="[^"]*"/gi, (_, attr: string) => {
        attrNames.push(attr.toLowerCase());
        return "";
      });
      expect(rest.trim()).toBe("");
      expect(attrNames.every((a) => ["href", "rel", "title"].includes(a))).toBe(true);
    }
    for (const m of html.matchAll(/href="([^"]*)"/g)) expect(isSafeLink(m[1]!)).toBe(true);
  });

  it("keeps table alignment as the only style, and only text-align", () => {
    const html = renderMarkdown("| a |\n|:-:|\n| 1 |\n");
    for (const m of html.matchAll(/style="([^"]*)"/g)) expect(m[1]).toMatch(/^text-align:(left|center|right)$/);
  });

  it("shows raw HTML as text", () => {
    expect(renderMarkdown("<b>vet</b>")).toBe("<p>&lt;b&gt;vet&lt;/b&gt;</p>\n");
  });

  it("only accepts http(s) and mailto links", () => {
    expect(isSafeLink("https://a.nl")).toBe(true);
    expect(isSafeLink("http://a.nl")).toBe(true);
    expect(isSafeLink("mailto:a@b.nl")).toBe(true);
    expect(isSafeLink("javascript:alert(1)")).toBe(false);
    expect(isSafeLink("//evil.example")).toBe(false);
    expect(isSafeLink("tel:0612345678")).toBe(false);
  });
});

describe("draft and decision input", () => {
  const valid = { title: "Titel", body: "Tekst", effectiveDate: "2026-01-01", reviewDate: "2027-01-01" };
  const errorsOf = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
    Object.fromEntries((result.error?.issues ?? []).map((i) => [i.path.join("."), dutch(i.message)]));

  it("accepts a complete draft", () => {
    expect(AgreementDraftSchema.safeParse(valid).success).toBe(true);
  });

  it("refuses empty text, a long title, a review date before the effective date, too long a text", () => {
    expect(errorsOf(AgreementDraftSchema.safeParse({ ...valid, body: "   " }))).toEqual({
      body: "Schrijf de tekst van de afspraak.",
    });
    expect(errorsOf(AgreementDraftSchema.safeParse({ ...valid, title: "x".repeat(201) }))).toHaveProperty("title");
    expect(AgreementDraftSchema.safeParse({ ...valid, title: "x".repeat(200) }).success).toBe(true);
    expect(errorsOf(AgreementDraftSchema.safeParse({ ...valid, reviewDate: "2025-12-31" }))).toEqual({
      reviewDate: "De evaluatiedatum ligt vóór de ingangsdatum.",
    });
    expect(errorsOf(AgreementDraftSchema.safeParse({ ...valid, body: "x".repeat(50_001) }))).toHaveProperty("body");
    expect(errorsOf(AgreementDraftSchema.safeParse({ ...valid, effectiveDate: "morgen" }))).toHaveProperty("effectiveDate");
  });

  it("requires a reason with an objection", () => {
    const base = { versionId: crypto.randomUUID(), practiceId: crypto.randomUUID() };
    expect(errorsOf(DecisionSchema.safeParse({ ...base, decision: "objection", reason: "  " }))).toEqual({
      reason: "Geef de reden van uw bezwaar.",
    });
    expect(DecisionSchema.safeParse({ ...base, decision: "objection", reason: "Te vaak overleg." }).success).toBe(true);
    expect(DecisionSchema.safeParse({ ...base, decision: "accepted" }).success).toBe(true);
    expect(errorsOf(DecisionSchema.safeParse({ ...base, decision: "misschien" }))).toHaveProperty("decision");
  });
});
