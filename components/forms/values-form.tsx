"use client";

import { useActionState, type ReactNode } from "react";
import { FormStatus, SubmitButton } from "@/components/forms/form-status";
import { IDLE, type ValuesFormState } from "@/lib/next/form-state";

export type { ValuesFormState } from "@/lib/next/form-state";
export type ValuesAction = (state: ValuesFormState, formData: FormData) => Promise<ValuesFormState>;

/** What one field gets from the form: its name, current value and error messages (spread into Field or SelectField). */
export type Bind = (name: string, fallback?: string) => { name: string; defaultValue: string; errors: string[] | undefined };

export const CARD_FORM = "max-w-3xl space-y-5 rounded-lg border border-slate-200 bg-white p-6 shadow-sm";

/**
 * A form whose values survive a refused submission: the action echoes the fields it got
 * (ValuesFormState.values), and `children` receives `bind` to hand each field its value and errors,
 * `<Field {...bind("name")} label={…} />`. `resetOnSuccess` starts again from `initial` after a
 * success, for forms that add one record after another.
 */
export function ValuesForm({
  action,
  initial,
  submitLabel,
  pendingLabel,
  resetOnSuccess = false,
  className = CARD_FORM,
  children,
}: {
  action: ValuesAction;
  initial: Record<string, string>;
  submitLabel: string;
  pendingLabel: string;
  resetOnSuccess?: boolean;
  className?: string;
  children: (bind: Bind, values: Record<string, string | undefined>) => ReactNode;
}) {
  const [state, formAction, pending] = useActionState(action, IDLE as ValuesFormState);
  const values: Record<string, string | undefined> =
    resetOnSuccess && state.status === "success" ? initial : { ...initial, ...(state.values ?? {}) };
  const errors = state.fieldErrors ?? {};
  const bind: Bind = (name, fallback = "") => ({ name, defaultValue: values[name] ?? fallback, errors: errors[name] });
  return (
    // A new key after each answer makes the fields take the values above (they are uncontrolled).
    <form
      key={state.status === "success" ? `ok-${state.message}` : JSON.stringify(state.values ?? {})}
      action={formAction}
      noValidate
      className={className}
    >
      <FormStatus state={state} />
      {children(bind, values)}
      <SubmitButton pending={pending} label={submitLabel} pendingLabel={pendingLabel} />
    </form>
  );
}
