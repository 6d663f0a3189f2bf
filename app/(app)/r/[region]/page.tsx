import type { Metadata } from "next";
import Link from "next/link";
import { CoreTeamBadge } from "@/components/ui/core-team-badge";
import { DataTable, Td, Th } from "@/components/ui/table";
import { PageHeader } from "@/components/ui/page-header";
import { Stat, StatGrid } from "@/components/ui/stat";
import { requireActor } from "@/lib/auth/session";
import { getRegionDashboard } from "@/lib/domain/regions/service";
import { formatCents, formatNumber } from "@/lib/format";
import { fill } from "@/lib/i18n/messages";
import { getMessages } from "@/lib/i18n/server";
import { loadOr404 } from "@/lib/next/page";

export const metadata: Metadata = { title: "Overzicht regio" };

export default async function RegionDashboardPage({ params }: { params: Promise<{ region: string }> }) {
  const { region: slug } = await params;
  const actor = await requireActor();
  const year = new Date().getFullYear();
  const data = await loadOr404(getRegionDashboard(actor, slug, year));
  const { t } = await getMessages();
  const complete = data.wijkverbanden.filter((w) => w.coreComplete).length;

  return (
    <>
      <PageHeader title={`${t.region.dashboardTitle}: ${data.region.name}`} intro={`${t.region.municipalities}: ${data.region.municipalityCodes.map((code) => data.municipalityNames[code] ?? code).join(", ")}`} />
      <section aria-labelledby="kerncijfers">
        <h2 id="kerncijfers" className="sr-only">
          {t.region.keyFigures}
        </h2>
        <StatGrid label={t.region.keyFigures}>
          <Stat label={t.region.practices} value={formatNumber(data.practices)} />
          <Stat label={t.region.wijkverbanden} value={formatNumber(data.wijkverbanden.length)} hint={`${complete} ${t.region.completeWijkverbanden}`} />
          <Stat label={t.region.initiatives} value={formatNumber(data.initiatives)} hint={`${t.region.plans}: ${data.plans}`} />
          <Stat label={t.region.registeredPatients} value={formatNumber(data.registeredPatients)} />
          {data.budget ? (
            <>
              <Stat
                label={fill(t.region.budgetTotal, { year: data.budget.year })}
                value={formatCents(data.budget.totalCents)}
                hint={`${t.region.allocated} ${formatCents(data.budget.allocatedCents)}`}
              />
              <Stat label={t.region.pendingExpenditures} value={formatNumber(data.budget.pendingExpenditures)} />
            </>
          ) : null}
        </StatGrid>
      </section>

      <section aria-labelledby="wijkverbanden" className="mt-10">
        <h2 id="wijkverbanden" className="mb-3 text-xl font-semibold">
          {t.region.wijkverbandenTable}
        </h2>
        {data.wijkverbanden.length === 0 ? (
          <p className="text-muted">{t.region.noWijkverbanden}</p>
        ) : (
          <DataTable
            caption={t.region.wijkverbandenTable}
            head={
              <tr>
                <Th>{t.region.name}</Th>
                <Th>{t.region.municipality}</Th>
                <Th numeric>{t.region.inhabitants}</Th>
                <Th numeric>{t.region.members}</Th>
                <Th>{t.region.coreTeam}</Th>
              </tr>
            }
          >
            {data.wijkverbanden.map((w) => (
              <tr key={w.id}>
                <Td>
                  <Link href={`/r/${data.region.slug}/wijkverbanden/${w.id}`} className="underline">
                    {w.name}
                  </Link>
                </Td>
                <Td>{data.municipalityNames[w.municipalityCode] ?? w.municipalityCode}</Td>
                <Td numeric>{w.inhabitants === null ? "–" : formatNumber(w.inhabitants)}</Td>
                <Td numeric>{w.members}</Td>
                <Td>
                  <CoreTeamBadge complete={w.coreComplete} missing={w.missing} labels={t.region} />
                </Td>
              </tr>
            ))}
          </DataTable>
        )}
      </section>
    </>
  );
}
