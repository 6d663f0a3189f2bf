// CSV/XLSX export of the disciplines catalogue (platform admin only, like the page).
import { listDisciplines } from "@/lib/domain/admin/disciplines";
import { exportRoute } from "@/lib/next/export";

export const dynamic = "force-dynamic";

export const GET = exportRoute(async ({ actor, t }) => {
  const c = t.exports.disciplines;
  return {
    fileBase: c.file,
    tables: [
      {
        name: c.sheet,
        columns: [c.code, c.name, c.nameEn, c.category, c.sortOrder, c.active, c.practices],
        rows: (await listDisciplines(actor)).map((d) => [
          d.code,
          d.name,
          d.nameEn,
          t.admin.category[d.category],
          d.sortOrder,
          d.active ? t.exports.yes : t.exports.no,
          d.practices,
        ]),
      },
    ],
  };
});
