"use client";

// A server-action form described by field specs: labels, hints and Dutch per-field errors tied to
// their inputs (aria-invalid, aria-describedby), the result announced in a status region.
import { INLINE_BUTTON_CLASS, type InlineButtonTone } from "@/components/forms/inline-button";
import { useActionState } from "react";
import { FormStatus, SubmitButton } from "@/components/forms/form-status";
import { commonMessagesOfDocument } from "@/lib/i18n/client";
import { IDLE, type FormState } from "@/lib/next/form-state";

type Option = { value: string; label: string };
type Base = { name: string; label: string; hint?: string };
export type FieldSpec =
  | (Base & {
      kind: "text" | "number" | "date";
      defaultValue?: string | number | null;
      required?: boolean;
      inputMode?: "decimal" | "numeric";
      placeholder?: string;
    })
  | (Base & { kind: "textarea"; defaultValue?: string | null; required?: boolean; rows?: number })
  | (Base & { kind: "file"; accept?: string; required?: boolean })
  | (Base & { kind: "select"; options: Option[]; defaultValue?: string | null; emptyLabel?: string; required?: boolean })
  | (Base & { kind: "multiselect"; options: Option[]; defaultValue?: string[] })
  | (Base & { kind: "checkboxes"; options: Option[]; defaultValue?: string[] })
  | { kind: "hidden"; name: string; value: string };

type Props = {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  fields?: FieldSpec[];
  submitLabel: string;
  /** The button's label while the form is sent; by default "Bezig…" in the page's language. */
  pendingLabel?: string;
  /** Keeps ids unique when a page has several forms with the same field names. */
  idPrefix: string;
  /** A bare button (status changes, "afgehandeld") instead of a boxed form. */
  variant?: "card" | "inline";
  buttonTone?: InlineButtonTone;
  /** The button's accessible name when its visible label alone is ambiguous (e.g. "Verwijderen" in a table row). */
  buttonAriaLabel?: string;
};

const inputClass = (invalid: boolean) =>
  `mt-1 block w-full rounded-md border bg-white px-3 py-2 ${invalid ? "border-red-700" : "border-slate-400"}`;

export function ActionForm({
  action,
  fields = [],
  submitLabel,
  pendingLabel,
  idPrefix,
  variant = "card",
  buttonTone = "primary",
  buttonAriaLabel,
}: Props) {
  const [state, formAction, pending] = useActionState(action, IDLE);
  const errors = state.fieldErrors ?? {};
  if (variant === "inline") {
    return (
      <form action={formAction} className="inline-flex flex-col gap-1">
        {fields.map((f) => (f.kind === "hidden" ? <input key={f.name} type="hidden" name={f.name} value={f.value} /> : null))}
        <button type="submit" disabled={pending} aria-label={buttonAriaLabel} className={INLINE_BUTTON_CLASS[buttonTone]}>
          {pending ? (pendingLabel ?? commonMessagesOfDocument().busy) : submitLabel}
        </button>
        {state.status === "error" ? (
          <span role="alert" className="text-sm font-medium text-red-800">
            {state.message}
          </span>
        ) : null}
      </form>
    );
  }
  return (
    <form action={formAction} noValidate className="space-y-4 rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
      <FormStatus state={state} />
      {fields.map((f) =>
        f.kind === "hidden" ? (
          <input key={f.name} type="hidden" name={f.name} value={f.value} />
        ) : (
          <FieldView key={f.name} spec={f} idPrefix={idPrefix} errors={errors[f.name]} />
        ),
      )}
      <SubmitButton pending={pending} label={submitLabel} pendingLabel={pendingLabel ?? commonMessagesOfDocument().busy} />
    </form>
  );
}

function FieldView({
  spec,
  idPrefix,
  errors,
}: {
  spec: Exclude<FieldSpec, { kind: "hidden" }>;
  idPrefix: string;
  errors?: string[];
}) {
  const id = `${idPrefix}-${spec.name}`;
  const hintId = spec.hint ? `${id}-hint` : undefined;
  const errorId = errors?.length ? `${id}-fout` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(" ") || undefined;
  const invalid = Boolean(errorId);
  const hint = spec.hint ? (
    <p id={hintId} className="text-sm text-muted">
      {spec.hint}
    </p>
  ) : null;
  const error = errorId ? (
    <p id={errorId} className="mt-1 text-sm font-medium text-red-800">
      {errors!.join(" ")}
    </p>
  ) : null;

  if (spec.kind === "checkboxes") {
    const chosen = new Set(spec.defaultValue ?? []);
    return (
      <fieldset aria-describedby={describedBy}>
        <legend className="font-medium">{spec.label}</legend>
        {hint}
        <div className="mt-1 grid gap-1 sm:grid-cols-2">
          {spec.options.map((o, index) => (
            <label key={o.value} htmlFor={`${id}-${index}`} className="flex items-center gap-2">
              <input
                id={`${id}-${index}`}
                type="checkbox"
                name={spec.name}
                value={o.value}
                defaultChecked={chosen.has(o.value)}
                className="h-4 w-4"
              />
              {o.label}
            </label>
          ))}
        </div>
        {error}
      </fieldset>
    );
  }

  let control;
  if (spec.kind === "textarea") {
    control = (
      <textarea
        id={id}
        name={spec.name}
        rows={spec.rows ?? 3}
        defaultValue={spec.defaultValue ?? ""}
        required={spec.required}
        aria-invalid={invalid || undefined}
        aria-describedby={describedBy}
        className={inputClass(invalid)}
      />
    );
  } else if (spec.kind === "select") {
    control = (
      <select
        id={id}
        name={spec.name}
        defaultValue={spec.defaultValue ?? ""}
        required={spec.required}
        aria-invalid={invalid || undefined}
        aria-describedby={describedBy}
        className={inputClass(invalid)}
      >
        {spec.emptyLabel !== undefined ? <option value="">{spec.emptyLabel}</option> : null}
        {spec.options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    );
  } else if (spec.kind === "multiselect") {
    control = (
      <select
        id={id}
        name={spec.name}
        multiple
        size={Math.min(8, Math.max(3, spec.options.length))}
        defaultValue={spec.defaultValue ?? []}
        aria-invalid={invalid || undefined}
        aria-describedby={describedBy}
        className={inputClass(invalid)}
      >
        {spec.options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    );
  } else if (spec.kind === "file") {
    control = (
      <input
        id={id}
        name={spec.name}
        type="file"
        accept={spec.accept}
        required={spec.required}
        aria-invalid={invalid || undefined}
        aria-describedby={describedBy}
        className={inputClass(invalid)}
      />
    );
  } else {
    control = (
      <input
        id={id}
        name={spec.name}
        type={spec.kind === "number" ? "text" : spec.kind}
        inputMode={spec.kind === "number" ? (spec.inputMode ?? "decimal") : undefined}
        defaultValue={spec.defaultValue ?? ""}
        required={spec.required}
        placeholder={spec.placeholder}
        aria-invalid={invalid || undefined}
        aria-describedby={describedBy}
        className={inputClass(invalid)}
      />
    );
  }
  return (
    <div>
      <label htmlFor={id} className="block font-medium">
        {spec.label}
      </label>
      {hint}
      {control}
      {error}
    </div>
  );
}
