import { expect, test, type Page } from "@playwright/test";
import { expectAccessible, expectHydratesCleanly, login as loginForm } from "./helpers";

/** Background work on a busy shared machine can take a while: wait longer for its result. */
const BACKGROUND = { timeout: 30_000 };
const unique = () => `${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`;

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

test("a municipality officer registers an organisation and a link, enters and imports referrals, and sees them at a glance", async ({
  page,
}) => {
  test.setTimeout(180_000);
  const id = unique();
  const organisation = `Buurtkracht ${id}`;
  await login(page, "gemeente@wijkkracht.test");
  await expect(page).toHaveURL(/\/gemeente\/GM0479$/);
  await expect(page.getByRole("heading", { name: /Wijken zonder actieve verbinding/ })).toBeVisible();
  await expectAccessible(page);

  await page.getByRole("link", { name: "Naar het sociaal domein" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Sociaal domein Gemeente Zaanstad");
  await expectAccessible(page);

  // The organisation.
  const orgForm = page.getByRole("region", { name: "Organisatie toevoegen" });
  await orgForm.getByLabel("Naam").fill(organisation);
  await orgForm.getByLabel("Soort organisatie").selectOption({ label: "Welzijnsorganisatie" });
  await orgForm.getByRole("button", { name: "Organisatie toevoegen" }).click();
  await expect(page.getByText(`${organisation} is toegevoegd.`)).toBeVisible();

  // A note with a patient's name is refused with the reason.
  const linkForm = page.getByRole("region", { name: "Verbinding toevoegen" });
  await linkForm.getByLabel("Organisatie", { exact: true }).selectOption({ label: organisation });
  await linkForm.getByLabel("Wijkverband of praktijk").selectOption({ label: "Wijkverband Zaandam-Zuid" });
  await linkForm.getByLabel("Soort verbinding").selectOption({ label: "Welzijn op Recept" });
  await linkForm.getByLabel("Status").selectOption({ label: "Actief" });
  await linkForm.getByLabel("Sinds").fill("2025-01-15");
  await linkForm.getByLabel("Contactrol").fill("welzijnscoach");
  await linkForm.getByLabel("Notitie").fill("Eerste verwijzing: mevr. Jansen");
  await linkForm.getByRole("button", { name: "Verbinding toevoegen" }).click();
  await expect(linkForm.getByText(/Dit lijkt de naam van een persoon/).first()).toBeVisible();
  // The refused form starts afresh: fill it again with a note without personal data.
  await linkForm.getByLabel("Organisatie", { exact: true }).selectOption({ label: organisation });
  await linkForm.getByLabel("Wijkverband of praktijk").selectOption({ label: "Wijkverband Zaandam-Zuid" });
  await linkForm.getByLabel("Soort verbinding").selectOption({ label: "Welzijn op Recept" });
  await linkForm.getByLabel("Status").selectOption({ label: "Actief" });
  await linkForm.getByLabel("Sinds").fill("2025-01-15");
  await linkForm.getByLabel("Contactrol").fill("welzijnscoach");
  await linkForm.getByLabel("Notitie").fill("Verwijzen via het formulier; terugkoppeling na het eerste gesprek.");
  await linkForm.getByRole("button", { name: "Verbinding toevoegen" }).click();
  await expect(page.getByText("De verbinding is toegevoegd.")).toBeVisible();

  // Two quarters by hand, on the link's page.
  await page.getByRole("table", { name: "Verbindingen" }).getByRole("link", { name: organisation }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`${organisation} – Wijkverband Zaandam-Zuid`);
  await expectAccessible(page);
  await page.getByRole("textbox", { name: "Kwartaal" }).fill("2026 Q1");
  await page.getByRole("textbox", { name: "Aantal verwijzingen" }).fill("12");
  await page.getByRole("button", { name: "Verwijzingen invoeren" }).click();
  await expect(page.getByText("De verwijzingen over 2026 Q1 zijn opgeslagen.")).toBeVisible();
  await page.getByRole("textbox", { name: "Kwartaal" }).fill("Q2 2026");
  await page.getByRole("textbox", { name: "Aantal verwijzingen" }).fill("15");
  await page.getByRole("button", { name: "Verwijzingen invoeren" }).click();
  await expect(page.getByText("De verwijzingen over Q2 2026 zijn opgeslagen.")).toBeVisible();
  const counts = page.getByRole("table", { name: "Verwijzingen per kwartaal" });
  await expect(counts.getByRole("row").filter({ hasText: "2026-Q1" }).getByRole("cell").nth(1)).toHaveText("12");
  await expect(counts.getByRole("row").filter({ hasText: "2026-Q2" }).getByRole("cell").nth(1)).toHaveText("15");

  // The import: one bad row refuses the file and says why; the fixed file goes in.
  await page.getByRole("link", { name: "Naar het sociaal domein" }).click();
  await page.getByRole("link", { name: "Verwijzingen importeren uit een bestand" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Verwijzingen importeren");
  await expectAccessible(page);
  const header = "organisatie;wijkverband;kwartaal;aantal";
  await upload(
    page,
    `verwijzingen-fout-${id}.csv`,
    `${header}\n${organisation};Wijkverband Zaandam-Zuid;2026-Q3;21\n${organisation};Wijkverband Zaandam-Zuid;2026-Q2;zeventien\n`,
  );
  await expect(page.getByText("Status: Bestand afgekeurd")).toBeVisible(BACKGROUND);
  const problem = page.getByRole("row").filter({ hasText: "Geef het aantal verwijzingen als heel getal" });
  await expect(problem.getByRole("cell").nth(0)).toHaveText("3");
  await expect(problem.getByRole("cell").nth(1)).toHaveText("aantal");
  await expectAccessible(page);

  await page.getByRole("link", { name: "Ander bestand importeren" }).click();
  await upload(
    page,
    `verwijzingen-${id}.csv`,
    `${header}\n${organisation};Wijkverband Zaandam-Zuid;2026-Q3;21\n${organisation};Wijkverband Zaandam-Zuid;2026-Q2;17\n`,
  );
  await expect(page.getByText("Status: Klaar om te importeren")).toBeVisible(BACKGROUND);
  await page.getByRole("button", { name: /^Importeren: 1 nieuw, 1 bijwerken/ }).click();
  await expect(page.getByText(/Geïmporteerd: 1 aantallen toegevoegd en 1 bijgewerkt\./)).toBeVisible(BACKGROUND);

  // The link's history keeps the correction of 2026-Q2 (15 → 17).
  await page.getByRole("link", { name: "Naar het sociaal domein" }).last().click();
  await page.getByRole("table", { name: "Verbindingen" }).getByRole("link", { name: organisation }).click();
  await expect(page.getByRole("row").filter({ hasText: "verwijzingen 2026-Q2" }).filter({ hasText: "17" }).first()).toBeVisible();

  // The home: the chart with its table, and the gap list.
  await page.goto("/gemeente/GM0479");
  await expect(page.getByRole("img", { name: "Verwijzingen per kwartaal in Gemeente Zaanstad" })).toBeVisible();
  await expect(page.getByRole("table", { name: "Verwijzingen per kwartaal per wijkverband" })).toBeVisible();
  await expect(page.getByRole("list", { name: "Wijken zonder actieve verbinding" })).toBeVisible();
  await expectAccessible(page);
  await expectHydratesCleanly(page, [page.url()]);

  // Another municipality is invisible, also its export.
  expect((await page.goto("/gemeente/GM0439/sociaal-domein"))?.status()).toBe(404);
  expect((await page.request.get("/gemeente/GM0439/sociaal-domein/export?format=csv")).status()).toBe(404);
  expect((await page.request.get("/gemeente/GM0439/export?format=csv")).status()).toBe(404);
});

test("a coordinator sees the region's social domain; Amsterdam's officer sees links in both regions", async ({ page }) => {
  test.setTimeout(240_000);
  await login(page, "coordinator@wijkkracht.test");
  await page.goto("/r/zaanstreek-waterland/sociaal-domein");
  await expect(page.getByRole("table", { name: "Verwijzingen per gemeente" })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("table", { name: "Verbindingen" }).getByRole("link").first().click();
  await expect(page.getByRole("heading", { name: "Verwijzingen per kwartaal" })).toBeVisible();
  await expectAccessible(page);
  await page.goto("/r/zaanstreek-waterland/sociaal-domein/import");
  await expectAccessible(page);
  const csv = await page.request.get("/r/zaanstreek-waterland/sociaal-domein/export?format=csv");
  expect(csv.status()).toBe(200);
  expect(await csv.text()).toContain("Verbinding-id");

  await page.context().clearCookies();
  await login(page, "gemeente-amsterdam@wijkkracht.test");
  await page.goto("/gemeente/GM0363/sociaal-domein");
  const regions = page.getByRole("table", { name: "Verbindingen" });
  await expect(regions.getByRole("cell", { name: "Zaanstreek-Waterland", exact: false }).first()).toBeVisible();
  await expect(regions.getByRole("cell", { name: "Amstelland", exact: false }).first()).toBeVisible();
  await page.goto("/gemeente/GM0363");
  await expect(page.getByRole("list", { name: "Wijken zonder actieve verbinding" }).getByText("Gaasperdam")).toBeVisible();
  await expectAccessible(page);
});

test("an insurer sees referral figures per region, and per wijkverband for a chosen region, with small numbers suppressed", async ({
  page,
}) => {
  await login(page, "verzekeraar@wijkkracht.test");
  const regions = page.getByRole("group", { name: "Verwijzingen naar het sociaal domein per regio" });
  await expect(regions.getByRole("columnheader", { name: "Wijkverbanden" })).toBeVisible();
  await expect(
    regions
      .getByRole("cell")
      .filter({ hasText: /^\d+(\.\d+)?$|^< 5$|^–$/ })
      .first(),
  ).toBeVisible();
  // Two quarters on the home; the budgets of every year are in the portfolio.
  await expect(regions.getByRole("columnheader", { name: /^\d{4}-Q[1-4]$/ })).toHaveCount(2);
  await expect(page.getByRole("link", { name: "Alle jaren in de portefeuille" })).toHaveAttribute(
    "href",
    "/verzekeraar/3311/portefeuille",
  );
  await expectAccessible(page);

  await regions.getByRole("link", { name: "Coöperatie Eerstelijn Zaanstreek-Waterland" }).click();
  await expect(page).toHaveURL(/\/sociaal-domein\?regio=zaanstreek-waterland$/);
  await expect(
    page.getByRole("heading", { level: 2, name: "Per wijkverband in Coöperatie Eerstelijn Zaanstreek-Waterland" }),
  ).toBeVisible();
  await expect(page.getByLabel("Regio")).toHaveValue("zaanstreek-waterland");
  const table = page.getByRole("group", { name: "Per wijkverband in Coöperatie Eerstelijn Zaanstreek-Waterland" });
  await expect(table.getByRole("row")).not.toHaveCount(1);
  // Aggregates only: no organisation names, notes or contact roles on the insurer's page.
  await expect(page.getByRole("columnheader", { name: /Organisatie|Notitie|Contactrol/ })).toHaveCount(0);
  await expectAccessible(page);
});
