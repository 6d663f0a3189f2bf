// Admission of login attempts at the HTTP server, before Next.js (scripts/serve.ts). Measured with
// `npm run bench:login-flood`: 40 attackers sent about 90 attempts a second, each a full request
// through Next.js, next-auth and the PostgreSQL throttle, and that alone took the web process's
// one thread, so a signed-in coordinator's dashboard waited about 2 s. Now at most
// LOGIN_ATTEMPTS_PER_SECOND attempts a second (with a burst of as many) go on to next-auth; the
// rest are held for a second, which costs a timer, and then answered "busy" in the shape
// next-auth's client reads, so the login form says "try again in a few seconds". The per-address
// and per-account throttle in PostgreSQL (lib/auth/throttle.ts) still decides about the ones let through.
import type { IncomingMessage, ServerResponse } from "node:http";
import { LOGIN_ERROR } from "@/lib/auth/options";

export const LOGIN_CALLBACK_PATH = "/api/auth/callback/credentials";
/** How long a refused attempt is held before its answer: the attacker's loop slows down, for free. */
export const BUSY_HOLD_MS = 1000;

/** A token bucket: `ratePerSecond` tokens a second, at most `ratePerSecond` saved up. */
export class TokenBucket {
  private tokens: number;
  private last: number;

  constructor(
    private readonly ratePerSecond: number,
    private readonly now: () => number = Date.now,
  ) {
    this.tokens = ratePerSecond;
    this.last = now();
  }

  /** Takes a token when there is one. */
  take(): boolean {
    const now = this.now();
    this.tokens = Math.min(this.ratePerSecond, this.tokens + ((now - this.last) / 1000) * this.ratePerSecond);
    this.last = now;
    if (this.tokens < 1) return false;
    this.tokens -= 1;
    return true;
  }
}

export function isLoginAttempt(request: Pick<IncomingMessage, "method" | "url">): boolean {
  return request.method === "POST" && (request.url ?? "").split("?")[0] === LOGIN_CALLBACK_PATH;
}

/** The answer next-auth gives a refused JSON sign-in ({ url } with ?error=), as 429 with Retry-After. */
export function answerLoginBusy(request: Pick<IncomingMessage, "headers" | "resume">, response: ServerResponse): void {
  request.resume(); // the body is not read; drain it so the connection can be reused
  const url = new URL(`/login?error=${LOGIN_ERROR.busy}`, `http://${request.headers.host ?? "localhost"}`);
  response.writeHead(429, {
    "Content-Type": "application/json; charset=utf-8",
    "Cache-Control": "no-store",
    "Retry-After": String(Math.ceil(BUSY_HOLD_MS / 1000)),
  });
  response.end(JSON.stringify({ url: url.toString() }));
}
