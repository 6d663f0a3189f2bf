import type { SelectHTMLAttributes } from "react";
import { FieldFrame } from "@/components/forms/field";

type Option = { value: string; label: string };

type SelectFieldProps = {
  name: string;
  label: string;
  hint?: string;
  errors?: string[];
  options?: Option[];
  /** Options under a heading each (<optgroup>), after `options`. */
  groups?: { label: string; options: Option[] }[];
  /** A first option with an empty value, e.g. "Alle" or "Kies…". */
  placeholder?: string;
} & Omit<SelectHTMLAttributes<HTMLSelectElement>, "name">;

const optionList = (options: Option[]) =>
  options.map((o) => (
    <option key={o.value} value={o.value}>
      {o.label}
    </option>
  ));

/** A labelled select whose Dutch error messages are tied to it for screen readers (like Field). */
export function SelectField({
  name,
  label,
  hint,
  errors,
  options = [],
  groups = [],
  placeholder,
  id,
  ...select
}: SelectFieldProps) {
  return (
    <FieldFrame name={name} label={label} hint={hint} errors={errors} id={id}>
      {({ borderClass, ...control }) => (
        <select {...control} className={`mt-1 block w-full rounded-md border bg-white px-3 py-2 ${borderClass}`} {...select}>
          {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
          {optionList(options)}
          {groups.map((g) => (
            <optgroup key={g.label} label={g.label}>
              {optionList(g.options)}
            </optgroup>
          ))}
        </select>
      )}
    </FieldFrame>
  );
}

/** A list filter: its query parameter, the current value, and an "all" choice (the empty value) when it may be left open. */
export type Filter = { name: string; label: string; value: string | undefined; all?: string; options: Option[] };

/** The selects of a list's filter form (method GET), one per filter, each showing the current value. */
export function FilterSelects({
  filters,
  idPrefix,
}: {
  filters: Filter[];
  /** Ids `${idPrefix}${name}` instead of veld-name. */ idPrefix?: string;
}) {
  return (
    <>
      {filters.map((f) => (
        <SelectField
          key={f.name}
          id={idPrefix === undefined ? undefined : `${idPrefix}${f.name}`}
          name={f.name}
          label={f.label}
          defaultValue={f.value ?? ""}
          placeholder={f.all}
          options={f.options}
        />
      ))}
    </>
  );
}
