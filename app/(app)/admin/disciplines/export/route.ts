// CSV/XLSX export of the disciplines catalogue (platform admin only, like the page).
import { DISCIPLINE_CATEGORIES, listDisciplines } from "@/lib/domain/admin/disciplines";
import { exportRoute } from "@/lib/next/export";

export const dynamic = "force-dynamic";

export const GET = exportRoute(async ({ actor }) => ({
  fileBase: "disciplines",
  tables: [
    {
      name: "Disciplines",
      columns: ["Code", "Naam", "Engelse naam", "Categorie", "Volgorde", "Actief", "Praktijken"],
      rows: (await listDisciplines(actor)).map((d) => [
        d.code,
        d.name,
        d.nameEn,
        DISCIPLINE_CATEGORIES[d.category],
        d.sortOrder,
        d.active ? "ja" : "nee",
        d.practices,
      ]),
    },
  ],
}));
