import ExcelJS from "exceljs";
import { expect, test } from "@playwright/test";
import { pdfText } from "../support/pdf-text";
import { expectAccessible, expectHydratesCleanly, login } from "./helpers";

const REGION = "/r/zaanstreek-waterland";
const INSURER = "/verzekeraar/3311";

test("coordinator records and submits → insurer asks → coordinator answers → insurer approves → the verantwoording shows it", async ({
  browser,
}) => {
  test.setTimeout(240_000);
  const description = `E2E-${Date.now().toString(36)}`;
  const coordinator = await (await browser.newContext()).newPage();
  const insurer = await (await browser.newContext()).newPage();

  // The coordinator allocates from Noordwest's 2026 regiomanagement budget to an initiative.
  await login(coordinator, "coordinator@wijkkracht.test");
  await coordinator.waitForURL(/\/r\/zaanstreek-waterland$/, { timeout: 60_000 });
  await coordinator.getByRole("navigation", { name: "Hoofdnavigatie" }).getByRole("link", { name: "Budget" }).click();
  await expect(coordinator.getByRole("heading", { level: 1 })).toHaveText("O&I-budget 2026");
  await expectAccessible(coordinator);
  const budgetOption = coordinator.locator("#toewijzen-budgetId option", {
    hasText: "Zorgverzekeraar Noordwest — Regiomanagement 2026",
  });
  const budgetValue = (await budgetOption.getAttribute("value"))!;
  // React resets a form after its action ran, so every attempt fills in all fields.
  const allocate = async (amount: string) => {
    await coordinator.locator("#toewijzen-budgetId").selectOption(budgetValue);
    await coordinator.locator("#toewijzen-target").selectOption({ index: 1 });
    await coordinator.locator("#toewijzen-amount").fill(amount);
    await coordinator.getByRole("button", { name: "Toewijzen" }).click();
  };
  await allocate("12.50");
  await expect(coordinator.locator("#toewijzen-amount-fout")).toContainText("1.234,56");
  await allocate("2.500,00");
  await expect(coordinator.getByRole("heading", { level: 1 })).toContainText("Toewijzing:", { timeout: 30_000 });
  await expectAccessible(coordinator);

  // Records an expenditure with evidence; a file that is not a PDF/PNG/JPEG is refused first.
  const record = async (file: string) => {
    await coordinator.locator("#uitgave-date").fill("2026-05-12");
    await coordinator.locator("#uitgave-amount").fill("1.234,56");
    await coordinator.locator("#uitgave-category").selectOption("inhuur");
    await coordinator.locator("#uitgave-description").fill(description);
    await coordinator
      .locator("#uitgave-evidence")
      .setInputFiles({ name: "factuur.pdf", mimeType: "application/pdf", buffer: Buffer.from(file) });
    await coordinator.getByRole("button", { name: "Uitgave vastleggen (concept)" }).click();
  };
  await record("dit is geen pdf");
  await expect(coordinator.locator("#uitgave-evidence-fout")).toContainText("PDF-, PNG- of JPEG");
  await record("%PDF-1.4\n% e2e bewijsstuk\n");
  await expect(coordinator.getByRole("heading", { level: 1 })).toHaveText(`Uitgave: ${description}`, { timeout: 30_000 });
  await expectAccessible(coordinator);
  await coordinator.getByRole("button", { name: "Indienen bij de zorgverzekeraar" }).click();
  // The page re-renders with the new status (the submit form is gone).
  const status = (page: typeof coordinator) => page.getByRole("region", { name: "Gegevens" }).getByRole("definition").first();
  await expect(status(coordinator)).toHaveText("Ingediend", { timeout: 30_000 });
  const expenditureUrl = coordinator.url();

  // The insurer finds it in the queue and asks a question.
  await login(insurer, "verzekeraar@wijkkracht.test");
  await insurer.waitForURL(/\/verzekeraar\//, { timeout: 60_000 });
  await insurer.goto(`${INSURER}/beoordelen`);
  await expect(insurer.getByRole("heading", { level: 1 })).toHaveText("Beoordelen");
  await expectAccessible(insurer);
  await expectHydratesCleanly(insurer, [insurer.url()]);
  const row = insurer.getByRole("row").filter({ hasText: description });
  await row.getByRole("link", { name: "Beoordelen" }).click();
  await expect(insurer.getByRole("heading", { level: 1 })).toHaveText(`Uitgave: ${description}`);
  await expectAccessible(insurer);
  await insurer.getByLabel("Uw vraag").fill("Graag de urenspecificatie per maand.");
  await insurer.getByRole("button", { name: "Vraag stellen" }).click();
  await expect(status(insurer)).toHaveText("Vraag gesteld", { timeout: 30_000 });

  // The coordinator answers, which resubmits.
  await coordinator.goto(expenditureUrl);
  await expect(coordinator.getByText("Graag de urenspecificatie per maand.").first()).toBeVisible();
  await coordinator.getByLabel("Uw antwoord").fill("De specificatie staat in de bijlage.");
  await coordinator.getByRole("button", { name: "Antwoorden en opnieuw indienen" }).click();
  await expect(status(coordinator)).toHaveText("Ingediend", { timeout: 30_000 });

  // The insurer approves it from the queue with the row's own button; the history tells the whole story.
  const insurerExpenditureUrl = insurer.url();
  await insurer.goto(`${INSURER}/beoordelen`);
  await insurer.getByRole("button", { name: `Goedkeuren: ${description}` }).click();
  await expect(insurer.getByText("1 uitgave goedgekeurd.")).toBeVisible({ timeout: 30_000 });
  await expect(insurer.getByRole("row").filter({ hasText: description })).toHaveCount(0);
  await insurer.goto(insurerExpenditureUrl);
  await expect(status(insurer)).toHaveText("Goedgekeurd");
  const history = insurer.getByRole("table", { name: "Geschiedenis" });
  await expect(history.getByRole("row")).toHaveCount(6);
  await expect(history).toContainText("De specificatie staat in de bijlage.");

  // Portfolio, budgets and a budget page.
  await insurer.goto(`${INSURER}/portefeuille?jaar=2026`);
  await expect(insurer.getByRole("heading", { level: 1 })).toHaveText("Portefeuille 2026");
  await expect(insurer.getByRole("img", { name: /Goedgekeurde besteding per maand/ })).toBeVisible();
  await expectAccessible(insurer);
  await insurer.goto(`${INSURER}/budgetten?jaar=2026`);
  await expectAccessible(insurer);
  await insurer.getByRole("link", { name: "Regiomanagement" }).first().click();
  await expect(insurer.getByRole("heading", { level: 1 })).toContainText("Regiomanagement 2026");
  await expectAccessible(insurer);

  // The verantwoording as XLSX and PDF lists the approved expenditure.
  const xlsx = await insurer.request.get(`${INSURER}/verantwoording?regio=zaanstreek-waterland&jaar=2026&format=xlsx`);
  expect(xlsx.status()).toBe(200);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await xlsx.body()) as unknown as ArrayBuffer);
  const sheet = workbook.getWorksheet("Goedgekeurde uitgaven")!;
  const rows: unknown[][] = [];
  sheet.eachRow((r) => rows.push(r.values as unknown[]));
  const line = rows.find((r) => r.includes(description));
  expect(line).toBeDefined();
  expect(line).toContain(1234.56);
  const pdf = await insurer.request.get(`${INSURER}/verantwoording?regio=zaanstreek-waterland&jaar=2026&format=pdf`);
  expect(pdf.status()).toBe(200);
  expect(pdf.headers()["content-type"]).toBe("application/pdf");
  const text = pdfText(await pdf.body());
  expect(text).toContain(description);
  expect(text).toContain("€ 1.234,56");
  expect(text).toContain("Coöperatie Eerstelijn Zaanstreek-Waterland");
});

