// No server error from user input (issue 12, item 4): every zod input schema answers any input
// with success or a ZodError — never another exception (a TypeError in a refinement or transform
// would be a 500 in the action that uses it). Inputs are built from each schema's own shape (so
// the deeper checks are reached) with hostile values: NUL bytes, lone surrogates, RTL overrides,
// very long strings, integers beyond 32 and 64 bits, NaN, ±Infinity, -0, arrays and objects
// where text is expected. The schema modules are found on disk, so a new one cannot be forgotten.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { z } from "zod";

const ROOT = path.resolve(import.meta.dirname, "../..");
const RUNS = 1_000;

/** Every lib/**\/schema.ts, and the shared identifier and id schemas the forms use. */
const modules = import.meta.glob<Record<string, unknown>>(
  ["/lib/**/schema.ts", "/lib/domain/shared/identifiers.ts", "/lib/domain/shared/ids.ts", "!/lib/generated/**"],
  { eager: true },
);

/** Files that use zod at run time without defining input schemas, with the reason. */
const NOT_INPUT_SCHEMAS: Record<string, string> = {
  "lib/env.ts": "the process environment, read once at start-up (not user input)",
  "lib/domain/shared/privacy.ts": "refinement helpers; exercised through the schemas that use them",
  "lib/domain/imports/rows.ts": "a count check on a number the import reader produced; rows go through PracticeInputSchema",
};

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "generated" || entry.name === "node_modules" ? [] : sourceFiles(full);
    return /\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

const HOSTILE_STRINGS = [
  "",
  " ",
  "\u0000",
  "a\u0000b",
  "\uD800",
  "x\uDFFFy",
  "\u202Egnp.exe",
  "\uFEFF",
  "\u200B",
  "９２２３３７２０３６８５４７７５８０８",
  "9223372036854775808",
  "-9223372036854775809",
  "2147483648",
  "-2147483649",
  "1e309",
  "-0",
  "NaN",
  "Infinity",
  "0x1F",
  "1_000",
  "€ 1.234,56",
  "2026-02-30",
  "0000-00-00",
  "9999-12-31",
  "275760-09-14",
  "javascript:alert(1)",
  "data:text/html,<script>",
  "https://",
  "http://[::1",
  '\'; DROP TABLE "Practice";--',
  '=HYPERLINK("http://x")',
  "GM0479",
  "WK047901",
  "00000000-0000-0000-0000-000000000000",
  "on",
  "true",
  "x".repeat(100_000),
  "é".repeat(10_001),
];

const hostileString = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...HOSTILE_STRINGS) },
  { weight: 2, arbitrary: fc.string({ unit: "binary", maxLength: 300 }) },
  {
    weight: 2,
    arbitrary: fc
      .array(
        fc.oneof(fc.constantFrom("\u0000", "\uD800", "\uDC00", "\u202E", "\u200D", "\n", ";", '"'), fc.string({ maxLength: 8 })),
        {
          maxLength: 40,
        },
      )
      .map((parts) => parts.join("")),
  },
  { weight: 1, arbitrary: fc.webUrl() },
  { weight: 1, arbitrary: fc.emailAddress() },
  {
    weight: 1,
    arbitrary: fc.date({ noInvalidDate: false }).map((d) => (Number.isNaN(d.getTime()) ? "Invalid" : d.toISOString())),
  },
  { weight: 1, arbitrary: fc.double().map(String) },
);

const hostileNumber = fc.oneof(
  fc.constantFrom(
    0,
    -0,
    -1,
    2 ** 31,
    -(2 ** 31) - 1,
    2 ** 53,
    Number.MAX_SAFE_INTEGER + 2,
    Number.MAX_VALUE,
    Number.MIN_VALUE,
    NaN,
    Infinity,
    -Infinity,
  ),
  fc.double(),
  fc.integer(),
);

