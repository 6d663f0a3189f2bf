// The evidence file of an expenditure, for those who may see the expenditure. Served as an
// attachment with the type found in its content, never rendered inline.
import { getActor } from "@/lib/auth/session";
import { getEvidence } from "@/lib/domain/money/expenditures";
import { getMessages } from "@/lib/i18n/server";
import { apiHandler, unauthorized } from "@/lib/next/problem";

export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ region: string; expenditureId: string }> }) {
  return apiHandler(request, async () => {
    const { region, expenditureId } = await params;
    const actor = await getActor();
    if (!actor) return unauthorized(request, (await getMessages()).t);
    const file = await getEvidence(actor, region, expenditureId);
    const ascii = file.fileName.replace(/[^\x20-\x7e]/g, "_").replace(/"/g, "");
    return new Response(new Uint8Array(file.content), {
      headers: {
        "Content-Type": file.contentType,
        "Content-Disposition": `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
        "Cache-Control": "private, no-store",
        "X-Content-Type-Options": "nosniff",
      },
    });
  });
}
