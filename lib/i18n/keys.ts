// Message references for code that has no locale: the domain layer (zod schemas, rules, services)
// writes msg("validation.maxChars", { max: 160 }) where it used to write a Dutch sentence; the edge
// that knows the reader's locale (server actions, pages, API errors) turns it into text with
// translate(). Plain text passes through unchanged. Free of React and Next.
import { MESSAGES, fill, type Messages } from "@/lib/i18n/messages";

type Paths<T, P extends string = ""> = {
  [K in keyof T & string]: T[K] extends string ? `${P}${K}` : Paths<T[K], `${P}${K}.`>;
}[keyof T & string];

/** Every dotted path to a text in the catalogues: "validation.maxChars", "plan.phase.borgen", … */
export type MessageKey = Paths<Messages>;
export type MessageParams = Record<string, string | number>;

const MARK = "§";
const TOKEN = /^§([\w.]+)(\{.*\})?$/s;

/** A reference to a catalogue text; params may themselves be references. */
export function msg(key: MessageKey, params?: MessageParams): string {
  return params ? `${MARK}${key}${JSON.stringify(params)}` : `${MARK}${key}`;
}

/** The text at a dotted path, or undefined. */
export function lookup(t: Messages, key: string): string | undefined {
  let node: unknown = t;
  for (const part of key.split(".")) {
    if (typeof node !== "object" || node === null || !(part in node)) return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return typeof node === "string" ? node : undefined;
}

/** Resolves a reference made by msg() in the given catalogue; anything else is returned as it is. */
export function translate(text: string, t: Messages): string {
  const match = TOKEN.exec(text);
  if (!match) return text;
  const template = lookup(t, match[1] ?? "");
  if (template === undefined) return text;
  if (!match[2]) return template;
  let params: MessageParams;
  try {
    params = JSON.parse(match[2]) as MessageParams;
  } catch {
    return template;
  }
  const resolved = Object.fromEntries(Object.entries(params).map(([k, v]) => [k, typeof v === "string" ? translate(v, t) : v]));
  return fill(template, resolved);
}

/** Field errors with every message resolved. */
export function translateFieldErrors(
  fieldErrors: Record<string, string[]> | undefined,
  t: Messages,
): Record<string, string[]> | undefined {
  if (!fieldErrors) return undefined;
  return Object.fromEntries(Object.entries(fieldErrors).map(([k, list]) => [k, list.map((m) => translate(m, t))]));
}

/** Dutch text for places without a reader's locale (logs, files, API details). */
export function dutch(text: string): string {
  return translate(text, MESSAGES.nl);
}
