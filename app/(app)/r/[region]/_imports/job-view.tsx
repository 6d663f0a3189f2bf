import Link from "next/link";
import { notFound } from "next/navigation";
import { AutoRefresh } from "@/components/imports/auto-refresh";
import { PageHeader } from "@/components/ui/page-header";
import { ProgressBar } from "@/components/ui/progress-bar";
import { Stat, StatGrid } from "@/components/ui/stat";
import { DataTable, Td, Th } from "@/components/ui/table";
import { requireActor } from "@/lib/auth/session";
import { getImportJob, MAX_STORED_PROBLEMS, type ImportKind } from "@/lib/domain/imports/service";
import { formatNumber } from "@/lib/format";
import { fill } from "@/lib/i18n/messages";
import { getMessages } from "@/lib/i18n/server";
import { loadOr404 } from "@/lib/next/page";
import { confirmImport } from "./actions";
import { importBasePath } from "./paths";

const button = "rounded-md bg-blue-800 px-4 py-2 font-semibold text-white hover:bg-blue-900";

/** Loads the page's data in the page itself, so a refusal is a real 404 status. */
export async function loadImportJob(slug: string, kind: ImportKind, jobId: string) {
  const actor = await requireActor();
  const { job } = await loadOr404(getImportJob(actor, slug, jobId));
  if (job.kind !== kind) notFound();
  const { t } = await getMessages();
  return { slug, kind, job, t };
}

export function ImportJobView({ slug, kind, job, t }: Awaited<ReturnType<typeof loadImportJob>>) {
  const base = importBasePath(slug, kind);
  const running = !job.interrupted && (job.status === "queued" || job.status === "validating" || job.status === "committing");
  const status = job.interrupted ? t.imports.status.interrupted : t.imports.status[job.status];
  const unit = kind === "practices" ? "praktijken" : "wijken";
  const done = kind === "practices" ? { href: `/r/${slug}/praktijken`, label: "Naar de praktijken" } : { href: `/r/${slug}/regiobeeld?jaar=${job.year ?? ""}`, label: "Naar het regiobeeld" };

  return (
    <>
      <AutoRefresh active={running} />
      <PageHeader title={fill(t.imports.jobTitle, { file: job.fileName })} intro={job.year ? `Cijfers over ${job.year}.` : undefined}>
        <Link href={base} className="underline">
          Ander bestand importeren
        </Link>
      </PageHeader>

      <div role="status" aria-live="polite" className="mb-6 space-y-4">
        <p className="text-lg">
          Status: <strong>{status}</strong>
        </p>
        {running ? (
          job.status === "committing" ? (
            <ProgressBar value={null} label={`${formatNumber(job.toCreate + job.toUpdate)} ${unit} in één keer importeren; dit duurt enkele seconden`} />
          ) : (
            <ProgressBar value={job.progress} label={job.totalRows > 0 ? `Controleren van ${formatNumber(job.totalRows)} rijen` : "Bestand lezen"} />
          )
        ) : null}
        {job.status === "committed" ? (
          <p className="rounded-md border border-green-300 bg-green-50 px-3 py-2 text-green-900">
            Geïmporteerd: {formatNumber(job.toCreate)} {unit} toegevoegd en {formatNumber(job.toUpdate)} bijgewerkt.{" "}
            <Link href={done.href} className="underline">
              {done.label}
            </Link>
          </p>
        ) : null}
        {job.interrupted ? (
          <p className="rounded-md border border-red-300 bg-red-50 px-3 py-2 text-red-900">De verwerking is onderbroken. Er is niets gewijzigd; upload het bestand opnieuw.</p>
        ) : null}
        {(job.status === "invalid" || job.status === "failed") && job.message ? (
          <p className="rounded-md border border-red-300 bg-red-50 px-3 py-2 text-red-900">{job.message}</p>
        ) : null}
        {job.status === "invalid" && job.errorCount > 0 ? (
          <p className="rounded-md border border-red-300 bg-red-50 px-3 py-2 text-red-900">
            {job.errorCount === 1 ? "Er is 1 probleem" : `Er zijn ${formatNumber(job.errorCount)} problemen`} gevonden. Er is niets geïmporteerd: pas het bestand aan en
            upload het opnieuw.
          </p>
        ) : null}
      </div>

      {!running && (job.status === "ready" || (job.status === "invalid" && job.errorCount > 0)) ? (
        <section aria-labelledby="samenvatting-kop" className="mb-8">
          <h2 id="samenvatting-kop" className="mb-3 text-xl font-semibold">
            Voorbeeld
          </h2>
          <StatGrid label="Samenvatting van de import">
            <Stat label="Rijen in het bestand" value={formatNumber(job.totalRows)} />
            <Stat label={`Nieuwe ${unit}`} value={formatNumber(job.toCreate)} />
            <Stat label={`Bij te werken ${unit}`} value={formatNumber(job.toUpdate)} hint={kind === "practices" ? "Gevonden op AGB-code" : "Zelfde wijk en jaar"} />
            <Stat label="Problemen" value={formatNumber(job.errorCount)} />
          </StatGrid>
        </section>
      ) : null}

      {job.notes.length > 0 ? (
        <ul className="mb-8 list-disc space-y-1 pl-6 text-muted">
          {job.notes.map((note) => (
            <li key={note}>{note}</li>
          ))}
        </ul>
      ) : null}

      {job.status === "ready" && !running ? (
        <form action={confirmImport.bind(null, slug, kind, job.id)} className="mb-8 flex flex-wrap items-center gap-4">
          <button type="submit" className={button}>
            Importeren: {formatNumber(job.toCreate)} nieuw, {formatNumber(job.toUpdate)} bijwerken
          </button>
          <Link href={base} className="underline">
            Annuleren
          </Link>
        </form>
      ) : null}

      {job.problems.length > 0 ? (
        <section aria-labelledby="problemen-kop">
          <h2 id="problemen-kop" className="mb-3 text-xl font-semibold">
            Problemen per rij
          </h2>
          {job.errorCount > job.problems.length ? (
            <p className="mb-2 text-muted">
              De eerste {formatNumber(MAX_STORED_PROBLEMS)} van {formatNumber(job.errorCount)} problemen.
            </p>
          ) : null}
          <DataTable caption="Problemen per rij" head={<tr><Th numeric>Rij</Th><Th>Kolom</Th><Th>Probleem</Th></tr>}>
            {job.problems.map((problem, index) => (
              <tr key={index}>
                <Td numeric>{problem.row}</Td>
                <Td>{problem.column}</Td>
                <Td>{problem.message}</Td>
              </tr>
            ))}
          </DataTable>
        </section>
      ) : null}
    </>
  );
}
