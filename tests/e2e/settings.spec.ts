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

  await colour.fill("#6a2477");
  await page.getByRole("button", { name: "Opslaan" }).click();
  await expect(page.getByRole("status")).toHaveText("De instellingen zijn opgeslagen.");

  await page.getByRole("link", { name: "Auditlog" }).click();
  await expect(page.getByRole("cell", { name: "Instellingen van de regio gewijzigd" }).first()).toBeVisible();
});

test("other roles do not get the settings page", async ({ page }) => {
  await login(page, "huisarts@wijkkracht.test");
  await expect(page).toHaveURL(/\/r\/zaanstreek-waterland$/);
  const response = await page.goto("/r/zaanstreek-waterland/instellingen");
  expect(response?.status()).toBe(404);
});
