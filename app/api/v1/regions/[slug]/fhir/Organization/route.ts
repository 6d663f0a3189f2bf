// FHIR R4 searchset of the region's practices and partner organisations. Session-authenticated;
// the service applies the same visibility as the UI. Errors as application/problem+json.
import { getActor } from "@/lib/auth/session";
import { regionOrganizationBundle } from "@/lib/domain/fhir/organizations";
import { getMessages } from "@/lib/i18n/server";
import { apiHandler, unauthorized } from "@/lib/next/problem";

export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  return apiHandler(request, async () => {
    const actor = await getActor();
    if (!actor) {
      const { t } = await getMessages();
      return unauthorized(request, t, t.errors.api.logInToRead);
    }
    const { slug } = await params;
    const url = new URL(request.url);
    const base = `${url.origin}/api/v1/regions/${encodeURIComponent(slug)}/fhir`;
    const bundle = await regionOrganizationBundle(actor, slug, base);
    return new Response(JSON.stringify(bundle), {
      headers: { "Content-Type": "application/fhir+json; charset=utf-8", "Cache-Control": "no-store" },
    });
  });
}
