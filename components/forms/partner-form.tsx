"use client";

import { useActionState } from "react";
import { Field } from "@/components/forms/field";
import { FormStatus, SubmitButton } from "@/components/forms/form-status";
import type { ValuesFormState } from "@/components/forms/practice-form";
import { SelectField } from "@/components/forms/select-field";
import type { Messages } from "@/lib/i18n/messages";
import { IDLE } from "@/lib/next/form-state";

type Action = (state: ValuesFormState, formData: FormData) => Promise<ValuesFormState>;

export function PartnerForm({
  action,
  initial,
  kinds,
  submitLabel,
  t,
}: {
  action: Action;
  initial: Record<string, string>;
  kinds: { value: string; label: string }[];
  submitLabel: string;
  t: Messages["forms"];
}) {
  const [state, formAction, pending] = useActionState(action, IDLE as ValuesFormState);
  const v =
    state.status === "success" ? initial : ({ ...initial, ...(state.values ?? {}) } as Record<string, string | undefined>);
  const e = state.fieldErrors ?? {};
  return (
    <form
      key={state.status === "success" ? `ok-${state.message}` : JSON.stringify(state.values ?? {})}
      action={formAction}
      noValidate
      className="max-w-3xl space-y-5 rounded-lg border border-slate-200 bg-white p-6 shadow-sm"
    >
      <FormStatus state={state} />
      <div className="grid gap-5 md:grid-cols-2">
        <Field name="name" label={t.name} defaultValue={v.name ?? ""} errors={e.name} required />
        <SelectField
          name="kind"
          label={t.kind}
          placeholder={t.chooseKind}
          defaultValue={v.kind ?? ""}
          errors={e.kind}
          options={kinds}
          required
        />
        <Field name="kvk" label={t.kvk} hint={t.eightDigits} inputMode="numeric" defaultValue={v.kvk ?? ""} errors={e.kvk} />
        <Field name="agb" label={t.agb} hint={t.agbPartnerHint} inputMode="numeric" defaultValue={v.agb ?? ""} errors={e.agb} />
        <Field name="city" label={t.city} defaultValue={v.city ?? ""} errors={e.city} />
        <Field name="website" label={t.website} type="url" defaultValue={v.website ?? ""} errors={e.website} />
      </div>
      <Field
        name="description"
        label={t.description}
        hint={t.descriptionHint}
        defaultValue={v.description ?? ""}
        errors={e.description}
      />
      <SubmitButton pending={pending} label={submitLabel} pendingLabel={t.saving} />
    </form>
  );
}
