// The login gate in front of Next.js: a token bucket per server and the "busy" answer next-auth's client reads.
import type { IncomingMessage, ServerResponse } from "node:http";
import { describe, expect, it } from "vitest";
import { answerLoginBusy, isLoginAttempt, TokenBucket } from "@/lib/auth/login-gate";

describe("login gate", () => {
  it("lets a burst of the rate through, then one attempt per 1/rate seconds", () => {
    let now = 0;
    const bucket = new TokenBucket(4, () => now);
    expect([1, 2, 3, 4, 5].map(() => bucket.take())).toEqual([true, true, true, true, false]);
    now += 250;
    expect([bucket.take(), bucket.take()]).toEqual([true, false]);
    now += 10_000; // saved up no more than the rate
    expect([1, 2, 3, 4, 5].map(() => bucket.take())).toEqual([true, true, true, true, false]);
  });

  it("gates only the credentials sign-in", () => {
    expect(isLoginAttempt({ method: "POST", url: "/api/auth/callback/credentials" })).toBe(true);
    expect(isLoginAttempt({ method: "POST", url: "/api/auth/callback/credentials?x=1" })).toBe(true);
    expect(isLoginAttempt({ method: "GET", url: "/api/auth/callback/credentials" })).toBe(false);
    expect(isLoginAttempt({ method: "POST", url: "/api/auth/signout" })).toBe(false);
    expect(isLoginAttempt({ method: "POST", url: "/r/zaanstreek-waterland" })).toBe(false);
  });

  it("answers busy as next-auth does: { url } with error=Busy, 429 and Retry-After", () => {
    let status = 0;
    let headers: Record<string, string> = {};
    let body = "";
    let drained = false;
    const response = {
      writeHead: (s: number, h: Record<string, string>) => ((status = s), (headers = h)),
      end: (b: string) => (body = b),
    } as unknown as ServerResponse;
    const request = {
      headers: { host: "wijkkracht.example:3000" },
      resume: () => (drained = true),
    } as unknown as IncomingMessage;
    answerLoginBusy(request, response);
    expect(status).toBe(429);
    expect(headers["Retry-After"]).toBe("1");
    expect(drained).toBe(true);
    const { url } = JSON.parse(body) as { url: string };
    expect(new URL(url).searchParams.get("error")).toBe("Busy");
  });
});
