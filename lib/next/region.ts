// The region of a /r/<regio> request, loaded once per request: the region layout and a page that
// needs the bare region (settings) share one transaction instead of opening one each. React's
// cache() lives for one server request only, so a change is visible on the next request.
import { cache } from "react";
import type { Actor } from "@/lib/auth/actor";
import { getRegion } from "@/lib/domain/regions/service";

export const regionOfRequest = cache((actor: Actor, slug: string) => getRegion(actor, slug));
