"use client";

import { useActionState } from "react";
import { Field } from "@/components/forms/field";
import { FormStatus, SubmitButton } from "@/components/forms/form-status";
import type { Messages } from "@/lib/i18n/messages";
import { IDLE, type FormState } from "@/lib/next/form-state";

type Props = {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  /** Ask for the year of the statistics (wijk imports). */
  withYear?: boolean;
  defaultYear?: number;
  /** Larger files are refused here, before they are sent (the server refuses them unread). */
  maxBytes: number;
  t: Messages["imports"]["form"];
};

/** The upload form of an import: a CSV or XLSX file (and the year for wijk statistics). */
export function ImportForm({ action, withYear = false, defaultYear, maxBytes, t }: Props) {
  const [state, formAction, pending] = useActionState(async (previous: FormState, formData: FormData) => {
    const file = formData.get("file");
    if (file instanceof File && file.size > maxBytes)
      return { status: "error" as const, message: t.fileTooLarge, fieldErrors: { file: [t.fileTooLarge] } };
    return action(previous, formData);
  }, IDLE);
  return (
    <form action={formAction} noValidate className="max-w-xl space-y-5 rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
      <FormStatus state={state} />
      <Field
        name="file"
        type="file"
        label={t.file}
        hint={t.fileHint}
        accept=".csv,.txt,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        errors={state.fieldErrors?.file}
        required
      />
      {withYear ? (
        <Field
          name="year"
          type="number"
          inputMode="numeric"
          label={t.year}
          hint={t.yearHint}
          defaultValue={defaultYear}
          min={2000}
          max={2100}
          errors={state.fieldErrors?.year}
          required
        />
      ) : null}
      <SubmitButton pending={pending} label={t.submit} pendingLabel={t.submitting} />
    </form>
  );
}
