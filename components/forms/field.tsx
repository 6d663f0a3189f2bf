import type { InputHTMLAttributes } from "react";

type FieldProps = {
  name: string;
  label: string;
  hint?: string;
  errors?: string[];
} & Omit<InputHTMLAttributes<HTMLInputElement>, "name">;

/** A labelled input whose Dutch error messages are tied to it for screen readers. */
export function Field({ name, label, hint, errors, id, ...input }: FieldProps) {
  const fieldId = id ?? `veld-${name}`;
  const hintId = hint ? `${fieldId}-hint` : undefined;
  const errorId = errors?.length ? `${fieldId}-fout` : undefined;
  return (
    <div>
      <label htmlFor={fieldId} className="block font-medium">
        {label}
      </label>
      {hint ? (
        <p id={hintId} className="text-sm text-muted">
          {hint}
        </p>
      ) : null}
      <input
        id={fieldId}
        name={name}
        aria-invalid={errorId ? true : undefined}
        aria-describedby={[hintId, errorId].filter(Boolean).join(" ") || undefined}
        className={`mt-1 block w-full rounded-md border px-3 py-2 ${errorId ? "border-red-700" : "border-slate-400"}`}
        {...input}
      />
      {errorId ? (
        <p id={errorId} className="mt-1 text-sm font-medium text-red-800">
          {errors!.join(" ")}
        </p>
      ) : null}
    </div>
  );
}
