// The one entry for export routes (CSV/XLSX downloads): `?format=csv|xlsx` (default csv; anything
// else is 422), the signed-in actor, the service that builds the tables with the same filters and
// visibility as its page, and errors as problem+json — 401 signed out, 404 for what the actor may
// not see (a malformed or foreign id included), 500 logged and generic, never an HTML page.
// The file speaks the reader's language, like the pages: the loader gets the catalogue (`t`) for
// its file name, sheet names, column headers and labels (lib/i18n/messages/exports.ts).
import type { Actor } from "@/lib/auth/actor";
import { getActor } from "@/lib/auth/session";
import { exportResponse, type ExportFormat, type Table } from "@/lib/domain/shared/spreadsheet";
import type { Locale, Messages } from "@/lib/i18n/messages";
import { getMessages } from "@/lib/i18n/server";
import { apiHandler, problem, unauthorized } from "@/lib/next/problem";

export type ExportFile = { fileBase: string; tables: Table[] };

type Load<P> = (context: {
  actor: Actor;
  params: P;
  searchParams: URLSearchParams;
  t: Messages;
  locale: Locale;
}) => Promise<ExportFile>;

export const EXPORT_FORMATS = ["csv", "xlsx"] as const satisfies readonly ExportFormat[];

/** The requested format: `format`, or the older Dutch `formaat` of the werkagenda links. */
export function exportFormat(searchParams: URLSearchParams): ExportFormat | null {
  const value = searchParams.get("format") ?? searchParams.get("formaat") ?? "csv";
  return (EXPORT_FORMATS as readonly string[]).includes(value) ? (value as ExportFormat) : null;
}

/** A route handler (`export const GET = exportRoute(…)`) around a service that builds the file. */
export function exportRoute<P extends Record<string, string> = Record<string, never>>(load: Load<P>) {
  return async function GET(request: Request, context: { params: Promise<P> }): Promise<Response> {
    return apiHandler(request, async () => {
      const { locale, t } = await getMessages();
      const actor = await getActor();
      if (!actor) return unauthorized(request, t, t.errors.api.logInToExport);
      const searchParams = new URL(request.url).searchParams;
      const format = exportFormat(searchParams);
      if (!format) return problem(422, t.errors.api.invalid, t.errors.api.chooseFormat, new URL(request.url).pathname);
      const { fileBase, tables } = await load({ actor, params: await context.params, searchParams, t, locale });
      return exportResponse(fileBase, format, tables);
    });
  };
}
