"use client";

import { useActionState } from "react";
import { Field } from "@/components/forms/field";
import { FormStatus, SubmitButton } from "@/components/forms/form-status";
import { IDLE, type FormState } from "@/lib/next/action";

type Props = {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  /** Ask for the year of the statistics (wijk imports). */
  withYear?: boolean;
  defaultYear?: number;
};

/** The upload form of an import: a CSV or XLSX file (and the year for wijk statistics). */
export function ImportForm({ action, withYear = false, defaultYear }: Props) {
  const [state, formAction, pending] = useActionState(action, IDLE);
  return (
    <form action={formAction} noValidate className="max-w-xl space-y-5 rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
      <FormStatus state={state} />
      <Field
        name="file"
        type="file"
        label="Bestand"
        hint="CSV (komma of puntkomma) of Excel (.xlsx), hoogstens 10 MB. De eerste rij bevat de kolomnamen."
        accept=".csv,.txt,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        errors={state.fieldErrors?.file}
        required
      />
      {withYear ? (
        <Field
          name="year"
          type="number"
          inputMode="numeric"
          label="Jaar van de cijfers"
          hint="Het peiljaar van de CBS-cijfers, bijvoorbeeld 2024."
          defaultValue={defaultYear}
          min={2000}
          max={2100}
          errors={state.fieldErrors?.year}
          required
        />
      ) : null}
      <SubmitButton pending={pending} label="Bestand controleren" pendingLabel="Bezig met uploaden…" />
    </form>
  );
}