const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: hostileString },
  { weight: 2, arbitrary: hostileNumber },
  {
    weight: 1,
    arbitrary: fc.constantFrom(null, undefined, true, false, [], {}, new Date(NaN), new Date(8.64e15), 10n ** 30n, ["a", "b"], {
      name: "a.csv",
      size: -1,
    }),
  },
  { weight: 1, arbitrary: fc.array(hostileString, { maxLength: 5 }) },
  { weight: 1, arbitrary: fc.anything({ maxDepth: 2 }) },
);

type Def = { type: string } & Record<string, unknown>;
const defOf = (schema: z.ZodType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;

/** Inputs shaped like what the schema expects, with hostile values in every place. */
function shaped(schema: z.ZodType, depth = 0): fc.Arbitrary<unknown> {
  if (depth > 6) return hostileValue;
  const def = defOf(schema);
  const inner = (key: string) => shaped(def[key] as z.ZodType, depth + 1);
  switch (def.type) {
    case "object": {
      const shape = def.shape as Record<string, z.ZodType>;
      const fields = Object.fromEntries(Object.entries(shape).map(([key, child]) => [key, shaped(child, depth + 1)]));
      return fc.record(fields, { requiredKeys: [] });
    }
    case "optional":
    case "nullable":
    case "default":
    case "prefault":
    case "catch":
    case "readonly":
    case "nonoptional":
      return fc.oneof(inner("innerType"), fc.constantFrom(undefined, null, ""));
    case "pipe":
      return fc.oneof(inner("in"), inner("out"));
    case "union":
      return fc.oneof(...(def.options as z.ZodType[]).map((option) => shaped(option, depth + 1)), hostileValue);
    case "array":
      return fc.array(inner("element"), { maxLength: 6 });
    case "enum":
      return fc.oneof(fc.constantFrom(...Object.values(def.entries as Record<string, string | number>)), hostileValue);
    case "literal":
      return fc.oneof(fc.constantFrom(...(def.values as unknown[])), hostileValue);
    case "number":
    case "int":
    case "bigint":
      return fc.oneof(hostileNumber, hostileString, hostileValue);
    default:
      return hostileValue;
  }
}

const schemas = Object.entries(modules).flatMap(([file, exports]) =>
  Object.entries(exports)
    .filter((entry): entry is [string, z.ZodType] => entry[1] instanceof z.ZodType)
    .map(([name, schema]) => ({ name: `${file.slice(1)}: ${name}`, schema })),
);

describe("zod input schemas under hostile input", () => {
  it("finds every schema module: each file that uses zod at run time is tested or listed with a reason", () => {
    const tested = new Set(Object.keys(modules).map((file) => file.slice(1)));
    const usesZod = [...sourceFiles(path.join(ROOT, "lib")), ...sourceFiles(path.join(ROOT, "app"))]
      .filter((file) => /^import \{[^}]*\bz\b[^}]*\} from "zod";$/m.test(readFileSync(file, "utf8")))
      .map((file) => path.relative(ROOT, file));
    expect(usesZod.filter((file) => !tested.has(file) && !(file in NOT_INPUT_SCHEMAS))).toEqual([]);
    expect(Object.keys(NOT_INPUT_SCHEMAS).filter((file) => !usesZod.includes(file))).toEqual([]);
    expect(schemas.length).toBeGreaterThanOrEqual(30);
  });

  it.each(schemas)(`$name: ${RUNS} generated inputs give success or a ZodError, never another error`, async ({ schema }) => {
    let failures = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.oneof({ weight: 4, arbitrary: shaped(schema) }, { weight: 1, arbitrary: hostileValue }),
        async (input) => {
          const result = await schema.safeParseAsync(input);
          if (!result.success) {
            expect(result.error).toBeInstanceOf(z.ZodError);
            for (const issue of result.error.issues) expect(typeof issue.message).toBe("string");
            failures++;
          }
        },
      ),
      { numRuns: RUNS },
    );
    // The generator reaches the refusals (and, through shaped inputs, often the success path).
    expect(failures).toBeGreaterThan(0);
  });
});
