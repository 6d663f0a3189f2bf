import type { FormState } from "@/lib/next/form-state";

/** The result of a form submission, announced politely to screen readers. */
export function FormStatus({ state }: { state: FormState }) {
  return (
    <div role="status" aria-live="polite">
      {state.status === "success" ? (
        <p className="rounded-md border border-green-300 bg-green-50 px-3 py-2 text-green-900">{state.message}</p>
      ) : state.status === "error" ? (
        <p className="rounded-md border border-red-300 bg-red-50 px-3 py-2 text-red-900">{state.message}</p>
      ) : null}
    </div>
  );
}

export function SubmitButton({ pending, label, pendingLabel }: { pending: boolean; label: string; pendingLabel: string }) {
  return (
    <button
      type="submit"
      disabled={pending}
      className="rounded-md bg-blue-800 px-4 py-2 font-semibold text-white hover:bg-blue-900 disabled:opacity-70"
    >
      {pending ? pendingLabel : label}
    </button>
  );
}
