// API errors as RFC 9457 problem+json, in the reader's language (Dutch without a locale cookie, as
// for API clients): domain errors keep their status and message, unexpected ones are logged and
// answered generically.
import { isDomainError } from "@/lib/domain/errors";
import { translate, translateFieldErrors } from "@/lib/i18n/keys";
import type { Messages } from "@/lib/i18n/messages";
import { getMessages } from "@/lib/i18n/server";
import { log } from "@/lib/log";

export function problem(
  status: number,
  title: string,
  detail?: string,
  instance?: string,
  extensions: Record<string, unknown> = {},
): Response {
  return new Response(
    JSON.stringify({
      type: "about:blank",
      title,
      status,
      ...(detail ? { detail } : {}),
      ...(instance ? { instance } : {}),
      ...extensions,
    }),
    {
      status,
      headers: { "Content-Type": "application/problem+json; charset=utf-8", "Cache-Control": "no-store" },
    },
  );
}

function title(status: number, t: Messages["errors"]["api"]): string {
  const titles: Record<number, string> = { 401: t.unauthorized, 404: t.notFound, 409: t.conflict, 422: t.invalid };
  return titles[status] ?? t.error;
}

/** 401 for a request without a signed-in user; `detail` says what to sign in for. */
export function unauthorized(request: Request, t: Messages, detail: string = t.errors.api.logInToDownload): Response {
  return problem(401, t.errors.api.unauthorized, detail, new URL(request.url).pathname);
}

/** Runs an API handler body; expected errors become problem+json with their status. */
export async function apiHandler(request: Request, fn: () => Promise<Response>): Promise<Response> {
  try {
    return await fn();
  } catch (error) {
    const instance = new URL(request.url).pathname;
    const { t } = await getMessages();
    if (isDomainError(error)) {
      // Field errors (a bad query parameter) go along as the `errors` member, each field's messages translated.
      const fields = "fieldErrorRefs" in error ? translateFieldErrors(error.fieldErrorRefs as Record<string, string[]>, t) : {};
      return problem(
        error.status,
        title(error.status, t.errors.api),
        translate(error.messageRef, t),
        instance,
        fields && Object.keys(fields).length ? { errors: fields } : {},
      );
    }
    log().error({ err: error, path: instance }, "api request failed");
    return problem(500, t.errors.api.internal, t.errors.api.tryLater, instance);
  }
}
