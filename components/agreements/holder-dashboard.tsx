import Link from "next/link";
import { HolderAgreementTable } from "@/components/agreements/agreement-table";
import { CoreTeamBadge } from "@/components/network/wijkverband-table";
import { Section } from "@/components/ui/section";
import { DataTable, Td, Th } from "@/components/ui/table";
import { PageHeader } from "@/components/ui/page-header";
import type { HolderDashboard as Data } from "@/lib/domain/agreements/types";
import { formatDate } from "@/lib/format";
import { fill, type Messages } from "@/lib/i18n/messages";

/** A practice holder's home: agreements to confirm, wijkverbanden, initiatives, stale patient counts. */
export function HolderDashboard({
  data,
  userName,
  t,
  locale,
}: {
  data: Data;
  userName: string;
  t: Messages;
  locale: "nl" | "en";
}) {
  const a = t.agreements;
  const slug = data.region.slug;
  return (
    <>
      <PageHeader
        title={fill(a.dashboardTitle, { name: userName })}
        intro={fill(a.dashboardIntro, { region: data.region.name })}
      />

      {data.stalePatientCounts.length ? (
        <section aria-labelledby="patienten-bijwerken" className="mb-8 rounded-lg border-2 border-amber-600 bg-amber-50 p-5">
          <h2 id="patienten-bijwerken" className="mb-2 text-lg font-semibold">
            {a.patientsPrompt}
          </h2>
          <ul className="space-y-1">
            {data.stalePatientCounts.map((p) => (
              <li key={p.id}>
                {p.asOf
                  ? fill(a.patientsPromptText, { practice: p.name, date: formatDate(p.asOf, locale) })
                  : fill(a.patientsPromptMissing, { practice: p.name })}{" "}
                <Link href={`/r/${slug}/praktijken/${p.id}`} className="font-medium underline">
                  {fill(a.patientsPromptLink, { practice: p.name })}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <section aria-labelledby="te-bevestigen" className="mb-10">
        <h2 id="te-bevestigen" className="mb-1 text-xl font-semibold">
          {a.toConfirm}
        </h2>
        <p className="mb-3 text-muted">
          {data.agreements.toConfirm > 0 ? fill(a.toConfirmCount, { count: data.agreements.toConfirm }) : a.nothingToConfirm}{" "}
          <Link href={`/r/${slug}/afspraken`} className="underline">
            {a.toAllAgreements}
          </Link>
        </p>
        {data.agreements.items.length ? (
          <HolderAgreementTable data={data.agreements} slug={slug} labels={a} locale={locale} />
        ) : (
          <p className="text-muted">{a.noPublished}</p>
        )}
      </section>

      <Section id="uw-wijkverbanden" title={a.yourWijkverbanden} className="mb-10">
        <DataTable
          caption={a.wijkverbandenCaption}
          head={
            <tr>
              <Th>{a.wijkverband}</Th>
              <Th>{a.practices}</Th>
              <Th>{a.coreTeam}</Th>
            </tr>
          }
          empty={a.noWijkverbanden}
        >
          {data.wijkverbanden.map((w) => (
            <tr key={w.id}>
              <Td href={`/r/${slug}/wijkverbanden/${w.id}`}>{w.name}</Td>
              <Td>{w.practices.join(", ")}</Td>
              <Td>
                <CoreTeamBadge complete={w.coreComplete} missing={w.missing} t={t.network} />
              </Td>
            </tr>
          ))}
        </DataTable>
      </Section>

      <Section id="uw-initiatieven" title={a.yourInitiatives} className="mb-10">
        <DataTable
          caption={a.initiativesCaption}
          head={
            <tr>
              <Th>{a.initiative}</Th>
              <Th>{a.theme}</Th>
              <Th>{a.phase}</Th>
              <Th>{a.via}</Th>
            </tr>
          }
          empty={a.noInitiatives}
        >
          {data.initiatives.map((i) => (
            <tr key={i.id}>
              <Td href={`/r/${slug}/initiatieven/${i.id}`}>{i.title}</Td>
              <Td>{i.theme}</Td>
              <Td>{t.plan.phase[i.phase as keyof typeof t.plan.phase] ?? i.phase}</Td>
              <Td>{i.via.join(", ")}</Td>
            </tr>
          ))}
        </DataTable>
      </Section>

      <p>
        {data.stalePatientCounts.length === 0
          ? data.agreements.practices.map((p) => (
              <Link key={p.id} href={`/r/${slug}/praktijken/${p.id}`} className="mr-4 underline">
                {a.toPractice}: {p.name}
              </Link>
            ))
          : null}
      </p>
    </>
  );
}
