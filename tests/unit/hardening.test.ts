import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { HSTS, isHttps, proxy } from "@/proxy";
import { clientAddressOf, lastAddressIn, normaliseAddress, stampClient } from "@/lib/auth/client-address";
import { BusyError, Semaphore } from "@/lib/auth/semaphore";
import { delaySeconds, THROTTLE } from "@/lib/auth/throttle";
import { demoDataWanted } from "@/lib/db/seed/demo-accounts";
import { PartnerInputSchema } from "@/lib/domain/partners/schema";
import { PracticeDetailsSchema } from "@/lib/domain/practices/schema";
import { safeWebsiteHref, websiteUrl } from "@/lib/domain/shared/identifiers";
import { dutch } from "@/lib/i18n/keys";

describe("website fields accept only http(s)", () => {
  it.each(["https://www.huisartsdezaan.nl", "http://example.org/pad?x=1", "  https://zorg.example.nl  "])("accepts %s", (url) => {
    expect(websiteUrl.safeParse(url).success).toBe(true);
  });
  it.each([
    "javascript:alert(1)",
    "JAVASCRIPT:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "vbscript:msgbox(1)",
    "file:///etc/passwd",
    "ftp://example.org",
    "https://",
    "www.example.org",
    "https://" + "a".repeat(2100) + ".nl",
  ])("refuses %s with a Dutch message", (url) => {
    const parsed = websiteUrl.safeParse(url);
    expect(parsed.success).toBe(false);
    expect(dutch(parsed.error?.issues[0]?.message ?? "")).toMatch(/webadres|tekens/);
  });
  it("is used by the practice and partner forms", () => {
    expect(PracticeDetailsSchema.safeParse({ website: "javascript:alert(1)" }).success).toBe(false);
    expect(PartnerInputSchema.safeParse({ name: "Welzijn", kind: "welfare", website: "data:,x" }).success).toBe(false);
    expect(PartnerInputSchema.safeParse({ name: "Welzijn", kind: "welfare", website: "https://welzijn.nl" }).success).toBe(true);
  });
  it("never turns a stored unsafe value into a link", () => {
    expect(safeWebsiteHref("javascript:alert(1)")).toBeNull();
    expect(safeWebsiteHref("https://welzijn.nl")).toBe("https://welzijn.nl");
    expect(safeWebsiteHref(null)).toBeNull();
  });
});

describe("client address", () => {
  it("normalises IPv4, IPv4-mapped IPv6 and IPv6 (by /64)", () => {
    expect(normaliseAddress("203.0.113.7")).toBe("203.0.113.7");
    expect(normaliseAddress("::ffff:203.0.113.7")).toBe("203.0.113.7");
    expect(normaliseAddress("2001:db8:1:2:3:4:5:6")).toBe("2001:db8:1:2::/64");
    expect(normaliseAddress("2001:db8:1:2::9")).toBe("2001:db8:1:2::/64");
    expect(normaliseAddress("[2001:db8::1]")).toBe("2001:db8:0:0::/64");
    expect(normaliseAddress("niet-een-adres")).toBe("unknown");
    expect(normaliseAddress(undefined)).toBe("unknown");
  });
  const incoming = (headers: Record<string, string>, remoteAddress = "192.0.2.33") =>
    ({ headers: { ...headers }, socket: { remoteAddress } }) as unknown as Parameters<typeof stampClient>[0];

  it("without a trusted proxy: the connection's address, whatever forwarding headers the client sends", () => {
    const request = incoming({ "x-forwarded-for": "203.0.113.1", "x-real-ip": "203.0.113.2", "x-forwarded-proto": "https" });
    stampClient(request, undefined);
    expect(clientAddressOf(request.headers)).toBe("192.0.2.33");
    expect(request.headers["x-real-ip"]).toBeUndefined();
    expect(request.headers["x-forwarded-proto"]).toBe("http");
  });

  it("behind a trusted proxy: the last address in its header, and its scheme", () => {
    const request = incoming({ "x-forwarded-for": "203.0.113.1, 198.51.100.4", "x-forwarded-proto": "https" }, "10.0.0.2");
    stampClient(request, "x-forwarded-for");
    expect(clientAddressOf(request.headers)).toBe("198.51.100.4");
    expect(request.headers["x-forwarded-proto"]).toBe("https");
    const direct = incoming({}, "::ffff:10.0.0.9");
    stampClient(direct, "x-forwarded-for");
    expect(clientAddressOf(direct.headers)).toBe("10.0.0.9");
  });

  it("takes the last address of a forwarding header (the one the nearest proxy added)", () => {
    expect(lastAddressIn("198.51.100.1, 203.0.113.9")).toBe("203.0.113.9");
    expect(lastAddressIn("")).toBeUndefined();
  });
});

