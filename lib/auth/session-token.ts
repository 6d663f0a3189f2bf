// The claims of a request's session token (next-auth's encrypted JWT cookie), read the way next-auth
// reads it: its cookie name (with the __Secure- prefix over https), the cookie chunks joined, the
// token decrypted with NEXTAUTH_SECRET and its expiry checked. Pages read it here rather than through
// getServerSession(), which on every request also encrypts a renewed token that a server component
// cannot set (about a millisecond of CPU per signed-in request).
import { getToken } from "next-auth/jwt";

export type SessionClaims = { userId: string; sessionVersion: number };

type Cookie = { name: string; value: string };

export async function sessionClaims(
  cookies: Cookie[],
  options: { secret: string; secure: boolean },
): Promise<SessionClaims | null> {
  const token = await getToken({
    // Only the cookies: next-auth would also take a bearer token from an Authorization header.
    req: { cookies: Object.fromEntries(cookies.map((c) => [c.name, c.value])), headers: {} } as unknown as Parameters<
      typeof getToken
    >[0]["req"],
    secret: options.secret,
    secureCookie: options.secure,
  });
  const claims = token as { sub?: unknown; sv?: unknown } | null;
  if (typeof claims?.sub !== "string") return null;
  return { userId: claims.sub, sessionVersion: typeof claims.sv === "number" ? claims.sv : 0 };
}
