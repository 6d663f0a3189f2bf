import type { z } from "zod";
import { ValidationError } from "@/lib/domain/errors";
import { msg } from "@/lib/i18n/keys";

/** Parses service input with its zod schema; failures become a ValidationError with field messages as catalogue references (msg()). */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input, { error: () => msg("validation.invalid") });
  if (result.success) return result.data;
  const fieldErrors: Record<string, string[]> = {};
  for (const issue of result.error.issues) {
    const key = issue.path.join(".") || "_";
    (fieldErrors[key] ??= []).push(issue.message);
  }
  throw new ValidationError(msg("validation.checkFields"), fieldErrors);
}
