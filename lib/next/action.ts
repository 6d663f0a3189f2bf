// Server actions return a FormState instead of throwing: expected domain errors become Dutch
// messages (per field where possible); unexpected ones are logged and shown generically.
import { ConflictError, isDomainError, ValidationError } from "@/lib/domain/errors";
import { log } from "@/lib/log";

export type FormState = {
  status: "idle" | "success" | "error";
  message?: string;
  fieldErrors?: Record<string, string[]>;
};

export const IDLE: FormState = { status: "idle" };

export async function runAction(successMessage: string, fn: () => Promise<unknown>): Promise<FormState> {
  try {
    await fn();
    return { status: "success", message: successMessage };
  } catch (error) {
    if (error instanceof ValidationError || error instanceof ConflictError) return { status: "error", message: error.message, fieldErrors: error.fieldErrors };
    if (isDomainError(error)) return { status: "error", message: error.message };
    log().error({ err: error }, "server action failed");
    return { status: "error", message: "Er ging iets mis bij het opslaan. Er is niets gewijzigd; probeer het opnieuw." };
  }
}

/** Form fields as plain strings (empty fields become undefined). */
export function formFields(formData: FormData): Record<string, string | undefined> {
  const fields: Record<string, string | undefined> = {};
  for (const [key, value] of formData.entries()) {
    if (typeof value === "string" && !key.startsWith("$ACTION")) fields[key] = value === "" ? undefined : value;
  }
  return fields;
}
