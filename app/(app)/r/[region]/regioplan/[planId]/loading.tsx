export default function Loading() {
  return (
    <p role="status" className="text-muted">
      Bezig met laden…
    </p>
  );
}
