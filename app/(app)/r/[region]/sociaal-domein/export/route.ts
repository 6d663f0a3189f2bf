// CSV/XLSX export of the region's social domain: links with counts (CSV), plus per municipality and organisations (XLSX).
import { getRegionSocial, linksTable, organisationsTable, perMunicipalityTable } from "@/lib/domain/social/service";
import { exportRoute } from "@/lib/next/export";

export const dynamic = "force-dynamic";

export const GET = exportRoute<{ region: string }>(async ({ actor, params, searchParams, t }) => {
  const data = await getRegionSocial(actor, params.region);
  const tables = {
    verbindingen: linksTable(data, t),
    gemeenten: perMunicipalityTable(data, t),
    organisaties: organisationsTable(data, t),
  };
  const which = searchParams.get("tabel");
  const chosen = which && Object.hasOwn(tables, which) ? [tables[which as keyof typeof tables]] : Object.values(tables);
  return { fileBase: `${t.exports.social.file}-${data.region!.slug}`, tables: chosen };
});
