import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { CredentialsSchema } from "@/lib/auth/schema";
import { clientAddressOf } from "@/lib/auth/client-address";
import { authenticate, revokeSessions } from "@/lib/auth/login";
import { env, servedOverHttps } from "@/lib/env";

export const SESSION_MAX_AGE_SECONDS = 8 * 60 * 60;

/** Error codes the login form turns into Dutch messages ("Throttled:<seconds>" carries the wait). */
export const LOGIN_ERROR = { invalid: "CredentialsSignin", throttled: "Throttled", busy: "Busy" } as const;

/** The session token's claims: the user and the session version it was issued under. */
type Claims = { sub?: string; sv?: number };

export function authOptions(): NextAuthOptions {
  return {
    secret: env().NEXTAUTH_SECRET,
    session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
    jwt: { maxAge: SESSION_MAX_AGE_SECONDS },
    // Secure cookies (and the __Secure- prefix) whenever the public URL is https, also when TLS ends
    // at a proxy in front of the app and the app itself sees plain http.
    useSecureCookies: servedOverHttps(),
    pages: { signIn: "/login", error: "/login" },
    providers: [
      CredentialsProvider({
        name: "E-mail en wachtwoord",
        credentials: { email: { label: "E-mailadres", type: "email" }, password: { label: "Wachtwoord", type: "password" } },
        async authorize(credentials, request) {
          const parsed = CredentialsSchema.safeParse(credentials);
          if (!parsed.success) return null;
          const address = clientAddressOf(request?.headers ?? {});
          const result = await authenticate(parsed.data.email, parsed.data.password, { address });
          if (result.ok) return { ...result.user, id: result.user.id };
          if (result.reason === "throttled") throw new Error(`${LOGIN_ERROR.throttled}:${result.retryAfterSeconds}`);
          if (result.reason === "busy") throw new Error(LOGIN_ERROR.busy);
          return null;
        },
      }),
    ],
    callbacks: {
      async jwt({ token, user }) {
        if (user) {
          token.sub = user.id;
          (token as Claims).sv = (user as { sessionVersion?: number }).sessionVersion ?? 0;
        }
        return token;
      },
      async session({ session, token }) {
        const claims = token as Claims;
        if (session.user && claims.sub) Object.assign(session.user, { id: claims.sub, sv: claims.sv ?? 0 });
        return session;
      },
    },
    events: {
      // Logging out revokes every token of this user, not just the cookie in this browser.
      async signOut({ token }) {
        const userId = (token as Claims | null)?.sub;
        if (userId) await revokeSessions(userId);
      },
    },
  };
}
