"use client";

// One form for many rows. The rows' checkboxes and buttons join it through their `form` attribute
// (a button's name and value travel with the submission), so a table of fifty rows carries one
// bound server action instead of fifty client forms, each with its own encrypted arguments in the page.
import { useActionState } from "react";
import { FormStatus, SubmitButton } from "@/components/forms/form-status";
import { IDLE, type FormState } from "@/lib/next/form-state";

export function SharedForm({
  id,
  action,
  pendingLabel,
  submitLabel,
}: {
  id: string;
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  /** Shown on the form's own button, or as the status while a row's button is being handled. */
  pendingLabel: string;
  /** The form's own submit button (bulk actions); without it, only the rows' buttons submit. */
  submitLabel?: string;
}) {
  const [state, formAction, pending] = useActionState(action, IDLE);
  return (
    <form id={id} action={formAction} aria-busy={pending} className="my-4 flex flex-wrap items-center gap-3">
      {submitLabel ? <SubmitButton pending={pending} label={submitLabel} pendingLabel={pendingLabel} /> : null}
      {pending && !submitLabel ? <p className="text-muted">{pendingLabel}</p> : null}
      <FormStatus state={state} />
    </form>
  );
}
