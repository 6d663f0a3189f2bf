import { dutch } from "@/lib/i18n/keys";

/** A rule result with its message reference (msg()) resolved to the Dutch text, for assertions. */
export const inDutch = <R extends { ok: boolean; message?: string }>(result: R): R =>
  result.message ? { ...result, message: dutch(result.message) } : result;

/** Import problems with their message references resolved to the Dutch text, for assertions. */
export const problemsInDutch = <P extends { message: string }>(problems: readonly P[]): P[] =>
  problems.map((p) => ({ ...p, message: dutch(p.message) }));
