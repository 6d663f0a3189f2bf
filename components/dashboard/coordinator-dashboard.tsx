import Link from "next/link";
import type { ReactNode } from "react";
import { BarChart } from "@/components/charts/bar-chart";
import { describeActivity } from "@/components/audit/describe-action";
import { PageHeader } from "@/components/ui/page-header";
import { Stat, StatGrid } from "@/components/ui/stat";
import { Badge, DataTable, Td, Th } from "@/components/ui/table";
import type { AttentionItem, CoordinatorDashboard as Data } from "@/lib/domain/dashboard/rules";
import { PHASES } from "@/lib/domain/plans/rules";
import { formatCents, formatDateTime, formatNumber } from "@/lib/format";
import { fill, type Messages } from "@/lib/i18n/messages";

const LINK = "text-blue-800 underline hover:text-blue-950";

/** A figure that links to the page it comes from. */
function FigureLink({ href, children }: { href: string; children: ReactNode }) {
  return (
    <Link href={href} className={LINK}>
      {children}
    </Link>
  );
}

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="mt-10">
      <h2 id={id} className="mb-3 text-xl font-semibold">
        {title}
      </h2>
      {children}
    </section>
  );
}

function percent(part: number, whole: number): number {
  return whole > 0 ? Math.floor((part * 100) / whole) : 0;
}

function AttentionList({ items, t }: { items: AttentionItem[]; t: Messages }) {
  const a = t.dashboard.attention;
  if (items.length === 0) return <p className="text-muted">{a.none}</p>;
  return (
    <ol className="space-y-2" data-testid="attention">
      {items.map((item) => (
        <li
          key={item.kind}
          className={`flex flex-wrap items-center gap-3 rounded-md border px-4 py-2 ${item.urgent ? "border-amber-400 bg-amber-50" : "border-slate-200 bg-white"}`}
        >
          {item.urgent ? <Badge tone="warn">{a.urgent}</Badge> : null}
          <FigureLink href={item.href}>{fill(a[item.kind], { count: formatNumber(item.count) })}</FigureLink>
        </li>
      ))}
    </ol>
  );
}

