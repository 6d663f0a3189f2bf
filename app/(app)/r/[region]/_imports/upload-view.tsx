import Link from "next/link";
import { ImportForm } from "@/components/imports/import-form";
import { PageHeader } from "@/components/ui/page-header";
import { DataTable, Td, Th } from "@/components/ui/table";
import { requireActor } from "@/lib/auth/session";
import { listImportJobs, type ImportKind } from "@/lib/domain/imports/service";
import { formatDateTime, formatNumber } from "@/lib/format";
import { getMessages } from "@/lib/i18n/server";
import { loadOr404 } from "@/lib/next/page";
import { startImport } from "./actions";
import { importBasePath } from "./paths";

const COLUMNS: Record<ImportKind, { intro: string; columns: [string, string][] }> = {
  practices: {
    intro:
      "Lees praktijken in uit een CSV- of Excelbestand. U ziet eerst per rij wat er niet klopt en wat er wordt toegevoegd of bijgewerkt (op AGB-code). Pas na uw bevestiging wordt alles in één keer ingelezen — of niets.",
    columns: [
      ["naam", "verplicht"],
      ["discipline", "verplicht; code of naam, bijvoorbeeld huisartsenzorg of Fysiotherapie"],
      ["gemeente", "verplicht; gemeentecode (GM0479), nummer (0479) of naam"],
      ["AGB-code", "8 cijfers; een bestaande praktijk met deze code wordt bijgewerkt"],
      ["KvK-nummer, straat, huisnummer, postcode, plaats, wijkcode, telefoon, e-mail, website", "optioneel"],
      ["ingeschreven patiënten en peildatum", "optioneel; een aantal (geen patiëntgegevens) met de datum"],
    ],
  },
  wijkstatistics: {
    intro:
      "Lees wijkcijfers in zoals het CBS ze publiceert in ‘Kerncijfers wijken en buurten’. Rijen van gemeenten en buurten en wijken buiten de regio worden overgeslagen. Bestaande cijfers van hetzelfde jaar worden bijgewerkt.",
    columns: [
      ["Codering / wijkcode", "verplicht; WK gevolgd door 6 cijfers"],
      ["Wijken en buurten / naam", "de naam van de wijk"],
      ["AantalInwoners / inwoners", "verplicht"],
      ["k_65JaarOfOuder / 65+", "optioneel"],
      ["80+", "optioneel"],
      ["HuishoudensTotaal / huishoudens", "optioneel"],
      ["overige getallen", "worden bij de wijk bewaard"],
    ],
  },
};

/** Loads the page's data in the page itself, so a refusal is a real 404 status. */
export async function loadImportUpload(slug: string, kind: ImportKind) {
  const actor = await requireActor();
  const { jobs } = await loadOr404(listImportJobs(actor, slug, kind));
  const { t } = await getMessages();
  return { slug, kind, jobs, t };
}

export function ImportUploadView({ slug, kind, jobs, t }: Awaited<ReturnType<typeof loadImportUpload>>) {
  const base = importBasePath(slug, kind);
  const info = COLUMNS[kind];
  const title = kind === "practices" ? t.imports.practicesTitle : t.imports.wijkenTitle;
  return (
    <>
      <PageHeader title={title} intro={info.intro}>
        <Link href={`/r/${slug}/regiobeeld`} className="underline">
          Naar het regiobeeld
        </Link>
      </PageHeader>
      <div className="grid gap-8 lg:grid-cols-2">
        <section aria-labelledby="upload-kop">
          <h2 id="upload-kop" className="mb-3 text-xl font-semibold">
            Bestand kiezen
          </h2>
          <ImportForm action={startImport.bind(null, slug, kind)} withYear={kind === "wijkstatistics"} defaultYear={new Date().getFullYear() - 2} />
        </section>
        <section aria-labelledby="kolommen-kop">
          <h2 id="kolommen-kop" className="mb-3 text-xl font-semibold">
            Kolommen
          </h2>
          <DataTable caption="Kolommen die Wijkkracht herkent" head={<tr><Th>Kolom</Th><Th>Toelichting</Th></tr>}>
            {info.columns.map(([column, note]) => (
              <tr key={column}>
                <Td>{column}</Td>
                <Td>{note}</Td>
              </tr>
            ))}
          </DataTable>
          <p className="mt-3 text-sm text-muted">
            Bestanden met patiëntgegevens (zoals BSN, geboortedatum of namen van patiënten) worden geweigerd: Wijkkracht bewaart alleen organisatie- en getelde
            gegevens.
          </p>
        </section>
      </div>
      <section aria-labelledby="eerdere-kop" className="mt-10">
        <h2 id="eerdere-kop" className="mb-3 text-xl font-semibold">
          Eerdere imports
        </h2>
        {jobs.length === 0 ? (
          <p className="text-muted">Nog geen imports.</p>
        ) : (
          <DataTable caption="Eerdere imports" head={<tr><Th>Bestand</Th><Th>Gestart</Th><Th>Status</Th><Th numeric>Rijen</Th></tr>}>
            {jobs.map((job) => (
              <tr key={job.id}>
                <Td>
                  <Link href={`${base}/${job.id}`} className="underline">
                    {job.fileName}
                  </Link>
                  {job.year ? ` (${job.year})` : null}
                </Td>
                <Td>{formatDateTime(job.createdAt)}</Td>
                <Td>{job.interrupted ? t.imports.status.interrupted : t.imports.status[job.status]}</Td>
                <Td numeric>{formatNumber(job.totalRows)}</Td>
              </tr>
            ))}
          </DataTable>
        )}
      </section>
    </>
  );
}
