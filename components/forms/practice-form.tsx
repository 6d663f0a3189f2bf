"use client";

import { useActionState } from "react";
import { Field } from "@/components/forms/field";
import { FormStatus, SubmitButton } from "@/components/forms/form-status";
import { SelectField } from "@/components/forms/select-field";
import { IDLE, type FormState } from "@/lib/next/action";

export type ValuesFormState = FormState & { values?: Record<string, string | undefined> };
type Action = (state: ValuesFormState, formData: FormData) => Promise<ValuesFormState>;

type Props = {
  action: Action;
  initial: Record<string, string>;
  disciplines: { code: string; name: string }[];
  municipalities: { code: string; name: string }[];
  submitLabel: string;
};

/** The coordinator's whole-practice form; the values survive a refused submission. */
export function PracticeForm({ action, initial, disciplines, municipalities, submitLabel }: Props) {
  const [state, formAction, pending] = useActionState(action, IDLE as ValuesFormState);
  const v = { ...initial, ...(state.values ?? {}) } as Record<string, string | undefined>;
  const e = state.fieldErrors ?? {};
  return (
    <form key={JSON.stringify(state.values ?? {})} action={formAction} noValidate className="max-w-3xl space-y-5 rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
      <FormStatus state={state} />
      <Field name="name" label="Naam" defaultValue={v.name ?? ""} errors={e.name} required />
      <div className="grid gap-5 md:grid-cols-2">
        <SelectField name="disciplineCode" label="Discipline" placeholder="Kies een discipline" defaultValue={v.disciplineCode ?? ""} errors={e.disciplineCode} options={disciplines.map((d) => ({ value: d.code, label: d.name }))} required />
        <SelectField name="municipalityCode" label="Gemeente" placeholder="Kies een gemeente" defaultValue={v.municipalityCode ?? ""} errors={e.municipalityCode} options={municipalities.map((m) => ({ value: m.code, label: `${m.name} (${m.code})` }))} required />
        <Field name="agb" label="AGB-code" hint="8 cijfers (Vektis), bijvoorbeeld 01234567." inputMode="numeric" defaultValue={v.agb ?? ""} errors={e.agb} />
        <Field name="kvk" label="KvK-nummer" hint="8 cijfers." inputMode="numeric" defaultValue={v.kvk ?? ""} errors={e.kvk} />
        <Field name="street" label="Straat" defaultValue={v.street ?? ""} errors={e.street} autoComplete="address-line1" />
        <Field name="houseNumber" label="Huisnummer" defaultValue={v.houseNumber ?? ""} errors={e.houseNumber} />
        <Field name="postcode" label="Postcode" hint="Bijvoorbeeld 1506 KC." defaultValue={v.postcode ?? ""} errors={e.postcode} autoComplete="postal-code" />
        <Field name="city" label="Plaats" defaultValue={v.city ?? ""} errors={e.city} autoComplete="address-level2" />
        <Field name="wijkCode" label="Wijkcode (CBS)" hint="WK gevolgd door 6 cijfers, bijvoorbeeld WK047901." defaultValue={v.wijkCode ?? ""} errors={e.wijkCode} />
        <Field name="phone" label="Telefoon" type="tel" defaultValue={v.phone ?? ""} errors={e.phone} />
        <Field name="email" label="E-mail" type="email" defaultValue={v.email ?? ""} errors={e.email} />
        <Field name="website" label="Website" type="url" defaultValue={v.website ?? ""} errors={e.website} />
        <Field name="registeredPatients" label="Ingeschreven patiënten" hint="Alleen het totaal; nooit gegevens over patiënten." inputMode="numeric" defaultValue={v.registeredPatients ?? ""} errors={e.registeredPatients} />
        <Field name="registeredPatientsAsOf" label="Peildatum patiëntenaantal" type="date" defaultValue={v.registeredPatientsAsOf ?? ""} errors={e.registeredPatientsAsOf} />
      </div>
      <SubmitButton pending={pending} label={submitLabel} pendingLabel="Bezig met opslaan…" />
    </form>
  );
}

/** What a practice holder may edit: contact details and the registered-patient count. */
export function PracticeDetailsForm({ action, initial }: { action: Action; initial: Record<string, string> }) {
  const [state, formAction, pending] = useActionState(action, IDLE as ValuesFormState);
  const v = { ...initial, ...(state.values ?? {}) } as Record<string, string | undefined>;
  const e = state.fieldErrors ?? {};
  return (
    <form key={JSON.stringify(state.values ?? {})} action={formAction} noValidate className="space-y-4">
      <FormStatus state={state} />
      <Field name="phone" label="Telefoon" type="tel" defaultValue={v.phone ?? ""} errors={e.phone} />
      <Field name="email" label="E-mail" type="email" defaultValue={v.email ?? ""} errors={e.email} />
      <Field name="website" label="Website" type="url" defaultValue={v.website ?? ""} errors={e.website} />
      <Field name="registeredPatients" label="Ingeschreven patiënten" hint="Alleen het totaal." inputMode="numeric" defaultValue={v.registeredPatients ?? ""} errors={e.registeredPatients} />
      <Field name="registeredPatientsAsOf" label="Peildatum patiëntenaantal" type="date" defaultValue={v.registeredPatientsAsOf ?? ""} errors={e.registeredPatientsAsOf} />
      <SubmitButton pending={pending} label="Gegevens opslaan" pendingLabel="Bezig met opslaan…" />
    </form>
  );
}
