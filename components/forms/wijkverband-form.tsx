"use client";

import { Field } from "@/components/forms/field";
import { MunicipalityField } from "@/components/forms/practice-form";
import { SelectField } from "@/components/forms/select-field";
import { ValuesForm, type ValuesAction } from "@/components/forms/values-form";
import type { Messages } from "@/lib/i18n/messages";

export function WijkverbandForm({
  action,
  initial,
  municipalities,
  submitLabel,
  t,
}: {
  action: ValuesAction;
  initial: Record<string, string>;
  municipalities: { code: string; name: string }[];
  submitLabel: string;
  t: Messages["forms"];
}) {
  return (
    <ValuesForm action={action} initial={initial} submitLabel={submitLabel} pendingLabel={t.saving}>
      {(bind) => (
        <>
          <Field {...bind("name")} label={t.name} required />
          <div className="grid gap-5 md:grid-cols-2">
            <MunicipalityField bind={bind} municipalities={municipalities} t={t} />
            <Field {...bind("wijkCodes")} label={t.wijkCodes} hint={t.wijkCodesHint} />
            <Field {...bind("inhabitants")} label={t.inhabitants} inputMode="numeric" />
            <Field {...bind("coordinatorName")} label={t.coordinator} />
            <Field {...bind("coordinatorEmail")} label={t.coordinatorEmail} type="email" />
          </div>
        </>
      )}
    </ValuesForm>
  );
}

type MemberProps = {
  action: ValuesAction;
  practices: { id: string; name: string }[];
  organisations: { id: string; name: string }[];
  roles: readonly string[];
  /** Only the texts it shows: a client component's props travel in the page. */
  t: Pick<Messages["forms"], "addMember" | "adding" | "member" | "choose" | "practicesHere" | "partners" | "role" | "roleHint">;
};

/** Adds a practice or partner organisation with its role. */
export function MemberForm({ action, practices, organisations, roles, t }: MemberProps) {
  return (
    <ValuesForm
      action={action}
      initial={{}}
      submitLabel={t.addMember}
      pendingLabel={t.adding}
      className="space-y-4 rounded-lg border border-slate-200 bg-white p-4 shadow-sm"
    >
      {(bind) => (
        <>
          <SelectField
            {...bind("member")}
            label={t.member}
            placeholder={t.choose}
            groups={[
              { label: t.practicesHere, options: practices.map((p) => ({ value: `practice:${p.id}`, label: p.name })) },
              { label: t.partners, options: organisations.map((o) => ({ value: `organisation:${o.id}`, label: o.name })) },
            ]}
          />
          <Field {...bind("role")} label={t.role} hint={t.roleHint} list="rollen" />
          <datalist id="rollen">
            {roles.map((r) => (
              <option key={r} value={r} />
            ))}
          </datalist>
        </>
      )}
    </ValuesForm>
  );
}
