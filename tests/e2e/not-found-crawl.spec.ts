// An HTTP crawl of every dynamic route with malformed, unknown and foreign-region ids against the
// real server: each must answer 404 — the not-found page, or problem+json for routes — never 500.
// The route table is tests/e2e/crawl-routes.ts (a unit test keeps it complete).
import { expect, test } from "@playwright/test";
import { CRAWL, type CrawlIds } from "./crawl-routes";
import { firstId, regionIds, signedIn } from "./helpers";

const OWN = "zaanstreek-waterland";
const FOREIGN = "amstelland-meerlanden";

test("every dynamic route answers 404 for malformed, unknown and foreign ids, never 500", async ({ browser }) => {
  test.setTimeout(240_000);
  const coordinator = await signedIn(browser, "coordinator@wijkkracht.test");
  const admin = await signedIn(browser, "beheer@wijkkracht.test");
  const foreignCoordinator = await signedIn(browser, "coordinator2@wijkkracht.test");
  const ids: CrawlIds = {
    own: await regionIds(coordinator, OWN),
    foreign: await regionIds(foreignCoordinator, FOREIGN),
    discipline: await firstId(admin, "/admin/disciplines", "/admin/disciplines"),
    ownUzovi: "3311",
    ownGemeente: "GM0479",
  };
  const sessions = { coordinator, admin };

  const failures: string[] = [];
  let checked = 0;
  for (const [route, c] of Object.entries(CRAWL)) {
    const request = sessions[c.as];
    for (const url of c.notFound(ids)) {
      const response = await request.get(url, { maxRedirects: 0 });
      checked++;
      const type = response.headers()["content-type"] ?? "";
      // Route handlers (downloads and the API) answer problem+json; pages show the not-found page.
      const isApi =
        ["/export", "/werkagenda", "/bewijs", "/verantwoording"].some((end) => route.endsWith(end)) || route.startsWith("/api/");
      if (response.status() !== 404) failures.push(`${route}: ${url} → ${response.status()} (404 verwacht)`);
      else if (isApi && !type.startsWith("application/problem+json")) failures.push(`${route}: ${url} → ${type}`);
      else if (!isApi && !(await response.text()).includes("Pagina niet gevonden"))
        failures.push(`${route}: ${url} → 404 zonder de niet-gevonden-pagina`);
    }
    for (const url of c.ok?.(ids) ?? []) {
      const response = await request.get(url, { maxRedirects: 0 });
      checked++;
      if (response.status() !== 200) failures.push(`${route}: ${url} → ${response.status()} (200 verwacht)`);
    }
  }
  expect(failures).toEqual([]);
  expect(checked).toBeGreaterThan(200);
});

test("exports: another format is 422, signed out is 401, both as problem+json", async ({ browser, request }) => {
  const coordinator = await signedIn(browser, "coordinator@wijkkracht.test");
  const plan = `/r/${OWN}/regioplan/${await firstId(coordinator, `/r/${OWN}/regioplan`, `/r/${OWN}/regioplan`)}`;
  for (const url of [
    `/r/${OWN}/praktijken/export?format=pdf`,
    `/r/${OWN}/wijkverbanden/export?format=XLSX`,
    `/r/${OWN}/partners/export?format=`,
    `${plan}/werkagenda?formaat=ods`,
  ]) {
    const response = await coordinator.get(url);
    expect(response.status(), url).toBe(422);
    expect(response.headers()["content-type"]).toContain("application/problem+json");
    expect(await response.json()).toMatchObject({ status: 422, title: "Ongeldige invoer" });
  }
  for (const url of [`/r/${OWN}/praktijken/export`, `${plan}/werkagenda?format=csv`, "/admin/disciplines/export"]) {
    const response = await request.get(url, { maxRedirects: 0 });
    expect(response.status(), url).toBe(401);
    expect(response.headers()["content-type"]).toContain("application/problem+json");
  }
  const csv = await coordinator.get(`${plan}/werkagenda`);
  expect(csv.status()).toBe(200);
  expect(csv.headers()["content-type"]).toContain("text/csv");
});
