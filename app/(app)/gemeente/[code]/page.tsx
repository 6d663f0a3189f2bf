import type { Metadata } from "next";
import Link from "next/link";
import { Main } from "@/components/layout/main";
import { CoreTeamBadge } from "@/components/ui/core-team-badge";
import { DataTable, Td, Th } from "@/components/ui/table";
import { PageHeader } from "@/components/ui/page-header";
import { Stat, StatGrid } from "@/components/ui/stat";
import { requireActor } from "@/lib/auth/session";
import { getMunicipalityWorkspace } from "@/lib/domain/municipalities/service";
import { formatNumber } from "@/lib/format";
import { fill } from "@/lib/i18n/messages";
import { getMessages } from "@/lib/i18n/server";
import { loadOr404 } from "@/lib/next/page";

export const metadata: Metadata = { title: "Werkruimte gemeente" };

export default async function MunicipalityHomePage({ params }: { params: Promise<{ code: string }> }) {
  const { code } = await params;
  const actor = await requireActor();
  const data = await loadOr404(getMunicipalityWorkspace(actor, code));
  const { t } = await getMessages();
  const name = data.municipality.name;

  return (
    <Main>
      <PageHeader title={fill(t.municipality.title, { name })} intro={fill(t.municipality.intro, { name })} />
      <StatGrid label={name}>
        <Stat label={t.municipality.wijkverbanden} value={formatNumber(data.wijkverbanden.length)} />
        <Stat label={t.municipality.practices} value={formatNumber(data.practices)} />
        <Stat label={t.municipality.socialLinks} value={formatNumber(data.activeSocialLinks)} />
        <Stat
          label={t.municipality.referrals}
          value={data.latestReferrals ? formatNumber(data.latestReferrals.count) : "–"}
          hint={data.latestReferrals?.period}
        />
      </StatGrid>
      <section aria-labelledby="wijkverbanden" className="mt-10">
        <h2 id="wijkverbanden" className="mb-3 text-xl font-semibold">
          {t.municipality.wijkverbanden}
        </h2>
        {data.wijkverbanden.length === 0 ? (
          <p className="text-muted">{t.municipality.noWijkverbanden}</p>
        ) : (
          <DataTable
            caption={t.municipality.wijkverbanden}
            head={
              <tr>
                <Th>{t.region.name}</Th>
                <Th>{t.municipality.region}</Th>
                <Th numeric>{t.region.inhabitants}</Th>
                <Th>{t.region.coreTeam}</Th>
              </tr>
            }
          >
            {data.wijkverbanden.map((w) => (
              <tr key={w.id}>
                <Td>
                  <Link href={`/r/${w.regionSlug}/wijkverbanden/${w.id}`} className="underline">
                    {w.name}
                  </Link>
                </Td>
                <Td>
                  <Link href={`/r/${w.regionSlug}`} className="underline">
                    {w.regionName}
                  </Link>
                </Td>
                <Td numeric>{w.inhabitants === null ? "–" : formatNumber(w.inhabitants)}</Td>
                <Td>
                  <CoreTeamBadge complete={w.coreComplete} missing={w.missing} labels={t.region} />
                </Td>
              </tr>
            ))}
          </DataTable>
        )}
      </section>
    </Main>
  );
}
