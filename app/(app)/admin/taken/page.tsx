import type { Metadata } from "next";
import Link from "next/link";
import { ActionForm } from "@/components/forms/action-form";
import { AutoRefresh } from "@/components/imports/auto-refresh";
import { Main } from "@/components/layout/main";
import { PageHeader } from "@/components/ui/page-header";
import { DataTable, Td, Th } from "@/components/ui/table";
import { requireActor } from "@/lib/auth/session";
import { getJobsOverview, type JobRow } from "@/lib/domain/admin/jobs";
import { formatDateTime, formatNumber } from "@/lib/format";
import { translate } from "@/lib/i18n/keys";
import { fill } from "@/lib/i18n/messages";
import { getMessages } from "@/lib/i18n/server";
import { loadOr404 } from "@/lib/next/page";
import { retryJobAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getMessages();
  return { title: t.jobs.title };
}

export const dynamic = "force-dynamic";

type Section = "queued" | "running" | "failed" | "completed";

export default async function JobsPage() {
  const actor = await requireActor();
  const overview = await loadOr404(getJobsOverview(actor));
  const { locale, t } = await getMessages();
  const tj = t.jobs;
  const empty: Record<Section, string> = {
    queued: tj.emptyQueued,
    running: tj.emptyRunning,
    failed: tj.emptyFailed,
    completed: tj.emptyCompleted,
  };
  const when = (date: Date | null) => (date ? formatDateTime(date, locale) : "—");
  const attempts = (job: JobRow) =>
    fill(tj.attemptsOf, { attempts: formatNumber(job.attempts), max: formatNumber(job.retryLimit + 1) });

  const table = (section: Section, jobs: JobRow[]) => {
    const heading = `taken-${section}`;
    return (
      <section aria-labelledby={heading} className="mb-10" key={section}>
        <h2 id={heading} className="mb-3 text-xl font-semibold">
          {tj[section]} ({formatNumber(overview.counts[section])})
        </h2>
        {jobs.length === 0 ? (
          <p className="text-muted">{empty[section]}</p>
        ) : (
          <>
            {overview.counts[section] > jobs.length ? (
              <p className="mb-2 text-muted">
                {fill(tj.showing, { shown: formatNumber(jobs.length), count: formatNumber(overview.counts[section]) })}
              </p>
            ) : null}
            <DataTable
              caption={tj[section]}
              head={
                <tr>
                  <Th>{tj.queue}</Th>
                  <Th>{tj.data}</Th>
                  <Th numeric>{tj.attempts}</Th>
                  <Th>{tj.created}</Th>
                  {section === "queued" ? <Th>{tj.startAfter}</Th> : null}
                  {section === "failed" || section === "completed" ? <Th>{tj.finished}</Th> : null}
                  {section === "failed" || section === "queued" ? <Th>{tj.error}</Th> : null}
                  {section === "failed" ? <Th>{tj.job}</Th> : null}
                </tr>
              }
            >
              {jobs.map((job) => (
                <tr key={job.id}>
                  <Td>
                    <code>{job.name}</code>
                  </Td>
                  <Td>
                    <code className="break-all text-sm">{job.data}</code>
                  </Td>
                  <Td numeric>{attempts(job)}</Td>
                  <Td>{when(job.createdOn)}</Td>
                  {section === "queued" ? <Td>{when(job.startAfter)}</Td> : null}
                  {section === "failed" || section === "completed" ? <Td>{when(job.completedOn)}</Td> : null}
                  {section === "failed" || section === "queued" ? <Td>{job.error ? translate(job.error, t) : "—"}</Td> : null}
                  {section === "failed" ? (
                    <Td>
                      <ActionForm
                        variant="inline"
                        idPrefix={`retry-${job.id}`}
                        action={retryJobAction.bind(null, job.name, job.id)}
                        submitLabel={tj.retry}
                        pendingLabel={tj.retry}
                        buttonTone="secondary"
                        buttonAriaLabel={fill(tj.retryLabel, { id: job.id })}
                      />
                    </Td>
                  ) : null}
                </tr>
              ))}
            </DataTable>
          </>
        )}
      </section>
    );
  };

  return (
    <Main>
      <AutoRefresh active={overview.counts.queued + overview.counts.running > 0} intervalMs={3000} />
      <PageHeader title={tj.title} intro={tj.intro}>
        <Link href="/admin" className="underline">
          {t.admin.title}
        </Link>
      </PageHeader>
      {table("failed", overview.failed)}
      {table("running", overview.running)}
      {table("queued", overview.queued)}
      {table("completed", overview.completed)}
    </Main>
  );
}
