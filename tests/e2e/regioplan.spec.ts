import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import { expectAccessible, expectHydratesCleanly, login } from "./helpers";

test("a coordinator builds a plan with a theme, an initiative, an indicator and a milestone, opens it for consultation; an insurer comments and downloads the werkagenda", async ({
  page,
  browser,
}) => {
  test.setTimeout(180_000);
  const title = `E2E-plan ${Date.now().toString(36)}`;
  await login(page, "coordinator2@wijkkracht.test");
  await expect(page).toHaveURL(/\/r\/amstelland-meerlanden$/);
  await page.getByRole("navigation", { name: "Hoofdnavigatie" }).getByRole("link", { name: "Regioplan" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Regioplannen");
  await expectAccessible(page);

  // Create the plan.
  await page.getByLabel("Titel").fill(title);
  await page.getByLabel("Beginjaar").fill("2030");
  await page.getByLabel("Eindjaar").fill("2033");
  await page.getByRole("button", { name: "Plan aanmaken" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  await expect(page.getByRole("heading", { name: "Status: Concept" })).toBeVisible();
  await expectAccessible(page);

  // A theme.
  await page.locator("#nieuwe-opgave-name").fill("Mantelzorgers ontlasten");
  await page.locator("#nieuwe-opgave-clientGroup").selectOption("zorg_en_hulpvraag");
  await page.getByRole("checkbox", { name: "Hechte samenwerking in de wijk" }).first().check();
  await page.getByRole("button", { name: "Opgave toevoegen" }).click();
  await expect(page.getByRole("heading", { level: 3, name: "Mantelzorgers ontlasten" })).toBeVisible();

  // The theme is edited on its own page, and saving returns to it on the plan.
  await page.getByRole("link", { name: "Opgave Mantelzorgers ontlasten bewerken" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Opgave bewerken");
  await expect(page.locator("#opgave-name")).toHaveValue("Mantelzorgers ontlasten");
  await expectAccessible(page);
  await page.locator("#opgave-rationale").fill("Veel mantelzorgers raken overbelast.");
  await page.getByRole("button", { name: "Opgave opslaan" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  expect(new URL(page.url()).hash).toMatch(/^#opgave-/);
  await expect(page.getByText("Veel mantelzorgers raken overbelast.")).toBeVisible();

  // An initiative under it, with a participating wijkverband: on its own page, the theme preselected.
  await page.getByRole("link", { name: "Initiatief toevoegen aan Mantelzorgers ontlasten" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Initiatief toevoegen");
  await expect(page.locator("#nieuw-initiatief-themeId option:checked")).toHaveText("Mantelzorgers ontlasten");
  await expectAccessible(page);
  await page.locator("#nieuw-initiatief-title").fill("Respijtzorg in de wijk");
  await page.locator("#nieuw-initiatief-ownerName").fill("Esther Kok");
  await page.locator("#nieuw-initiatief-phase").selectOption("ontwikkelen");
  await page.locator("#nieuw-initiatief-startDate").fill("2030-01-01");
  await page.locator("#nieuw-initiatief-endDate").fill("2031-12-31");
  await page.getByRole("checkbox", { name: "Westwijk" }).check();
  await page.getByRole("button", { name: "Initiatief toevoegen" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Respijtzorg in de wijk");
  await expect(page.getByRole("region", { name: "Deelnemers" }).getByText("Westwijk")).toBeVisible();

  // An indicator with a measurement, and a milestone.
  await page.locator("summary", { hasText: "Indicator toevoegen" }).click();
  await page.getByLabel("Naam van de indicator").fill("Mantelzorgers met respijtzorg");
  await page.getByLabel("Eenheid").fill("aantal");
  await page.getByLabel("Nulmeting").fill("10");
  await page.getByLabel("Streefwaarde").fill("80");
  await page.getByRole("button", { name: "Indicator toevoegen" }).click();
  await expect(page.getByRole("heading", { level: 3, name: "Mantelzorgers met respijtzorg" })).toBeVisible();
  await page.locator("summary", { hasText: "Meting vastleggen" }).click();
  await page.getByLabel("Periode (Mantelzorgers met respijtzorg)").fill("2030-q2");
  await page.getByLabel("Waarde in aantal").fill("24");
  await page.getByRole("button", { name: "Meting opslaan" }).click();
  await expect(page.getByRole("img", { name: /van 24 \(2030-Q2\)/ })).toBeVisible();
  await expect(page.getByRole("rowheader", { name: "2030-Q2" })).toBeVisible();

  await page.locator("summary", { hasText: "Mijlpaal toevoegen" }).click();
  await page.getByLabel("Mijlpaal", { exact: true }).fill("Aanbieders gecontracteerd");
  await page.getByLabel("Deadline").fill("2030-06-30");
  await page.getByRole("button", { name: "Mijlpaal toevoegen" }).click();
  await expect(page.getByText("Aanbieders gecontracteerd", { exact: true })).toBeVisible();
  await expectAccessible(page);
  await expect(page.getByRole("cell", { name: "initiative.milestone.create" })).toBeVisible();

  // Open the plan for consultation.
  await page.getByRole("link", { name: new RegExp(title) }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  const planUrl = page.url();
  await page.getByRole("button", { name: "Ter consultatie voorleggen" }).click();
  await expect(page.getByRole("heading", { name: "Status: Ter consultatie" })).toBeVisible();

  // The insurer reacts.
  const insurerContext = await browser.newContext();
  const insurer = await insurerContext.newPage();
  await login(insurer, "verzekeraar@wijkkracht.test");
  await expect(insurer).toHaveURL(/verzekeraar/);
  await insurer.goto(planUrl);
  await expect(insurer.getByRole("heading", { level: 1 })).toHaveText(title);
  await expect(insurer.getByRole("button", { name: "Vaststellen (nieuwe versie)" })).toHaveCount(0);
  await insurer.getByLabel("Uw reactie op het plan").fill("Graag de kosten per jaar toelichten.");
  await insurer.getByRole("button", { name: "Reactie plaatsen" }).last().click();
  await expect(insurer.getByText("Graag de kosten per jaar toelichten.")).toBeVisible();
  await expect(insurer.getByText(/Beoordelaar zorgverzekeraar, Zorgverzekeraar Noordwest/).first()).toBeVisible();
  await expectAccessible(insurer);

  // … and downloads the werkagenda.
  const [xlsx] = await Promise.all([
    insurer.waitForEvent("download"),
    insurer.getByRole("link", { name: "Werkagenda (Excel)" }).click(),
  ]);
  expect(xlsx.suggestedFilename()).toMatch(/^werkagenda-amstelland-meerlanden-2030-2033-\d{4}-\d{2}-\d{2}\.xlsx$/);
  const [csv] = await Promise.all([
    insurer.waitForEvent("download"),
    insurer.getByRole("link", { name: "Werkagenda (CSV)" }).click(),
  ]);
  const text = await readFile((await csv.path())!, "utf8");
  expect(text).toContain("Respijtzorg in de wijk;Esther Kok;Ontwikkelen");
  expect(text).toContain("Mantelzorgers met respijtzorg;aantal;10;80");
  await insurerContext.close();

  // The coordinator sees the comment and handles it.
  await page.reload();
  await page.getByRole("button", { name: "Markeer als afgehandeld" }).first().click();
  await expect(page.getByText(/Afgehandeld op/).first()).toBeVisible();
});

async function openDemoPlan(page: import("@playwright/test").Page) {
  await login(page, "coordinator@wijkkracht.test");
  await expect(page).toHaveURL(/\/r\/zaanstreek-waterland$/);
  await page.getByRole("navigation", { name: "Hoofdnavigatie" }).getByRole("link", { name: "Regioplan" }).click();
  await page.getByRole("link", { name: "Regioplan 2025–2028" }).click();
  await expect(page.getByRole("heading", { name: "Status: Ter consultatie" })).toBeVisible();
  return page.url();
}

test("the demo plan page and its timeline pass axe; timeline bars are focusable links with their dates", async ({ page }) => {
  test.setTimeout(120_000);
  await openDemoPlan(page);
  await expect(page.getByText(/(mijlpaal|mijlpalen) te laat/).first()).toBeVisible();
  await expectAccessible(page);

  await page.getByRole("link", { name: "Tijdlijn" }).click();
  await expect(page.getByRole("heading", { level: 2, name: "Kwetsbare ouderen langer goed thuis" })).toBeVisible();
  const bar = page.getByRole("link", {
    name: /^Proactieve zorgplanning bij kwetsbare ouderen: 1 januari 2025 tot 31 december 2027$/,
  });
  await bar.focus();
  await expect(bar).toBeFocused();
  // The milestones' names are filled in by the chart from each title and date.
  const milestones = page.getByRole("list", { name: "Mijlpalen van Proactieve zorgplanning bij kwetsbare ouderen" });
  await expect(milestones.getByRole("listitem").first()).toHaveText(/^[◆◇⚠]Mijlpaal .+, \d{1,2} \p{L}+ \d{4}/u);
  await expect(milestones.getByRole("listitem").first()).toHaveAttribute("title", /^.+: \d{1,2} \p{L}+ \d{4}$/u);
  await expect(page.getByRole("heading", { name: /Te late mijlpalen \([1-9]/ })).toBeVisible();
  await expectAccessible(page);

  // Both pages draw their long parts with client components from values.
  await expectHydratesCleanly(page, [page.url().replace(/\/tijdlijn$/, ""), page.url()]);
});

test("versions, the print document, the initiatives list and an initiative pass axe", async ({ page }) => {
  test.setTimeout(120_000);
  const planUrl = await openDemoPlan(page);
  await page.goto(`${planUrl}/versies`);
  await expect(page.getByText("Dit plan is nog niet vastgesteld")).toBeVisible();
  await expectAccessible(page);

  await page.goto(`${planUrl}/afdrukken`);
  await expect(page.getByRole("button", { name: "Afdrukken of opslaan als PDF" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: /1\. Kwetsbare ouderen/ })).toBeVisible();
  await expectAccessible(page);
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("navigation", { name: "Hoofdnavigatie" })).toBeHidden();
  await page.emulateMedia({ media: "screen" });

  await page.getByRole("link", { name: "Initiatieven" }).first().click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Initiatieven");
  await expectAccessible(page);
  await page.getByLabel("Opgave").selectOption({ label: "Digitalisering en gegevensuitwisseling" });
  await page.getByRole("button", { name: "Filteren" }).click();
  await expect(page.getByRole("status")).toContainText("3 van 17 initiatieven");
  await page.getByRole("link", { name: "Digitale triage en e-consult" }).click();
  await expect(page.getByRole("heading", { level: 2, name: "Indicatoren" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "Geschiedenis" })).toBeVisible();
  await expectAccessible(page);
});

test("a vastgesteld plan: versions are readable and content is frozen; partners follow by municipality; a foreign region gets 404", async ({
  page,
}) => {
  test.setTimeout(90_000);
  await login(page, "gemeente@wijkkracht.test");
  await expect(page).toHaveURL(/gemeente/);
  await page.goto("/r/zaanstreek-waterland/initiatieven");
  await page.getByRole("link", { name: /initiatieven in .*Zaanstad/ }).click();
  await expect(page.getByRole("status")).toContainText(/van 17 initiatieven/);
  await expect(page.getByRole("cell", { name: "GM0439", exact: true })).toHaveCount(0);
  await expectAccessible(page);
  // A municipality officer of Zaanstad does not see Amstelland.
  expect((await page.goto("/r/amstelland-meerlanden/regioplan"))?.status()).toBe(404);

  await page.context().clearCookies();
  await login(page, "huisarts@wijkkracht.test");
  await expect(page).toHaveURL(/\/r\/zaanstreek-waterland$/);
  await page.goto("/r/zaanstreek-waterland/regioplan");
  await page.getByRole("link", { name: "Regioplan 2025–2028" }).click();
  await expect(page.getByRole("button", { name: "Ter consultatie voorleggen" })).toHaveCount(0);
  await expect(page.getByRole("heading", { name: "Opgave toevoegen" })).toHaveCount(0);
  await expect(page.getByLabel("Uw reactie op het plan")).toBeVisible();

  await page.context().clearCookies();
  await login(page, "coordinator2@wijkkracht.test");
  await expect(page).toHaveURL(/amstelland-meerlanden/);
  expect((await page.goto("/r/zaanstreek-waterland/regioplan"))?.status()).toBe(404);
  await page.goto("/r/amstelland-meerlanden/regioplan");
  await page.getByRole("link", { name: "Regioplan 2025–2028" }).click();
  await expect(page.getByRole("heading", { name: "Status: Vastgesteld" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Opgave toevoegen" })).toHaveCount(0);
  await page.getByRole("link", { name: "Versies vergelijken" }).click();
  await expect(page.getByRole("status")).toHaveText("0 toegevoegd, 0 verwijderd, 0 gewijzigd.");
  await expectAccessible(page);
  await page.getByRole("link", { name: "Versie 1 lezen" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Regioplan 2025–2028 — versie 1");
  await expect(page.getByRole("heading", { name: "Casemanagement dementie binnen zes weken" })).toBeVisible();
  await expectAccessible(page);
});
