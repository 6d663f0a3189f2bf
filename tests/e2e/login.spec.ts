import { expect, test } from "@playwright/test";
import { expectAccessible, login } from "./helpers";

const HOMES = [
  { email: "coordinator@wijkkracht.test", url: /\/r\/zaanstreek-waterland$/, heading: /^Overzicht: / },
  { email: "huisarts@wijkkracht.test", url: /\/r\/zaanstreek-waterland\/praktijken\/[0-9a-f-]{36}$/, heading: /praktijk/i },
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
  await login(page, "coordinator2@wijkkracht.test", "niet-het-wachtwoord");
  await expect(page.locator("form").getByRole("alert")).toHaveText("Het e-mailadres of wachtwoord is onjuist.");
  await expect(page).toHaveURL(/\/login$/);
  await login(page, "bestaat-niet@wijkkracht.test", "niet-het-wachtwoord");
  await expect(page.locator("form").getByRole("alert")).toHaveText("Het e-mailadres of wachtwoord is onjuist.");
  await expectAccessible(page);
});

test("logout ends the session", async ({ page }) => {
  await login(page, "beheer@wijkkracht.test");
  await expect(page).toHaveURL(/\/admin$/);
  await page.getByRole("button", { name: "Uitloggen" }).click();
  await expect(page).toHaveURL(/\/login/);
  await page.goto("/admin");
  await expect(page).toHaveURL(/\/login$/);
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
  await page.getByRole("link", { name: "Auditlog" }).click();
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
  await page.getByRole("link", { name: /Zaanstreek/ }).first().click();
  await expect(page).toHaveURL(/\/r\/zaanstreek-waterland$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/^Overzicht: /);
});

test("the accessibility statement is public and accessible", async ({ page }) => {
  await page.goto("/toegankelijkheid");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Toegankelijkheidsverklaring");
  await expectAccessible(page);
});

test("after five failed attempts the account is refused for 15 minutes, with a clear Dutch message", async ({ page }) => {
  // An address no one uses: locking works the same for unknown accounts, and no demo account is locked.
  const email = `slot-${Date.now()}@wijkkracht.test`;
  for (let attempt = 0; attempt < 5; attempt++) {
    await login(page, email, `fout-${attempt}`);
    await expect(page.locator("form").getByRole("alert")).toHaveText("Het e-mailadres of wachtwoord is onjuist.");
  }
  await login(page, email, "nog-een-poging");
  await expect(page.locator("form").getByRole("alert")).toHaveText(
    "Te veel mislukte inlogpogingen. Dit account is 15 minuten geblokkeerd; probeer het daarna opnieuw.",
  );
});
