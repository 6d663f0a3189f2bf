import { expect, test, type Page } from "@playwright/test";
import { expectAccessible, login } from "./helpers";

const ZW = "/r/zaanstreek-waterland";

/** Logs in and waits for the home page (password hashing is slow on a loaded machine). */
async function signIn(page: Page, email: string, home: RegExp) {
  await login(page, email);
  await expect(page).toHaveURL(home, { timeout: 60_000 });
}

async function openWijkverbandAgreements(page: Page, name: string) {
  await page.goto(`${ZW}/wijkverbanden`);
  await page.getByRole("link", { name, exact: true }).first().click();
  await page.getByRole("link", { name: "Afspraken van dit wijkverband" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Afspraken ${name}`);
}

test("a coordinator drafts from a template and publishes; the holder objects, the coordinator sees it, publishes v2; the holder reads the diff and confirms", async ({
  page,
  browser,
}) => {
  test.setTimeout(240_000);
  const title = `E2E-afspraak ${Date.now().toString(36)}`;

  // Coordinator: a new agreement for the demo holder's wijkverband, from a template.
  await signIn(page, "coordinator@wijkkracht.test", /\/r\/zaanstreek-waterland$/);
  await openWijkverbandAgreements(page, "Wijkverband Zaandam-Zuid");
  await expectAccessible(page);
  await page.getByRole("link", { name: "Nieuwe afspraak" }).click();
  await page.getByLabel("Sjabloon", { exact: true }).selectOption({ label: "Welzijn op Recept" });
  await page.getByRole("button", { name: "Sjabloon gebruiken" }).click();
  const preview = page.getByRole("region", { name: "Voorbeeld" });
  await expect(preview.getByRole("heading", { name: "Verwijsroute" })).toBeVisible();
  // The live preview follows the text and renders hostile input harmlessly.
  const body = page.getByLabel("Tekst (Markdown)");
  await body.fill(
    `${await body.inputValue()}\n\n<script>alert(1)</script> [klik](javascript:alert(1)) [site](https://example.org)`,
  );
  await expect(preview.getByText("<script>alert(1)</script>", { exact: false })).toBeVisible();
  await expect(preview.locator("script")).toHaveCount(0);
  await expect(preview.getByRole("link", { name: "site" })).toHaveAttribute("href", "https://example.org");
  await expect(preview.getByRole("link", { name: "klik" })).toHaveCount(0);
  await expectAccessible(page);

  // Field messages first, then a valid concept.
  await page.getByLabel("Titel").fill("x".repeat(201));
  await page.getByLabel("Evaluatiedatum").fill("2020-01-01");
  await page.getByRole("button", { name: "Concept opslaan" }).click();
  await expect(page.getByText("De titel is te lang: gebruik hoogstens 200 tekens.")).toBeVisible();
  await expect(page.getByText("De evaluatiedatum ligt vóór de ingangsdatum.")).toBeVisible();
  await page.getByLabel("Titel").fill(title);
  await page.getByLabel("Evaluatiedatum").fill("2030-01-01");
  await page.getByRole("button", { name: "Concept opslaan" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  await expect(page.getByRole("heading", { name: /Concept versie 1/ })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("button", { name: "Publiceren: versie 1" }).click();
  await expect(page.getByRole("heading", { name: /Tekst van versie 1/ })).toBeVisible();
  const agreementUrl = page.url();

  // Practice holder: it is on their home, "te bevestigen"; they object with a reason.
  const holderContext = await browser.newContext();
  const holder = await holderContext.newPage();
  await signIn(holder, "huisarts@wijkkracht.test", /\/r\/zaanstreek-waterland$/);
  await expect(holder.getByRole("heading", { level: 1 })).toHaveText(/^Welkom, /);
  const toConfirm = holder.getByRole("table", { name: "Afspraken voor uw praktijk, te bevestigen eerst" });
  const row = toConfirm.getByRole("row").filter({ hasText: title });
  await expect(row).toContainText("open");
  await expect(holder.getByRole("heading", { name: "Uw wijkverbanden" })).toBeVisible();
  await expect(holder.getByRole("heading", { name: "Initiatieven waaraan u deelneemt" })).toBeVisible();
  await expectAccessible(holder);
  await row.getByRole("link", { name: title }).click();
  await expect(holder.getByRole("heading", { level: 1 })).toHaveText(title);
  await holder.getByLabel("Ik maak bezwaar").check();
  await holder.getByRole("button", { name: "Besluit opslaan" }).click();
  await expect(holder.getByText("Geef de reden van uw bezwaar.").last()).toBeVisible();
  await holder.getByLabel("Reden van uw bezwaar").fill("De terugkoppeling per verwijzing ontbreekt.");
  await holder.getByRole("button", { name: "Besluit opslaan" }).click();
  await expect(holder.getByText("Uw besluit is opgeslagen.")).toBeVisible();
  await expectAccessible(holder);

  // Coordinator: sees the objection with its reason, and publishes version 2.
  await page.goto(agreementUrl);
  const statusRow = page
    .getByRole("table", { name: "Stand per praktijk, versie 1" })
    .getByRole("row")
    .filter({ hasText: "Huisartsenpraktijk De Zaan" });
  await expect(statusRow).toContainText("Bezwaar");
  await expect(statusRow).toContainText("De terugkoppeling per verwijzing ontbreekt.");
  await page.getByRole("button", { name: "Nieuwe versie beginnen" }).click();
  await expect(page.getByRole("heading", { name: /Concept versie 2/ })).toBeVisible();
  const conceptBody = page.getByLabel("Tekst (Markdown)");
  await conceptBody.fill(
    `${(await conceptBody.inputValue()).replace("binnen vijf werkdagen", "binnen drie werkdagen")}\n\nDe welzijnscoach meldt elke verwijzing terug.`,
  );
  await page.getByRole("button", { name: "Concept opslaan" }).click();
  await expect(page.getByText("Het concept is opgeslagen.")).toBeVisible();
  await page.getByRole("button", { name: "Publiceren: versie 2" }).click();
  await expect(page.getByRole("heading", { name: /Tekst van versie 2/ })).toBeVisible();
  await expect(page.getByRole("table", { name: "Alle versies van deze afspraak" })).toContainText("Vervangen");

  // Practice holder: version 2 is to confirm again; they read the diff and confirm.
  await holder.goto(`${ZW}`);
  await expect(toConfirm.getByRole("row").filter({ hasText: title })).toContainText("open");
  await holder.goto(agreementUrl);
  await expect(holder.getByText("versie 2", { exact: false }).first()).toBeVisible();
  await holder.getByRole("link", { name: "Versies vergelijken" }).first().click();
  const diff = holder.getByRole("list", { name: "Verschil tussen versie 1 en versie 2" });
  await expect(
    diff.getByRole("listitem").filter({ hasText: "Toegevoegd: De welzijnscoach meldt elke verwijzing terug." }),
  ).toHaveCount(1);
  await expect(diff.getByRole("listitem").filter({ hasText: /Verwijderd: .*binnen vijf werkdagen/ })).toHaveCount(1);
  await expect(diff.getByRole("listitem").filter({ hasText: /Toegevoegd: .*binnen drie werkdagen/ })).toHaveCount(1);
  await expectAccessible(holder);
  await holder.getByRole("link", { name: "Terug naar de afspraak" }).click();
  await holder.getByLabel("Ik bevestig deze afspraak").check();
  await holder.getByRole("button", { name: "Besluit opslaan" }).click();
  await expect(holder.getByText("Uw besluit is opgeslagen.")).toBeVisible();
  await holder.goto(`${ZW}`);
  await expect(toConfirm.getByRole("row").filter({ hasText: title })).toContainText("Bevestigd");
  await holderContext.close();

  // The region overview shows the agreement with its share and review markers.
  await page.goto(`${ZW}/afspraken`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Samenwerkingsafspraken");
  await expect(page.getByRole("row").filter({ hasText: title })).toContainText(/van \d+ \(\d+ %\)/);
  await expect(page.getByText(/Evaluatie verlopen|Evaluatie binnen 30 dagen/).first()).toBeVisible();
  await expectAccessible(page);
});

test("insurers and municipalities read agreements without objection reasons; the platform admin edits templates", async ({
  page,
}) => {
  test.setTimeout(120_000);
  await signIn(page, "gemeente@wijkkracht.test", /\/gemeente\/GM0479$/);
  await page.goto(`${ZW}/afspraken`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Samenwerkingsafspraken");
  await expectAccessible(page);
  const firstAgreement = page.getByRole("table", { name: "Afspraken per wijkverband" }).getByRole("link").nth(1);
  await firstAgreement.click();
  await expect(page.getByRole("heading", { name: "Stand per praktijk" })).toBeVisible();
  await expect(page.getByRole("columnheader", { name: "Reden" })).toHaveCount(0);
  await expect(page.getByRole("heading", { name: /Concept/ })).toHaveCount(0);
  await expectAccessible(page);

  await page.context().clearCookies();
  await signIn(page, "beheer@wijkkracht.test", /\/admin$/);
  await page.goto("/admin/afspraaksjablonen");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Afspraaksjablonen");
  await expect(page.getByRole("link", { name: "Zorg voor kwetsbare ouderen" })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("link", { name: "Medicatiebeoordeling" }).click();
  await expect(page.getByRole("region", { name: "Voorbeeld" }).getByRole("heading", { name: "Werkwijze" })).toBeVisible();
  await page.getByLabel("Onderwerp").fill("Farmacie en huisartsenzorg");
  await page.getByRole("button", { name: "Sjabloon opslaan" }).click();
  await expect(page.getByText("Het sjabloon is opgeslagen.")).toBeVisible();
  await expectAccessible(page);
  await page.goto("/admin/afspraaksjablonen/nieuw");
  await expectAccessible(page);
});
