"use client";

import { useActionState } from "react";
import { Field } from "@/components/forms/field";
import { FormStatus, SubmitButton } from "@/components/forms/form-status";
import type { ValuesFormState } from "@/components/forms/practice-form";
import { SelectField } from "@/components/forms/select-field";
import type { Messages } from "@/lib/i18n/messages";
import { IDLE } from "@/lib/next/form-state";

type Action = (state: ValuesFormState, formData: FormData) => Promise<ValuesFormState>;

export function WijkverbandForm({
  action,
  initial,
  municipalities,
  submitLabel,
  t,
}: {
  action: Action;
  initial: Record<string, string>;
  municipalities: { code: string; name: string }[];
  submitLabel: string;
  t: Messages["forms"];
}) {
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
          name="municipalityCode"
          label={t.municipality}
          placeholder={t.chooseMunicipality}
          defaultValue={v.municipalityCode ?? ""}
          errors={e.municipalityCode}
          options={municipalities.map((m) => ({ value: m.code, label: `${m.name} (${m.code})` }))}
          required
        />
        <Field
          name="wijkCodes"
          label={t.wijkCodes}
          hint={t.wijkCodesHint}
          defaultValue={v.wijkCodes ?? ""}
          errors={e.wijkCodes}
        />
        <Field
          name="inhabitants"
          label={t.inhabitants}
          inputMode="numeric"
          defaultValue={v.inhabitants ?? ""}
          errors={e.inhabitants}
        />
        <Field name="coordinatorName" label={t.coordinator} defaultValue={v.coordinatorName ?? ""} errors={e.coordinatorName} />
        <Field
          name="coordinatorEmail"
          label={t.coordinatorEmail}
          type="email"
          defaultValue={v.coordinatorEmail ?? ""}
          errors={e.coordinatorEmail}
        />
      </div>
      <SubmitButton pending={pending} label={submitLabel} pendingLabel={t.saving} />
    </form>
  );
}

type MemberProps = {
  action: Action;
  practices: { id: string; name: string }[];
  organisations: { id: string; name: string }[];
  roles: readonly string[];
  t: Messages["forms"];
};

/** Adds a practice or partner organisation with its role. */
export function MemberForm({ action, practices, organisations, roles, t }: MemberProps) {
  const [state, formAction, pending] = useActionState(action, IDLE as ValuesFormState);
  const e = state.fieldErrors ?? {};
  const errorId = e.member?.length ? "veld-member-fout" : undefined;
  return (
    <form action={formAction} noValidate className="space-y-4 rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
      <FormStatus state={state} />
      <div>
        <label htmlFor="veld-member" className="block font-medium">
          {t.member}
        </label>
        <select
          id="veld-member"
          name="member"
          defaultValue=""
          aria-invalid={errorId ? true : undefined}
          aria-describedby={errorId}
          className={`mt-1 block w-full rounded-md border bg-white px-3 py-2 ${errorId ? "border-red-700" : "border-slate-400"}`}
        >
          <option value="">{t.choose}</option>
          <optgroup label={t.practicesHere}>
            {practices.map((p) => (
              <option key={p.id} value={`practice:${p.id}`}>
                {p.name}
              </option>
            ))}
          </optgroup>
          <optgroup label={t.partners}>
            {organisations.map((o) => (
              <option key={o.id} value={`organisation:${o.id}`}>
                {o.name}
              </option>
            ))}
          </optgroup>
        </select>
        {errorId ? (
          <p id={errorId} className="mt-1 text-sm font-medium text-red-800">
            {e.member!.join(" ")}
          </p>
        ) : null}
      </div>
      <Field name="role" label={t.role} hint={t.roleHint} list="rollen" errors={e.role} />
      <datalist id="rollen">
        {roles.map((r) => (
          <option key={r} value={r} />
        ))}
      </datalist>
      <SubmitButton pending={pending} label={t.addMember} pendingLabel={t.adding} />
    </form>
  );
}
