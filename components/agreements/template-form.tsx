"use client";

// The platform admin's template editor: key (new templates only), title, topic, order, offered or
// not, and the Markdown text with its live preview.
import { useActionState } from "react";
import { MarkdownField } from "@/components/agreements/markdown-field";
import { FieldFrame } from "@/components/forms/field";
import { submitKeepingValues } from "@/components/agreements/keep-values";
import { FormStatus, SubmitButton } from "@/components/forms/form-status";
import type { nl } from "@/lib/i18n/messages/agreements";
import { IDLE, type FormState } from "@/lib/next/form-state";

export type TemplateValues = { key: string; title: string; topic: string; body: string; sortOrder: string; active: boolean };

export function TemplateForm({
  action,
  initial,
  keyEditable,
  labels,
  submitLabel,
}: {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  initial: TemplateValues;
  keyEditable: boolean;
  labels: typeof nl;
  submitLabel: string;
}) {
  const [state, formAction, pending] = useActionState(action, IDLE);
  const errors = state.fieldErrors ?? {};
  const input = (border: string) => `mt-1 block w-full rounded-md border bg-white px-3 py-2 ${border}`;
  return (
    <form
      action={formAction}
      onSubmit={submitKeepingValues(formAction)}
      noValidate
      className="space-y-4 rounded-lg border border-slate-200 bg-white p-5 shadow-sm"
    >
      <FormStatus state={state} />
      <div className="grid gap-4 md:grid-cols-2">
        {keyEditable ? (
          <FieldFrame name="key" label={labels.key} hint={labels.keyHint} errors={errors.key} id="sjabloon-key">
            {({ borderClass, ...control }) => (
              <input {...control} type="text" defaultValue={initial.key} className={input(borderClass)} />
            )}
          </FieldFrame>
        ) : (
          <input type="hidden" name="key" value={initial.key} />
        )}
        <FieldFrame name="title" label={labels.title} hint={labels.titleHint} errors={errors.title} id="sjabloon-title">
          {({ borderClass, ...control }) => (
            <input {...control} type="text" defaultValue={initial.title} className={input(borderClass)} />
          )}
        </FieldFrame>
        <FieldFrame name="topic" label={labels.topic} errors={errors.topic} id="sjabloon-topic">
          {({ borderClass, ...control }) => (
            <input {...control} type="text" defaultValue={initial.topic} className={input(borderClass)} />
          )}
        </FieldFrame>
        <FieldFrame name="sortOrder" label={labels.sortOrder} errors={errors.sortOrder} id="sjabloon-sortOrder">
          {({ borderClass, ...control }) => (
            <input {...control} type="text" inputMode="numeric" defaultValue={initial.sortOrder} className={input(borderClass)} />
          )}
        </FieldFrame>
      </div>
      <label htmlFor="sjabloon-active" className="flex items-center gap-2">
        <input id="sjabloon-active" type="checkbox" name="active" defaultChecked={initial.active} className="h-4 w-4" />
        {labels.active}
      </label>
      <MarkdownField id="sjabloon-body" name="body" initial={initial.body} errors={errors.body} labels={labels} />
      <SubmitButton pending={pending} label={submitLabel} pendingLabel={labels.creating} />
    </form>
  );
}
