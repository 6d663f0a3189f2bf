import type { Metadata } from "next";
import Link from "next/link";
import { ReviewBadge, StateBadge, VersionStatusBadge } from "@/components/agreements/badges";
import { DecisionForm } from "@/components/agreements/decision-form";
import { DiffView } from "@/components/agreements/diff-view";
import { DraftForm } from "@/components/agreements/draft-form";
import { MarkdownView } from "@/components/agreements/markdown-view";
import { ActionForm } from "@/components/forms/action-form";
import { HistoryTable } from "@/components/network/history-table";
import { Section } from "@/components/ui/section";
import { DataTable, Td, Th } from "@/components/ui/table";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/session";
import { diffSummary } from "@/lib/domain/agreements/rules";
import { getAgreement } from "@/lib/domain/agreements/service";
import { formatDate, formatDateTime } from "@/lib/format";
import { fill } from "@/lib/i18n/messages";
import { getMessages } from "@/lib/i18n/server";
import { loadOr404 } from "@/lib/next/page";
import {
  decideAction,
  publishVersionAction,
  startNewVersionAction,
  updateConceptAction,
} from "@/app/(app)/r/[region]/afspraken/actions";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getMessages();
  return { title: t.common.meta.agreement };
}

const isoDay = (date: Date | null) => (date ? date.toISOString().slice(0, 10) : "");

