"use client";

import { useActionState } from "react";
import { Field } from "@/components/forms/field";
import { FormStatus, SubmitButton } from "@/components/forms/form-status";
import { SelectField } from "@/components/forms/select-field";
import type { Messages } from "@/lib/i18n/messages";
import { IDLE, type FormState } from "@/lib/next/form-state";

export type ValuesFormState = FormState & { values?: Record<string, string | undefined> };
type Action = (state: ValuesFormState, formData: FormData) => Promise<ValuesFormState>;

type Props = {
  action: Action;
  initial: Record<string, string>;
  disciplines: { code: string; name: string }[];
  municipalities: { code: string; name: string }[];
  submitLabel: string;
  t: Messages["forms"];
};

/** The fields both practice forms share: contact details and the registered-patient count with its date. */
function ContactAndPatientFields({
  values: v,
  errors: e,
  t,
  patientsHint,
}: {
  values: Record<string, string | undefined>;
  errors: Record<string, string[]>;
  t: Messages["forms"];
  patientsHint: string;
}) {
  return (
    <>
      <Field name="phone" label={t.phone} type="tel" defaultValue={v.phone ?? ""} errors={e.phone} />
      <Field name="email" label={t.email} type="email" defaultValue={v.email ?? ""} errors={e.email} />
      <Field name="website" label={t.website} type="url" defaultValue={v.website ?? ""} errors={e.website} />
      <Field
        name="registeredPatients"
        label={t.patients}
        hint={patientsHint}
        inputMode="numeric"
        defaultValue={v.registeredPatients ?? ""}
        errors={e.registeredPatients}
      />
      <Field
        name="registeredPatientsAsOf"
        label={t.patientsAsOf}
        type="date"
        defaultValue={v.registeredPatientsAsOf ?? ""}
        errors={e.registeredPatientsAsOf}
      />
    </>
  );
}

/** The coordinator's whole-practice form; the values survive a refused submission. */
export function PracticeForm({ action, initial, disciplines, municipalities, submitLabel, t }: Props) {
  const [state, formAction, pending] = useActionState(action, IDLE as ValuesFormState);
  const v = { ...initial, ...(state.values ?? {}) } as Record<string, string | undefined>;
  const e = state.fieldErrors ?? {};
  return (
    <form
      key={JSON.stringify(state.values ?? {})}
      action={formAction}
      noValidate
      className="max-w-3xl space-y-5 rounded-lg border border-slate-200 bg-white p-6 shadow-sm"
    >
      <FormStatus state={state} />
      <Field name="name" label={t.name} defaultValue={v.name ?? ""} errors={e.name} required />
      <div className="grid gap-5 md:grid-cols-2">
        <SelectField
          name="disciplineCode"
          label={t.discipline}
          placeholder={t.chooseDiscipline}
          defaultValue={v.disciplineCode ?? ""}
          errors={e.disciplineCode}
          options={disciplines.map((d) => ({ value: d.code, label: d.name }))}
          required
        />
        <SelectField
          name="municipalityCode"
          label={t.municipality}
          placeholder={t.chooseMunicipality}
          defaultValue={v.municipalityCode ?? ""}
          errors={e.municipalityCode}
          options={municipalities.map((m) => ({ value: m.code, label: `${m.name} (${m.code})` }))}
          required
        />
        <Field name="agb" label={t.agb} hint={t.agbHint} inputMode="numeric" defaultValue={v.agb ?? ""} errors={e.agb} />
        <Field name="kvk" label={t.kvk} hint={t.eightDigits} inputMode="numeric" defaultValue={v.kvk ?? ""} errors={e.kvk} />
        <Field name="street" label={t.street} defaultValue={v.street ?? ""} errors={e.street} autoComplete="address-line1" />
        <Field name="houseNumber" label={t.houseNumber} defaultValue={v.houseNumber ?? ""} errors={e.houseNumber} />
        <Field
          name="postcode"
          label={t.postcode}
          hint={t.postcodeHint}
          defaultValue={v.postcode ?? ""}
          errors={e.postcode}
          autoComplete="postal-code"
        />
        <Field name="city" label={t.city} defaultValue={v.city ?? ""} errors={e.city} autoComplete="address-level2" />
        <Field name="wijkCode" label={t.wijkCode} hint={t.wijkCodeHint} defaultValue={v.wijkCode ?? ""} errors={e.wijkCode} />
        <ContactAndPatientFields values={v} errors={e} t={t} patientsHint={t.patientsHint} />
      </div>
      <SubmitButton pending={pending} label={submitLabel} pendingLabel={t.saving} />
    </form>
  );
}

/** What a practice holder may edit: contact details and the registered-patient count. */
export function PracticeDetailsForm({
  action,
  initial,
  t,
}: {
  action: Action;
  initial: Record<string, string>;
  t: Messages["forms"];
}) {
  const [state, formAction, pending] = useActionState(action, IDLE as ValuesFormState);
  const v = { ...initial, ...(state.values ?? {}) } as Record<string, string | undefined>;
  const e = state.fieldErrors ?? {};
  return (
    <form key={JSON.stringify(state.values ?? {})} action={formAction} noValidate className="space-y-4">
      <FormStatus state={state} />
      <ContactAndPatientFields values={v} errors={e} t={t} patientsHint={t.patientsHintShort} />
      <SubmitButton pending={pending} label={t.saveDetails} pendingLabel={t.saving} />
    </form>
  );
}
