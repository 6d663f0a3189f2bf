"use client";

import { Field } from "@/components/forms/field";
import { SelectField } from "@/components/forms/select-field";
import { ValuesForm, type ValuesAction } from "@/components/forms/values-form";
import type { Messages } from "@/lib/i18n/messages";

export function PartnerForm({
  action,
  initial,
  kinds,
  submitLabel,
  t,
}: {
  action: ValuesAction;
  initial: Record<string, string>;
  kinds: { value: string; label: string }[];
  submitLabel: string;
  t: Messages["forms"];
}) {
  return (
    // The add form starts empty again after a success (the edit form moves on to the list).
    <ValuesForm action={action} initial={initial} submitLabel={submitLabel} pendingLabel={t.saving} resetOnSuccess>
      {(bind) => (
        <>
          <div className="grid gap-5 md:grid-cols-2">
            <Field {...bind("name")} label={t.name} required />
            <SelectField {...bind("kind")} label={t.kind} placeholder={t.chooseKind} options={kinds} required />
            <Field {...bind("kvk")} label={t.kvk} hint={t.eightDigits} inputMode="numeric" />
            <Field {...bind("agb")} label={t.agb} hint={t.agbPartnerHint} inputMode="numeric" />
            <Field {...bind("city")} label={t.city} />
            <Field {...bind("website")} label={t.website} type="url" />
          </div>
          <Field {...bind("description")} label={t.description} hint={t.descriptionHint} />
        </>
      )}
    </ValuesForm>
  );
}
