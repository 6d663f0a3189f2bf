import type { Metadata } from "next";
import Link from "next/link";
import { QuarterChart } from "@/components/charts/quarter-chart";
import { Main } from "@/components/layout/main";
import { CoreTeamBadge } from "@/components/network/wijkverband-table";
import { DataTable, Td, Th } from "@/components/ui/table";
import { PeriodTable } from "@/components/ui/period-table";
import { Section } from "@/components/ui/section";
import { PageHeader } from "@/components/ui/page-header";
import { Stat, StatGrid } from "@/components/ui/stat";
import { requireActor } from "@/lib/auth/session";
import { getMunicipalityWorkspace } from "@/lib/domain/municipalities/service";
import { LINK_KINDS } from "@/lib/domain/social/rules";
import { formatNumber } from "@/lib/format";
import { fill } from "@/lib/i18n/messages";
import { getMessages } from "@/lib/i18n/server";
import { loadOr404 } from "@/lib/next/page";
import { ExportLinks } from "../../_social/social-view";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getMessages();
  return { title: t.municipality.metaTitle };
}

const show = (value: number | null | undefined) => (value === null || value === undefined ? "–" : formatNumber(value));

export default async function MunicipalityHomePage({ params }: { params: Promise<{ code: string }> }) {
  const { code } = await params;
  const actor = await requireActor();
  const data = await loadOr404(getMunicipalityWorkspace(actor, code));
  const { t } = await getMessages();
  const s = t.social;
  const name = data.municipality.name;
  const base = `/gemeente/${data.municipality.code}`;
  const gaps = data.wijken.filter((w) => w.activeLinks === 0);
  const kinds = LINK_KINDS.filter((k) => data.wijkverbanden.some((w) => w.activeByKind[k]));

  return (
    <Main>
      <PageHeader title={fill(t.municipality.title, { name })} intro={fill(s.homeIntro, { name })}>
        <div className="flex flex-col items-end gap-2">
          <Link href={`${base}/sociaal-domein`} className="font-semibold underline">
            {s.toSocial}
          </Link>
          <ExportLinks href={`${base}/export`} t={s} />
        </div>
      </PageHeader>
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

      <Section
        id="wijkverbanden"
        title={s.perWijkverband}
        actions={<ExportLinks href={`${base}/export?tabel=wijkverbanden`} t={s} />}
      >
        <DataTable
          caption={`${s.perWijkverband}: ${t.region.coreTeam}, ${s.activeLinksPerKind}`}
          head={
            <tr>
              <Th>{t.region.name}</Th>
              <Th>{t.municipality.region}</Th>
              <Th>{t.region.coreTeam}</Th>
              {kinds.map((k) => (
                <Th key={k} numeric>
                  {s.linkKindLabel[k]}
                </Th>
              ))}
              <Th numeric>{s.activeLinks}</Th>
            </tr>
          }
          empty={t.municipality.noWijkverbanden}
        >
          {data.wijkverbanden.map((w) => (
            <tr key={w.id}>
              <Td href={`/r/${w.regionSlug}/wijkverbanden/${w.id}`}>{w.name}</Td>
              <Td>{w.regionName}</Td>
              <Td>
                <CoreTeamBadge complete={w.coreComplete} missing={w.missing} t={t.network} />
              </Td>
              {kinds.map((k) => (
                <Td key={k} numeric>
                  {formatNumber(w.activeByKind[k] ?? 0)}
                </Td>
              ))}
              <Td numeric>{formatNumber(w.activeLinks)}</Td>
            </tr>
          ))}
        </DataTable>
      </Section>

      <Section
        id="verwijzingen"
        title={s.referrals}
        actions={<ExportLinks href={`${base}/export?tabel=verwijzingen`} t={s} />}
        stacked
      >
        <QuarterChart
          title={fill(s.chartTitle, { name })}
          periods={data.periods}
          values={data.totals}
          tableId="verwijzingen-tabel"
          tableLabel={s.chartTable}
        />
        <div id="verwijzingen-tabel">
          <PeriodTable
            caption={s.chartTable}
            labelHeader={t.region.name}
            periods={data.periods}
            rows={data.wijkverbanden.map((w) => ({ key: w.id, label: w.name, values: w.counts }))}
            total={{ label: s.wholeMunicipality, values: data.totals }}
          />
        </div>
      </Section>

      <Section
        id="witte-vlekken"
        title={`${s.gaps} (${formatNumber(gaps.length)})`}
        actions={<ExportLinks href={`${base}/export?tabel=witte_vlekken`} t={s} />}
        intro={s.gapsIntro}
      >
        {gaps.length === 0 ? (
          <p>{s.noGaps}</p>
        ) : (
          <ul className="grid gap-2 sm:grid-cols-2 lg:grid-cols-3" aria-label={s.gaps}>
            {gaps.map((w) => (
              <li key={w.code} className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-amber-950">
                <strong>{w.name}</strong> <span className="text-sm">({w.code})</span>
                <br />
                <span className="text-sm">
                  {w.inhabitants === null ? "" : `${formatNumber(w.inhabitants)} ${s.inhabitants.toLowerCase()} · `}
                  {w.wijkverbanden.length ? w.wijkverbanden.join(", ") : t.common.none}
                </span>
              </li>
            ))}
          </ul>
        )}
      </Section>

      <Section id="wijken" title={s.wijken} actions={<ExportLinks href={`${base}/export?tabel=wijken`} t={s} />}>
        <DataTable
          caption={s.wijken}
          head={
            <tr>
              <Th>{s.wijkCode}</Th>
              <Th>{s.wijk}</Th>
              <Th numeric>{s.inhabitants}</Th>
              <Th>{s.wijkverbanden}</Th>
              <Th numeric>{s.activeLinks}</Th>
            </tr>
          }
        >
          {data.wijken.map((w) => (
            <tr key={w.code}>
              <Td>{w.code}</Td>
              <Td>{w.name}</Td>
              <Td numeric>{show(w.inhabitants)}</Td>
              <Td>{w.wijkverbanden.join(", ") || "–"}</Td>
              <Td numeric>{formatNumber(w.activeLinks)}</Td>
            </tr>
          ))}
        </DataTable>
      </Section>

      <Section
        id="initiatieven"
        title={s.initiatives}
        actions={<ExportLinks href={`${base}/export?tabel=initiatieven`} t={s} />}
        intro={fill(s.initiativesIntro, { name })}
      >
        <DataTable
          caption={s.initiatives}
          head={
            <tr>
              <Th>{s.initiative}</Th>
              <Th>{s.theme}</Th>
              <Th>{s.clientGroup}</Th>
              <Th>{s.phase}</Th>
              <Th>{s.plan}</Th>
            </tr>
          }
          empty={s.noInitiatives}
        >
          {data.initiatives.map((i) => (
            <tr key={i.id}>
              <Td href={`/r/${i.regionSlug}/initiatieven/${i.id}`}>{i.title}</Td>
              <Td>{i.theme}</Td>
              <Td>{i.clientGroup ? t.plan.clientGroup[i.clientGroup] : "–"}</Td>
              <Td>{t.plan.phase[i.phase]}</Td>
              <Td>
                {i.planTitle} ({i.regionName})
              </Td>
            </tr>
          ))}
        </DataTable>
      </Section>
    </Main>
  );
}
