import { expect, test } from "@playwright/test";
import { expectAccessible, login } from "./helpers";

test("the platform admin sees the job queue at /admin/taken; others get 404", async ({ page }) => {
  test.setTimeout(150_000);
  await login(page, "beheer@wijkkracht.test");
  await expect(page).not.toHaveURL(/\/login/);
  await page.goto("/admin");
  await page.getByRole("link", { name: "Taken" }).click();
  await expect(page).toHaveURL(/\/admin\/taken$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Taken");
  for (const section of [
    /^Mislukt \(\d+\)$/,
    /^Bezig \(\d+\)$/,
    /^In de wachtrij \(\d+\)$/,
    /^Klaar \(afgelopen 24 uur\) \(\d+\)$/,
  ])
    await expect(page.getByRole("heading", { level: 2, name: section })).toBeVisible();
  // The worker keeps its once-a-minute import check scheduled in the queue: it shows up here.
  await expect
    .poll(
      async () => {
        await page.reload();
        return page.getByText("import.reconcile").count();
      },
      { timeout: 100_000, intervals: [5_000] },
    )
    .toBeGreaterThan(0);
  await expectAccessible(page);
});

test("a coordinator cannot open /admin/taken", async ({ page }) => {
  await login(page, "coordinator@wijkkracht.test");
  await expect(page).not.toHaveURL(/\/login/);
  const response = await page.goto("/admin/taken");
  expect(response?.status()).toBe(404);
});
