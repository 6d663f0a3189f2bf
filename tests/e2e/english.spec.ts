// Walks the main pages of every role in English and fails on Dutch-only text it can detect:
// common Dutch UI words in headings, labels, buttons, captions, table headers, navigation and
// legends, and raw catalogue keys anywhere. Data (organisation, wijk and initiative names, which
// are Dutch) is left alone: only the interface's own elements are read, and proper names
// ("Gemeente Zaanstad", "Huisartsenpraktijk De Zaan") are removed before matching. Dutch domain
// words kept on purpose in English ("wijkverband", "regioplan", "opgave") are not on the list.
import { expect, test, type Page } from "@playwright/test";
import { expectAccessible, login } from "./helpers";

const ZW = "/r/zaanstreek-waterland";

/** Dutch words that an English page must not show in its own interface texts. */
const DUTCH_UI_WORDS = [
  "Overzicht",
  "Praktijken",
  "Praktijk",
  "Opslaan",
  "Toevoegen",
  "toevoegen",
  "Bewerken",
  "bewerken",
  "Geen",
  "geen",
  "Terug",
  "Zoeken",
  "Wijzigen",
  "gewijzigd",
  "Gemeente",
  "gemeente",
  "Gemeenten",
  "Naam",
  "Inwoners",
  "Leden",
  "Kernteam",
  "Periode",
  "Opgaven",
  "Initiatieven",
  "Mijlpalen",
  "Mijlpaal",
  "Eigenaar",
  "Fase",
  "Deelnemers",
  "Indicatoren",
  "Samenvatting",
  "Geschiedenis",
  "Reacties",
  "Problemen",
  "Kolommen",
  "Bestand",
  "Voorbeeld",
  "Annuleren",
  "Verwijderen",
  "Archiveren",
  "Toepassen",
  "Wissen",
  "Vorige",
  "Volgende",
  "Pagina",
  "Exporteren",
  "Gebruikers",
  "Rollen",
  "Tijdstip",
  "Wanneer",
  "Instellingen",
  "Werkruimte",
  "Toegewezen",
  "Totaal",
  "Jaar",
  "Versies",
  "Tijdlijn",
  "Afdrukken",
  "Uitloggen",
  "Inloggen",
  "Wijken",
  "Cijfers",
  "Kleur",
  "Omschrijving",
  "Soort",
  "Actief",
  "Volgorde",
  "Categorie",
  "Plaats",
  "Telefoon",
  "Adres",
  // Dutch function words that neither English interface text nor the demo's Dutch names contain
  // ("en", "van", "het" do occur in theme and initiative names, which are data).
  "naar",
  "niet",
  "nog",
  "wordt",
  "worden",
  "zijn",
  "deze",
];

const DUTCH = new RegExp(
  `(^|[^\\p{L}])(${DUTCH_UI_WORDS.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|")})(?=$|[^\\p{L}])`,
  "u",
);

/** A raw key such as "plan.page.noThemes", or an untranslated reference "§validation.required". */
const RAW_KEY =
  /§[\w.]+|\b(?:common|plan|network|imports|validation|region|practice|admin|audit|insurer|municipality|roles|nav|login)\.[a-z]\w*(?:\.\w+)*\b/;

/** The interface's own texts (and the page title): not table cells, not links to data, not free text from users. */
const UI_SELECTOR = [
  "h1",
  "h2",
  "h3",
  "h4",
  "label",
  "legend",
  "button",
  "caption",
  "thead th",
  "summary",
  "dt",
  "header nav a",
  "main > nav a",
  "[role=status]",
  "[data-page-intro]",
].join(", ");

