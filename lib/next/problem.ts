// API errors as RFC 9457 problem+json: domain errors keep their status and Dutch message,
// unexpected ones are logged and answered generically.
import { isDomainError } from "@/lib/domain/errors";
import { log } from "@/lib/log";

export function problem(status: number, title: string, detail?: string, instance?: string): Response {
  return new Response(
    JSON.stringify({ type: "about:blank", title, status, ...(detail ? { detail } : {}), ...(instance ? { instance } : {}) }),
    {
      status,
      headers: { "Content-Type": "application/problem+json; charset=utf-8", "Cache-Control": "no-store" },
    },
  );
}

const TITLES: Record<number, string> = {
  401: "Niet ingelogd",
  404: "Niet gevonden",
  409: "Conflict",
  422: "Ongeldige invoer",
};

/** Runs an API handler body; expected errors become problem+json with their status. */
export async function apiHandler(request: Request, fn: () => Promise<Response>): Promise<Response> {
  try {
    return await fn();
  } catch (error) {
    const instance = new URL(request.url).pathname;
    if (isDomainError(error)) return problem(error.status, TITLES[error.status] ?? "Fout", error.message, instance);
    log().error({ err: error, path: instance }, "api request failed");
    return problem(500, "Interne fout", "Er ging iets mis. Probeer het later opnieuw.", instance);
  }
}
