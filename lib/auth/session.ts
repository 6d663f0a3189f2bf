// getActor(): session → user → memberships, once per request. The session token (its claims read in
// session-token.ts) carries the session version it was issued under; loadSessionUser() accepts it
// only while it matches the user's (logging out bumps it), in the same statement that loads the user
// and counts the user's unread notifications for the header.
import { cache } from "react";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { connection } from "next/server";
import { loadSessionUser, type Actor, type SessionUser } from "@/lib/auth/actor";
import { sessionClaims } from "@/lib/auth/session-token";
import { env, servedOverHttps } from "@/lib/env";

// React's cache() memoises within one render only (a server action, or the render after it, loads
// afresh), so what a user just changed is never shown stale.
const sessionUser = cache(async (): Promise<SessionUser | null> => {
  // Request-time work: tell Next before the configuration is read, so a page that asks for the actor
  // is never prerendered at build time (when there is no database configuration).
  await connection();
  const secret = env().NEXTAUTH_SECRET;
  if (!secret) throw new Error("NEXTAUTH_SECRET ontbreekt: de sessies kunnen niet worden gelezen");
  const claims = await sessionClaims((await cookies()).getAll(), { secret, secure: servedOverHttps() });
  return claims ? loadSessionUser(claims.userId, claims.sessionVersion) : null;
});

export async function getActor(): Promise<Actor | null> {
  return (await sessionUser())?.actor ?? null;
}

/** For pages: the actor, or a redirect to the login page. */
export async function requireActor(): Promise<Actor> {
  const actor = await getActor();
  if (!actor) redirect("/login");
  return actor;
}

/** The signed-in user's unread notifications (the header's bell), loaded with the actor. */
export async function unreadNotificationsOfRequest(): Promise<number> {
  return (await sessionUser())?.unreadNotifications ?? 0;
}
