// CSV/XLSX export of the region's partner organisations, with the page's visibility.
import { exportPartners } from "@/lib/domain/partners/service";
import { exportRoute } from "@/lib/next/export";

export const dynamic = "force-dynamic";

export const GET = exportRoute<{ region: string }>(async ({ actor, params, t }) => ({
  fileBase: `${t.exports.partners.file}-${params.region}`,
  tables: [await exportPartners(actor, params.region, t)],
}));
