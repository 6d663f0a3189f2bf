// The werkagenda as XLSX (two sheets) or CSV (the agenda sheet), formula-safe; authorised by the
// service like any page (404 for a foreign region or plan). `?format=`; the older `?formaat=` still works.
import { getWerkagenda } from "@/lib/domain/plans/werkagenda";
import { exportRoute } from "@/lib/next/export";

export const dynamic = "force-dynamic";

export const GET = exportRoute<{ region: string; planId: string }>(({ actor, params, t }) =>
  getWerkagenda(actor, params.region, params.planId, t),
);
