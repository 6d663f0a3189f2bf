/** Shown while a signed-in page loads its data. */
export default function Loading() {
  return (
    <div className="mx-auto max-w-7xl px-6 py-8" role="status" aria-live="polite">
      <p className="text-muted">Bezig met laden…</p>
      <div aria-hidden="true" className="mt-4 grid animate-pulse grid-cols-1 gap-4 sm:grid-cols-2 lg:grid-cols-4">
        {Array.from({ length: 4 }, (_, i) => (
          <div key={i} className="h-24 rounded-lg bg-slate-200" />
        ))}
      </div>
    </div>
  );
}
