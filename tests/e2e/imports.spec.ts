import { expect, test, type Page } from "@playwright/test";
import { expectAccessible, login as loginForm } from "./helpers";

/** Background work on a busy shared machine can take a while: wait longer for its result. */
const BACKGROUND = { timeout: 30_000 };
const unique = () => `${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`;
/** An AGB code in a range the demo data does not use (9x…), unique per run. */
const agb = () => `9${String(Math.floor(Math.random() * 1e7)).padStart(7, "0")}`;

/** Logs in and waits until the landing page is there (a goto right after the click would cancel it). */
async function login(page: Page, email: string) {
  await loginForm(page, email);
  await expect(page).not.toHaveURL(/\/login/);
}

async function upload(page: Page, name: string, content: string) {
  await page
    .getByLabel("Bestand", { exact: true })
    .setInputFiles({ name, mimeType: "text/csv", buffer: Buffer.from(content, "utf8") });
  await page.getByRole("button", { name: "Bestand controleren" }).click();
}

test("a coordinator imports practices: sees the bad row, then imports a good file", async ({ page }) => {
  test.setTimeout(120_000);
  const id = unique();
  await login(page, "coordinator@wijkkracht.test");
  await page.goto("/r/zaanstreek-waterland/praktijken/import");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Praktijken importeren");
  await expectAccessible(page);

  // One bad row (row 3: an AGB code of 5 digits): nothing is imported and the row is shown.
  await upload(
    page,
    `fout-${id}.csv`,
    `\uFEFFNaam;Discipline;AGB-code;Gemeente\nImport Goed ${id};Huisartsenzorg;${agb()};GM0479\nImport Fout ${id};huisartsenzorg;12345;GM0479\n`,
  );
  await expect(page.getByText("Status: Bestand afgekeurd")).toBeVisible(BACKGROUND);
  const row = page.getByRole("row").filter({ hasText: "Een AGB-code bestaat uit precies 8 cijfers." });
  await expect(row.getByRole("cell").nth(0)).toHaveText("3");
  await expect(row.getByRole("cell").nth(1)).toHaveText("AGB-code");
  await expect(page.getByText("Er is 1 probleem gevonden. Er is niets geïmporteerd")).toBeVisible();
  await expect(page.getByRole("button", { name: /^Importeren/ })).toHaveCount(0);
  await expectAccessible(page);

  // A good file: preview, confirm, result.
  await page.getByRole("link", { name: "Ander bestand importeren" }).click();
  await upload(
    page,
    `goed-${id}.csv`,
    `naam,discipline,agb,gemeente,ingeschreven patiënten,peildatum\nImport Een ${id},huisartsenzorg,${agb()},Zaanstad,2.100,01-01-2026\nImport Twee ${id},Fysiotherapie,${agb()},GM0479,,\n`,
  );
  await expect(page.getByText("Status: Klaar om te importeren")).toBeVisible(BACKGROUND);
  await expectAccessible(page);
  await page.getByRole("button", { name: "Importeren: 2 nieuw, 0 bijwerken" }).click();
  await expect(page.getByText("Geïmporteerd: 2 praktijken toegevoegd en 0 bijgewerkt.")).toBeVisible(BACKGROUND);
});

test("a file with patient columns is refused with an explanation", async ({ page }) => {
  test.setTimeout(60_000);
  await login(page, "coordinator@wijkkracht.test");
  await page.goto("/r/zaanstreek-waterland/praktijken/import");
  await upload(page, "patienten.csv", "naam;geboortedatum;bsn\nJan;01-01-1950;123456782\n");
  await expect(
    page.getByText(/Dit bestand is geweigerd: de kolommen ‘geboortedatum’, ‘bsn’ bevatten gegevens over individuele patiënten/),
  ).toBeVisible(BACKGROUND);
});