test("the portfolio has one row per region; the insurer closes a year on the region's page", async ({ page }) => {
  test.setTimeout(120_000);
  await login(page, "verzekeraar@wijkkracht.test");
  await page.waitForURL(/\/verzekeraar\/3311$/, { timeout: 60_000 });
  // 2025 in Zaanstreek-Waterland: every expenditure decided, so the year can be closed (no other test uses it).
  await page.goto(`${INSURER}/portefeuille?jaar=2025`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Portefeuille 2025");
  const row = page.getByRole("table", { name: "Regio's in 2025" }).getByRole("row").filter({ hasText: "Zaanstreek-Waterland" });
  await expect(row.getByRole("cell").last()).toHaveText("Open");
  await expect(page.getByRole("button", { name: /afsluiten/ })).toHaveCount(0);
  await expectAccessible(page);

  await row.getByRole("link").click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/Zaanstreek-Waterland: portefeuille 2025$/);
  await expect(
    page
      .getByRole("table", { name: /^Budgetten in / })
      .getByRole("link")
      .first(),
  ).toBeVisible();
  await expect(page.getByRole("link", { name: "Excel" })).toHaveAttribute(
    "href",
    `${INSURER}/verantwoording?regio=zaanstreek-waterland&jaar=2025&format=xlsx`,
  );
  await expectAccessible(page);
  await page.getByRole("button", { name: "Jaar 2025 afsluiten" }).click();
  await expect(page.getByText(/^🔒 Afgesloten op .+ door /)).toBeVisible({ timeout: 30_000 });
  await expect(page.getByRole("button", { name: "Jaar 2025 afsluiten" })).toHaveCount(0);
  await expectAccessible(page);

  await page.getByRole("link", { name: "Alle regio's" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Portefeuille 2025");
  await expect(row.getByRole("cell").last()).toContainText("Afgesloten op");
  // The portfolio and the insurer's home draw their tables from values in the browser's bundle.
  await expectHydratesCleanly(page, [page.url(), INSURER]);
});

test("practice holder and municipality officer see the budget totals; the initiative page shows its money", async ({ page }) => {
  test.setTimeout(120_000);
  await login(page, "huisarts@wijkkracht.test");
  await page.waitForURL((url) => !url.pathname.startsWith("/login") && url.pathname !== "/", { timeout: 60_000 });
  await page.goto(`${REGION}/budget`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("O&I-budget 2026");
  await expect(page.getByText("U ziet de totalen van de budgetten.")).toBeVisible();
  await expectAccessible(page);
  await page.goto(`${REGION}/initiatieven`);
  await page
    .getByRole("link")
    .filter({ hasText: /zorgplanning/i })
    .first()
    .click();
  await expect(page.getByRole("heading", { name: "Geld" })).toBeVisible();
  await expectAccessible(page);
});