/** Proper names from the demo data (organisations, municipalities, wijken) that contain Dutch words. */
const PROPER_NAMES =
  /\b(Gemeente|Huisartsenpraktijk|Huisartsen|Apotheek|Fysiotherapie|Stichting|Coöperatie|Zorgverzekeraar|Wijkverband|Buurtzorg|Welzijn|Praktijk)(\s+[A-Z\u00C0-\u017F][\p{L}'-]*)+/gu;

async function dutchOnPage(page: Page): Promise<string[]> {
  const texts = await page.locator(UI_SELECTOR).evaluateAll((elements) =>
    elements
      // Text users wrote (an agreement's Markdown) is data, whatever its headings say.
      .filter((e) => !e.closest("[data-user-content]"))
      .filter((e) => (e as HTMLElement).offsetParent !== null || e.tagName === "CAPTION")
      .map((e) => {
        const clone = e.cloneNode(true) as HTMLElement;
        // Data inside interface elements: links (names of practices, initiatives, plans) and quoted names.
        clone.querySelectorAll("a, time, [data-name], [data-user-content]").forEach((n) => n.remove());
        return `${e.tagName.toLowerCase()}: ${(clone.textContent ?? "").replace(/\s+/g, " ").trim()}`;
      })
      .filter((t) => !/^\w+: $/.test(t)),
  );
  texts.push(`title: ${await page.title()}`);
  return texts.filter(isDutch);
}

/** Dutch words outside proper names and quoted values (a file's own column names, quoted data). */
function isDutch(text: string): boolean {
  return DUTCH.test(text.replace(PROPER_NAMES, "").replace(/‘[^’]*’|"[^"]*"/g, ""));
}

async function expectEnglish(page: Page, path: string) {
  const response = await page.goto(path);
  expect(response?.status(), path).toBe(200);
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  expect(await dutchOnPage(page), `Dutch interface text on ${path}`).toEqual([]);
  const body = await page.locator("body").innerText();
  expect(body.match(RAW_KEY)?.[0] ?? null, `raw catalogue key on ${path}`).toBeNull();
  await expectAccessible(page);
}

async function loginInEnglish(page: Page, email: string) {
  await login(page, email);
  await page.waitForURL((url) => !url.pathname.startsWith("/login"));
  await page.getByRole("button", { name: "English" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
}

/** The href of the first link in the main table, to walk a detail page. */
async function firstDetail(page: Page, list: string, pattern: RegExp): Promise<string> {
  const response = await page.goto(list);
  expect(response?.status(), list).toBe(200);
  // The list may still be streaming in behind its loading state: wait for it rather than read once.
  let href: string | undefined;
  await expect
    .poll(
      async () => {
        const hrefs = await page.locator("main a[href]").evaluateAll((links) => links.map((a) => a.getAttribute("href") ?? ""));
        href = hrefs.find((h) => pattern.test(h));
        return href ?? `none on a page titled “${await page.title()}”`;
      },
      { message: `a detail link on ${list}`, timeout: 15_000 },
    )
    .toMatch(pattern);
  return href!;
}

/** UUIDs in detail URLs. */
const ID = "[0-9a-f-]{36}";

/**
 * Creates an import job through the English upload form with a file that has a bad row, waits for
 * the worker to refuse it, and returns the job page (which then shows the row-level problems).
 */
async function rejectedImportJob(
  page: Page,
  form: string,
  file: { name: string; content: string },
  fill?: (page: Page) => Promise<void>,
): Promise<string> {
  const response = await page.goto(form);
  expect(response?.status(), form).toBe(200);
  await fill?.(page);
  await page
    .getByLabel("File", { exact: true })
    .setInputFiles({ name: file.name, mimeType: "text/csv", buffer: Buffer.from(file.content, "utf8") });
  await page.getByRole("button", { name: "Check file" }).click();
  await page.waitForURL(new RegExp(`/import/${ID}$`));
  // The worker reads and checks the file in the background; the page refreshes itself meanwhile.
  await expect(page.getByText("Status: File rejected")).toBeVisible({ timeout: 45_000 });
  // The row-level messages and the notes about the file are in English too (table cells are not
  // among the interface texts expectEnglish reads).
  const problems = page.getByRole("table", { name: "Problems per row" });
  await expect(problems).toBeVisible();
  const messages = await problems.locator("tbody td:nth-child(3)").allInnerTexts();
  expect(messages.length).toBeGreaterThan(0);
  expect(messages.filter(isDutch), `Dutch row messages on ${page.url()}`).toEqual([]);
  const notes = await page.locator("main ul.list-disc li").allInnerTexts();
  expect(notes.filter(isDutch), `Dutch notes on ${page.url()}`).toEqual([]);
  return new URL(page.url()).pathname;
}

/** An AGB code the demo data does not use, unique per run. */
const agb = () => `9${String(Math.floor(Math.random() * 1e7)).padStart(7, "0")}`;

test.describe("the English interface", () => {
  test.describe.configure({ timeout: 240_000 });

  test("coordinator: region, network, imports, audit and settings", async ({ page }) => {
    await loginInEnglish(page, "coordinator@wijkkracht.test");
    for (const path of [
      ZW,
      `${ZW}/praktijken`,
      await firstDetail(page, `${ZW}/praktijken`, /\/praktijken\/[0-9a-f-]{36}$/),
      `${ZW}/wijkverbanden`,
      await firstDetail(page, `${ZW}/wijkverbanden`, /\/wijkverbanden\/[0-9a-f-]{36}$/),
      `${ZW}/partners`,
      `${ZW}/regiobeeld`,
      `${ZW}/praktijken/import`,
      `${ZW}/regiobeeld/import`,
      `${ZW}/audit`,
      `${ZW}/instellingen`,
    ])
      await expectEnglish(page, path);
  });

  test("coordinator: discipline names, member kinds and history values from the data in English", async ({ page }) => {
    await loginInEnglish(page, "coordinator@wijkkracht.test");
    await page.goto(`${ZW}/praktijken?discipline=huisartsenzorg`);
    await expect(page.getByLabel("Discipline").locator("option:checked")).toHaveText("General practice");
    const disciplines = await page.locator("main tbody tr td:nth-child(2)").allInnerTexts();
    expect(disciplines.length).toBeGreaterThan(0);
    expect(new Set(disciplines)).toEqual(new Set(["General practice"]));
    await page.goto(`${ZW}/regiobeeld`);
    await expect(page.getByRole("table", { name: /discipline/i }).getByRole("cell", { name: "General practice" })).toBeVisible();
    await expect(page.getByRole("cell", { name: "Huisartsenzorg" })).toHaveCount(0);
    // A demo wijkverband with practices and organisations among its members.
    await page.goto(`${ZW}/wijkverbanden`);
    await page.getByRole("link", { name: "Wijkverband Zaandam-Zuid", exact: true }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Wijkverband Zaandam-Zuid" })).toBeVisible();
    const kinds = await page.locator('section[aria-labelledby="leden"] tbody tr td:nth-child(2)').allInnerTexts();
    expect(kinds).toContain("General practice");
    expect(kinds.filter((k) => /Huisartsenzorg|Sociaal domein|Welzijn$|Zorgorganisatie|gearchiveerd/.test(k))).toEqual([]);
  });

  test("coordinator: the dashboard", async ({ page }) => {
    await loginInEnglish(page, "coordinator@wijkkracht.test");
    await expectEnglish(page, ZW);
    await expect(page.getByRole("heading", { level: 2, name: "Needs attention first" })).toBeVisible();
    await expect(page.getByRole("heading", { level: 2, name: "Regional plan progress" })).toBeVisible();
    await expect(page.getByRole("heading", { level: 2, name: "Recent activity" })).toBeVisible();
    // Audit events (when the run made some) are described in English too.
    const activity = await page.locator('main [aria-label="Recent activity"] tbody td:nth-child(3)').allInnerTexts();
    expect(activity.filter((text) => /\b(aangemaakt|gewijzigd|vastgelegd|ingediend|goedgekeurd)\b/.test(text))).toEqual([]);
  });

  test("coordinator: regioplan, timeline, versions and initiatives", async ({ page }) => {
    await loginInEnglish(page, "coordinator@wijkkracht.test");
    const plan = await firstDetail(page, `${ZW}/regioplan`, /\/regioplan\/[0-9a-f-]{36}$/);
    const initiative = await firstDetail(page, `${ZW}/initiatieven`, /\/initiatieven\/[0-9a-f-]{36}$/);
    for (const path of [`${ZW}/regioplan`, plan, `${plan}/tijdlijn`, `${plan}/versies`, `${ZW}/initiatieven`, initiative])
      await expectEnglish(page, path);
  });

  test("coordinator: money and agreements", async ({ page }) => {
    await loginInEnglish(page, "coordinator@wijkkracht.test");
    const allocation = await firstDetail(page, `${ZW}/budget`, /\/budget\/toewijzingen\/[0-9a-f-]{36}$/);
    const expenditure = await firstDetail(page, allocation, /\/budget\/uitgaven\/[0-9a-f-]{36}$/);
    const agreement = await firstDetail(page, `${ZW}/afspraken`, /\/afspraken\/[0-9a-f-]{36}$/);
    const wijkverband = await firstDetail(page, `${ZW}/wijkverbanden`, /\/wijkverbanden\/[0-9a-f-]{36}$/);
    for (const path of [`${ZW}/budget`, allocation, expenditure, `${ZW}/afspraken`, agreement, `${wijkverband}/afspraken`])
      await expectEnglish(page, path);
  });

  test("coordinator: social domain, forms, print and the public statement", async ({ page }) => {
    await loginInEnglish(page, "coordinator@wijkkracht.test");
    const link = await firstDetail(page, `${ZW}/sociaal-domein`, /\/verbindingen\/[0-9a-f-]{36}$/);
    const practice = await firstDetail(page, `${ZW}/praktijken`, /\/praktijken\/[0-9a-f-]{36}$/);
    const wijkverband = await firstDetail(page, `${ZW}/wijkverbanden`, /\/wijkverbanden\/[0-9a-f-]{36}$/);
    const plan = await firstDetail(page, `${ZW}/regioplan`, /\/regioplan\/[0-9a-f-]{36}$/);
    for (const path of [
      `${ZW}/sociaal-domein`,
      link,
      `${ZW}/sociaal-domein/import`,
      `${ZW}/praktijken/nieuw`,
      `${practice}/bewerken`,
      `${ZW}/wijkverbanden/nieuw`,
      `${wijkverband}/bewerken`,
      `${plan}/afdrukken`,
      "/toegankelijkheid",
    ])
      await expectEnglish(page, path);
  });

  test("insurer and municipality workspaces, admin templates", async ({ browser }) => {
    const walks = [
      ["verzekeraar@wijkkracht.test", ["beoordelen", "budgetten", "portefeuille", "sociaal-domein"]],
      ["gemeente@wijkkracht.test", ["sociaal-domein", "sociaal-domein/import"]],
      ["beheer@wijkkracht.test", ["afspraaksjablonen", "afspraaksjablonen/nieuw"]],
    ] as const;
    for (const [email, subpages] of walks) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await loginInEnglish(page, email);
      const home = new URL(page.url()).pathname;
      for (const sub of subpages) await expectEnglish(page, `${home}/${sub}`);
      if (email.startsWith("verzekeraar")) {
        await expectEnglish(page, await firstDetail(page, `${home}/budgetten`, /\/budgetten\/[0-9a-f-]{36}$/));
        await expectEnglish(page, await firstDetail(page, `${home}/portefeuille`, /\/portefeuille\/[a-z0-9-]+\?jaar=\d{4}$/));
      }
      await context.close();
    }
  });

  test("coordinator: a practice import job with its row-level problems", async ({ page }) => {
    await loginInEnglish(page, "coordinator@wijkkracht.test");
    const practiceJob = await rejectedImportJob(page, `${ZW}/praktijken/import`, {
      name: "english-practices.csv",
      content: `Naam;Discipline;AGB-code;Gemeente\nEnglish Walk ${agb()};Huisartsenzorg;${agb()};GM0479\nEnglish Walk bad;huisartsenzorg;12345;GM0479\n`,
    });
    // The row-level message in English; the column is named as the file names it.
    await expect(page.getByRole("row").filter({ hasText: "An AGB code" }).getByRole("cell").nth(1)).toHaveText("AGB-code");
    await expectEnglish(page, practiceJob);
  });

  test("coordinator: a wijk-figures import job and a referral import job", async ({ page }) => {
    await loginInEnglish(page, "coordinator@wijkkracht.test");
    const wijkJob = await rejectedImportJob(
      page,
      `${ZW}/regiobeeld/import`,
      {
        name: "english-wijken.csv",
        content:
          "Wijken en buurten;Gemeentenaam;SoortRegio;Codering;AantalInwoners;k_65JaarOfOuder\n" +
          "Rosmolenwijk;Zaanstad;Wijk;WK047901;veel;2000\n",
      },
      (form) => form.getByLabel("Year of the figures").fill("2018"),
    );
    await expectEnglish(page, wijkJob);

    const referralJob = await rejectedImportJob(page, `${ZW}/sociaal-domein/import`, {
      name: "english-referrals.csv",
      content: "verbinding;kwartaal;aantal\n00000000-0000-4000-8000-000000000000;2025-Q1;zeventien\n",
    });
    await expectEnglish(page, referralJob);
  });

  test("coordinator: partner edit, agreement comparison, new agreement and notification pages", async ({ page }) => {
    await loginInEnglish(page, "coordinator@wijkkracht.test");
    const partnerEdit = await firstDetail(page, `${ZW}/partners`, new RegExp(`/partners/${ID}/bewerken$`));
    const agreement = await firstDetail(page, `${ZW}/afspraken`, new RegExp(`/afspraken/${ID}$`));
    const wijkverband = await firstDetail(page, `${ZW}/wijkverbanden`, new RegExp(`/wijkverbanden/${ID}$`));
    for (const path of [
      partnerEdit,
      `${agreement}/vergelijk`,
      `${wijkverband}/afspraken/nieuw`,
      "/meldingen",
      "/instellingen/meldingen",
    ])
      await expectEnglish(page, path);
  });

  test("coordinator of Amstelland: a frozen plan version", async ({ page }) => {
    // Only Amstelland's demo plan is adopted, so only it has a numbered version.
    await loginInEnglish(page, "coordinator2@wijkkracht.test");
    const plan = await firstDetail(page, "/r/amstelland-meerlanden/regioplan", new RegExp(`/regioplan/${ID}$`));
    const version = await firstDetail(page, `${plan}/versies`, /\/versies\/\d+$/);
    for (const path of [`${plan}/versies`, version]) await expectEnglish(page, path);
  });

  test("practice holder: region, practice, agreements, budget and notifications", async ({ page }) => {
    await loginInEnglish(page, "huisarts@wijkkracht.test");
    const home = new URL(page.url()).pathname;
    const practice = await firstDetail(page, `${ZW}/praktijken`, new RegExp(`/praktijken/${ID}$`));
    const agreement = await firstDetail(page, `${ZW}/afspraken`, new RegExp(`/afspraken/${ID}$`));
    for (const path of [home, practice, `${ZW}/afspraken`, agreement, `${ZW}/budget`, `${ZW}/regiobeeld`, "/meldingen"])
      await expectEnglish(page, path);
  });

  test("municipality officer: a link page and a referral import job", async ({ page }) => {
    await loginInEnglish(page, "gemeente@wijkkracht.test");
    const home = new URL(page.url()).pathname;
    const link = await firstDetail(page, `${home}/sociaal-domein`, new RegExp(`/verbindingen/${ID}$`));
    await expectEnglish(page, link);
    const job = await rejectedImportJob(page, `${home}/sociaal-domein/import`, {
      name: "english-referrals-gm.csv",
      content: "verbinding;kwartaal;aantal\n00000000-0000-4000-8000-000000000000;2025-Q1;-3\n",
    });
    await expectEnglish(page, job);
  });

  test("platform admin: jobs, mail, a discipline and an agreement template", async ({ page }) => {
    await loginInEnglish(page, "beheer@wijkkracht.test");
    const discipline = await firstDetail(page, "/admin/disciplines", new RegExp(`/admin/disciplines/${ID}$`));
    const template = await firstDetail(page, "/admin/afspraaksjablonen", new RegExp(`/admin/afspraaksjablonen/${ID}$`));
    for (const path of ["/admin/taken", "/admin/mail", discipline, template]) await expectEnglish(page, path);
  });

  test("signed out: the login page, the unsubscribe page and the accessibility statement", async ({ page, baseURL }) => {
    await page.context().addCookies([{ name: "wk-locale", value: "en", url: baseURL! }]);
    for (const path of ["/login", "/afmelden", "/afmelden?token=invalid.token", "/toegankelijkheid"])
      await expectEnglish(page, path);
  });

  test("insurer, municipality and platform admin homes", async ({ browser }) => {
    for (const [email, path] of [
      ["verzekeraar@wijkkracht.test", /\/verzekeraar\/\d+$/],
      ["gemeente@wijkkracht.test", /\/gemeente\/GM\d{4}$/],
      ["beheer@wijkkracht.test", /\/admin$/],
    ] as const) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await loginInEnglish(page, email);
      await expect(page).toHaveURL(path);
      await expectEnglish(page, new URL(page.url()).pathname);
      if (email.startsWith("beheer")) await expectEnglish(page, "/admin/disciplines");
      await context.close();
    }
  });
});
