"use client";

// The bulk-approve form of the review queue. The checkboxes live in the table rows and join this
// form through their `form` attribute, so each row can also hold its own single-item forms.
import { useActionState } from "react";
import { FormStatus, SubmitButton } from "@/components/forms/form-status";
import { IDLE, type FormState } from "@/lib/next/form-state";

export function BulkApproveForm({
  id,
  action,
  label,
  pendingLabel,
}: {
  id: string;
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  label: string;
  pendingLabel: string;
}) {
  const [state, formAction, pending] = useActionState(action, IDLE);
  return (
    <form id={id} action={formAction} className="my-4 flex flex-wrap items-center gap-3">
      <SubmitButton pending={pending} label={label} pendingLabel={pendingLabel} />
      <FormStatus state={state} />
    </form>
  );
}