export default async function AgreementPage({
  params,
  searchParams,
}: {
  params: Promise<{ region: string; wijkverbandId: string; agreementId: string }>;
  searchParams: Promise<{ versie?: string }>;
}) {
  const { region: slug, wijkverbandId, agreementId } = await params;
  const { versie } = await searchParams;
  const version = versie && /^\d{1,6}$/.test(versie) ? Number(versie) : undefined;
  const actor = await requireActor();
  const d = await loadOr404(getAgreement(actor, slug, wijkverbandId, agreementId, { version }));
  const { locale, t } = await getMessages();
  const a = t.agreements;
  const base = `/r/${d.region.slug}/wijkverbanden/${d.wijkverband.id}/afspraken`;
  const self = `${base}/${d.agreement.id}`;
  const shown = d.shown;
  const published = d.versions.filter((v) => v.status !== "concept");
  const seesReasons = d.statuses.some((s) => s.reason !== null) || d.mayDraft;

  return (
    <>
      <PageHeader
        title={d.agreement.title}
        intro={
          <>
            {d.wijkverband.name}
            {d.agreement.topic ? ` · ${d.agreement.topic}` : ""}
            {d.current ? ` · ${fill(a.versionN, { n: d.current.versionNumber })}` : ` · ${a.notPublished}`}{" "}
            <ReviewBadge marker={d.review} labels={a} />
          </>
        }
      />
      <p className="mb-6 flex flex-wrap gap-x-4">
        <Link href={base} className="underline">
          {a.toWijkverband}
        </Link>
        {d.versions.length > 1 ? (
          <Link href={`${self}/vergelijk`} className="underline">
            {a.compare}
          </Link>
        ) : null}
      </p>

      {d.holder.length && d.current ? (
        <section aria-labelledby="uw-besluit" className="mb-10 rounded-lg border-2 border-blue-800 bg-blue-50 p-5">
          <h2 id="uw-besluit" className="mb-2 text-xl font-semibold">
            {a.yourDecision}
          </h2>
          <ul className="mb-3 space-y-1">
            {d.holder.map((h) => (
              <li key={h.practiceId}>
                {h.name}: <StateBadge state={h.state} labels={a} />
                {h.reason ? <span className="block text-sm text-muted">{h.reason}</span> : null}
              </li>
            ))}
          </ul>
          <p className="mb-4 text-sm">{a.changeDecision}</p>
          {d.holder
            .filter((h) => h.lastConfirmed)
            .slice(0, 1)
            .map((h) => {
              const since = h.lastConfirmed!;
              const summary = diffSummary(since.diff);
              const heading = fill(a.changesSince, { n: since.versionNumber });
              return (
                <section key={h.practiceId} aria-labelledby="sinds-bevestigd" className="mb-4">
                  <h3 id="sinds-bevestigd" className="mb-1 font-semibold">
                    {heading}
                  </h3>
                  {summary.added + summary.removed === 0 ? (
                    <p>{fill(a.noChangesSince, { n: since.versionNumber })}</p>
                  ) : (
                    <>
                      <p className="mb-2 text-sm">{fill(a.diffSummary, summary)}</p>
                      <DiffView lines={since.diff} labels={a} label={heading} />
                    </>
                  )}
                </section>
              );
            })}
          <DecisionForm
            action={decideAction.bind(null, d.region.slug)}
            versionId={d.current.id}
            practices={d.holder.map((h) => ({ id: h.practiceId, name: h.name, state: h.state, reason: h.reason }))}
            labels={a}
          />
        </section>
      ) : null}

      {shown && shown.status !== "concept" ? (
        <section aria-labelledby="tekst" className="mb-10">
          <h2 id="tekst" className="mb-1 text-xl font-semibold">
            {fill(a.currentText, { n: shown.versionNumber })} <VersionStatusBadge status={shown.status} labels={a} />
          </h2>
          <p className="mb-3 text-sm text-muted">
            {a.effectiveDate}: {formatDate(shown.effectiveDate, locale)}
            {shown.reviewDate ? ` · ${a.reviewDate}: ${formatDate(shown.reviewDate, locale)}` : ""}
            {shown.publishedAt ? ` · ${a.published}: ${formatDateTime(shown.publishedAt, locale)}` : ""}
          </p>
          <article className="rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
            <MarkdownView text={shown.body} />
          </article>
        </section>
      ) : null}

      {d.mayDraft && d.concept ? (
        <section aria-labelledby="concept" className="mb-10">
          <h2 id="concept" className="mb-2 text-xl font-semibold">
            {fill(a.conceptText, { n: d.concept.versionNumber })} <VersionStatusBadge status="concept" labels={a} />
          </h2>
          <DraftForm
            action={updateConceptAction.bind(null, d.region.slug, d.agreement.id, d.concept.id)}
            initial={{
              title: d.agreement.title,
              topic: d.agreement.topic ?? "",
              body: d.concept.body,
              effectiveDate: isoDay(d.concept.effectiveDate),
              reviewDate: isoDay(d.concept.reviewDate),
            }}
            labels={a}
            submitLabel={a.save}
            idPrefix="concept"
          />
          {d.mayPublish ? (
            <div className="mt-4 rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
              <p className="mb-3 text-sm">{a.publishHint}</p>
              <ActionForm
                action={publishVersionAction.bind(null, d.region.slug, d.agreement.id, d.concept.id)}
                submitLabel={`${a.publish}: ${fill(a.versionN, { n: d.concept.versionNumber })}`}
                pendingLabel={a.publishing}
                idPrefix="publiceren"
                variant="inline"
              />
            </div>
          ) : null}
        </section>
      ) : d.mayDraft ? (
        <section aria-labelledby="nieuwe-versie" className="mb-10">
          <h2 id="nieuwe-versie" className="mb-2 text-xl font-semibold">
            {a.newVersion}
          </h2>
          <p className="mb-3 text-sm text-muted">{a.newVersionHint}</p>
          <ActionForm
            action={startNewVersionAction.bind(null, d.region.slug, d.agreement.id)}
            submitLabel={a.newVersion}
            idPrefix="nieuwe-versie"
            variant="inline"
            buttonTone="secondary"
          />
        </section>
      ) : null}

      {shown && shown.status !== "concept" ? (
        <section aria-labelledby="per-praktijk" className="mb-10">
          <h2 id="per-praktijk" className="mb-1 text-xl font-semibold">
            {a.practicesTitle}
          </h2>
          {d.share ? (
            <p className="mb-3">
              {fill(a.shareLabel, {
                accepted: d.share.accepted,
                asked: d.share.asked,
                percent: d.share.asked ? Math.floor((d.share.accepted * 100) / d.share.asked) : 0,
              })}
              {" · "}
              {a.objections}: {d.share.objections} · {a.openCount}: {d.share.open}
            </p>
          ) : null}
          <DataTable
            caption={fill(a.practicesCaption, { n: shown.versionNumber })}
            head={
              <tr>
                <Th>{a.practice}</Th>
                <Th>{a.status}</Th>
                {seesReasons ? <Th>{a.reason}</Th> : null}
                <Th>{a.decidedAt}</Th>
              </tr>
            }
            empty={a.noMembers}
          >
            {d.statuses.map((s) => (
              <tr key={s.practiceId}>
                <Td>{s.name}</Td>
                <Td>
                  <StateBadge state={s.state} daysOpen={s.daysOpen} labels={a} />
                </Td>
                {seesReasons ? <Td>{s.reason ?? "–"}</Td> : null}
                <Td>{s.decidedAt ? formatDateTime(s.decidedAt, locale) : "–"}</Td>
              </tr>
            ))}
          </DataTable>
        </section>
      ) : null}

      <Section id="versies" title={a.versions} className="mb-10">
        <DataTable
          caption={a.versionsCaption}
          head={
            <tr>
              <Th>{a.version}</Th>
              <Th>{a.status}</Th>
              <Th>{a.effectiveDate}</Th>
              <Th>{a.reviewDate}</Th>
              <Th>{a.published}</Th>
              <Th>{a.compare}</Th>
            </tr>
          }
        >
          {d.versions.map((v) => {
            const previous = d.versions.find((p) => p.versionNumber < v.versionNumber);
            return (
              <tr key={v.id}>
                <Td>
                  {v.status === "concept" ? (
                    v.versionNumber
                  ) : (
                    <Link
                      href={`${self}?versie=${v.versionNumber}`}
                      aria-current={shown?.id === v.id ? "true" : undefined}
                      className="underline"
                    >
                      {fill(a.versionN, { n: v.versionNumber })}
                    </Link>
                  )}
                </Td>
                <Td>
                  <VersionStatusBadge status={v.status} labels={a} />
                </Td>
                <Td>{formatDate(v.effectiveDate, locale)}</Td>
                <Td>{v.reviewDate ? formatDate(v.reviewDate, locale) : "–"}</Td>
                <Td>{v.publishedAt ? formatDateTime(v.publishedAt, locale) : "–"}</Td>
                <Td>
                  {previous ? (
                    <Link href={`${self}/vergelijk?van=${previous.versionNumber}&naar=${v.versionNumber}`} className="underline">
                      {fill(a.diffCaption, { from: previous.versionNumber, to: v.versionNumber })}
                    </Link>
                  ) : (
                    "–"
                  )}
                </Td>
              </tr>
            );
          })}
        </DataTable>
        {published.length === 0 ? <p className="mt-2 text-muted">{a.notPublished}</p> : null}
      </Section>

      {d.history ? <HistoryTable entries={d.history} labels={t.network} t={t} locale={locale} /> : null}
    </>
  );
}
