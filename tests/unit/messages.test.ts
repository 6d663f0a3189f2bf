import { readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { PlanInputSchema } from "@/lib/domain/plans/schema";
import { dutch, msg, translate } from "@/lib/i18n/keys";
import { AREAS, fill, MESSAGES } from "@/lib/i18n/messages";

type Tree = { [key: string]: string | Tree };

/** Every leaf as [dotted key, text]. */
function leaves(tree: Tree, prefix = ""): [string, string][] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === "string" ? [[`${prefix}${key}`, value] as [string, string]] : leaves(value, `${prefix}${key}.`),
  );
}

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe("message catalogues", () => {
  it("fills placeholders and leaves unknown ones visible", () => {
    expect(fill("O&I-budget {year}", { year: 2026 })).toBe("O&I-budget 2026");
    expect(fill("{a} {b}", { a: 1 })).toBe("1 {b}");
  });

  it("registers every area file in the index", () => {
    const dir = path.join(process.cwd(), "lib/i18n/messages");
    const files = readdirSync(dir)
      .filter((f) => f.endsWith(".ts") && f !== "index.ts" && f !== "types.ts")
      .map((f) => f.slice(0, -3))
      .sort();
    expect(Object.keys(AREAS).sort()).toEqual(files);
  });

  for (const [area, { nl, en }] of Object.entries(AREAS)) {
    describe(area, () => {
      const nlLeaves = leaves(nl as Tree);
      const enLeaves = leaves(en as Tree);

      it("has exactly the same keys in Dutch and English", () => {
        expect(enLeaves.map(([k]) => k).sort()).toEqual(nlLeaves.map(([k]) => k).sort());
      });

      it("has no empty texts", () => {
        const empty = [
          ...nlLeaves.filter(([, v]) => v.trim() === "").map(([k]) => `nl.${k}`),
          ...enLeaves.filter(([, v]) => v.trim() === "").map(([k]) => `en.${k}`),
        ];
        expect(empty).toEqual([]);
      });

      it("uses the same {placeholders} in both languages", () => {
        const english = new Map(enLeaves);
        const differing = nlLeaves
          .filter(([k, v]) => english.has(k) && placeholders(v).join() !== placeholders(english.get(k)!).join())
          .map(([k]) => k);
        expect(differing).toEqual([]);
      });
    });
  }

  it("assembles the same areas for every locale", () => {
    expect(Object.keys(MESSAGES.en).sort()).toEqual(Object.keys(MESSAGES.nl).sort());
  });
});

describe("catalogue references", () => {
  it("resolves a reference, its params and nested references in the reader's language", () => {
    const ref = msg("validation.required", { what: msg("validation.what.title") });
    expect(translate(ref, MESSAGES.nl)).toBe("Geef een titel.");
    expect(translate(ref, MESSAGES.en)).toBe("Enter a title.");
    expect(dutch(msg("validation.maxChars", { max: 80 }))).toBe("Gebruik hoogstens 80 tekens.");
  });

  it("leaves plain text and unknown references as they are", () => {
    expect(translate("Gewone tekst.", MESSAGES.en)).toBe("Gewone tekst.");
    expect(translate("§nope.nothing", MESSAGES.en)).toBe("§nope.nothing");
  });

  it("gives schema field errors in English for an English reader", () => {
    const parsed = PlanInputSchema.safeParse({ title: "", periodStart: "x", periodEnd: 2026 });
    const messages = (parsed.error?.issues ?? []).map((i) => translate(i.message, MESSAGES.en));
    expect(messages).toEqual(expect.arrayContaining(["Enter a title.", "Enter a year, for example 2026."]));
    expect(messages.join(" ")).not.toMatch(/Geef|jaartal/);
  });
});
