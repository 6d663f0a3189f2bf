// CSV/XLSX export of the practice list with the same filters and visibility as the page.
import { exportPractices, parsePracticeFilters } from "@/lib/domain/practices/list";
import { exportRoute } from "@/lib/next/export";

export const dynamic = "force-dynamic";

export const GET = exportRoute<{ region: string }>(async ({ actor, params, searchParams, t, locale }) => ({
  fileBase: `${t.exports.practices.file}-${params.region}`,
  tables: [await exportPractices(actor, params.region, parsePracticeFilters(Object.fromEntries(searchParams)), { t, locale })],
}));
