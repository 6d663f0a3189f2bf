import type { Metadata } from "next";
import Link from "next/link";
import { PracticeDetailsForm } from "@/components/forms/practice-form";
import { HistoryTable } from "@/components/network/history-table";
import { SocialLinksTable } from "@/components/social/social-links-table";
import { Badge, DataTable, Td, Th } from "@/components/ui/table";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/session";
import { getPracticeOverview } from "@/lib/domain/practices/service";
import { formatDate, formatNumber } from "@/lib/format";
import { fill } from "@/lib/i18n/messages";
import { getMessages } from "@/lib/i18n/server";
import { loadOr404 } from "@/lib/next/page";
import { ActionForm } from "@/components/forms/action-form";
import { setPracticeArchivedAction, updatePracticeDetailsAction } from "../actions";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getMessages();
  return { title: t.common.meta.practice };
}

export default async function PracticePage({ params }: { params: Promise<{ region: string; practiceId: string }> }) {
  const { region, practiceId } = await params;
  const actor = await requireActor();
  const overview = await loadOr404(getPracticeOverview(actor, region, practiceId));
  const { practice, wijkverbanden, agreements } = overview;
  const { locale, t } = await getMessages();
  const n = t.network;
  const address = [practice.street, practice.houseNumber].filter(Boolean).join(" ");
  const base = `/r/${overview.region.slug}`;
  const archived = practice.archivedAt !== null;

  return (
    <>
      <PageHeader title={practice.name} intro={practice.discipline[locale]}>
        {overview.mayEdit ? (
          <div className="flex flex-wrap items-center gap-3">
            <Link
              href={`${base}/praktijken/${practice.id}/bewerken`}
              className="rounded-md bg-blue-800 px-4 py-2 font-semibold text-white hover:bg-blue-900"
            >
              {n.edit}
            </Link>
            <ActionForm
              variant="inline"
              buttonTone="secondary"
              idPrefix="archive"
              action={setPracticeArchivedAction.bind(null, overview.region.slug, practice.id, !archived)}
              submitLabel={archived ? n.unarchive : n.archive}
            />
          </div>
        ) : null}
      </PageHeader>
      {archived ? (
        <p className="mb-6 rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-amber-900">{n.archivedNotice}</p>
      ) : null}
      <div className="grid gap-8 lg:grid-cols-2">
        <section aria-labelledby="gegevens" className="rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
          <h2 id="gegevens" className="mb-4 text-xl font-semibold">
            {t.practice.title}
          </h2>
          <dl className="grid grid-cols-[max-content_1fr] gap-x-6 gap-y-2">
            <dt className="text-muted">{t.practice.agb}</dt>
            <dd>{practice.agb ?? "–"}</dd>
            <dt className="text-muted">{t.practice.kvk}</dt>
            <dd>{practice.kvk ?? "–"}</dd>
            <dt className="text-muted">{t.practice.address}</dt>
            <dd>{[address, [practice.postcode, practice.city].filter(Boolean).join(" ")].filter(Boolean).join(", ") || "–"}</dd>
            <dt className="text-muted">{t.practice.wijk}</dt>
            <dd>{practice.wijkCode ?? "–"}</dd>
            <dt className="text-muted">{t.practice.registeredPatients}</dt>
            <dd>
              {practice.registeredPatients === null ? "–" : formatNumber(practice.registeredPatients)}
              {practice.registeredPatientsAsOf ? (
                <span className="text-muted">
                  {" "}
                  ({fill(t.practice.asOf, { date: formatDate(practice.registeredPatientsAsOf, locale) })})
                </span>
              ) : null}
            </dd>
            <dt className="text-muted">{n.phone}</dt>
            <dd>{practice.phone ?? "–"}</dd>
            <dt className="text-muted">{n.email}</dt>
            <dd>{practice.email ?? "–"}</dd>
            <dt className="text-muted">{n.website}</dt>
            <dd>{practice.website ?? "–"}</dd>
            <dt className="text-muted">{t.practice.wijkverbanden}</dt>
            <dd>
              {wijkverbanden.length
                ? wijkverbanden.map((w, i) => (
                    <span key={w.id}>
                      {i > 0 ? ", " : null}
                      <Link href={`${base}/wijkverbanden/${w.id}`} className="underline">
                        {w.name}
                      </Link>
                    </span>
                  ))
                : t.common.none}
            </dd>
          </dl>
          {overview.mayEditDetails ? (
            <details className="mt-6">
              <summary className="cursor-pointer font-medium underline">{n.editDetails}</summary>
              <div className="mt-4">
                <PracticeDetailsForm
                  t={t.forms}
                  action={updatePracticeDetailsAction.bind(null, overview.region.slug, practice.id)}
                  initial={{
                    phone: practice.phone ?? "",
                    email: practice.email ?? "",
                    website: practice.website ?? "",
                    registeredPatients: practice.registeredPatients === null ? "" : String(practice.registeredPatients),
                    registeredPatientsAsOf: practice.registeredPatientsAsOf
                      ? practice.registeredPatientsAsOf.toISOString().slice(0, 10)
                      : "",
                  }}
                />
              </div>
            </details>
          ) : null}
        </section>
        <section aria-labelledby="afspraken">
          <h2 id="afspraken" className="mb-4 text-xl font-semibold">
            {t.practice.agreementsToAcknowledge}
          </h2>
          <DataTable
            caption={t.practice.agreementsToAcknowledge}
            head={
              <tr>
                <Th>{t.practice.agreement}</Th>
                <Th>{t.practice.status}</Th>
              </tr>
            }
            empty={t.practice.noAgreements}
          >
            {agreements.map((a) => (
              <tr key={a.versionId}>
                <Td>
                  <span className="font-medium">{a.title}</span>
                  <span className="block text-muted">
                    {a.wijkverband} · v{a.versionNumber} · {formatDate(a.effectiveDate, locale)}
                  </span>
                </Td>
                <Td>
                  {a.state === "accepted" ? (
                    <Badge tone="good">{t.practice.acknowledged}</Badge>
                  ) : a.state === "objection" ? (
                    <Badge tone="warn">{t.practice.objected}</Badge>
                  ) : (
                    <Badge tone="neutral">{t.practice.open}</Badge>
                  )}
                </Td>
              </tr>
            ))}
          </DataTable>
        </section>
      </div>
      <SocialLinksTable title={t.social.linksOfPractice} links={overview.socialLinks} labels={t.social} />
      {overview.history ? <HistoryTable entries={overview.history} labels={n} t={t} locale={locale} /> : null}
    </>
  );
}
