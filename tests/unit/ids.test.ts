// The one parser for ids from URLs: malformed or out-of-range values are "not found", never a
// database error.
import { describe, expect, it } from "vitest";
import { NotFoundError } from "@/lib/domain/errors";
import { isId, optionalId, parseBigintCursor, parseId, parsePositiveInt } from "@/lib/domain/shared/ids";

describe("ids", () => {
  it("accepts any 8-4-4-4-12 hex id, in either case", () => {
    expect(parseId("3f1c9a52-7d4e-4b8a-9c21-5e6f7a8b9c0d")).toBe("3f1c9a52-7d4e-4b8a-9c21-5e6f7a8b9c0d");
    expect(isId("3F1C9A52-7D4E-4B8A-9C21-5E6F7A8B9C0D")).toBe(true);
    expect(isId("00000000-0000-0000-0000-00000000000a")).toBe(true);
  });

  it("refuses everything else as NotFound", () => {
    for (const bad of [
      "",
      "abc",
      "3f1c9a527d4e4b8a9c215e6f7a8b9c0d",
      "3f1c9a52-7d4e-4b8a-9c21-5e6f7a8b9c0g",
      "1' OR '1'='1",
      null,
      5,
    ]) {
      expect(() => parseId(bad, "Deze praktijk bestaat niet.")).toThrow(new NotFoundError("Deze praktijk bestaat niet."));
      expect(optionalId(bad)).toBeUndefined();
    }
  });

  it("reads a version number within PostgreSQL's integer", () => {
    expect(parsePositiveInt("1")).toBe(1);
    expect(parsePositiveInt(2147483647)).toBe(2147483647);
    for (const bad of ["0", "-1", "01", "1.5", "1e3", "abc", "", "2147483648", "99999999999999999999"]) {
      expect(() => parsePositiveInt(bad)).toThrow(NotFoundError);
    }
  });

  it("reads a bigint cursor, ignoring what is malformed or out of range", () => {
    expect(parseBigintCursor("42")).toBe(42n);
    expect(parseBigintCursor("9223372036854775807")).toBe(9223372036854775807n);
    for (const bad of ["9223372036854775808", "99999999999999999999", "abc", "-1", "0", "", undefined]) {
      expect(parseBigintCursor(bad)).toBeUndefined();
    }
  });
});
