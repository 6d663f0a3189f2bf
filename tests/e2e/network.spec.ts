import { expect, test } from "@playwright/test";
import { expectAccessible, expectHydratesCleanly, login } from "./helpers";

const ZW = "/r/zaanstreek-waterland";
const unique = () => `${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`;
/** An 8-digit AGB code unlikely to collide with the seed or a parallel run. */
const randomAgb = () => `98${String(Math.floor(Math.random() * 1e6)).padStart(6, "0")}`;

test("a coordinator adds a practice: an invalid AGB gets a Dutch message, a valid one is saved", async ({ page }) => {
  test.slow(); // several axe scans on a shared machine
  const name = `Huisartsenpraktijk E2E ${unique()}`;
  await login(page, "coordinator@wijkkracht.test");
  await expect(page).toHaveURL(/\/r\/zaanstreek-waterland$/);
  await page.getByRole("navigation", { name: "Hoofdnavigatie" }).getByRole("link", { name: "Praktijken" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Praktijken");
  await page.getByRole("link", { name: "Praktijk toevoegen" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Praktijk toevoegen");
  await expectAccessible(page);

  await page.getByLabel("Naam").fill(name);
  await page.getByLabel("Discipline").selectOption("huisartsenzorg");
  await page.getByLabel("Gemeente").selectOption("GM0479");
  await page.getByLabel("AGB-code").fill("12345");
  await page.getByLabel("Postcode").fill("1506kc");
  await page.getByRole("button", { name: "Praktijk toevoegen" }).click();

  const agb = page.getByLabel("AGB-code");
  await expect(page.getByText("Een AGB-code bestaat uit precies 8 cijfers.")).toBeVisible();
  await expect(agb).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel("Naam")).toHaveValue(name);
  await expectAccessible(page);

  await agb.fill(randomAgb());
  await page.getByRole("button", { name: "Praktijk toevoegen" }).click();
  await expect(page).toHaveURL(/\/praktijken\/[0-9a-f-]{36}$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(name);
  await expect(page.getByRole("cell", { name: /Praktijk aangemaakt/ })).toBeVisible();
  await expectAccessible(page);

  await page.getByRole("link", { name: "Bewerken" }).click();
  await expect(page.getByLabel("Postcode")).toHaveValue("1506 KC");
  await expectAccessible(page);
});

test("the practice list searches, filters, pages and exports", async ({ page }) => {
  test.slow();
  await login(page, "coordinator@wijkkracht.test");
  await expect(page).toHaveURL(/\/r\/zaanstreek-waterland$/);
  await page.goto(`${ZW}/praktijken`);
  await expectAccessible(page);
  await page.getByRole("searchbox", { name: "Zoeken" }).fill("De Zaan");
  await page.getByRole("button", { name: "Toepassen" }).click();
  await expect(page).toHaveURL(/q=De\+Zaan/);
  await expect(page.getByRole("link", { name: "Huisartsenpraktijk De Zaan" })).toBeVisible();

  await page.goto(`${ZW}/praktijken?discipline=farmacie`);
  const rows = page.locator("tbody tr");
  await expect(rows.first()).toBeVisible();
  for (const cell of await page.locator("tbody tr td:nth-child(2)").allTextContents()) expect(cell).toBe("Farmacie (apotheek)");

  const csv = await page.request.get(`${ZW}/praktijken/export?discipline=farmacie&format=csv`);
  expect(csv.status()).toBe(200);
  expect(csv.headers()["content-type"]).toContain("text/csv");
  const text = await csv.text();
  expect(text.split("\r\n")[0]).toContain("Naam;Discipline;Disciplinecode;AGB-code");
  expect(text).toContain("Apotheek");
  const xlsx = await page.request.get(`${ZW}/praktijken/export?format=xlsx`);
  expect(xlsx.headers()["content-type"]).toContain("spreadsheetml");
  // The export of a foreign region answers 404 like the page.
  expect((await page.request.get("/r/amstelland-meerlanden/praktijken/export?format=csv")).status()).toBe(404);
});

test("a coordinator sees a wijkverband's core team, members and history; partners are listed", async ({ page }) => {
  test.slow();
  await login(page, "coordinator@wijkkracht.test");
  await expect(page).toHaveURL(/\/r\/zaanstreek-waterland$/);
  await page.goto(`${ZW}/wijkverbanden`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Wijkverbanden");
  await expectAccessible(page);
  await page.getByRole("link", { name: "Wijkverband Weidevenne" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Wijkverband Weidevenne");
  await expect(page.getByText("Het kernteam is niet compleet. Ontbreekt: sociaal domein.")).toBeVisible();
  await expect(page.getByRole("heading", { name: "Praktijken per discipline" })).toBeVisible();
  await expectAccessible(page);
  await expectHydratesCleanly(page, [page.url()]);

  // Add a practice as a member, then remove it with its row's button (one shared form for all rows).
  const members = page.getByRole("table", { name: "Leden en hun rol" });
  const picker = page.getByLabel("Praktijk of organisatie");
  const practice = (await picker.locator('optgroup[label="Praktijken in deze gemeente"] option').first().textContent())!.trim();
  await picker.selectOption({ label: practice });
  await page.getByLabel("Rol", { exact: true }).fill("E2E-lid");
  await page.getByRole("button", { name: "Lid toevoegen" }).click();
  await expect(members.getByRole("row").filter({ hasText: "E2E-lid" })).toHaveCount(1);
  await page.getByRole("button", { name: `Verwijderen: ${practice} (E2E-lid)` }).click();
  await expect(page.getByText("Het lid is verwijderd.")).toBeVisible();
  await expect(members.getByRole("row").filter({ hasText: "E2E-lid" })).toHaveCount(0);
  await expectAccessible(page);

  await page.goto(`${ZW}/wijkverbanden/nieuw`);
  await expectAccessible(page);

  await page.goto(`${ZW}/partners`);
  await expect(page.getByText("Sociaal Wijkteam Zaanstad", { exact: true })).toBeVisible();
  await expectAccessible(page);
});

test("a municipality officer sees only the wijkverbanden of their municipality", async ({ page }) => {
  test.slow();
  await login(page, "gemeente@wijkkracht.test");
  await expect(page).toHaveURL(/\/gemeente\/GM0479$/);
  await page.goto(`${ZW}/wijkverbanden`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Wijkverbanden");
  await expect(page.getByRole("link", { name: "Wijkverband Zaandam-Zuid" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Wijkverband Weidevenne" })).toHaveCount(0);
  for (const cell of await page.locator("tbody tr td:nth-child(2)").allTextContents()) expect(cell).toBe("Zaanstad");
  await expect(page.getByRole("link", { name: "Wijkverband toevoegen" })).toHaveCount(0);
  await expectAccessible(page);

  await page.goto(`${ZW}/praktijken?q=Weidevenne`);
  await expect(page.getByText("Geen praktijken gevonden met deze zoekopdracht of filters.")).toBeVisible();
  const csv = await (await page.request.get(`${ZW}/wijkverbanden/export?format=csv`)).text();
  expect(csv).toContain("Wijkverband Zaandam-Zuid");
  expect(csv).not.toContain("Weidevenne");
  expect((await page.goto(`${ZW}/praktijken/nieuw`))?.status()).toBe(404);
  await page.goto("/admin/disciplines");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Pagina niet gevonden");
});

test("the FHIR Organization endpoint: a bundle for the own region, problem+json otherwise", async ({ page, request }) => {
  const anonymous = await request.get(`/api/v1/regions/zaanstreek-waterland/fhir/Organization`);
  expect(anonymous.status()).toBe(401);
  expect(anonymous.headers()["content-type"]).toContain("application/problem+json");

  await login(page, "coordinator@wijkkracht.test");
  await expect(page).toHaveURL(/\/r\/zaanstreek-waterland$/);
  const response = await page.request.get(`/api/v1/regions/zaanstreek-waterland/fhir/Organization`);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toContain("application/fhir+json");
  const bundle = await response.json();
  expect(bundle).toMatchObject({ resourceType: "Bundle", type: "searchset" });
  const zaan = bundle.entry.find(
    (e: { resource: { name: string } }) => e.resource.name === "Huisartsenpraktijk De Zaan",
  ).resource;
  expect(zaan.identifier[0].system).toBe("http://fhir.nl/fhir/NamingSystem/agb-z");
  expect(zaan.partOf.display).toBe("Coöperatie Eerstelijn Zaanstreek-Waterland");

  const foreign = await page.request.get(`/api/v1/regions/amstelland-meerlanden/fhir/Organization`);
  expect(foreign.status()).toBe(404);
  expect(foreign.headers()["content-type"]).toContain("application/problem+json");
  expect((await foreign.json()).status).toBe(404);
});

test("the platform admin opens the disciplines catalogue", async ({ page }) => {
  await login(page, "beheer@wijkkracht.test");
  await expect(page).toHaveURL(/\/admin$/);
  await page.getByRole("link", { name: "Disciplines" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Disciplines");
  await expect(page.getByRole("cell", { name: "huisartsenzorg", exact: true })).toBeVisible();
  await expectAccessible(page);
  const csv = await page.request.get("/admin/disciplines/export?format=csv");
  expect(await csv.text()).toContain("huisartsenzorg;Huisartsenzorg;General practice;Medisch");
  await page.getByRole("link", { name: "Bewerken: Podotherapie" }).click();
  // Scan the edit page once it is there: the list's title would otherwise satisfy the wait for a title.
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/^Podotherapie: /);
  await expectAccessible(page);
});

test("a practice holder opens the details form of their own practice", async ({ page }) => {
  await login(page, "huisarts@wijkkracht.test");
  // The holder lands on their dashboard; the practice is one search away.
  await expect(page).toHaveURL(new RegExp(`${ZW}$`));
  await page.goto(`${ZW}/praktijken?q=${encodeURIComponent("De Zaan")}`);
  await page.getByRole("link", { name: "Huisartsenpraktijk De Zaan" }).first().click();
  await expect(page).toHaveURL(/praktijken\/[0-9a-f-]{36}$/);
  await expect(page.getByRole("link", { name: "Bewerken" })).toHaveCount(0);
  await page.getByText("Contactgegevens en patiëntenaantal bijwerken").click();
  await page.getByLabel("Ingeschreven patiënten").fill("-5");
  await page.getByRole("button", { name: "Gegevens opslaan" }).click();
  await expect(page.getByText("Het aantal kan niet negatief zijn.")).toBeVisible();
  await expectAccessible(page);
  expect((await page.goto(`${ZW}/partners`))?.status()).toBe(200);
  await expect(page.getByRole("heading", { name: "Partner toevoegen" })).toHaveCount(0);
});
