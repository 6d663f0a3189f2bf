import type { z } from "zod";
import { ValidationError } from "@/lib/domain/errors";

/** Parses service input with its zod schema; failures become a ValidationError with Dutch field messages. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const fieldErrors: Record<string, string[]> = {};
  for (const issue of result.error.issues) {
    const key = issue.path.join(".") || "_";
    (fieldErrors[key] ??= []).push(issue.message);
  }
  throw new ValidationError("Controleer de gemarkeerde velden.", fieldErrors);
}
