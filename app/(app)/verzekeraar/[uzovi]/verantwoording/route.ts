// The verantwoording of one region and year as XLSX or PDF, in the reader's language:
// /verzekeraar/<uzovi>/verantwoording?regio=<slug>&jaar=<year>&format=xlsx|pdf
import { getActor } from "@/lib/auth/session";
import { VerantwoordingQuerySchema } from "@/lib/domain/money/schema";
import {
  getVerantwoording,
  verantwoordingFileBase,
  verantwoordingPdf,
  verantwoordingXlsx,
} from "@/lib/domain/money/verantwoording";
import { parseInput } from "@/lib/domain/shared/parse";
import { getMessages } from "@/lib/i18n/server";
import { apiHandler, unauthorized } from "@/lib/next/problem";

export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ uzovi: string }> }) {
  return apiHandler(request, async () => {
    const { locale, t } = await getMessages();
    const actor = await getActor();
    if (!actor) return unauthorized(request, t);
    const { uzovi } = await params;
    const query = parseInput(VerantwoordingQuerySchema, Object.fromEntries(new URL(request.url).searchParams));
    const v = await getVerantwoording(actor, uzovi, query.regio, query.jaar);
    const name = `${verantwoordingFileBase(v, locale)}.${query.format}`;
    const body = query.format === "pdf" ? await verantwoordingPdf(v, locale) : await verantwoordingXlsx(v, locale);
    return new Response(new Uint8Array(body), {
      headers: {
        "Content-Type":
          query.format === "pdf" ? "application/pdf" : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "Content-Disposition": `attachment; filename="${name}"`,
        "Cache-Control": "no-store",
        "X-Content-Type-Options": "nosniff",
      },
    });
  });
}
