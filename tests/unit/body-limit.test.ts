// Server-action bodies are refused on their declared size in proxy.ts, before Next.js reads them:
// 11 MB on the upload pages, 256 kB everywhere else; a post without a length is refused too.
import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { ACTION_BODY_LIMIT, actionBodyLimit, proxy, refuseOversizedAction, UPLOAD_BODY_LIMIT } from "@/proxy";

const action = (path: string, length: number | null, method = "POST") =>
  new NextRequest(`http://127.0.0.1:3000${path}`, {
    method,
    headers: { "next-action": "7f00", ...(length === null ? {} : { "content-length": String(length) }) },
  });

describe("server-action body limits", () => {
  it("allows 11 MB only on the pages with an upload form", () => {
    for (const path of [
      "/r/zaanstreek-waterland/regiobeeld/import",
      "/r/zaanstreek-waterland/praktijken/import",
      "/r/zaanstreek-waterland/sociaal-domein/import",
      "/gemeente/GM0479/sociaal-domein/import",
      "/r/zaanstreek-waterland/budget/uitgaven/3f1c9a52-7d4e-4b8a-9c21-5e6f7a8b9c0d",
      "/r/zaanstreek-waterland/budget/toewijzingen/3f1c9a52-7d4e-4b8a-9c21-5e6f7a8b9c0d",
    ])
      expect(actionBodyLimit(path), path).toBe(UPLOAD_BODY_LIMIT);
    for (const path of [
      "/r/zaanstreek-waterland/praktijken/nieuw",
      "/r/zaanstreek-waterland/regiobeeld/import/3f1c9a52-7d4e-4b8a-9c21-5e6f7a8b9c0d",
      "/r/x/regiobeeld/import/../../praktijken",
      "/admin/disciplines",
      "/login",
    ])
      expect(actionBodyLimit(path), path).toBe(ACTION_BODY_LIMIT);
  });

  it("refuses an oversized action with 413 in Dutch and English, before the body is read", async () => {
    const small = refuseOversizedAction(action("/r/a/praktijken/nieuw", ACTION_BODY_LIMIT + 1));
    expect(small?.status).toBe(413);
    expect(await small?.text()).toBe(
      "Deze aanvraag is te groot (meer dan 256 kB).\n\nThis request is too large (more than 256 kB).\n",
    );
    const upload = refuseOversizedAction(action("/r/a/regiobeeld/import", UPLOAD_BODY_LIMIT + 1));
    expect(upload?.status).toBe(413);
    expect(await upload?.text()).toContain("Het bestand is groter dan 10 MB; splits het op.");
    expect(proxy(action("/r/a/praktijken/nieuw", 10 ** 14)).status).toBe(413);
  });

  it("lets actions within their limit, and requests that are not actions, through", () => {
    expect(refuseOversizedAction(action("/r/a/praktijken/nieuw", ACTION_BODY_LIMIT))).toBeNull();
    expect(refuseOversizedAction(action("/r/a/regiobeeld/import", UPLOAD_BODY_LIMIT))).toBeNull();
    expect(refuseOversizedAction(action("/r/a/praktijken/nieuw", 10 ** 9, "GET"))).toBeNull();
    const plainPost = new NextRequest("http://127.0.0.1:3000/api/auth/callback/credentials", {
      method: "POST",
      headers: { "content-length": String(10 ** 9) },
    });
    expect(refuseOversizedAction(plainPost)).toBeNull();
  });

  it("refuses an action without a usable Content-Length with 411", () => {
    expect(refuseOversizedAction(action("/r/a/praktijken/nieuw", null))?.status).toBe(411);
    const bogus = new NextRequest("http://127.0.0.1:3000/r/a/praktijken/nieuw", {
      method: "POST",
      headers: { "next-action": "7f00", "content-length": "-1" },
    });
    expect(refuseOversizedAction(bogus)?.status).toBe(411);
  });
});