describe("throttle delays", () => {
  it("grows by doubling after the free attempts, up to the cap", () => {
    const b = THROTTLE.accountAddress;
    expect(delaySeconds(b.free - 1, b)).toBe(0);
    expect(delaySeconds(b.free, b)).toBe(1);
    expect(delaySeconds(b.free + 3, b)).toBe(8);
    expect(delaySeconds(b.free + 100, b)).toBe(b.capSeconds);
    // Many addresses together can slow an account down only a little.
    expect(delaySeconds(1_000_000, THROTTLE.account)).toBe(60);
  });
});

describe("hash semaphore", () => {
  it("runs at most `limit` at once, queues a bounded number, and refuses the rest at once", async () => {
    const semaphore = new Semaphore(2, 1, 1000);
    let running = 0;
    let peak = 0;
    const releases: (() => void)[] = [];
    const task = () =>
      semaphore.run(
        () =>
          new Promise<void>((resolve) => {
            running++;
            peak = Math.max(peak, running);
            releases.push(() => {
              running--;
              resolve();
            });
          }),
      );
    const first = [task(), task(), task()];
    expect(semaphore.saturated).toBe(true);
    await expect(task()).rejects.toBeInstanceOf(BusyError);
    while (releases.length) {
      releases.shift()!();
      await new Promise((r) => setTimeout(r, 0));
    }
    await Promise.all(first);
    expect(peak).toBe(2);
  });
  it("gives up after the longest wait", async () => {
    const semaphore = new Semaphore(1, 5, 20);
    const hold = semaphore.run(() => new Promise((r) => setTimeout(r, 100)));
    await expect(semaphore.run(async () => 1)).rejects.toBeInstanceOf(BusyError);
    await hold;
  });
});

describe("HSTS", () => {
  const request = (url: string, proto?: string) => {
    const r = new NextRequest(url, { headers: proto ? { "x-forwarded-proto": proto } : {} });
    return r;
  };
  it("is sent when the public URL is https, or the request came over https", () => {
    expect(isHttps(request("http://127.0.0.1:3000/"), true)).toBe(true);
    expect(isHttps(request("http://127.0.0.1:3000/", "https"), false)).toBe(true);
    expect(isHttps(request("https://wijkkracht.example.nl/"), false)).toBe(true);
    expect(isHttps(request("http://127.0.0.1:3000/"), false)).toBe(false);
    const response = proxy(request("http://127.0.0.1:3000/", "https"));
    expect(response.headers.get("Strict-Transport-Security")).toBe(HSTS);
    expect(proxy(request("http://127.0.0.1:3000/")).headers.get("Strict-Transport-Security")).toBeNull();
  });
});

describe("demo data", () => {
  it("loads only on the embedded database, or when asked for explicitly", () => {
    expect(demoDataWanted(undefined, true)).toBe(true);
    expect(demoDataWanted("false", true)).toBe(false);
    expect(demoDataWanted(undefined, false)).toBe(false);
    expect(demoDataWanted("false", false)).toBe(false);
    expect(demoDataWanted("true", false)).toBe(true);
  });
});
