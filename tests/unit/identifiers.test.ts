import { describe, expect, it } from "vitest";
import {
  agbCode,
  bigNumber,
  buurtCode,
  kvkNumber,
  municipalityCode,
  municipalityOfWijk,
  postcode,
  uzoviCode,
  wijkCode,
} from "@/lib/domain/shared/identifiers";
import { dutch } from "@/lib/i18n/keys";

function message(result: { success: boolean; error?: { issues: { message: string }[] } }): string | undefined {
  const text = result.success ? undefined : result.error?.issues[0]?.message;
  return text === undefined ? undefined : dutch(text);
}

describe("identifiers", () => {
  it.each([
    [agbCode, "01234567", "12345", "Een AGB-code bestaat uit precies 8 cijfers."],
    [kvkNumber, "12345678", "1234567a", "Een KvK-nummer bestaat uit precies 8 cijfers."],
    [uzoviCode, "3311", "33111", "Een UZOVI-code bestaat uit precies 4 cijfers."],
    [bigNumber, "12345678901", "1234567890", "Een BIG-nummer bestaat uit precies 11 cijfers."],
  ])("accepts %s-shaped digits and explains in Dutch what is wrong", (schema, good, bad, expected) => {
    expect(schema.parse(` ${good} `)).toBe(good);
    expect(message(schema.safeParse(bad))).toBe(expected);
  });

  it("normalises and checks CBS codes", () => {
    expect(municipalityCode.parse("gm0363")).toBe("GM0363");
    expect(message(municipalityCode.safeParse("GM363"))).toMatch(/GM gevolgd door 4 cijfers/);
    expect(wijkCode.parse("wk047901")).toBe("WK047901");
    expect(message(wijkCode.safeParse("WK0479"))).toMatch(/WK gevolgd door 6 cijfers/);
    expect(buurtCode.parse("BU03630000")).toBe("BU03630000");
    expect(message(buurtCode.safeParse("BU0363"))).toMatch(/BU gevolgd door 8 cijfers/);
    expect(municipalityOfWijk("WK047901")).toBe("GM0479");
  });

  it("normalises Dutch postcodes and refuses impossible ones", () => {
    expect(postcode.parse("1012ab")).toBe("1012 AB");
    expect(postcode.parse(" 1506  kc ")).toBe("1506 KC");
    for (const bad of ["0123 AB", "1234 SS", "1234 SA", "1234 SD", "12345 AB", "1234 A", "ABCD 12"]) {
      expect(message(postcode.safeParse(bad))).toBe("Een postcode bestaat uit 4 cijfers en 2 letters, bijvoorbeeld 1012 AB.");
    }
  });
});
