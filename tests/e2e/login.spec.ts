import { expect, test } from "@playwright/test";
import { expectAccessible, login } from "./helpers";

const HOMES = [
  { email: "coordinator@wijkkracht.test", url: /\/r\/zaanstreek-waterland$/, heading: /^Overzicht: / },
  { email: "huisarts@wijkkracht.test", url: /\/r\/zaanstreek-waterland$/, heading: /^Welkom, / },
  { email: "verzekeraar@wijkkracht.test", url: /\/verzekeraar\/\d{4}$/, heading: /^Werkruimte / },
  { email: "gemeente@wijkkracht.test", url: /\/gemeente\/GM0479$/, heading: /^Werkruimte .*Zaanstad/ },
  { email: "beheer@wijkkracht.test", url: /\/admin$/, heading: /^Platformbeheer$/ },
  { email: "coordinator2@wijkkracht.test", url: /\/r\/amstelland-meerlanden$/, heading: /^Overzicht: / },
];

test("the login page is in Dutch and accessible", async ({ page }) => {
  await page.goto("/");
  await expect(page).toHaveURL(/\/login$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Inloggen");
  await expect(page.locator("html")).toHaveAttribute("lang", "nl");
  await expectAccessible(page);
});

for (const home of HOMES) {
  test(`${home.email} logs in and lands on its home`, async ({ page }) => {
    await login(page, home.email);
    await expect(page).toHaveURL(home.url);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(home.heading);
    // True figures from the database, not placeholders: at least one non-zero number or a table row.
    await expect(page.locator("main")).toContainText(/[1-9]/);
    await expectAccessible(page);
  });
}

test("a wrong password gets the one generic message", async ({ page }) => {
  // Its own client address (the test server trusts X-Forwarded-For, as behind a proxy).
  await page.setExtraHTTPHeaders({ "x-forwarded-for": "203.0.113.20" });
  await login(page, "coordinator2@wijkkracht.test", "niet-het-wachtwoord");
  await expect(page.locator("form").getByRole("alert")).toHaveText("Het e-mailadres of wachtwoord is onjuist.");
  await expect(page).toHaveURL(/\/login$/);
  await login(page, "bestaat-niet@wijkkracht.test", "niet-het-wachtwoord");
  await expect(page.locator("form").getByRole("alert")).toHaveText("Het e-mailadres of wachtwoord is onjuist.");
  await expectAccessible(page);
});

test("logout ends the session, and the old session token no longer works anywhere", async ({ page, browser }) => {
  await login(page, "beheer@wijkkracht.test");
  await expect(page).toHaveURL(/\/admin$/);
  const token = (await page.context().cookies()).find((c) => c.name.endsWith("next-auth.session-token"));
  expect(token).toBeDefined();
  await page.getByRole("button", { name: "Uitloggen" }).click();
  await expect(page).toHaveURL(/\/login/);
  await page.goto("/admin");
  await expect(page).toHaveURL(/\/login$/);
  // Someone who copied the cookie before the logout gets nothing with it.
  const thief = await browser.newContext();
  await thief.addCookies([token!]);
  const stolen = await thief.newPage();
  await stolen.goto("/admin");
  await expect(stolen).toHaveURL(/\/login$/);
  await thief.close();
});

test("a coordinator of region A who types region B's URL gets a 404 page", async ({ page }) => {
  await login(page, "coordinator@wijkkracht.test");
  await expect(page).toHaveURL(/\/r\/zaanstreek-waterland$/);
  const response = await page.goto("/r/amstelland-meerlanden");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Pagina niet gevonden");
  const audit = await page.goto("/r/amstelland-meerlanden/audit");
  expect(audit?.status()).toBe(404);
  await expectAccessible(page);
});

test("the coordinator opens the region's audit log", async ({ page }) => {
  await login(page, "coordinator@wijkkracht.test");
  await page.getByRole("navigation", { name: "Hoofdnavigatie" }).getByRole("link", { name: "Auditlog" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Auditlog");
  await expectAccessible(page);
});

test("the interface switches to English and back", async ({ page }) => {
  await login(page, "gemeente@wijkkracht.test");
  await expect(page).toHaveURL(/\/gemeente\/GM0479$/);
  await page.getByRole("button", { name: "English" }).click();
  await expect(page.getByRole("button", { name: "Log out" })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expectAccessible(page);
  await page.getByRole("button", { name: "Nederlands" }).click();
  await expect(page.getByRole("button", { name: "Uitloggen" })).toBeVisible();
});

test("a user with several memberships can switch workspace", async ({ page }) => {
  await login(page, "beheer@wijkkracht.test");
  await expect(page).toHaveURL(/\/admin$/);
  await page
    .getByRole("link", { name: /Zaanstreek/ })
    .first()
    .click();
  await expect(page).toHaveURL(/\/r\/zaanstreek-waterland$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/^Overzicht: /);
});

test("the accessibility statement is public and accessible", async ({ page }) => {
  await page.goto("/toegankelijkheid");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Toegankelijkheidsverklaring");
  await expectAccessible(page);
});

test("guessing from one address makes that address wait longer and longer, while the user gets in from another", async ({
  browser,
}) => {
  test.setTimeout(120_000); // a dozen logins and the waits between them, on a loaded machine
  const email = "coordinator2@wijkkracht.test";
  const attacker = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": "203.0.113.66" } });
  const page = await attacker.newPage();
  const alert = page.locator("form").getByRole("alert");
  for (let attempt = 0; attempt < 5; attempt++) {
    await login(page, email, `fout-${attempt}`);
    await expect(alert).toHaveText("Het e-mailadres of wachtwoord is onjuist.");
  }
  // From now on every attempt sets a waiting time that doubles (1, 2, 4 … seconds), and while it
  // runs the attacker is told to wait, without the password even being checked. Keep guessing
  // (waiting out the short waits) until the wait is long enough to look at.
  let wait = 0;
  for (let attempt = 0; attempt < 12 && wait < 3; attempt++) {
    await login(page, email, `nog-een-poging-${attempt}`);
    await expect(alert).toHaveText(/onjuist|Wacht/);
    wait = Number(/Wacht (\d+) seconden/.exec((await alert.textContent()) ?? "")?.[1] ?? 0);
    if (wait > 0 && wait < 3) await page.waitForTimeout(wait * 1000 + 200);
  }
  expect(wait).toBeGreaterThanOrEqual(3);
  await expect(alert).toHaveText(/^Te veel inlogpogingen achter elkaar\. Wacht \d+ seconden en probeer het dan opnieuw\.$/);
  // The right password from the attacker's address is refused as well while it waits …
  await login(page, email);
  await expect(alert).toHaveText(/Wacht \d+ seconden/);
  await expectAccessible(page);
  await attacker.close();

  // … but the real user, on another address, logs in at once: no lock anyone else can set.
  const user = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": "198.51.100.77" } });
  const own = await user.newPage();
  await login(own, email);
  await expect(own).toHaveURL(/\/r\/amstelland-meerlanden$/);
  await user.close();
});
