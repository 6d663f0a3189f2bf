"use client";

import { useActionState } from "react";
import { Field } from "@/components/forms/field";
import { FormStatus, SubmitButton } from "@/components/forms/form-status";
import { IDLE, type FormState } from "@/lib/next/action";

type Props = {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  initial: { brandName: string; brandColor: string };
};

export function RegionSettingsForm({ action, initial }: Props) {
  const [state, formAction, pending] = useActionState(action, IDLE);
  return (
    <form action={formAction} noValidate className="max-w-xl space-y-5 rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
      <FormStatus state={state} />
      <Field name="brandName" label="Naam in de kopbalk" defaultValue={initial.brandName} errors={state.fieldErrors?.brandName} required />
      <Field
        name="brandColor"
        label="Huiskleur"
        hint="Een kleur als #rrggbb. Witte tekst moet erop leesbaar zijn (contrast minstens 4,5:1)."
        defaultValue={initial.brandColor}
        errors={state.fieldErrors?.brandColor}
        required
      />
      <SubmitButton pending={pending} label="Opslaan" pendingLabel="Bezig met opslaan…" />
    </form>
  );
}
