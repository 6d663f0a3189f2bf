"use client";

// A practice holder's decision on the current version: for which practice (a chooser when they
// hold several), confirm or object, and the reason (required with an objection).
import { useActionState, useState } from "react";
import { FieldFrame } from "@/components/forms/field";
import { submitKeepingValues } from "@/components/agreements/keep-values";
import { FormStatus, SubmitButton } from "@/components/forms/form-status";
import type { PracticeState } from "@/lib/domain/agreements/rules";
import type { nl } from "@/lib/i18n/messages/agreements";
import { IDLE, type FormState } from "@/lib/next/form-state";

export function DecisionForm({
  action,
  versionId,
  practices,
  labels,
}: {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  versionId: string;
  practices: { id: string; name: string; state: PracticeState; reason: string | null }[];
  labels: typeof nl;
}) {
  const [state, formAction, pending] = useActionState(action, IDLE);
  const [practiceId, setPracticeId] = useState(practices[0]?.id ?? "");
  const chosen = practices.find((p) => p.id === practiceId) ?? practices[0];
  const [decision, setDecision] = useState<string>(chosen?.state === "objection" ? "objection" : "accepted");
  const errors = state.fieldErrors ?? {};
  if (!chosen) return null;

  return (
    <form
      action={formAction}
      onSubmit={submitKeepingValues(formAction)}
      noValidate
      className="space-y-4 rounded-lg border border-slate-200 bg-white p-5 shadow-sm"
    >
      <FormStatus state={state} />
      <input type="hidden" name="versionId" value={versionId} />
      {practices.length > 1 ? (
        <FieldFrame name="practiceId" label={labels.practiceChooser} errors={errors.practiceId} id="besluit-praktijk">
          {({ borderClass, ...control }) => (
            <select
              {...control}
              value={practiceId}
              onChange={(event) => setPracticeId(event.target.value)}
              className={`mt-1 block w-full rounded-md border bg-white px-3 py-2 ${borderClass}`}
            >
              {practices.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name}
                </option>
              ))}
            </select>
          )}
        </FieldFrame>
      ) : (
        <>
          <input type="hidden" name="practiceId" value={chosen.id} />
          <p className="font-medium">{labels.decisionFor.replace("{practice}", chosen.name)}</p>
          {errors.practiceId ? <p className="text-sm font-medium text-red-800">{errors.practiceId.join(" ")}</p> : null}
        </>
      )}
      <fieldset aria-describedby={errors.decision ? "besluit-keuze-fout" : undefined}>
        <legend className="font-medium">{labels.decisionLabel}</legend>
        <div className="mt-1 space-y-1">
          <label className="flex items-center gap-2">
            <input
              type="radio"
              name="decision"
              value="accepted"
              checked={decision === "accepted"}
              onChange={() => setDecision("accepted")}
              className="h-4 w-4"
            />
            {labels.confirm}
          </label>
          <label className="flex items-center gap-2">
            <input
              type="radio"
              name="decision"
              value="objection"
              checked={decision === "objection"}
              onChange={() => setDecision("objection")}
              className="h-4 w-4"
            />
            {labels.object}
          </label>
        </div>
        {errors.decision ? (
          <p id="besluit-keuze-fout" className="mt-1 text-sm font-medium text-red-800">
            {errors.decision.join(" ")}
          </p>
        ) : null}
      </fieldset>
      {decision === "objection" ? (
        <FieldFrame name="reason" label={labels.reasonLabel} hint={labels.reasonHint} errors={errors.reason} id="besluit-reden">
          {({ borderClass, ...control }) => (
            <textarea
              {...control}
              key={chosen.id}
              rows={4}
              required
              defaultValue={chosen.reason ?? ""}
              className={`mt-1 block w-full rounded-md border bg-white px-3 py-2 ${borderClass}`}
            />
          )}
        </FieldFrame>
      ) : null}
      <SubmitButton pending={pending} label={labels.submitDecision} pendingLabel={labels.submittingDecision} />
    </form>
  );
}
