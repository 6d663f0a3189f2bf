// CSV/XLSX export of the insurer's aggregate social-domain figures (small numbers suppressed).
import { getInsurerSocialFigures, insurerFiguresTable } from "@/lib/domain/social/service";
import { exportRoute } from "@/lib/next/export";
import { insurerOfRequest } from "@/lib/next/insurer";

export const dynamic = "force-dynamic";

export const GET = exportRoute<{ uzovi: string }>(async ({ actor, params, t }) => {
  const insurer = await insurerOfRequest(actor, params.uzovi);
  return {
    fileBase: `${t.exports.social.file}-${insurer.uzovi}`,
    tables: [insurerFiguresTable(await getInsurerSocialFigures(actor, insurer.id), t)],
  };
});
