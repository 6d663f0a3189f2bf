// CSV/XLSX export of the practice list with the same filters and visibility as the page.
import { getActor } from "@/lib/auth/session";
import { exportPractices, parsePracticeFilters } from "@/lib/domain/practices/list";
import { exportResponse } from "@/lib/domain/shared/spreadsheet";
import { apiHandler, problem } from "@/lib/next/problem";

export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ region: string }> }) {
  return apiHandler(request, async () => {
    const actor = await getActor();
    if (!actor) return problem(401, "Niet ingelogd", "Log in om te exporteren.");
    const { region } = await params;
    const url = new URL(request.url);
    const format = url.searchParams.get("format") === "xlsx" ? "xlsx" : "csv";
    const table = await exportPractices(actor, region, parsePracticeFilters(Object.fromEntries(url.searchParams)));
    return exportResponse(`praktijken-${region}`, format, [table]);
  });
}
