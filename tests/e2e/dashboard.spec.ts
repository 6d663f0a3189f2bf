// The coordinator's dashboard with the demo data: every section, and its figures lead to pages that
// show the same numbers.
import { expect, test, type Page } from "@playwright/test";
import { expectAccessible, login } from "./helpers";

const SOCIAL_PER_MUNICIPALITY = "Verwijzingen per gemeente";

/** The link inside a figure (a <dt>/<dd> pair) of the stat group named `group`. */
function figure(page: Page, group: string, label: string) {
  return page
    .getByRole("main")
    .locator(`dl[aria-label="${group}"] > div`)
    .filter({ has: page.locator("dt", { hasText: new RegExp(`^${label}$`) }) })
    .locator("dd a");
}

async function openDashboard(page: Page) {
  await login(page, "coordinator@wijkkracht.test");
  await page.waitForURL(/\/r\/zaanstreek-waterland$/, { timeout: 60_000 });
}

/** Two audit events that leave the demo data as it was: the brand name changed and changed back. */
async function makeActivity(page: Page) {
  await page.goto("/r/zaanstreek-waterland/instellingen");
  const name = page.getByLabel("Naam in de kopbalk");
  const original = await name.inputValue();
  for (const value of [`${original} (tijdelijk)`, original]) {
    await name.fill(value);
    await page.getByRole("button", { name: "Opslaan" }).click();
    await expect(page.getByRole("status")).toHaveText("De instellingen zijn opgeslagen.", { timeout: 30_000 });
  }
  await page.goto("/r/zaanstreek-waterland");
}

test("the coordinator's home shows the region at a glance, accessibly", async ({ page }) => {
  test.slow();
  await openDashboard(page);
  await makeActivity(page);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/^Overzicht: Coöperatie Eerstelijn Zaanstreek-Waterland/);
  for (const heading of [
    "Eerst aandacht nodig",
    "Voortgang regioplan",
    /^O&I-gelden \d{4}$/,
    "Samenwerkingsafspraken",
    "Wijkverbanden",
    "Sociaal domein",
    "Recente activiteit",
  ])
    await expect(page.getByRole("heading", { level: 2, name: heading })).toBeVisible();

  // Charts are pictures of tables that are on the page too.
  for (const chart of ["Initiatieven per fase", "Actieve verbindingen per gemeente"]) {
    await expect(page.getByRole("img", { name: chart })).toBeVisible();
    await expect(page.getByRole("table", { name: chart })).toBeVisible();
  }
  await expect(page.getByRole("table", { name: /^Per zorgverzekeraar \d{4}$/ }).getByRole("row")).not.toHaveCount(0);
  // The newest audit events, described in Dutch (the header row plus at least the two just made).
  const activity = page.getByRole("table", { name: "Recente activiteit" });
  await expect(activity).toContainText("Instellingen van de regio gewijzigd");
  expect(await activity.getByRole("row").count()).toBeLessThanOrEqual(11);
  // The demo region has work waiting: the attention list is there and each item is a link.
  const attention = page.getByTestId("attention").getByRole("listitem");
  await expect(attention).not.toHaveCount(0);
  await expect(attention.first().getByRole("link")).toHaveAttribute("href", /^\/r\/zaanstreek-waterland\//);
  await expectAccessible(page);

  // Keyboard: the first attention item is reachable with Tab and opens its page.
  const first = attention.first().getByRole("link");
  await first.focus();
  await expect(first).toBeFocused();
});

