// The JavaScript a first visit of a page loads, read from the production build in .next: used by the
// benchmark's table and by the budget that the browser tests check before they start.
import { existsSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";

/** The budget for every page: first-load JavaScript, gzip. */
export const FIRST_LOAD_JS_BUDGET_KB = 180;

const next = () => path.join(process.cwd(), ".next");

/** Every page route of the build ("/r/[region]/regioplan/[planId]"). */
export function pageRoutes(): string[] {
  const routes = JSON.parse(readFileSync(path.join(next(), "app-path-routes-manifest.json"), "utf8")) as Record<string, string>;
  return Object.entries(routes)
    .filter(([entry]) => entry.endsWith("/page"))
    .map(([, route]) => route)
    .sort();
}

/**
 * The gzip size of the JavaScript a first visit of a route loads: the chunks the route's client
 * reference manifest lists for its page entry (layouts included) plus the root main files.
 */
export function firstLoadJsKb(route: string): number | null {
  if (!route) return null;
  const routes = JSON.parse(readFileSync(path.join(next(), "app-path-routes-manifest.json"), "utf8")) as Record<string, string>;
  const entry = Object.keys(routes).find((key) => routes[key] === route && key.endsWith("/page"));
  if (!entry) return null;
  const manifestFile = path.join(next(), "server", "app", `${entry}_client-reference-manifest.js`);
  if (!existsSync(manifestFile)) return null;
  const entries = /"entryJSFiles":(\{[^}]*\})/.exec(readFileSync(manifestFile, "utf8"))?.[1];
  if (!entries) return null;
  const files = new Set<string>((JSON.parse(entries) as Record<string, string[]>)[`[project]/app${entry}`] ?? []);
  const buildManifest = JSON.parse(readFileSync(path.join(next(), "build-manifest.json"), "utf8")) as {
    rootMainFiles?: string[];
  };
  for (const file of buildManifest.rootMainFiles ?? []) files.add(file);
  let bytes = 0;
  for (const file of files) {
    const full = path.join(next(), file);
    if (existsSync(full) && statSync(full).isFile()) bytes += gzipSync(readFileSync(full)).length;
  }
  return Math.round(bytes / 1024);
}

/** The pages of the build over the budget, with their size; an unreadable page counts as a failure. */
export function pagesOverBudget(): { route: string; kb: number | null }[] {
  return pageRoutes()
    .map((route) => ({ route, kb: firstLoadJsKb(route) }))
    .filter(({ kb }) => kb === null || kb > FIRST_LOAD_JS_BUDGET_KB);
}
