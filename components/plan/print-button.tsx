"use client";

export function PrintButton({ label }: { label: string }) {
  return (
    <button
      type="button"
      onClick={() => window.print()}
      className="no-print rounded-md bg-blue-800 px-4 py-2 font-semibold text-white hover:bg-blue-900"
    >
      {label}
    </button>
  );
}