test("the plan figures lead to the initiative list with the same numbers", async ({ page }) => {
  test.slow();
  await openDashboard(page);
  const initiatives = (await figure(page, "Voortgang regioplan", "Initiatieven").innerText()).trim();
  const overdue = (await figure(page, "Voortgang regioplan", "Mijlpalen over tijd").innerText()).trim();
  const onTrack = (await figure(page, "Voortgang regioplan", "Indicatoren op koers").innerText()).trim();

  await figure(page, "Voortgang regioplan", "Initiatieven").click();
  await page.waitForURL(/\/initiatieven\?plan=/, { timeout: 60_000 });
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Initiatieven", { timeout: 60_000 });
  await expect(page.getByRole("status")).toContainText(`${initiatives} van ${initiatives} initiatieven`);
  await expect(page.getByTestId("initiative-summary")).toContainText(`Mijlpalen over tijd: ${overdue}.`);
  await expect(page.getByTestId("initiative-summary")).toContainText(`Indicatoren op koers: ${onTrack},`);

  await page.goBack();
  const phaseTable = page.getByRole("table", { name: "Initiatieven per fase" });
  const ontwikkelen = phaseTable.getByRole("row").filter({ hasText: "Ontwikkelen" }).getByRole("link");
  const count = (await ontwikkelen.innerText()).trim();
  await ontwikkelen.click();
  await page.waitForURL(/fase=ontwikkelen/, { timeout: 60_000 });
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Initiatieven", { timeout: 60_000 });
  await expect(page.getByRole("status")).toContainText(`${count} van ${initiatives} initiatieven`);
});

test("the agreement, wijkverband and money figures match the pages they link to", async ({ page }) => {
  test.slow();
  // Tests running beside this one acknowledge agreements: when one lands between reading the
  // dashboard and opening the page, both are read again (signed in once: on a loaded machine a
  // sign-in takes long enough to use up the retries).
  await openDashboard(page);
  await expect(async () => {
    await page.goto("/r/zaanstreek-waterland");
    const share = (await figure(page, "Samenwerkingsafspraken", "Bevestigd door de praktijken").innerText()).trim();
    await figure(page, "Samenwerkingsafspraken", "Bevestigd door de praktijken").click();
    await page.waitForURL(/\/afspraken$/, { timeout: 60_000 });
    await expect(page.getByTestId("share-summary")).toContainText(`(${share})`, { timeout: 5_000 });
  }).toPass({ timeout: 90_000 });

  await page.goBack();
  const teams = (await figure(page, "Wijkverbanden", "Met compleet kernteam").innerText()).trim();
  expect(teams).toMatch(/^\d+ van \d+$/);
  await figure(page, "Wijkverbanden", "Met compleet kernteam").click();
  await page.waitForURL(/\/wijkverbanden$/, { timeout: 60_000 });
  await expect(page.getByTestId("core-summary")).toHaveText(`${teams} actieve wijkverbanden met een compleet kernteam.`);

  await page.goBack();
  const dashboardRows = await page
    .getByRole("table", { name: /^Per zorgverzekeraar \d{4}$/ })
    .getByRole("row")
    .filter({ hasNot: page.locator("th") })
    .allInnerTexts();
  await page
    .getByRole("table", { name: /^Per zorgverzekeraar/ })
    .getByRole("link")
    .first()
    .click();
  await page.waitForURL(/\/budget\?jaar=\d{4}$/, { timeout: 60_000 });
  const budgetRows = await page
    .getByRole("table", { name: "Per zorgverzekeraar" })
    .getByRole("row")
    .filter({ hasNot: page.locator("th") })
    .allInnerTexts();
  // Insurer, budget, allocated, approved, open questions, to submit: the same on both pages.
  const firstSix = (row: string) => row.split("\t").slice(0, 6).join("|");
  expect(budgetRows.map(firstSix)).toEqual(dashboardRows.slice(0, -1).map(firstSix));
});

test("the social-domain figures match the region's social-domain page", async ({ page }) => {
  test.slow();
  await openDashboard(page);
  const rows = page.getByRole("table", { name: "Actieve verbindingen per gemeente" }).getByRole("row");
  const zaanstad = (await rows.filter({ hasText: "Zaanstad" }).getByRole("link").innerText()).trim();
  await rows.filter({ hasText: "Zaanstad" }).getByRole("link").click();
  await page.waitForURL(/\/sociaal-domein$/, { timeout: 60_000 });
  expect(Number(zaanstad)).toBeGreaterThan(0);
  const row = page.getByRole("table", { name: SOCIAL_PER_MUNICIPALITY }).getByRole("row").filter({ hasText: "Zaanstad" });
  await expect(row.getByRole("cell").nth(1)).toHaveText(zaanstad);
});
