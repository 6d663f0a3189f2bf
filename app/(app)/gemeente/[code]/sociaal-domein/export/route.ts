// CSV/XLSX export of the municipality's social domain: links with counts (CSV), plus organisations (XLSX).
import { getMunicipalitySocial, linksTable, organisationsTable } from "@/lib/domain/social/service";
import { exportRoute } from "@/lib/next/export";

export const dynamic = "force-dynamic";

export const GET = exportRoute<{ code: string }>(async ({ actor, params, searchParams, t }) => {
  const data = await getMunicipalitySocial(actor, params.code);
  const tables =
    searchParams.get("tabel") === "organisaties"
      ? [organisationsTable(data, t)]
      : [linksTable(data, t), organisationsTable(data, t)];
  return { fileBase: `${t.exports.social.file}-${data.municipality!.code}`, tables };
});
