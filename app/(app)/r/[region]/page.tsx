import type { Metadata } from "next";
import { HolderDashboard } from "@/components/agreements/holder-dashboard";
import { CoordinatorDashboard } from "@/components/dashboard/coordinator-dashboard";
import { WijkverbandTable } from "@/components/network/wijkverband-table";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import { Stat, StatGrid } from "@/components/ui/stat";
import { requireActor } from "@/lib/auth/session";
import { isCoordinatorHome, isHolderHome } from "@/lib/auth/workspaces";
import { getHolderDashboard } from "@/lib/domain/agreements/service";
import { getCoordinatorDashboard } from "@/lib/domain/dashboard/service";
import { getRegionDashboard } from "@/lib/domain/regions/service";
import { formatCents, formatNumber } from "@/lib/format";
import { fill } from "@/lib/i18n/messages";
import { getMessages } from "@/lib/i18n/server";
import { loadOr404 } from "@/lib/next/page";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getMessages();
  return { title: t.region.dashboardTitle };
}

export default async function RegionDashboardPage({ params }: { params: Promise<{ region: string }> }) {
  const { region: slug } = await params;
  const actor = await requireActor();
  // A practice holder's home is their own dashboard (agreements, wijkverbanden, initiatives).
  if (isHolderHome(actor, slug)) {
    const holder = await loadOr404(getHolderDashboard(actor, slug));
    const { locale, t } = await getMessages();
    return <HolderDashboard data={holder} userName={actor.name} t={t} locale={locale} />;
  }
  // A coordinator's home is the region at a glance (lib/domain/dashboard); insurers and
  // municipality officers keep the overview below, with what their roles may see.
  if (isCoordinatorHome(actor, slug)) {
    const dashboard = await loadOr404(getCoordinatorDashboard(actor, slug));
    const { locale, t } = await getMessages();
    return <CoordinatorDashboard data={dashboard} t={t} locale={locale} />;
  }
  const year = new Date().getFullYear();
  const data = await loadOr404(getRegionDashboard(actor, slug, year));
  const { t } = await getMessages();
  const complete = data.wijkverbanden.filter((w) => w.coreComplete).length;

  return (
    <>
      <PageHeader
        title={`${t.region.dashboardTitle}: ${data.region.name}`}
        intro={`${t.region.municipalities}: ${data.region.municipalityCodes.map((code) => data.municipalityNames[code] ?? code).join(", ")}`}
      />
      <section aria-labelledby="kerncijfers">
        <h2 id="kerncijfers" className="sr-only">
          {t.region.keyFigures}
        </h2>
        <StatGrid label={t.region.keyFigures}>
          <Stat label={t.region.practices} value={formatNumber(data.practices)} />
          <Stat
            label={t.region.wijkverbanden}
            value={formatNumber(data.wijkverbanden.length)}
            hint={`${complete} ${t.region.completeWijkverbanden}`}
          />
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

      <Section id="wijkverbanden" title={t.region.wijkverbandenTable}>
        {data.wijkverbanden.length === 0 ? (
          <p className="text-muted">{t.region.noWijkverbanden}</p>
        ) : (
          <WijkverbandTable
            caption={t.region.wijkverbandenTable}
            columns={["municipality", "members"]}
            t={t.network}
            rows={data.wijkverbanden.map((w) => ({
              ...w,
              href: `/r/${data.region.slug}/wijkverbanden/${w.id}`,
              municipality: data.municipalityNames[w.municipalityCode] ?? w.municipalityCode,
            }))}
          />
        )}
      </Section>
    </>
  );
}
