"use client";

// Unexpected errors: a generic Dutch message; the details are in the server log.
export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <main id="inhoud" className="mx-auto max-w-xl px-6 py-16">
      <h1 className="text-2xl font-semibold">Er ging iets mis</h1>
      <p className="mt-3 text-muted">Probeer het later opnieuw. Blijft het misgaan, neem dan contact op met de beheerder.</p>
      <button type="button" onClick={reset} className="mt-6 rounded-md bg-blue-800 px-4 py-2 font-medium text-white">
        Opnieuw proberen
      </button>
    </main>
  );
}
