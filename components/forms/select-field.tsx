import type { SelectHTMLAttributes } from "react";
import { FieldFrame } from "@/components/forms/field";

type SelectFieldProps = {
  name: string;
  label: string;
  hint?: string;
  errors?: string[];
  options: { value: string; label: string }[];
  /** A first option with an empty value, e.g. "Alle" or "Kies…". */
  placeholder?: string;
} & Omit<SelectHTMLAttributes<HTMLSelectElement>, "name">;

/** A labelled select whose Dutch error messages are tied to it for screen readers (like Field). */
export function SelectField({ name, label, hint, errors, options, placeholder, id, ...select }: SelectFieldProps) {
  return (
    <FieldFrame name={name} label={label} hint={hint} errors={errors} id={id}>
      {({ borderClass, ...control }) => (
        <select {...control} className={`mt-1 block w-full rounded-md border bg-white px-3 py-2 ${borderClass}`} {...select}>
          {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </FieldFrame>
  );
}
