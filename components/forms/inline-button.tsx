// The small buttons inside table rows and next to headings: the inline ActionForm's, and a row's
// button that submits a SharedForm. A plain server component, so a row costs no client component.

export type InlineButtonTone = "primary" | "secondary" | "link";

export const INLINE_BUTTON_CLASS: Record<InlineButtonTone, string> = {
  primary: "rounded-md bg-blue-800 px-3 py-1.5 text-sm font-semibold text-white hover:bg-blue-900 disabled:opacity-70",
  secondary:
    "rounded-md border border-slate-400 bg-white px-3 py-1.5 text-sm font-medium text-slate-900 hover:bg-slate-50 disabled:opacity-70",
  link: "underline disabled:opacity-70",
};

/** A row's submit button for the SharedForm `form`: sends `name=value` with the submission. */
export function RowSubmitButton({
  form,
  name,
  value,
  label,
  ariaLabel,
  tone = "primary",
}: {
  form: string;
  name: string;
  value: string;
  label: string;
  ariaLabel?: string;
  tone?: InlineButtonTone;
}) {
  return (
    <button type="submit" form={form} name={name} value={value} aria-label={ariaLabel} className={INLINE_BUTTON_CLASS[tone]}>
      {label}
    </button>
  );
}
