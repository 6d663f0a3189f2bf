// The region of a /r/<regio> request, loaded once per request: the region layout and a page that
// needs the bare region (settings) share it. React's cache() lives for one server render only, so a
// change is visible on the next request (and in the render right after a server action).
import { cache } from "react";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/authz/permissions";
import { getRegion, type RegionSummary } from "@/lib/domain/regions/service";

/** What the region's workspace chrome and its settings page need. */
export type RequestRegion = Pick<RegionSummary, "id" | "slug" | "name" | "brandName" | "brandColor">;

export const regionOfRequest = cache(async (actor: Actor, slug: string): Promise<RequestRegion> => {
  // A coordinator's or practice holder's own region came with the actor (the same statement that
  // checked the session, this request): no transaction of its own. Anyone else (an insurer, a
  // municipality, the platform admin) gets it through row-level security.
  const own = actor.memberships.find((m) => m.regionSlug === slug);
  if (own?.regionId && own.regionName && own.regionBrandColor && can(actor, "region.read", { regionId: own.regionId }))
    return { id: own.regionId, slug, name: own.regionName, brandName: own.regionBrandName, brandColor: own.regionBrandColor };
  const { id, name, brandName, brandColor } = await getRegion(actor, slug);
  return { id, slug, name, brandName, brandColor };
});
