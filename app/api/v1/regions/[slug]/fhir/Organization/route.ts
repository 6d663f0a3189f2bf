// FHIR R4 searchset of the region's practices and partner organisations. Session-authenticated;
// the service applies the same visibility as the UI. Errors as application/problem+json.
import { getActor } from "@/lib/auth/session";
import { regionOrganizationBundle } from "@/lib/domain/fhir/organizations";
import { apiHandler, problem } from "@/lib/next/problem";

export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  return apiHandler(request, async () => {
    const actor = await getActor();
    if (!actor) return problem(401, "Niet ingelogd", "Log in om deze gegevens op te vragen.", new URL(request.url).pathname);
    const { slug } = await params;
    const url = new URL(request.url);
    const base = `${url.origin}/api/v1/regions/${encodeURIComponent(slug)}/fhir`;
    const bundle = await regionOrganizationBundle(actor, slug, base);
    return new Response(JSON.stringify(bundle), {
      headers: { "Content-Type": "application/fhir+json; charset=utf-8", "Cache-Control": "no-store" },
    });
  });
}
