"use client";

import { Field } from "@/components/forms/field";
import { SelectField } from "@/components/forms/select-field";
import { ValuesForm, type ValuesAction } from "@/components/forms/values-form";
import type { Messages } from "@/lib/i18n/messages";

export function DisciplineForm({
  action,
  initial,
  codeEditable,
  submitLabel,
  t,
}: {
  action: ValuesAction;
  initial: Record<string, string>;
  codeEditable: boolean;
  submitLabel: string;
  t: Messages["forms"];
}) {
  const categories = (["medical", "paramedical", "social"] as const).map((value) => ({ value, label: t[value] }));
  return (
    // The new-discipline form (code editable) starts empty again after a success.
    <ValuesForm action={action} initial={initial} submitLabel={submitLabel} pendingLabel={t.saving} resetOnSuccess={codeEditable}>
      {(bind, v) => (
        <div className="grid gap-5 md:grid-cols-2">
          {codeEditable ? (
            <Field {...bind("code")} label={t.code} hint={t.codeHint} required />
          ) : (
            <input type="hidden" name="code" value={v.code ?? ""} />
          )}
          <Field {...bind("name")} label={t.name} required />
          <Field {...bind("nameEn")} label={t.nameEn} required />
          <SelectField {...bind("category")} label={t.category} placeholder={t.chooseCategory} options={categories} required />
          <Field {...bind("sortOrder", "0")} label={t.order} inputMode="numeric" />
          <label className="flex items-center gap-2 self-end pb-2">
            <input
              type="checkbox"
              name="active"
              defaultChecked={(v.active ?? "true") === "true" || v.active === "on"}
              className="h-4 w-4"
            />
            {t.activeHint}
          </label>
        </div>
      )}
    </ValuesForm>
  );
}
