// CSV/XLSX export of the wijkverbanden list, with the page's visibility (municipality officers: own municipality).
import { getActor } from "@/lib/auth/session";
import { exportResponse } from "@/lib/domain/shared/spreadsheet";
import { exportWijkverbanden } from "@/lib/domain/wijkverbanden/service";
import { apiHandler, problem } from "@/lib/next/problem";

export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ region: string }> }) {
  return apiHandler(request, async () => {
    const actor = await getActor();
    if (!actor) return problem(401, "Niet ingelogd", "Log in om te exporteren.");
    const { region } = await params;
    const url = new URL(request.url);
    const format = url.searchParams.get("format") === "xlsx" ? "xlsx" : "csv";
    const table = await exportWijkverbanden(actor, region, {
      gemeente: url.searchParams.get("gemeente")?.toUpperCase() || undefined,
      archived: url.searchParams.get("archief") === "1",
    });
    return exportResponse(`wijkverbanden-${region}`, format, [table]);
  });
}