test("the regiobeeld shows wijken, wijkverbanden and gaps for a coordinator; a wijk import page is accessible", async ({
  page,
}) => {
  test.setTimeout(60_000);
  await login(page, "coordinator@wijkkracht.test");
  await page.getByRole("link", { name: "Regiobeeld" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Regiobeeld");
  await expect(page.getByRole("table", { name: /Bevolking en zorgaanbod per wijk,/ })).toBeVisible();
  await expect(
    page.getByRole("table", { name: /per wijkverband/ }).getByRole("cell", { name: "Wijkverband Zaandam-Zuid" }),
  ).toBeVisible();
  await expect(page.getByRole("img", { name: /Aandeel inwoners van 65 jaar of ouder/ })).toBeVisible();
  await expectAccessible(page);

  await page.getByRole("link", { name: "Wijkcijfers importeren" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Wijkcijfers importeren");
  await expectAccessible(page);
});

test("a municipality officer sees only the own municipality's wijken and cannot import", async ({ page }) => {
  await login(page, "gemeente@wijkkracht.test");
  await page.goto("/r/zaanstreek-waterland/regiobeeld");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Regiobeeld");
  const wijken = page.getByRole("table", { name: /Bevolking en zorgaanbod per wijk,/ });
  await expect(wijken.getByText(/WK0479\d\d/).first()).toBeVisible();
  await expect(wijken.getByText(/WK0439\d\d/)).toHaveCount(0);
  await expect(page.getByRole("link", { name: "Wijkcijfers importeren" })).toHaveCount(0);
  await expectAccessible(page);
  expect((await page.goto("/r/zaanstreek-waterland/praktijken/import"))?.status()).toBe(404);
  expect((await page.goto("/r/amstelland-meerlanden/regiobeeld"))?.status()).toBe(404);
});

test("a coordinator of another region gets 404 on this region's regiobeeld and imports", async ({ page }) => {
  await login(page, "coordinator2@wijkkracht.test");
  await expect(page).toHaveURL(/amstelland-meerlanden/);
  expect((await page.goto("/r/zaanstreek-waterland/regiobeeld"))?.status()).toBe(404);
  expect((await page.goto("/r/zaanstreek-waterland/regiobeeld/import"))?.status()).toBe(404);
});

test("a practice holder reads the regiobeeld but cannot import", async ({ page }) => {
  await login(page, "huisarts@wijkkracht.test");
  await page.goto("/r/zaanstreek-waterland/regiobeeld");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Regiobeeld");
  await expect(page.getByRole("link", { name: "Praktijken importeren" })).toHaveCount(0);
  expect((await page.goto("/r/zaanstreek-waterland/praktijken/import"))?.status()).toBe(404);
  expect((await page.goto("/r/zaanstreek-waterland/regiobeeld/import"))?.status()).toBe(404);
});

test("a coordinator imports CBS wijk statistics for a year and sees them in the regiobeeld", async ({ page }) => {
  test.setTimeout(120_000);
  await login(page, "coordinator2@wijkkracht.test");
  await page.goto("/r/amstelland-meerlanden/regiobeeld/import");
  await page.getByLabel("Jaar van de cijfers").fill("2019");
  const csv =
    "\uFEFFID;Wijken en buurten;Gemeentenaam;SoortRegio;Codering;AantalInwoners;k_65JaarOfOuder;HuishoudensTotaal;GemiddeldeHuishoudensgrootte\n" +
    "1;Amstelveen;Amstelveen;Gemeente;GM0362;90000;17000;40000;2,2\n" +
    "2;Westwijk;Amstelveen;Wijk;WK036203;17.500;2.800;7.500;2,3\n" +
    "3;Binnenstad;Utrecht;Wijk;WK034400;80000;9000;40000;1,8\n";
  await upload(page, "kerncijfers-2019.csv", csv);
  await expect(page.getByText("Status: Klaar om te importeren")).toBeVisible(BACKGROUND);
  await expect(page.getByText("1 wijken liggen buiten de gemeenten van deze regio en zijn overgeslagen.")).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("button", { name: /^Importeren: / }).click();
  await expect(page.getByText(/Geïmporteerd: \d wijken toegevoegd en \d bijgewerkt\./)).toBeVisible(BACKGROUND);

  await page.getByRole("link", { name: "Naar het regiobeeld" }).last().click();
  await expect(page.getByRole("heading", { name: "Kerncijfers 2019" })).toBeVisible();
  const row = page
    .getByRole("table", { name: /per wijk, 2019/ })
    .getByRole("row")
    .filter({ hasText: "WK036203" });
  await expect(row.getByRole("cell").nth(1)).toHaveText("17.500");
  await expect(row.getByRole("cell").nth(2)).toHaveText("2.800 (16,0%)");
  const extra = page.getByRole("table", { name: "Overige cijfers per wijk, 2019" });
  await expect(extra.getByRole("row").filter({ hasText: "Westwijk" }).getByRole("cell").nth(1)).toHaveText("2,3");
  await expectAccessible(page);
});
