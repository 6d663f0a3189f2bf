"use client";

import { useActionState } from "react";
import { Field } from "@/components/forms/field";
import { FormStatus, SubmitButton } from "@/components/forms/form-status";
import type { ValuesFormState } from "@/components/forms/practice-form";
import { SelectField } from "@/components/forms/select-field";
import { IDLE } from "@/lib/next/action";

type Action = (state: ValuesFormState, formData: FormData) => Promise<ValuesFormState>;

export function WijkverbandForm({ action, initial, municipalities, submitLabel }: { action: Action; initial: Record<string, string>; municipalities: { code: string; name: string }[]; submitLabel: string }) {
  const [state, formAction, pending] = useActionState(action, IDLE as ValuesFormState);
  const v = { ...initial, ...(state.values ?? {}) } as Record<string, string | undefined>;
  const e = state.fieldErrors ?? {};
  return (
    <form key={JSON.stringify(state.values ?? {})} action={formAction} noValidate className="max-w-3xl space-y-5 rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
      <FormStatus state={state} />
      <Field name="name" label="Naam" defaultValue={v.name ?? ""} errors={e.name} required />
      <div className="grid gap-5 md:grid-cols-2">
        <SelectField name="municipalityCode" label="Gemeente" placeholder="Kies een gemeente" defaultValue={v.municipalityCode ?? ""} errors={e.municipalityCode} options={municipalities.map((m) => ({ value: m.code, label: `${m.name} (${m.code})` }))} required />
        <Field name="wijkCodes" label="Wijkcodes (CBS)" hint="Gescheiden door komma's, bijvoorbeeld WK047901, WK047902." defaultValue={v.wijkCodes ?? ""} errors={e.wijkCodes} />
        <Field name="inhabitants" label="Inwoners" inputMode="numeric" defaultValue={v.inhabitants ?? ""} errors={e.inhabitants} />
        <Field name="coordinatorName" label="Wijkcoördinator" defaultValue={v.coordinatorName ?? ""} errors={e.coordinatorName} />
        <Field name="coordinatorEmail" label="E-mail wijkcoördinator" type="email" defaultValue={v.coordinatorEmail ?? ""} errors={e.coordinatorEmail} />
      </div>
      <SubmitButton pending={pending} label={submitLabel} pendingLabel="Bezig met opslaan…" />
    </form>
  );
}

type MemberProps = {
  action: Action;
  practices: { id: string; name: string }[];
  organisations: { id: string; name: string }[];
  roles: readonly string[];
};

/** Adds a practice or partner organisation with its role. */
export function MemberForm({ action, practices, organisations, roles }: MemberProps) {
  const [state, formAction, pending] = useActionState(action, IDLE as ValuesFormState);
  const e = state.fieldErrors ?? {};
  const errorId = e.member?.length ? "veld-member-fout" : undefined;
  return (
    <form action={formAction} noValidate className="space-y-4 rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
      <FormStatus state={state} />
      <div>
        <label htmlFor="veld-member" className="block font-medium">
          Praktijk of organisatie
        </label>
        <select id="veld-member" name="member" defaultValue="" aria-invalid={errorId ? true : undefined} aria-describedby={errorId} className={`mt-1 block w-full rounded-md border bg-white px-3 py-2 ${errorId ? "border-red-700" : "border-slate-400"}`}>
          <option value="">Kies…</option>
          <optgroup label="Praktijken in deze gemeente">
            {practices.map((p) => (
              <option key={p.id} value={`practice:${p.id}`}>
                {p.name}
              </option>
            ))}
          </optgroup>
          <optgroup label="Partnerorganisaties">
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
      <Field name="role" label="Rol" hint="Bijvoorbeeld huisarts, wijkverpleging, apotheek of sociaal domein." list="rollen" errors={e.role} />
      <datalist id="rollen">
        {roles.map((r) => (
          <option key={r} value={r} />
        ))}
      </datalist>
      <SubmitButton pending={pending} label="Lid toevoegen" pendingLabel="Bezig met toevoegen…" />
    </form>
  );
}
