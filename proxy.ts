// Runs before every request: a fresh nonce per request for the Content-Security-Policy, so only
// Next.js's own scripts run; HSTS when the app is served over https. Authorisation does NOT happen
// here (see docs/architecture.md).
import { NextResponse, type NextRequest } from "next/server";
import { isDevelopment, servedOverHttps } from "@/lib/env";
import { MESSAGES, type Messages } from "@/lib/i18n/messages";

export function contentSecurityPolicy(nonce: string, isDev: boolean): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${isDev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/** Two years, all subdomains: browsers then refuse plain http for this host. */
export const HSTS = "max-age=63072000; includeSubDomains";

/**
 * Served over https: the public URL is https (TLS may end at a proxy in front of the app), or this
 * request came in over https (x-forwarded-proto is set by scripts/serve.ts from the connection or a
 * trusted proxy, never taken from the client as is).
 */
export function isHttps(request: Pick<NextRequest, "headers" | "nextUrl">, publicUrlIsHttps: boolean): boolean {
  return publicUrlIsHttps || request.nextUrl.protocol === "https:" || request.headers.get("x-forwarded-proto") === "https";
}

/** Server-action bodies: the upload forms may send a file of up to 10 MB (with the form around it); the rest is small. */
export const UPLOAD_BODY_LIMIT = 11 * 1024 * 1024;
export const ACTION_BODY_LIMIT = 256 * 1024;

/**
 * Pages whose forms upload a file: the imports (CSV/XLSX) and the evidence of an expenditure. A server
 * action is posted to the page it is on, so the path decides which limit applies.
 */
const UPLOAD_PAGES = [
  /^\/r\/[^/]+\/(praktijken|regiobeeld|sociaal-domein)\/import\/?$/,
  /^\/gemeente\/[^/]+\/sociaal-domein\/import\/?$/,
  /^\/r\/[^/]+\/budget\/(toewijzingen|uitgaven)\/[^/]+\/?$/,
];

export function actionBodyLimit(pathname: string): number {
  return UPLOAD_PAGES.some((page) => page.test(pathname)) ? UPLOAD_BODY_LIMIT : ACTION_BODY_LIMIT;
}

/** A plain-text refusal in Dutch and English (the proxy does not know the reader's language). */
function refuse(status: 411 | 413, text: (t: Messages) => string): NextResponse {
  return new NextResponse(`${text(MESSAGES.nl)}\n\n${text(MESSAGES.en)}\n`, {
    status,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store", Connection: "close" },
  });
}

/**
 * Server-action posts are refused on their declared size, before Next.js reads the body: at most
 * 11 MB on the upload pages and 256 KB everywhere else. A post without Content-Length (chunked) is
 * refused too, because its size cannot be known in advance (browsers always send the length).
 */
export function refuseOversizedAction(request: Pick<NextRequest, "method" | "headers" | "nextUrl">): NextResponse | null {
  if (request.method !== "POST" || !request.headers.has("next-action")) return null;
  const declared = request.headers.get("content-length");
  const size = declared !== null && /^\d{1,15}$/.test(declared) ? Number(declared) : null;
  if (size === null) return refuse(411, (t) => t.common.request.lengthRequired);
  const limit = actionBodyLimit(request.nextUrl.pathname);
  if (size <= limit) return null;
  return limit === UPLOAD_BODY_LIMIT
    ? refuse(413, (t) => t.imports.uploadCheck.tooLarge)
    : refuse(413, (t) => t.common.request.tooLarge);
}

export function proxy(request: NextRequest) {
  const oversized = refuseOversizedAction(request);
  if (oversized) return oversized;
  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const csp = contentSecurityPolicy(nonce, isDevelopment());
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", csp);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", csp);
  if (isHttps(request, servedOverHttps())) response.headers.set("Strict-Transport-Security", HSTS);
  return response;
}

export const config = {
  matcher: [{ source: "/((?!_next/static|_next/image|favicon.ico).*)" }],
};
