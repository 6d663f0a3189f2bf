// CSV/XLSX export of the municipality home's tables (?tabel=wijkverbanden|verwijzingen|wijken|witte_vlekken|initiatieven).
import { getMunicipalityWorkspace, municipalityTables } from "@/lib/domain/municipalities/service";
import { exportRoute } from "@/lib/next/export";

export const dynamic = "force-dynamic";

export const GET = exportRoute<{ code: string }>(async ({ actor, params, searchParams, t }) => {
  const data = await getMunicipalityWorkspace(actor, params.code);
  const which = searchParams.get("tabel") ?? undefined;
  return { fileBase: `${t.exports.municipality.file}-${data.municipality.code}`, tables: municipalityTables(data, which, t) };
});
