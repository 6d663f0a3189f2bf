import AxeBuilder from "@axe-core/playwright";
import { expect, type APIRequestContext, type Browser, type ConsoleMessage, type Page } from "@playwright/test";

export const DEMO_PASSWORD = "demo-wachtwoord";

/** An axe scan of the current page: no serious or critical WCAG 2.2 A/AA violations. */
export async function expectAccessible(page: Page) {
  // After a client-side navigation Next.js streams the new page's metadata after its body: scan
  // once the title has arrived, not in between (a page without a title still fails here).
  await expect(page).toHaveTitle(/\S/, { timeout: 15_000 });
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]).analyze();
  const blocking = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(blocking.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`)).toEqual([]);
}

/**
 * Loads each page afresh and waits until the browser has taken over the server's HTML: no error on
 * the console or thrown in the page. A page drawn by client components from values (the plan's
 * tables, the time line, the review queue, a wijkverband's members) shows a hydration mismatch here.
 */
export async function expectHydratesCleanly(page: Page, urls: string[]) {
  const errors: string[] = [];
  const onPageError = (error: Error) => errors.push(`${page.url()}: ${error.message}`);
  const onConsole = (message: ConsoleMessage) => {
    if (message.type() === "error") errors.push(`${page.url()}: ${message.text()}`);
  };
  page.on("pageerror", onPageError);
  page.on("console", onConsole);
  try {
    for (const url of urls) {
      await page.goto(url);
      await page.waitForLoadState("networkidle");
    }
  } finally {
    page.off("pageerror", onPageError);
    page.off("console", onConsole);
  }
  expect(errors).toEqual([]);
}

export async function login(page: Page, email: string, password = DEMO_PASSWORD) {
  await page.goto("/login");
  await page.getByLabel("E-mailadres").fill(email);
  await page.getByLabel("Wachtwoord").fill(password);
  await page.getByRole("button", { name: "Inloggen" }).click();
}

const UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

/** A signed-in session's request context, for HTTP crawls. */
export async function signedIn(browser: Browser, email: string): Promise<APIRequestContext> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await login(page, email);
  await page.waitForURL((url) => !url.pathname.startsWith("/login"));
  return context.request;
}

/** The first id linked from a list page as `<prefix>/<uuid>`. */
export async function firstId(request: APIRequestContext, listUrl: string, prefix: string): Promise<string> {
  const html = await (await request.get(listUrl)).text();
  const match = html.match(new RegExp(`${prefix.replace(/[/]/g, "\\/")}\\/(${UUID})`));
  if (!match) throw new Error(`geen id gevonden op ${listUrl} (${prefix})`);
  return match[1]!;
}

export async function regionIds(request: APIRequestContext, slug: string) {
  const r = `/r/${slug}`;
  return {
    region: slug,
    practice: await firstId(request, `${r}/praktijken`, `${r}/praktijken`),
    wijkverband: await firstId(request, `${r}/wijkverbanden`, `${r}/wijkverbanden`),
    partner: await firstId(request, `${r}/partners`, `${r}/partners`),
    plan: await firstId(request, `${r}/regioplan`, `${r}/regioplan`),
    initiative: await firstId(request, `${r}/initiatieven`, `${r}/initiatieven`),
  };
}
