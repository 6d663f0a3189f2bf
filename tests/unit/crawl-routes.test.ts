// Every dynamic route under app/ must be in the 404 crawl (tests/e2e/crawl-routes.ts), so a new
// route with an id cannot ship without a malformed-id and foreign-id case.
import { readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { CRAWL, NOT_CRAWLED } from "../e2e/crawl-routes";

const APP = path.resolve(import.meta.dirname, "../../app");

/** URL patterns of every page.tsx and route.ts, route groups "(…)" removed. */
function routes(dir = APP, segments: string[] = []): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.isDirectory()) {
      const next = entry.name.startsWith("(") ? segments : [...segments, entry.name];
      found.push(...routes(path.join(dir, entry.name), next));
    } else if (/^(page\.tsx|route\.ts)$/.test(entry.name)) {
      found.push(`/${segments.join("/")}`);
    }
  }
  return found;
}

describe("the 404 crawl", () => {
  const dynamic = [...new Set(routes().filter((r) => r.includes("[")))].sort();

  it("finds the app's routes", () => {
    expect(dynamic).toContain("/r/[region]/praktijken/[practiceId]");
  });

  it("lists every dynamic route under app/ (add a case to tests/e2e/crawl-routes.ts)", () => {
    const listed = new Set([...Object.keys(CRAWL), ...Object.keys(NOT_CRAWLED)]);
    expect(dynamic.filter((r) => !listed.has(r))).toEqual([]);
  });

  it("lists no route that does not exist", () => {
    expect([...Object.keys(CRAWL), ...Object.keys(NOT_CRAWLED)].filter((r) => !dynamic.includes(r))).toEqual([]);
  });
});
