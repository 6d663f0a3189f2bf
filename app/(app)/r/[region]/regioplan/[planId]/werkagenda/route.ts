// The werkagenda as XLSX (two sheets) or CSV (the agenda sheet), formula-safe; authorised by the
// service like any page (404 for a foreign region or plan).
import { getActor } from "@/lib/auth/session";
import { isDomainError } from "@/lib/domain/errors";
import { getWerkagenda } from "@/lib/domain/plans/service";
import { exportResponse } from "@/lib/domain/shared/spreadsheet";

export async function GET(request: Request, { params }: { params: Promise<{ region: string; planId: string }> }) {
  const actor = await getActor();
  if (!actor) return new Response("Log eerst in.", { status: 401 });
  const { region, planId } = await params;
  const format = new URL(request.url).searchParams.get("formaat") === "csv" ? "csv" : "xlsx";
  try {
    const { fileBase, tables } = await getWerkagenda(actor, region, planId);
    return exportResponse(fileBase, format, tables);
  } catch (error) {
    if (isDomainError(error) && (error.status === 404 || error.status === 403)) return new Response("Niet gevonden.", { status: 404 });
    throw error;
  }
}
