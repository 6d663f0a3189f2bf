import type { Metadata } from "next";
import Link from "next/link";
import { QuarterChart } from "@/components/charts/quarter-chart";
import { Main } from "@/components/layout/main";
import { CoreTeamBadge } from "@/components/network/wijkverband-table";
import { DataTable, Td, Th } from "@/components/ui/table";
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

      <section aria-labelledby="wijkverbanden" className="mt-10">
        <div className="mb-3 flex flex-wrap items-baseline justify-between gap-2">
          <h2 id="wijkverbanden" className="text-xl font-semibold">
            {s.perWijkverband}
          </h2>
          <ExportLinks href={`${base}/export?tabel=wijkverbanden`} t={s} />
        </div>
        {data.wijkverbanden.length === 0 ? (
          <p className="text-muted">{t.municipality.noWijkverbanden}</p>
        ) : (
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
          >
            {data.wijkverbanden.map((w) => (
              <tr key={w.id}>
                <Td>
                  <Link href={`/r/${w.regionSlug}/wijkverbanden/${w.id}`} className="underline">
                    {w.name}
                  </Link>
                </Td>
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
        )}
      </section>

      <section aria-labelledby="verwijzingen" className="mt-10 space-y-4">
        <div className="flex flex-wrap items-baseline justify-between gap-2">
          <h2 id="verwijzingen" className="text-xl font-semibold">
            {s.referrals}
          </h2>
          <ExportLinks href={`${base}/export?tabel=verwijzingen`} t={s} />
        </div>
        <QuarterChart
          title={fill(s.chartTitle, { name })}
          periods={data.periods}
          values={data.totals}
          tableId="verwijzingen-tabel"
          tableLabel={s.chartTable}
        />
        <div id="verwijzingen-tabel">
          <DataTable
            caption={s.chartTable}
            head={
              <tr>
                <Th>{t.region.name}</Th>
                {data.periods.map((p) => (
                  <Th key={p} numeric>
                    {p}
                  </Th>
                ))}
              </tr>
            }
          >
            {data.wijkverbanden.map((w) => (
              <tr key={w.id}>
                <Td>{w.name}</Td>
                {w.counts.map((c, i) => (
                  <Td key={data.periods[i]} numeric>
                    {show(c)}
                  </Td>
                ))}
              </tr>
            ))}
            <tr className="font-semibold">
              <Td>{s.wholeMunicipality}</Td>
              {data.totals.map((c, i) => (
                <Td key={data.periods[i]} numeric>
                  {show(c)}
                </Td>
              ))}
            </tr>
          </DataTable>
        </div>
      </section>

      <section aria-labelledby="witte-vlekken" className="mt-10">
        <div className="mb-3 flex flex-wrap items-baseline justify-between gap-2">
          <h2 id="witte-vlekken" className="text-xl font-semibold">
            {s.gaps} ({formatNumber(gaps.length)})
          </h2>
          <ExportLinks href={`${base}/export?tabel=witte_vlekken`} t={s} />
        </div>
        <p className="mb-3 text-muted">{s.gapsIntro}</p>
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
      </section>

      <section aria-labelledby="wijken" className="mt-10">
        <div className="mb-3 flex flex-wrap items-baseline justify-between gap-2">
          <h2 id="wijken" className="text-xl font-semibold">
            {s.wijken}
          </h2>
          <ExportLinks href={`${base}/export?tabel=wijken`} t={s} />
        </div>
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
      </section>

      <section aria-labelledby="initiatieven" className="mt-10">
        <div className="mb-3 flex flex-wrap items-baseline justify-between gap-2">
          <h2 id="initiatieven" className="text-xl font-semibold">
            {s.initiatives}
          </h2>
          <ExportLinks href={`${base}/export?tabel=initiatieven`} t={s} />
        </div>
        <p className="mb-3 text-muted">{fill(s.initiativesIntro, { name })}</p>
        {data.initiatives.length === 0 ? (
          <p className="text-muted">{s.noInitiatives}</p>
        ) : (
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
          >
            {data.initiatives.map((i) => (
              <tr key={i.id}>
                <Td>
                  <Link href={`/r/${i.regionSlug}/initiatieven/${i.id}`} className="underline">
                    {i.title}
                  </Link>
                </Td>
                <Td>{i.theme}</Td>
                <Td>{i.clientGroup ? t.plan.clientGroup[i.clientGroup] : "–"}</Td>
                <Td>{t.plan.phase[i.phase]}</Td>
                <Td>
                  {i.planTitle} ({i.regionName})
                </Td>
              </tr>
            ))}
          </DataTable>
        )}
      </section>
    </Main>
  );
}
