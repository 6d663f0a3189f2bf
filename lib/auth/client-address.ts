// The client's address for the login throttle. The production server (scripts/serve.ts) writes
// the one trustworthy address into x-forwarded-for before Next.js sees the request: the TCP peer,
// or — only when TRUSTED_PROXY_HEADER names a header set by your own proxy — the last address in
// that header. Whatever a client sends itself never gets that far.
import type { IncomingMessage } from "node:http";
import { isIP } from "node:net";
import type { TLSSocket } from "node:tls";

export const CLIENT_ADDRESS_HEADER = "x-forwarded-for";

/**
 * Normalises an address to the unit the throttle counts: IPv4 as is (also when IPv4-mapped),
 * IPv6 by its /64 prefix (one subscriber usually holds a whole /64). Anything unparseable is
 * "unknown", which is throttled as one shared address.
 */
export function normaliseAddress(raw: string | null | undefined): string {
  let value = (raw ?? "").trim();
  if (value.startsWith("[") && value.includes("]")) value = value.slice(1, value.indexOf("]"));
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(value);
  if (mapped) value = mapped[1]!;
  const version = isIP(value);
  if (version === 4) return value;
  if (version === 6) return `${ipv6Groups(value).slice(0, 4).join(":")}::/64`;
  return "unknown";
}

function ipv6Groups(address: string): string[] {
  const [head = "", tail = ""] = address.toLowerCase().split("::");
  const h = head ? head.split(":") : [];
  const t = tail ? tail.split(":") : [];
  const groups = address.includes("::") ? [...h, ...Array<string>(8 - h.length - t.length).fill("0"), ...t] : h;
  return groups.map((g) => (g.includes(".") ? g : (parseInt(g, 16) || 0).toString(16)));
}

/** The last (right-most) address in a comma-separated header value: the one the nearest proxy added. */
export function lastAddressIn(value: string | null | undefined): string | undefined {
  const parts = (value ?? "")
    .split(",")
    .map((p) => p.trim())
    .filter(Boolean);
  return parts.at(-1);
}

/** The client address of a request as stamped by the server, normalised. */
export function clientAddressOf(headers: Record<string, string | string[] | undefined> | Headers): string {
  const raw =
    headers instanceof Headers ? headers.get(CLIENT_ADDRESS_HEADER) : ([headers[CLIENT_ADDRESS_HEADER]].flat()[0] ?? undefined);
  return normaliseAddress(lastAddressIn(raw));
}

const FORWARDING_HEADERS = [
  "x-forwarded-for",
  "x-forwarded-proto",
  "x-forwarded-host",
  "x-forwarded-port",
  "x-real-ip",
  "forwarded",
];

function joined(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value.join(",") : value;
}

/**
 * Rewrites a request's forwarding headers (in scripts/serve.ts, before Next.js sees it) so that the
 * app sees only the address and scheme it may trust: the TCP peer and whether the socket is TLS;
 * or, when `trustedHeader` is configured, the last address in that header and X-Forwarded-Proto.
 */
export function stampClient(request: Pick<IncomingMessage, "headers" | "socket">, trustedHeader: string | undefined): void {
  let address = request.socket.remoteAddress ?? "unknown";
  let scheme = (request.socket as TLSSocket).encrypted ? "https" : "http";
  if (trustedHeader) {
    address = lastAddressIn(joined(request.headers[trustedHeader])) ?? address;
    const proto = lastAddressIn(joined(request.headers["x-forwarded-proto"]));
    if (proto === "https" || proto === "http") scheme = proto;
  } else {
    for (const header of FORWARDING_HEADERS) delete request.headers[header];
  }
  request.headers[CLIENT_ADDRESS_HEADER] = address;
  request.headers["x-forwarded-proto"] = scheme;
}
