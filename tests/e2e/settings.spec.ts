import { expect, test } from "@playwright/test";
import { expectAccessible, login } from "./helpers";

test("a coordinator changes the region colour, with a Dutch message for an unreadable one", async ({ page }) => {
  await login(page, "coordinator2@wijkkracht.test");
  await expect(page).toHaveURL(/\/r\/amstelland-meerlanden$/);
  await page.getByRole("link", { name: "Instellingen" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Instellingen");
  await expectAccessible(page);

  const colour = page.getByLabel("Huiskleur");
  await colour.fill("#ffff66");
  await page.getByRole("button", { name: "Opslaan" }).click();
  await expect(page.getByText(/Deze kleur is te licht/)).toBeVisible();
  await expect(colour).toHaveAttribute("aria-invalid", "true");
  await expectAccessible(page);

  // The region bar comes with the actor (not a query of its own): it shows the change at once, in
  // the render right after the save, and after a reload.
  const brandBar = page.getByText("Zorgnetwerk Amstelland", { exact: true });
  await expect(brandBar).toBeVisible();
  await page.getByLabel("Naam in de kopbalk").fill("Zorgnetwerk Amstelland-Meerlanden");
  await colour.fill("#6a2477");
  await page.getByRole("button", { name: "Opslaan" }).click();
  await expect(page.getByRole("status")).toHaveText("De instellingen zijn opgeslagen.");
  const renamed = page.getByText("Zorgnetwerk Amstelland-Meerlanden", { exact: true });
  await expect(renamed).toBeVisible();
  await expect(page.locator("[style*='--brand']").first()).toHaveAttribute("style", /#6a2477/);
  await page.reload();
  await expect(renamed).toBeVisible();
  await page.getByLabel("Naam in de kopbalk").fill("Zorgnetwerk Amstelland");
  await page.getByRole("button", { name: "Opslaan" }).click();
  await expect(page.getByRole("status")).toHaveText("De instellingen zijn opgeslagen.");
  await expect(brandBar).toBeVisible();

  await page.getByRole("link", { name: "Auditlog" }).click();
  await expect(page.getByRole("cell", { name: "Instellingen van de regio gewijzigd" }).first()).toBeVisible();
});

test("other roles do not get the settings page", async ({ page }) => {
  await login(page, "huisarts@wijkkracht.test");
  await expect(page).toHaveURL(/\/r\/zaanstreek-waterland$/);
  const response = await page.goto("/r/zaanstreek-waterland/instellingen");
  expect(response?.status()).toBe(404);
});
