"use client";

// The concept editor: title, topic, Markdown text with a live preview (rendered by the same safe
// renderer as the published text), effective and review date. Per-field Dutch errors are tied to
// their controls; the result is announced in a status region.
import { useActionState } from "react";
import { MarkdownField } from "@/components/agreements/markdown-field";
import { FieldFrame } from "@/components/forms/field";
import { submitKeepingValues } from "@/components/agreements/keep-values";
import { FormStatus, SubmitButton } from "@/components/forms/form-status";
import type { nl } from "@/lib/i18n/messages/agreements";
import { IDLE, type FormState } from "@/lib/next/form-state";

export type DraftValues = {
  title: string;
  topic: string;
  body: string;
  effectiveDate: string;
  reviewDate: string;
  templateId?: string;
};

export function DraftForm({
  action,
  initial,
  labels,
  submitLabel,
  idPrefix,
}: {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  initial: DraftValues;
  labels: typeof nl;
  submitLabel: string;
  idPrefix: string;
}) {
  const [state, formAction, pending] = useActionState(action, IDLE);
  const errors = state.fieldErrors ?? {};
  const inputClass = (border: string) => `mt-1 block w-full rounded-md border bg-white px-3 py-2 ${border}`;

  return (
    <form
      action={formAction}
      onSubmit={submitKeepingValues(formAction)}
      noValidate
      className="space-y-4 rounded-lg border border-slate-200 bg-white p-5 shadow-sm"
    >
      <FormStatus state={state} />
      {initial.templateId ? <input type="hidden" name="templateId" value={initial.templateId} /> : null}
      <div className="grid gap-4 md:grid-cols-2">
        <FieldFrame name="title" label={labels.title} hint={labels.titleHint} errors={errors.title} id={`${idPrefix}-title`}>
          {({ borderClass, ...control }) => (
            <input {...control} type="text" defaultValue={initial.title} maxLength={400} className={inputClass(borderClass)} />
          )}
        </FieldFrame>
        <FieldFrame name="topic" label={labels.topic} hint={labels.topicHint} errors={errors.topic} id={`${idPrefix}-topic`}>
          {({ borderClass, ...control }) => (
            <input {...control} type="text" defaultValue={initial.topic} className={inputClass(borderClass)} />
          )}
        </FieldFrame>
      </div>
      <MarkdownField id={`${idPrefix}-body`} name="body" initial={initial.body} errors={errors.body} labels={labels} />
      <div className="grid gap-4 md:grid-cols-2">
        <FieldFrame
          name="effectiveDate"
          label={labels.effectiveDate}
          errors={errors.effectiveDate}
          id={`${idPrefix}-effectiveDate`}
        >
          {({ borderClass, ...control }) => (
            <input {...control} type="date" defaultValue={initial.effectiveDate} className={inputClass(borderClass)} />
          )}
        </FieldFrame>
        <FieldFrame
          name="reviewDate"
          label={labels.reviewDate}
          hint={labels.reviewHint}
          errors={errors.reviewDate}
          id={`${idPrefix}-reviewDate`}
        >
          {({ borderClass, ...control }) => (
            <input {...control} type="date" defaultValue={initial.reviewDate} className={inputClass(borderClass)} />
          )}
        </FieldFrame>
      </div>
      <SubmitButton pending={pending} label={submitLabel} pendingLabel={labels.creating} />
    </form>
  );
}
