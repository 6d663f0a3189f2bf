import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { z } from "zod";
import { authenticate } from "@/lib/auth/login";
import { env } from "@/lib/env";

export const SESSION_MAX_AGE_SECONDS = 8 * 60 * 60;

/** Error codes the login form turns into Dutch messages. */
export const LOGIN_ERROR = { invalid: "CredentialsSignin", locked: "AccountLocked" } as const;

const CredentialsSchema = z.object({ email: z.string().min(1).max(320), password: z.string().min(1).max(1024) });

export function authOptions(): NextAuthOptions {
  return {
    secret: env().NEXTAUTH_SECRET,
    session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
    jwt: { maxAge: SESSION_MAX_AGE_SECONDS },
    pages: { signIn: "/login", error: "/login" },
    providers: [
      CredentialsProvider({
        name: "E-mail en wachtwoord",
        credentials: { email: { label: "E-mailadres", type: "email" }, password: { label: "Wachtwoord", type: "password" } },
        async authorize(credentials) {
          const parsed = CredentialsSchema.safeParse(credentials);
          if (!parsed.success) return null;
          const result = await authenticate(parsed.data.email, parsed.data.password);
          if (result.ok) return result.user;
          if (result.reason === "locked") throw new Error(LOGIN_ERROR.locked);
          return null;
        },
      }),
    ],
    callbacks: {
      async jwt({ token, user }) {
        if (user) token.sub = user.id;
        return token;
      },
      async session({ session, token }) {
        if (session.user && token.sub) (session.user as { id?: string }).id = token.sub;
        return session;
      },
    },
  };
}
