// What a server action answers to its form (client-safe: no server imports). lib/next/action.ts
// produces it.

export type FormState = {
  status: "idle" | "success" | "error";
  message?: string;
  fieldErrors?: Record<string, string[]>;
};

/** The answer to a form that keeps what was typed: the submitted fields come back (components/forms/values-form.tsx). */
export type ValuesFormState = FormState & { values?: Record<string, string | undefined> };

export const IDLE: FormState = { status: "idle" };
