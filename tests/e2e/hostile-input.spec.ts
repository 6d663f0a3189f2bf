// Hostile input over HTTP against the real server: every route with hostile query parameters,
// and server-action bodies over their limit. Nothing may answer a server error.
import { readdirSync } from "node:fs";
import path from "node:path";
import { expect, test, type APIRequestContext } from "@playwright/test";
import { UNKNOWN_UUID } from "./crawl-routes";
import { expectAccessible, login, regionIds, signedIn } from "./helpers";

const OWN = "zaanstreek-waterland";

// One after the other: the crawl is long, and the body test should not wait behind it.
test.describe.configure({ mode: "serial" });

const APP_DIR = path.resolve(import.meta.dirname, "../../app");

/** URL patterns of every page.tsx and route.ts under app/, route groups "(…)" removed. */
function appRoutes(dir = APP_DIR, segments: string[] = []): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.isDirectory()) {
      const next = entry.name.startsWith("(") ? segments : [...segments, entry.name];
      found.push(...appRoutes(path.join(dir, entry.name), next));
    } else if (/^(page\.tsx|route\.ts)$/.test(entry.name)) found.push(`/${segments.join("/")}`);
  }
  return [...new Set(found)].sort();
}

/** Every query parameter a page or route reads, and a few it does not. */
const PARAMETER_NAMES = [
  ...["q", "discipline", "wijkverband", "gemeente", "sort", "pagina", "archief", "jaar", "voor", "van", "naar"],
  ...["versie", "sjabloon", "plan", "opgave", "status", "format", "formaat", "tabel", "regio", "name", "identifier"],
  ...["_count", "page", "callbackUrl", "error"],
];

/** Values an attacker sends: NUL bytes, integers beyond 32 and 64 bits, negatives, huge strings,
 * percent-encodings that are not UTF-8, an RTL override, a lone surrogate and SQL-ish text. */
const HOSTILE_VALUES = [
  "%00",
  "a%00b",
  "9223372036854775808",
  "2147483648",
  "-9223372036854775809",
  "-1",
  "1e309",
  "NaN",
  "%C0%AF",
  "%FF%FE%FD",
  "%ED%A0%80",
  "%E2%80%AEtxt.exe",
  "1'%20OR%20'1'='1",
  "x".repeat(8000),
];

test("every route answers hostile query parameters without a server error", async ({ browser }) => {
  test.setTimeout(1_200_000);
  const coordinator = await signedIn(browser, "coordinator@wijkkracht.test");
  const sessions: Record<string, APIRequestContext> = {
    coordinator,
    admin: await signedIn(browser, "beheer@wijkkracht.test"),
    gemeente: await signedIn(browser, "gemeente@wijkkracht.test"),
    verzekeraar: await signedIn(browser, "verzekeraar@wijkkracht.test"),
  };
  const own = await regionIds(coordinator, OWN);
  const values: Record<string, string> = {
    region: own.region,
    slug: own.region,
    practiceId: own.practice,
    wijkverbandId: own.wijkverband,
    partnerId: own.partner,
    planId: own.plan,
    initiativeId: own.initiative,
    code: "GM0479",
    uzovi: "3311",
    version: "1",
  };
  const failures: string[] = [];
  let checked = 0;
  for (const route of appRoutes()) {
    if (route.startsWith("/api/auth/")) continue; // next-auth's own endpoints
    const url = route.replace(/\[([^\]]+)\]/g, (_, name: string) => values[name] ?? UNKNOWN_UUID);
    const as = route.startsWith("/admin")
      ? "admin"
      : route.startsWith("/gemeente")
        ? "gemeente"
        : route.startsWith("/verzekeraar")
          ? "verzekeraar"
          : "coordinator";
    const queries = [
      ...HOSTILE_VALUES.map((value) => PARAMETER_NAMES.map((name) => `${name}=${value}`).join("&")),
      // Arrays: a parameter given twice, and in PHP/Rails style.
      PARAMETER_NAMES.map((name) => `${name}=1&${name}=2`).join("&"),
      PARAMETER_NAMES.map((name) => `${name}[]=1&${name}[x]=2`).join("&"),
    ];
    for (const query of queries) {
      const response = await sessions[as]!.get(`${url}?${query}`, { maxRedirects: 0 });
      checked++;
      if (response.status() >= 500) failures.push(`${route}: ${url}?${query.slice(0, 120)} → ${response.status()}`);
    }
  }
  console.log(`hostile parameters: ${checked} requests`);
  expect(failures).toEqual([]);
  expect(checked).toBeGreaterThan(1000);
});

test("server-action bodies: 256 kB except on the upload pages (11 MB), refused before they are read", async ({ browser }) => {
  const coordinator = await signedIn(browser, "coordinator@wijkkracht.test");
  const post = (url: string, size: number) =>
    coordinator.post(url, {
      headers: { "Next-Action": "0".repeat(42), "Content-Type": "text/plain;charset=UTF-8" },
      data: Buffer.alloc(size, 0x61),
      maxRedirects: 0,
    });
  const small = await post(`/r/${OWN}/praktijken/nieuw`, 256 * 1024 + 1);
  expect(small.status()).toBe(413);
  expect(await small.text()).toContain("Deze aanvraag is te groot");
  const upload = await post(`/r/${OWN}/regiobeeld/import`, 11 * 1024 * 1024 + 1);
  expect(upload.status()).toBe(413);
  expect(await upload.text()).toContain("Het bestand is groter dan 10 MB");
  // Within the limits the request reaches Next.js, which answers an unknown action without a server error.
  for (const response of [await post(`/r/${OWN}/praktijken/nieuw`, 1000), await post(`/r/${OWN}/regiobeeld/import`, 300 * 1024)])
    expect(response.status()).toBeLessThan(500);
});

test("the upload form refuses a file over 10 MB with the Dutch size message, without sending it", async ({ page }) => {
  test.setTimeout(120_000); // an 11 MB file in the input makes the page (and axe) slow
  await login(page, "coordinator@wijkkracht.test");
  await page.waitForURL((url) => !url.pathname.startsWith("/login"));
  await page.goto(`/r/${OWN}/regiobeeld/import`);
  await page.getByLabel("Bestand", { exact: true }).setInputFiles({
    name: "groot.csv",
    mimeType: "text/csv",
    buffer: Buffer.alloc(11 * 1024 * 1024 + 1, 0x61),
  });
  const posted: string[] = [];
  page.on("request", (request) => {
    if (request.method() === "POST") posted.push(request.url());
  });
  await page.getByRole("button", { name: "Bestand controleren" }).click();
  await expect(page.getByText("Het bestand is groter dan 10 MB; splits het op.").first()).toBeVisible();
  expect(posted).toEqual([]);
  await expectAccessible(page);
});
