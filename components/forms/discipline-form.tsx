"use client";

import { useActionState } from "react";
import { Field } from "@/components/forms/field";
import { FormStatus, SubmitButton } from "@/components/forms/form-status";
import type { ValuesFormState } from "@/components/forms/practice-form";
import { SelectField } from "@/components/forms/select-field";
import type { Messages } from "@/lib/i18n/messages";
import { IDLE } from "@/lib/next/form-state";

type Action = (state: ValuesFormState, formData: FormData) => Promise<ValuesFormState>;

export function DisciplineForm({
  action,
  initial,
  codeEditable,
  submitLabel,
  t,
}: {
  action: Action;
  initial: Record<string, string>;
  codeEditable: boolean;
  submitLabel: string;
  t: Messages["forms"];
}) {
  const categories = (["medical", "paramedical", "social"] as const).map((value) => ({ value, label: t[value] }));
  const [state, formAction, pending] = useActionState(action, IDLE as ValuesFormState);
  const v =
    state.status === "success" && codeEditable
      ? initial
      : ({ ...initial, ...(state.values ?? {}) } as Record<string, string | undefined>);
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
        {codeEditable ? (
          <Field name="code" label={t.code} hint={t.codeHint} defaultValue={v.code ?? ""} errors={e.code} required />
        ) : (
          <input type="hidden" name="code" value={v.code ?? ""} />
        )}
        <Field name="name" label={t.name} defaultValue={v.name ?? ""} errors={e.name} required />
        <Field name="nameEn" label={t.nameEn} defaultValue={v.nameEn ?? ""} errors={e.nameEn} required />
        <SelectField
          name="category"
          label={t.category}
          placeholder={t.chooseCategory}
          defaultValue={v.category ?? ""}
          errors={e.category}
          options={categories}
          required
        />
        <Field name="sortOrder" label={t.order} inputMode="numeric" defaultValue={v.sortOrder ?? "0"} errors={e.sortOrder} />
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
      <SubmitButton pending={pending} label={submitLabel} pendingLabel={t.saving} />
    </form>
  );
}
