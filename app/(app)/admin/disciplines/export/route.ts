// CSV/XLSX export of the disciplines catalogue (platform admin only, like the page).
import { getActor } from "@/lib/auth/session";
import { DISCIPLINE_CATEGORIES, listDisciplines } from "@/lib/domain/admin/disciplines";
import { exportResponse } from "@/lib/domain/shared/spreadsheet";
import { apiHandler, problem } from "@/lib/next/problem";

export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  return apiHandler(request, async () => {
    const actor = await getActor();
    if (!actor) return problem(401, "Niet ingelogd", "Log in om te exporteren.");
    const format = new URL(request.url).searchParams.get("format") === "xlsx" ? "xlsx" : "csv";
    const rows = await listDisciplines(actor);
    return exportResponse("disciplines", format, [
      {
        name: "Disciplines",
        columns: ["Code", "Naam", "Engelse naam", "Categorie", "Volgorde", "Actief", "Praktijken"],
        rows: rows.map((d) => [d.code, d.name, d.nameEn, DISCIPLINE_CATEGORIES[d.category], d.sortOrder, d.active ? "ja" : "nee", d.practices]),
      },
    ]);
  });
}
