// CSV/XLSX export of the wijkverbanden list, with the page's filters and visibility (municipality
// officers: own municipality).
import { exportWijkverbanden, parseWijkverbandFilters } from "@/lib/domain/wijkverbanden/service";
import { exportRoute } from "@/lib/next/export";

export const dynamic = "force-dynamic";

export const GET = exportRoute<{ region: string }>(async ({ actor, params, searchParams, t }) => ({
  fileBase: `${t.exports.wijkverbanden.file}-${params.region}`,
  tables: [await exportWijkverbanden(actor, params.region, parseWijkverbandFilters(Object.fromEntries(searchParams)), t)],
}));
