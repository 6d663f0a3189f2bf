import Link from "next/link";
import { notFound } from "next/navigation";
import { AutoRefresh } from "@/components/imports/auto-refresh";
import { PageHeader } from "@/components/ui/page-header";
import { ProgressBar } from "@/components/ui/progress-bar";
import { Stat, StatGrid } from "@/components/ui/stat";
import { Section } from "@/components/ui/section";
import { DataTable, Td, Th } from "@/components/ui/table";
import { requireActor } from "@/lib/auth/session";
import { getImportJob, MAX_STORED_PROBLEMS, type ImportKind } from "@/lib/domain/imports/service";
import { formatNumber } from "@/lib/format";
import { translate } from "@/lib/i18n/keys";
import { fill } from "@/lib/i18n/messages";
import { getMessages } from "@/lib/i18n/server";
import { loadOr404 } from "@/lib/next/page";
import { ActionForm } from "@/components/forms/action-form";
import type { FormState } from "@/lib/next/form-state";
import { confirmImport } from "./actions";
import { importBasePath } from "./paths";

/** Loads the page's data in the page itself, so a refusal is a real 404 status. */
export async function loadImportJob(slug: string, kind: ImportKind, jobId: string) {
  const actor = await requireActor();
  const { job } = await loadOr404(getImportJob(actor, slug, jobId));
  if (job.kind !== kind) notFound();
  const { t } = await getMessages();
  return { slug, kind, job, t };
}

type JobViewProps = Awaited<ReturnType<typeof loadImportJob>> & {
  /** Where the import pages live and what confirming runs (the municipality's referral import). */
  base?: string;
  confirm?: (state: FormState, formData: FormData) => Promise<FormState>;
  done?: { href: string; label: string };
};

export function ImportJobView({ slug, kind, job, t, ...over }: JobViewProps) {
  const base = over.base ?? importBasePath(slug, kind);
  const running = job.status === "queued" || job.status === "validating" || job.status === "committing";
  const status = t.imports.status[job.status];
  const tj = t.imports.job;
  const unit = kind === "practices" ? tj.unitPractices : kind === "referrals" ? tj.unitReferrals : tj.unitWijken;
  const done =
    over.done ??
    (kind === "practices"
      ? { href: `/r/${slug}/praktijken`, label: tj.toPractices }
      : kind === "referrals"
        ? { href: `/r/${slug}/sociaal-domein`, label: tj.toSocial }
        : { href: `/r/${slug}/regiobeeld?jaar=${job.year ?? ""}`, label: tj.toRegiobeeld });

  return (
    <>
      <AutoRefresh active={running} />
      <PageHeader
        title={fill(t.imports.jobTitle, { file: job.fileName })}
        intro={job.year ? fill(tj.yearIntro, { year: job.year }) : undefined}
      >
        <Link href={base} className="underline">
          {tj.another}
        </Link>
      </PageHeader>

      <div role="status" aria-live="polite" className="mb-6 space-y-4">
        <p className="text-lg">
          {tj.status} <strong>{status}</strong>
        </p>
        {running ? (
          job.status === "committing" ? (
            <ProgressBar
              t={t.common}
              value={null}
              label={fill(tj.committing, { count: formatNumber(job.toCreate + job.toUpdate), unit })}
            />
          ) : (
            <ProgressBar
              t={t.common}
              value={job.progress}
              label={job.totalRows > 0 ? fill(tj.checking, { count: formatNumber(job.totalRows) }) : tj.reading}
            />
          )
        ) : null}
        {job.status === "committed" ? (
          <p className="rounded-md border border-green-300 bg-green-50 px-3 py-2 text-green-900">
            {fill(tj.committed, { created: formatNumber(job.toCreate), unit, updated: formatNumber(job.toUpdate) })}{" "}
            <Link href={done.href} className="underline">
              {done.label}
            </Link>
          </p>
        ) : null}
        {(job.status === "invalid" || job.status === "failed") && job.message ? (
          <p className="rounded-md border border-red-300 bg-red-50 px-3 py-2 text-red-900">{translate(job.message, t)}</p>
        ) : null}
        {job.status === "invalid" && job.errorCount > 0 ? (
          <p className="rounded-md border border-red-300 bg-red-50 px-3 py-2 text-red-900">
            {job.errorCount === 1 ? tj.problemsOne : fill(tj.problemsMany, { count: formatNumber(job.errorCount) })}
          </p>
        ) : null}
      </div>

      {!running && (job.status === "ready" || (job.status === "invalid" && job.errorCount > 0)) ? (
        <Section id="samenvatting-kop" title={tj.preview} className="mb-8">
          <StatGrid label={tj.summary}>
            <Stat label={tj.rows} value={formatNumber(job.totalRows)} />
            <Stat label={fill(tj.new, { unit })} value={formatNumber(job.toCreate)} />
            <Stat
              label={fill(tj.toUpdate, { unit })}
              value={formatNumber(job.toUpdate)}
              hint={kind === "practices" ? tj.matchAgb : kind === "referrals" ? tj.matchReferral : tj.matchWijk}
            />
            <Stat label={tj.problems} value={formatNumber(job.errorCount)} />
          </StatGrid>
        </Section>
      ) : null}

      {job.notes.length > 0 ? (
        <ul className="mb-8 list-disc space-y-1 pl-6 text-muted">
          {job.notes.map((note) => (
            <li key={note}>{translate(note, t)}</li>
          ))}
        </ul>
      ) : null}

      {job.status === "ready" && !running ? (
        <div className="mb-8 flex flex-wrap items-center gap-4">
          <ActionForm
            variant="inline"
            idPrefix="confirm"
            action={over.confirm ?? confirmImport.bind(null, slug, kind, job.id)}
            submitLabel={fill(tj.confirm, { created: formatNumber(job.toCreate), updated: formatNumber(job.toUpdate) })}
          />
          <Link href={base} className="underline">
            {tj.cancel}
          </Link>
        </div>
      ) : null}

      {job.problems.length > 0 ? (
        <Section id="problemen-kop" title={tj.problemsPerRow} className="">
          {job.errorCount > job.problems.length ? (
            <p className="mb-2 text-muted">
              {fill(tj.firstOf, { shown: formatNumber(MAX_STORED_PROBLEMS), count: formatNumber(job.errorCount) })}
            </p>
          ) : null}
          <DataTable
            caption={tj.problemsPerRow}
            head={
              <tr>
                <Th numeric>{tj.row}</Th>
                <Th>{tj.column}</Th>
                <Th>{tj.problem}</Th>
              </tr>
            }
          >
            {job.problems.map((problem, index) => (
              <tr key={index}>
                <Td numeric>{problem.row}</Td>
                <Td>{problem.column}</Td>
                <Td>{translate(problem.message, t)}</Td>
              </tr>
            ))}
          </DataTable>
        </Section>
      ) : null}
    </>
  );
}
