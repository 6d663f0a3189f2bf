// getActor(): session → user → memberships, once per request. The session token carries the
// session version it was issued under; loadActor() accepts it only while it matches the user's
// (logging out bumps it), in the same query that loads the user.
import { cache } from "react";
import { getServerSession } from "next-auth";
import { redirect } from "next/navigation";
import { connection } from "next/server";
import { loadActor, type Actor } from "@/lib/auth/actor";
import { authOptions } from "@/lib/auth/options";

export const getActor = cache(async (): Promise<Actor | null> => {
  // Request-time work: tell Next before the configuration is read, so a page that asks for the actor
  // is never prerendered at build time (when there is no database configuration).
  await connection();
  const session = await getServerSession(authOptions());
  const user = session?.user as { id?: string; sv?: number } | undefined;
  if (!user?.id) return null;
  return loadActor(user.id, user.sv ?? 0);
});

/** For pages: the actor, or a redirect to the login page. */
export async function requireActor(): Promise<Actor> {
  const actor = await getActor();
  if (!actor) redirect("/login");
  return actor;
}
