// The one entry for server actions: input (zod) → actor → service → a FormState. Expected domain
// errors become messages in the reader's language (per field where possible); anything else is logged and answered
// with a generic message, so an action's failure never lands on the error page.
//
// Why not next-safe-action (8.x): it fits Next 16 and useActionState, but its result is its own
// shape ({ data, validationErrors, serverError }) with nested validation errors, where our forms,
// FieldFrame and tests speak FormState with flat `fieldErrors`; and our services validate their
// own input (parseInput) and throw typed domain errors that would still need this mapping. The
// wrapper it would replace is the forty lines below, without a dependency.
import type { z } from "zod";
import { unstable_rethrow } from "next/navigation";
import type { Actor } from "@/lib/auth/actor";
import { requireActor } from "@/lib/auth/session";
import { ConflictError, isDomainError, ValidationError } from "@/lib/domain/errors";
import { parseInput } from "@/lib/domain/shared/parse";
import { dutch, msg, translate, translateFieldErrors } from "@/lib/i18n/keys";
import { getMessages } from "@/lib/i18n/server";
import { log } from "@/lib/log";
import type { FormState, ValuesFormState } from "@/lib/next/form-state";

export { IDLE, type FormState, type ValuesFormState } from "@/lib/next/form-state";

/** Shown when an action fails unexpectedly (the error itself is logged, never shown). */
export const ACTION_FAILED_REF = msg("validation.saveFailed");
/** The same in Dutch. */
export const ACTION_FAILED = dutch(ACTION_FAILED_REF);

/**
 * The message shown on success: a text, or a function of the service's result that returns one
 * (possibly async, so it can be looked up in the user's language).
 */
export type SuccessMessage<R> = string | ((result: R) => string | Promise<string>);

type Common<R> = {
  success: SuccessMessage<R>;
  /** After success, outside the error handling: revalidatePath(), redirect(). */
  onSuccess?: (result: R) => void | Promise<void>;
  /** The fields of a form that keeps what was typed (ValuesForm): they come back with the answer, success or not. */
  values?: FormFields;
};

type WithoutInput<R> = Common<R> & { run: (actor: Actor) => Promise<R> };
type WithInput<S extends z.ZodType, R> = Common<R> & {
  /** The action's own input shape; its failures become field errors. */
  schema: S;
  input: unknown;
  run: (actor: Actor, input: z.output<S>) => Promise<R>;
};

/** Maps an error thrown by a service to what the form shows (messages as catalogue references). */
export function errorState(error: unknown): FormState {
  if (error instanceof ValidationError || error instanceof ConflictError)
    return { status: "error", message: error.messageRef, fieldErrors: error.fieldErrorRefs };
  if (isDomainError(error)) return { status: "error", message: error.messageRef };
  log().error({ err: error }, "server action failed");
  return { status: "error", message: ACTION_FAILED_REF };
}

/** A FormState with every message (plain text or msg() reference) in the reader's language. */
async function inReadersLanguage(state: FormState): Promise<FormState> {
  const { t } = await getMessages();
  const fieldErrors = translateFieldErrors(state.fieldErrors, t);
  return {
    ...state,
    ...(state.message === undefined ? {} : { message: translate(state.message, t) }),
    ...(fieldErrors === undefined ? {} : { fieldErrors }),
  };
}

export async function serverAction<S extends z.ZodType, R>(options: WithInput<S, R>): Promise<ValuesFormState>;
export async function serverAction<R>(options: WithoutInput<R>): Promise<ValuesFormState>;
export async function serverAction<S extends z.ZodType, R>(options: WithoutInput<R> | WithInput<S, R>): Promise<ValuesFormState> {
  const values = options.values === undefined ? {} : { values: options.values };
  let result: R;
  let message: string;
  try {
    const input = "schema" in options ? parseInput(options.schema, options.input) : undefined;
    const actor = await requireActor();
    result = await (options.run as (actor: Actor, input: unknown) => Promise<R>)(actor, input);
    message = typeof options.success === "function" ? await options.success(result) : options.success;
  } catch (error) {
    unstable_rethrow(error); // Next's redirect()/notFound() signals are not failures
    return { ...(await inReadersLanguage(errorState(error))), ...values };
  }
  await options.onSuccess?.(result);
  return { ...(await inReadersLanguage({ status: "success", message })), ...values };
}

export type FormFields = Record<string, string | undefined>;

/**
 * Form fields as plain strings (empty fields become undefined). The `required` ones are "" when
 * empty, so the service's schema answers with its own "required" message and the types say string.
 */
export function formFields<K extends string = never>(
  formData: FormData,
  required: readonly K[] = [],
): FormFields & Record<NoInfer<K>, string> {
  const fields: FormFields = {};
  for (const [key, value] of formData.entries()) {
    if (typeof value === "string" && !key.startsWith("$ACTION")) fields[key] = value === "" ? undefined : value;
  }
  for (const key of required) fields[key] ??= "";
  return fields as FormFields & Record<K, string>;
}
