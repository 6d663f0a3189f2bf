"use client";

import { useActionState } from "react";
import { Field } from "@/components/forms/field";
import { FormStatus, SubmitButton } from "@/components/forms/form-status";
import type { Messages } from "@/lib/i18n/messages";
import { IDLE, type FormState } from "@/lib/next/form-state";

type Props = {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  initial: { brandName: string; brandColor: string };
  t: Messages["forms"];
};

export function RegionSettingsForm({ action, initial, t }: Props) {
  const [state, formAction, pending] = useActionState(action, IDLE);
  return (
    <form action={formAction} noValidate className="max-w-xl space-y-5 rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
      <FormStatus state={state} />
      <Field
        name="brandName"
        label={t.brandName}
        defaultValue={initial.brandName}
        errors={state.fieldErrors?.brandName}
        required
      />
      <Field
        name="brandColor"
        label={t.brandColor}
        hint={t.brandColorHint}
        defaultValue={initial.brandColor}
        errors={state.fieldErrors?.brandColor}
        required
      />
      <SubmitButton pending={pending} label={t.save} pendingLabel={t.saving} />
    </form>
  );
}
