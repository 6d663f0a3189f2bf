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

/** The interface's own texts: not table cells, not links to data, not free text from users. */
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
        clone.querySelectorAll("a, time, [data-name]").forEach((n) => n.remove());
        return `${e.tagName.toLowerCase()}: ${(clone.textContent ?? "").replace(/\s+/g, " ").trim()}`;
      })
      .filter((t) => !/^\w+: $/.test(t)),
  );
  return texts.filter((t) => DUTCH.test(t.replace(PROPER_NAMES, "").replace(/‘[^’]*’|"[^"]*"/g, "")));
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

  test("coordinator: money, agreements, social domain, forms, print and the public statement", async ({ page }) => {
    await loginInEnglish(page, "coordinator@wijkkracht.test");
    const allocation = await firstDetail(page, `${ZW}/budget`, /\/budget\/toewijzingen\/[0-9a-f-]{36}$/);
    const expenditure = await firstDetail(page, allocation, /\/budget\/uitgaven\/[0-9a-f-]{36}$/);
    const agreement = await firstDetail(page, `${ZW}/afspraken`, /\/afspraken\/[0-9a-f-]{36}$/);
    const link = await firstDetail(page, `${ZW}/sociaal-domein`, /\/verbindingen\/[0-9a-f-]{36}$/);
    const practice = await firstDetail(page, `${ZW}/praktijken`, /\/praktijken\/[0-9a-f-]{36}$/);
    const wijkverband = await firstDetail(page, `${ZW}/wijkverbanden`, /\/wijkverbanden\/[0-9a-f-]{36}$/);
    const plan = await firstDetail(page, `${ZW}/regioplan`, /\/regioplan\/[0-9a-f-]{36}$/);
    for (const path of [
      `${ZW}/budget`,
      allocation,
      expenditure,
      `${ZW}/afspraken`,
      agreement,
      `${wijkverband}/afspraken`,
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
      ["verzekeraar@wijkkracht.test", ["beoordelen", "budgetten", "portefeuille"]],
      ["gemeente@wijkkracht.test", ["sociaal-domein", "sociaal-domein/import"]],
      ["beheer@wijkkracht.test", ["afspraaksjablonen", "afspraaksjablonen/nieuw"]],
    ] as const;
    for (const [email, subpages] of walks) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await loginInEnglish(page, email);
      const home = new URL(page.url()).pathname;
      for (const sub of subpages) await expectEnglish(page, `${home}/${sub}`);
      if (email.startsWith("verzekeraar"))
        await expectEnglish(page, await firstDetail(page, `${home}/budgetten`, /\/budgetten\/[0-9a-f-]{36}$/));
      await context.close();
    }
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
