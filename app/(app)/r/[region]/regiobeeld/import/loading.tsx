export default function Loading() {
  return (
    <p role="status" aria-live="polite" className="text-muted">
      De import wordt geladen…
    </p>
  );
}
