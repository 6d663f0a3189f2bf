"use client";

import { Field } from "@/components/forms/field";
import { SelectField } from "@/components/forms/select-field";
import { ValuesForm, type Bind, type ValuesAction } from "@/components/forms/values-form";
import type { Messages } from "@/lib/i18n/messages";

type Props = {
  action: ValuesAction;
  initial: Record<string, string>;
  disciplines: { code: string; name: string }[];
  municipalities: { code: string; name: string }[];
  submitLabel: string;
  t: Messages["forms"];
};

/** The fields both practice forms share: contact details and the registered-patient count with its date. */
function ContactAndPatientFields({ bind, t, patientsHint }: { bind: Bind; t: Messages["forms"]; patientsHint: string }) {
  return (
    <>
      <Field {...bind("phone")} label={t.phone} type="tel" />
      <Field {...bind("email")} label={t.email} type="email" />
      <Field {...bind("website")} label={t.website} type="url" />
      <Field {...bind("registeredPatients")} label={t.patients} hint={patientsHint} inputMode="numeric" />
      <Field {...bind("registeredPatientsAsOf")} label={t.patientsAsOf} type="date" />
    </>
  );
}

/** The municipality of a practice or wijkverband, chosen from the region's municipalities. */
export function MunicipalityField({
  bind,
  municipalities,
  t,
}: {
  bind: Bind;
  municipalities: { code: string; name: string }[];
  t: Messages["forms"];
}) {
  return (
    <SelectField
      {...bind("municipalityCode")}
      label={t.municipality}
      placeholder={t.chooseMunicipality}
      options={municipalities.map((m) => ({ value: m.code, label: `${m.name} (${m.code})` }))}
      required
    />
  );
}

/** The coordinator's whole-practice form; the values survive a refused submission. */
export function PracticeForm({ action, initial, disciplines, municipalities, submitLabel, t }: Props) {
  return (
    <ValuesForm action={action} initial={initial} submitLabel={submitLabel} pendingLabel={t.saving}>
      {(bind) => (
        <>
          <Field {...bind("name")} label={t.name} required />
          <div className="grid gap-5 md:grid-cols-2">
            <SelectField
              {...bind("disciplineCode")}
              label={t.discipline}
              placeholder={t.chooseDiscipline}
              options={disciplines.map((d) => ({ value: d.code, label: d.name }))}
              required
            />
            <MunicipalityField bind={bind} municipalities={municipalities} t={t} />
            <Field {...bind("agb")} label={t.agb} hint={t.agbHint} inputMode="numeric" />
            <Field {...bind("kvk")} label={t.kvk} hint={t.eightDigits} inputMode="numeric" />
            <Field {...bind("street")} label={t.street} autoComplete="address-line1" />
            <Field {...bind("houseNumber")} label={t.houseNumber} />
            <Field {...bind("postcode")} label={t.postcode} hint={t.postcodeHint} autoComplete="postal-code" />
            <Field {...bind("city")} label={t.city} autoComplete="address-level2" />
            <Field {...bind("wijkCode")} label={t.wijkCode} hint={t.wijkCodeHint} />
            <ContactAndPatientFields bind={bind} t={t} patientsHint={t.patientsHint} />
          </div>
        </>
      )}
    </ValuesForm>
  );
}

/** What a practice holder may edit: contact details and the registered-patient count. */
export function PracticeDetailsForm({
  action,
  initial,
  t,
}: {
  action: ValuesAction;
  initial: Record<string, string>;
  t: Messages["forms"];
}) {
  return (
    <ValuesForm action={action} initial={initial} submitLabel={t.saveDetails} pendingLabel={t.saving} className="space-y-4">
      {(bind) => <ContactAndPatientFields bind={bind} t={t} patientsHint={t.patientsHintShort} />}
    </ValuesForm>
  );
}
