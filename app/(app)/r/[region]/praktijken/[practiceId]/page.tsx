import type { Metadata } from "next";
import { Badge, DataTable, Td, Th } from "@/components/ui/table";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/session";
import { getPracticeOverview } from "@/lib/domain/practices/service";
import { formatDate, formatNumber } from "@/lib/format";
import { fill } from "@/lib/i18n/messages";
import { getMessages } from "@/lib/i18n/server";
import { loadOr404 } from "@/lib/next/page";

export const metadata: Metadata = { title: "Praktijk" };

export default async function PracticePage({ params }: { params: Promise<{ region: string; practiceId: string }> }) {
  const { region, practiceId } = await params;
  const actor = await requireActor();
  const { practice, wijkverbanden, agreements } = await loadOr404(getPracticeOverview(actor, region, practiceId));
  const { locale, t } = await getMessages();
  const address = [practice.street, practice.houseNumber].filter(Boolean).join(" ");

  return (
    <>
      <PageHeader title={practice.name} intro={practice.discipline} />
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
                <span className="text-muted"> ({fill(t.practice.asOf, { date: formatDate(practice.registeredPatientsAsOf, locale) })})</span>
              ) : null}
            </dd>
            <dt className="text-muted">{t.practice.wijkverbanden}</dt>
            <dd>{wijkverbanden.length ? wijkverbanden.map((w) => w.name).join(", ") : t.common.none}</dd>
          </dl>
        </section>
        <section aria-labelledby="afspraken">
          <h2 id="afspraken" className="mb-4 text-xl font-semibold">
            {t.practice.agreementsToAcknowledge}
          </h2>
          {agreements.length === 0 ? (
            <p className="text-muted">{t.practice.noAgreements}</p>
          ) : (
            <DataTable
              caption={t.practice.agreementsToAcknowledge}
              head={
                <tr>
                  <Th>{t.practice.agreement}</Th>
                  <Th>{t.practice.status}</Th>
                </tr>
              }
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
          )}
        </section>
      </div>
    </>
  );
}
