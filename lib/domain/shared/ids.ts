// Identifiers that arrive from a URL (path segments, bound action arguments, query parameters) are
// parsed here, once, before they reach the database: a malformed id would otherwise make PostgreSQL
// raise "invalid input syntax for type uuid" (a 500) where the honest answer is 404.
import { z } from "zod";
import { NotFoundError } from "@/lib/domain/errors";

/**
 * Any 8-4-4-4-12 hex id, the shape of PostgreSQL's `uuid` column. `z.guid()` rather than
 * `z.uuid()`: the latter also checks the RFC 9562 version and variant bits, which rows created
 * by hand or by other tools need not have.
 */
export const idSchema = z.guid();

/** An id field in form input (a chosen theme, participant …), with the form's own message. */
export function idField(message: string) {
  return z.guid({ error: message });
}

export function isId(value: unknown): value is string {
  return idSchema.safeParse(value).success;
}

/** The id, or NotFoundError (shown as 404) when it cannot be one. */
export function parseId(value: unknown, message?: string): string {
  if (!isId(value)) throw new NotFoundError(message);
  return value;
}

/** A list filter's id: a malformed one is ignored (the list is then unfiltered). */
export function optionalId(value: unknown): string | undefined {
  return isId(value) ? value : undefined;
}

/** A region slug as the URL carries it (lower-case letters, digits, hyphens). */
export function isSlug(value: unknown): value is string {
  return typeof value === "string" && /^[a-z0-9][a-z0-9-]{0,99}$/.test(value);
}

/**
 * Free text from a query string (a search term, a code): control characters removed (PostgreSQL
 * refuses NUL in text), trimmed, at most `max` characters; empty becomes undefined.
 */
export function urlText(value: unknown, max = 100): string | undefined {
  const first = Array.isArray(value) ? (value as unknown[])[0] : value;
  if (typeof first !== "string") return undefined;
  const text = first
    .replace(/[\u0000-\u001f\u007f]/g, "")
    .trim()
    .slice(0, max);
  return text === "" ? undefined : text;
}

/** A gemeentecode filter (GM + 4 digits, any case); anything else means no filter. */
export function gemeenteFilter(value: unknown): string | undefined {
  const code = urlText(value, 6)?.toUpperCase();
  return code && /^GM\d{4}$/.test(code) ? code : undefined;
}

const INT4_MAX = 2_147_483_647;

/** A positive integer that fits PostgreSQL's `integer` (a version number), else NotFoundError. */
export function parsePositiveInt(value: unknown, message?: string): number {
  const text = typeof value === "number" ? String(value) : value;
  if (typeof text !== "string" || !/^[1-9]\d{0,9}$/.test(text)) throw new NotFoundError(message);
  const n = Number(text);
  if (n > INT4_MAX) throw new NotFoundError(message);
  return n;
}

const INT8_MAX = 9_223_372_036_854_775_807n;

/** A keyset cursor over a `bigint` id: anything malformed or out of range counts as no cursor. */
export function parseBigintCursor(value: unknown): bigint | undefined {
  if (typeof value !== "string" || !/^[1-9]\d{0,18}$/.test(value)) return undefined;
  const n = BigInt(value);
  return n <= INT8_MAX ? n : undefined;
}
