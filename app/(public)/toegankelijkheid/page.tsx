import type { Metadata } from "next";

export const metadata: Metadata = { title: "Toegankelijkheidsverklaring" };

export default function AccessibilityStatement() {
  return (
    <article className="prose max-w-3xl space-y-4">
      <h1 className="text-3xl font-semibold">Toegankelijkheidsverklaring</h1>
      <p>
        Wijkkracht wil dat iedereen het platform kan gebruiken: met toetsenbord, schermlezer, vergroting of spraakbesturing.
        We bouwen volgens de Web Content Accessibility Guidelines (WCAG) 2.2 op niveau AA, de norm van het Besluit digitale
        toegankelijkheid overheid.
      </p>
      <h2 className="text-xl font-semibold">Wat we doen</h2>
      <ul className="list-disc space-y-1 pl-6">
        <li>Elke pagina heeft een link &ldquo;Naar de inhoud&rdquo;, duidelijke koppen en herkenbare oriëntatiepunten (header, navigatie, hoofdinhoud).</li>
        <li>Alles werkt met het toetsenbord en de focus is altijd zichtbaar.</li>
        <li>Formulieren hebben labels en foutmeldingen in begrijpelijk Nederlands, die schermlezers voorlezen.</li>
        <li>Grafieken hebben altijd een tabel met dezelfde gegevens.</li>
        <li>Elke pagina wordt bij elke wijziging automatisch getoetst met axe-core.</li>
      </ul>
      <h2 className="text-xl font-semibold">Stand van zaken</h2>
      <p>
        Het platform is in ontwikkeling. Automatische toetsen vinden geen ernstige of kritieke problemen; een volledig
        handmatig onderzoek door een onafhankelijke partij is nog niet uitgevoerd.
      </p>
      <h2 className="text-xl font-semibold">Contact</h2>
      <p>
        Loopt u tegen een probleem aan? Meld het bij de coördinator van uw regio-organisatie of bij het platformbeheer. We
        reageren binnen vijf werkdagen.
      </p>
    </article>
  );
}
