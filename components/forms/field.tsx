import type { InputHTMLAttributes, ReactNode } from "react";

type FrameProps = { name: string; label: string; hint?: string; errors?: string[]; id?: string };

/** The attributes that tie a control to its label, hint and Dutch error messages. */
export type ControlProps = {
  id: string;
  name: string;
  "aria-invalid": true | undefined;
  "aria-describedby": string | undefined;
  /** Border colour for the error state. */
  borderClass: string;
};

/** Label, hint and errors around one form control; shared by Field and SelectField. */
export function FieldFrame({
  name,
  label,
  hint,
  errors,
  id,
  children,
}: FrameProps & { children: (control: ControlProps) => ReactNode }) {
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
      {children({
        id: fieldId,
        name,
        "aria-invalid": errorId ? true : undefined,
        "aria-describedby": [hintId, errorId].filter(Boolean).join(" ") || undefined,
        borderClass: errorId ? "border-red-700" : "border-slate-400",
      })}
      {errorId ? (
        <p id={errorId} className="mt-1 text-sm font-medium text-red-800">
          {errors!.join(" ")}
        </p>
      ) : null}
    </div>
  );
}

type FieldProps = FrameProps & Omit<InputHTMLAttributes<HTMLInputElement>, "name">;

/** A labelled input whose Dutch error messages are tied to it for screen readers. */
export function Field({ name, label, hint, errors, id, ...input }: FieldProps) {
  return (
    <FieldFrame name={name} label={label} hint={hint} errors={errors} id={id}>
      {({ borderClass, ...control }) => (
        <input {...control} className={`mt-1 block w-full rounded-md border px-3 py-2 ${borderClass}`} {...input} />
      )}
    </FieldFrame>
  );
}
