import { expect, test } from "@playwright/test";

test("every response carries the security headers", async ({ request }) => {
  for (const path of ["/login", "/api/health", "/toegankelijkheid"]) {
    const response = await request.get(path);
    const headers = response.headers();
    expect(headers["content-security-policy"], path).toContain("frame-ancestors 'none'");
    expect(headers["content-security-policy"], path).toMatch(/script-src 'self' 'nonce-[^']+'/);
    expect(headers["x-content-type-options"], path).toBe("nosniff");
    expect(headers["referrer-policy"], path).toBe("strict-origin-when-cross-origin");
    expect(headers["x-powered-by"], path).toBeUndefined();
  }
});

test("the health endpoint checks the database", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  expect(await response.json()).toMatchObject({ status: "ok", database: "ok" });
});

test("signed-out visitors are sent to the login page", async ({ page }) => {
  await page.goto("/r/zaanstreek-waterland");
  await expect(page).toHaveURL(/\/login$/);
});