/** The coordinator's home: the region at a glance, every figure a link to where it comes from. */
export function CoordinatorDashboard({ data, t, locale }: { data: Data; t: Messages; locale: "nl" | "en" }) {
  const d = t.dashboard;
  const base = `/r/${data.region.slug}`;
  const { plan, money, agreements, network, social } = data;
  const planList = plan ? `${base}/initiatieven?plan=${plan.id}` : `${base}/initiatieven`;
  const budget = money ? `${base}/budget?jaar=${money.year}` : `${base}/budget`;

  return (
    <>
      <PageHeader title={`${t.region.dashboardTitle}: ${data.region.name}`} intro={d.intro} />

      <Section id="aandacht" title={d.attention.title}>
        <AttentionList items={data.attention} t={t} />
      </Section>

      <Section id="regioplan" title={d.plan.title}>
        {!plan ? (
          <p className="text-muted">
            {d.plan.none} <FigureLink href={`${base}/regioplan`}>{d.plan.create}</FigureLink>
          </p>
        ) : (
          <>
            <p className="mb-3">
              <FigureLink href={`${base}/regioplan/${plan.id}`}>
                {fill(d.plan.planLine, {
                  title: plan.title,
                  from: plan.periodStart,
                  to: plan.periodEnd,
                  status: t.plan.status[plan.status].toLocaleLowerCase(),
                })}
              </FigureLink>
            </p>
            <StatGrid label={d.plan.title}>
              <Stat
                label={d.plan.initiatives}
                value={<FigureLink href={planList}>{formatNumber(plan.initiatives)}</FigureLink>}
              />
              <Stat
                label={d.plan.overdue}
                value={<FigureLink href={`${planList}&signaal=over-tijd`}>{formatNumber(plan.overdueMilestones)}</FigureLink>}
              />
              <Stat
                label={d.plan.onTrack}
                value={<FigureLink href={planList}>{formatNumber(plan.indicators.onTrack)}</FigureLink>}
              />
              <Stat
                label={d.plan.offTrack}
                value={
                  <FigureLink href={`${planList}&signaal=niet-op-koers`}>{formatNumber(plan.indicators.offTrack)}</FigureLink>
                }
                hint={`${d.plan.noData}: ${formatNumber(plan.indicators.noData)}`}
              />
            </StatGrid>
            <div className="mt-4 grid gap-4 lg:grid-cols-2">
              <BarChart
                title={d.plan.perPhase}
                tableId="fasen-tabel"
                note={t.common.chartNote}
                bars={PHASES.map((p) => ({
                  label: t.plan.phase[p],
                  value: plan.phases[p],
                  display: formatNumber(plan.phases[p]),
                }))}
              />
              <div id="fasen-tabel">
                <DataTable
                  caption={d.plan.perPhase}
                  head={
                    <tr>
                      <Th>{d.plan.phase}</Th>
                      <Th numeric>{d.plan.count}</Th>
                    </tr>
                  }
                >
                  {PHASES.map((p) => (
                    <tr key={p}>
                      <Td>{t.plan.phase[p]}</Td>
                      <Td numeric>
                        <FigureLink href={`${planList}&fase=${p}`}>{formatNumber(plan.phases[p])}</FigureLink>
                      </Td>
                    </tr>
                  ))}
                </DataTable>
              </div>
            </div>
          </>
        )}
      </Section>

      <Section id="geld" title={fill(d.money.title, { year: money?.year ?? "" }).trim()}>
        {!money ? (
          <p className="text-muted">{d.money.none}</p>
        ) : (
          <>
            <BarChart
              title={d.money.chart}
              tableId="verzekeraars-tabel"
              note={t.common.chartNote}
              max={100}
              bars={money.insurers.map((r) => ({
                label: r.insurerName,
                value: percent(r.approvedCents, r.plannedCents),
                display: fill(d.money.approvedOf, {
                  approved: formatCents(r.approvedCents),
                  budget: formatCents(r.plannedCents),
                  percent: percent(r.approvedCents, r.plannedCents),
                }),
              }))}
            />
            <div id="verzekeraars-tabel" className="mt-4">
              <DataTable
                caption={fill(d.money.perInsurer, { year: money.year })}
                head={
                  <tr>
                    <Th>{t.money.region.insurer}</Th>
                    <Th numeric>{t.money.figures.planned}</Th>
                    <Th numeric>{t.money.figures.allocated}</Th>
                    <Th numeric>{t.money.figures.approved}</Th>
                    <Th numeric>{t.money.region.openQuestions}</Th>
                    <Th numeric>{t.money.region.concepts}</Th>
                  </tr>
                }
              >
                {[
                  ...money.insurers.map((r) => ({ key: r.insurerId, name: r.insurerName, f: r })),
                  { key: "totaal", name: d.money.totals, f: money.totals },
                ].map(({ key, name, f }) => (
                  <tr key={key} className={key === "totaal" ? "bg-slate-50 font-semibold" : undefined}>
                    <Td>{name}</Td>
                    <Td numeric>
                      <FigureLink href={budget}>{formatCents(f.plannedCents)}</FigureLink>
                    </Td>
                    <Td numeric>
                      <FigureLink href={budget}>{formatCents(f.allocatedCents)}</FigureLink>
                    </Td>
                    <Td numeric>
                      <FigureLink href={budget}>{formatCents(f.approvedCents)}</FigureLink>
                    </Td>
                    <Td numeric>
                      <FigureLink href={budget}>{formatNumber(f.openQuestions)}</FigureLink>
                    </Td>
                    <Td numeric>
                      <FigureLink href={budget}>{formatNumber(f.concepts)}</FigureLink>
                    </Td>
                  </tr>
                ))}
              </DataTable>
            </div>
          </>
        )}
      </Section>

      <div className="grid gap-x-8 lg:grid-cols-2">
        <Section id="afspraken" title={d.agreements.title}>
          {!agreements ? (
            <p className="text-muted">
              {d.agreements.none} <FigureLink href={`${base}/afspraken`}>{t.agreements.regionTitle}</FigureLink>
            </p>
          ) : (
            <StatGrid label={d.agreements.title}>
              <Stat
                label={d.agreements.share}
                value={
                  <FigureLink href={`${base}/afspraken`}>
                    {fill(d.agreements.shareValue, { percent: agreements.percent })}
                  </FigureLink>
                }
                hint={fill(d.agreements.shareHint, {
                  accepted: formatNumber(agreements.accepted),
                  asked: formatNumber(agreements.asked),
                  open: formatNumber(agreements.open),
                })}
              />
              <Stat
                label={d.agreements.objections}
                value={<FigureLink href={`${base}/afspraken`}>{formatNumber(agreements.objections)}</FigureLink>}
                hint={`${d.agreements.published}: ${formatNumber(agreements.published)}`}
              />
            </StatGrid>
          )}
        </Section>

        <Section id="wijkverbanden" title={d.network.title}>
          {network.total === 0 ? (
            <p className="text-muted">{d.network.none}</p>
          ) : (
            <>
              <StatGrid label={d.network.title}>
                <Stat
                  label={d.network.complete}
                  value={
                    <FigureLink href={`${base}/wijkverbanden`}>
                      {fill(d.network.completeValue, { complete: network.complete, total: network.total })}
                    </FigureLink>
                  }
                />
              </StatGrid>
              {network.incomplete.length > 0 ? (
                <>
                  <h3 className="mt-4 mb-2 font-semibold">{d.network.incomplete}</h3>
                  <ul className="space-y-1">
                    {network.incomplete.map((w) => (
                      <li key={w.id}>
                        <FigureLink href={`${base}/wijkverbanden/${w.id}`}>{w.name}</FigureLink>{" "}
                        <span className="text-sm text-muted">{fill(d.network.missing, { roles: w.missing.join(", ") })}</span>
                      </li>
                    ))}
                  </ul>
                </>
              ) : null}
            </>
          )}
        </Section>
      </div>

      <Section id="sociaal-domein" title={d.social.title}>
        <div className="grid gap-4 lg:grid-cols-2">
          <BarChart
            title={d.social.perMunicipality}
            tableId="sociaal-tabel"
            note={t.common.chartNote}
            bars={social.municipalities.map((m) => ({ label: m.name, value: m.active, display: formatNumber(m.active) }))}
          />
          <div id="sociaal-tabel">
            <DataTable
              caption={d.social.perMunicipality}
              head={
                <tr>
                  <Th>{d.social.municipality}</Th>
                  <Th numeric>{d.social.active}</Th>
                  <Th numeric>{d.social.exploring}</Th>
                </tr>
              }
            >
              {social.municipalities.map((m) => (
                <tr key={m.code}>
                  <Td>{m.name}</Td>
                  <Td numeric>
                    <FigureLink href={`${base}/sociaal-domein`}>{formatNumber(m.active)}</FigureLink>
                  </Td>
                  <Td numeric>{formatNumber(m.exploring)}</Td>
                </tr>
              ))}
            </DataTable>
          </div>
        </div>
      </Section>

      <Section id="activiteit" title={d.activity.title}>
        <DataTable
          caption={d.activity.title}
          head={
            <tr>
              <Th>{d.activity.when}</Th>
              <Th>{d.activity.who}</Th>
              <Th>{d.activity.what}</Th>
            </tr>
          }
          empty={d.activity.none}
        >
          {data.activity.map((e) => (
            <tr key={e.id}>
              <Td nowrap>{formatDateTime(e.occurredAt, locale)}</Td>
              <Td>
                {e.who}
                {e.role ? (
                  <span className="block text-xs text-muted">{(t.roles as Record<string, string>)[e.role] ?? e.role}</span>
                ) : null}
              </Td>
              <Td>{e.href ? <FigureLink href={e.href}>{describeActivity(e, t)}</FigureLink> : describeActivity(e, t)}</Td>
            </tr>
          ))}
        </DataTable>
        <p className="mt-3">
          <FigureLink href={`${base}/audit`}>{d.activity.all}</FigureLink>
        </p>
      </Section>
    </>
  );
}
