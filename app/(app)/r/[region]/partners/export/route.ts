// CSV/XLSX export of the region's partner organisations, with the page's visibility.
import { getActor } from "@/lib/auth/session";
import { exportPartners } from "@/lib/domain/partners/service";
import { exportResponse } from "@/lib/domain/shared/spreadsheet";
import { apiHandler, problem } from "@/lib/next/problem";

export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ region: string }> }) {
  return apiHandler(request, async () => {
    const actor = await getActor();
    if (!actor) return problem(401, "Niet ingelogd", "Log in om te exporteren.");
    const { region } = await params;
    const format = new URL(request.url).searchParams.get("format") === "xlsx" ? "xlsx" : "csv";
    return exportResponse(`partners-${region}`, format, [await exportPartners(actor, region)]);
  });
}
