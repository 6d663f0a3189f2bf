import { expect, test, type Browser, type Page } from "@playwright/test";
import { expectAccessible, login } from "./helpers";

// The demo huisarts's practice takes part in this initiative of Zaanstreek-Waterland: the holder
// owns it with the coordinators, so a coordinator's comment is news for them.
const INITIATIVE = "POH-GGZ Jeugd in de huisartsenpraktijk";

async function signedIn(browser: Browser, email: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await login(page, email);
  await expect(page.getByRole("link", { name: /^Meldingen/ })).toBeVisible();
  return page;
}

test("a coordinator comments → the initiative owner's bell shows 1 → the list links to the comment → mark read", async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const holder = await signedIn(browser, "huisarts@wijkkracht.test");
  // Start from nothing unread (other tests may have notified the huisarts before).
  await holder.goto("/meldingen");
  await expectAccessible(holder);
  const markAll = holder.getByRole("button", { name: "Alles als gelezen markeren" });
  if (await markAll.isVisible()) {
    await markAll.click();
    await expect(holder.getByText("0 ongelezen")).toBeVisible();
  }
  await expect(holder.getByTestId("bell-count")).toHaveCount(0);

  const coordinator = await signedIn(browser, "coordinator@wijkkracht.test");
  await coordinator.goto("/r/zaanstreek-waterland/initiatieven");
  await coordinator.getByRole("link", { name: INITIATIVE }).first().click();
  const body = `Kunnen we de planning van de tweede fase bespreken? (${Date.now()})`;
  await coordinator.getByLabel("Uw reactie op dit initiatief").fill(body);
  await coordinator.getByRole("button", { name: "Reactie plaatsen" }).click();
  await expect(coordinator.getByText(body)).toBeVisible();

  // The fan-out runs in the job worker: the item shows on a later page load. Tests running in
  // parallel may notify the huisarts too, so this test counts only its own item. The bell's count is
  // read when the request starts, the list after it: a notification written in between shows in the
  // list with the bell still at 0, so wait for a page load that has both.
  const item = holder.getByRole("link", { name: `Sanne de Vries reageerde op ‘${INITIATIVE}’` });
  await expect(async () => {
    await holder.goto("/meldingen");
    await expect(item).toBeVisible({ timeout: 1_000 });
    await expect(holder.getByTestId("bell-count")).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 60_000 });
  const unreadBefore = Number(await holder.getByTestId("bell-count").innerText());
  expect(unreadBefore).toBeGreaterThanOrEqual(1);
  await expect(item).toHaveAttribute("href", /\/r\/zaanstreek-waterland\/initiatieven\/[0-9a-f-]+#reactie-[0-9a-f-]+$/);
  const href = (await item.getAttribute("href"))!;
  await expectAccessible(holder);

  const markRead = holder.getByRole("button", { name: `Markeer als gelezen: Sanne de Vries reageerde op ‘${INITIATIVE}’` });
  await markRead.click();
  // The list is rendered again: this item is read (no button any more) and counts no longer.
  await expect(markRead).toHaveCount(0);

  // The link opens the initiative at the comment.
  await holder.goto(href);
  const anchor = href.split("#")[1]!;
  await expect(holder.locator(`#${anchor}`)).toContainText(body);
});

test("the notification settings page and the admin's mail outbox are accessible", async ({ browser }) => {
  test.setTimeout(120_000);
  const holder = await signedIn(browser, "huisarts@wijkkracht.test");
  await holder.goto("/instellingen/meldingen");
  await expect(holder.getByRole("heading", { name: "Instellingen voor meldingen" })).toBeVisible();
  await expect(holder.getByLabel("Uitgave ingediend ter beoordeling")).toHaveValue("digest");
  await holder.getByLabel("Import mislukt").selectOption("off");
  await holder.getByRole("button", { name: "Opslaan" }).click();
  await expect(holder.getByText("Uw voorkeuren zijn opgeslagen.")).toBeVisible();
  await holder.reload();
  await expect(holder.getByLabel("Import mislukt")).toHaveValue("off");
  await expectAccessible(holder);

  // Not for anyone but the platform admin.
  const denied = await holder.goto("/admin/mail");
  expect(denied?.status()).toBe(404);

  const admin = await signedIn(browser, "beheer@wijkkracht.test");
  await admin.goto("/admin/mail");
  await expect(admin.getByRole("heading", { name: "Verzonden e-mail" })).toBeVisible();
  await expectAccessible(admin);
});

test("an invalid unsubscribe link says so without logging in", async ({ page }) => {
  test.setTimeout(60_000);
  await page.goto("/afmelden?token=ongeldig.token");
  await expect(page.getByText("Deze afmeldlink is ongeldig of verlopen.", { exact: false })).toBeVisible();
  await expectAccessible(page);
});
