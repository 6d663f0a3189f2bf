// The session token's claims are read as next-auth reads them: a token next-auth issued (encode, as
// at login) gives its user and session version; anything else gives nobody.
import { describe, expect, it } from "vitest";
import { encode } from "next-auth/jwt";
import { sessionClaims } from "@/lib/auth/session-token";

const secret = "een-geheim-van-minstens-zestien-tekens";
const userId = "0f836f10-315e-4204-b281-5ed4f79aa56d";
const issue = (claims: Record<string, unknown>, options: { secret?: string; maxAge?: number } = {}) =>
  encode({
    token: { name: "Test", email: "t@test.invalid", ...claims },
    secret: options.secret ?? secret,
    maxAge: options.maxAge,
  });
const plain = "next-auth.session-token";

describe("session token claims", () => {
  it("gives the user and the session version of a token next-auth issued", async () => {
    const token = await issue({ sub: userId, sv: 3 });
    expect(await sessionClaims([{ name: plain, value: token }], { secret, secure: false })).toEqual({
      userId,
      sessionVersion: 3,
    });
    // Over https next-auth names the cookie with the __Secure- prefix, and only that one counts.
    expect(await sessionClaims([{ name: `__Secure-${plain}`, value: token }], { secret, secure: true })).toEqual({
      userId,
      sessionVersion: 3,
    });
    expect(await sessionClaims([{ name: plain, value: token }], { secret, secure: true })).toBeNull();
    // A token from before session versions counts as version 0.
    expect(await sessionClaims([{ name: plain, value: await issue({ sub: userId }) }], { secret, secure: false })).toEqual({
      userId,
      sessionVersion: 0,
    });
  });

  it("joins a token that next-auth split over several cookies", async () => {
    const token = await issue({ sub: userId, sv: 1 });
    const half = Math.ceil(token.length / 2);
    const cookies = [
      { name: `${plain}.0`, value: token.slice(0, half) },
      { name: `${plain}.1`, value: token.slice(half) },
    ];
    expect(await sessionClaims(cookies, { secret, secure: false })).toEqual({ userId, sessionVersion: 1 });
  });

  it("gives nobody for no cookie, another secret, an expired or tampered token, or a token without a user", async () => {
    expect(await sessionClaims([], { secret, secure: false })).toBeNull();
    expect(await sessionClaims([{ name: "other", value: "x" }], { secret, secure: false })).toBeNull();
    const foreign = await issue({ sub: userId }, { secret: "een-ander-geheim-van-zestien-tekens" });
    expect(await sessionClaims([{ name: plain, value: foreign }], { secret, secure: false })).toBeNull();
    const expired = await issue({ sub: userId }, { maxAge: -60 });
    expect(await sessionClaims([{ name: plain, value: expired }], { secret, secure: false })).toBeNull();
    const token = await issue({ sub: userId });
    const tampered = `${token.slice(0, -4)}${token.slice(-4) === "AAAA" ? "BBBB" : "AAAA"}`;
    expect(await sessionClaims([{ name: plain, value: tampered }], { secret, secure: false })).toBeNull();
    expect(await sessionClaims([{ name: plain, value: await issue({}) }], { secret, secure: false })).toBeNull();
  });
});
