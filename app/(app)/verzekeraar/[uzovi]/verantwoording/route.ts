// The verantwoording of one region and year as XLSX or PDF:
// /verzekeraar/<uzovi>/verantwoording?regio=<slug>&jaar=<year>&format=xlsx|pdf
import { getActor } from "@/lib/auth/session";
import { VerantwoordingQuerySchema } from "@/lib/domain/money/schema";
import { getVerantwoording, verantwoordingPdf, verantwoordingXlsx } from "@/lib/domain/money/verantwoording";
import { parseInput } from "@/lib/domain/shared/parse";
import { apiHandler, problem } from "@/lib/next/problem";

export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ uzovi: string }> }) {
  return apiHandler(request, async () => {
    const actor = await getActor();
    if (!actor) return problem(401, "Niet ingelogd", "Log in om de verantwoording te downloaden.");
    const { uzovi } = await params;
    const query = parseInput(VerantwoordingQuerySchema, Object.fromEntries(new URL(request.url).searchParams));
    const v = await getVerantwoording(actor, uzovi, query.regio, query.jaar);
    const name = `verantwoording-${v.region.slug}-${v.year}.${query.format}`;
    const body = query.format === "pdf" ? await verantwoordingPdf(v) : await verantwoordingXlsx(v);
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
