import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { SERVER_BUNDLE, serveArgs, WEB_HEAP_FLAGS } from "@/scripts/lib/web-process";

describe("the web process's command line", () => {
  it("package.json's serve script starts it with the same heap flags as npm start, the tests and the benchmarks", () => {
    const pkg = JSON.parse(readFileSync("package.json", "utf8")) as { scripts: Record<string, string> };
    expect(pkg.scripts.serve).toBe(`node ${WEB_HEAP_FLAGS.join(" ")} ${SERVER_BUNDLE}`);
  });

  it("puts the heap flags and any extra Node flags before the script, the port and host after it", () => {
    expect(serveArgs(3000, "127.0.0.1", ["--cpu-prof"])).toEqual([
      ...WEB_HEAP_FLAGS,
      "--cpu-prof",
      SERVER_BUNDLE,
      "-p",
      "3000",
      "-H",
      "127.0.0.1",
    ]);
    expect(serveArgs(3141)).toEqual([...WEB_HEAP_FLAGS, SERVER_BUNDLE, "-p", "3141"]);
  });
});

describe("the web process's entry point", () => {
  const source = readFileSync("scripts/serve.ts", "utf8");

  it("installs the Immediate-link fix before anything else is imported", () => {
    expect(source.match(/^import .*$/m)?.[0]).toBe('import "@/lib/next/immediate-links";');
  });

  it("imports Next.js only at run time: a bundle evaluates its static package imports before its own code", () => {
    expect(source).not.toMatch(/^import [^;]*from "next(\/[^"]*)?";$/m);
    expect(source).toContain('await import("next")');
  });
});
