import type { Metadata } from "next";
import Link from "next/link";
import { BarChart } from "@/components/charts/bar-chart";
import { PageHeader } from "@/components/ui/page-header";
import { Stat, StatGrid } from "@/components/ui/stat";
import { SelectField } from "@/components/forms/select-field";
import { Section } from "@/components/ui/section";
import { Badge, DataTable, Td, Th } from "@/components/ui/table";
import { requireActor } from "@/lib/auth/session";
import { getRegiobeeld } from "@/lib/domain/regiobeeld/service";
import { formatNumber } from "@/lib/format";
import { fill } from "@/lib/i18n/messages";
import { getMessages } from "@/lib/i18n/server";
import { loadOr404 } from "@/lib/next/page";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getMessages();
  return { title: t.imports.regiobeeldTitle };
}

const percent = new Intl.NumberFormat("nl-NL", { style: "percent", minimumFractionDigits: 1, maximumFractionDigits: 1 });
const decimal = new Intl.NumberFormat("nl-NL", { maximumFractionDigits: 2 });
const pct = (value: number | null) => (value === null ? "–" : percent.format(value));
const num = (value: number | null) => (value === null ? "–" : formatNumber(value));
const countWithShare = (count: number | null, share: number | null) =>
  count === null ? "–" : `${formatNumber(count)} (${pct(share)})`;

export default async function RegiobeeldPage({
  params,
  searchParams,
}: {
  params: Promise<{ region: string }>;
  searchParams: Promise<{ jaar?: string }>;
}) {
  const { region: slug } = await params;
  const { jaar } = await searchParams;
  const actor = await requireActor();
  const requested = jaar && /^\d{4}$/.test(jaar) ? Number(jaar) : undefined;
  const data = await loadOr404(getRegiobeeld(actor, slug, requested));
  const { locale, t } = await getMessages();
  const rb = t.regiobeeld;
  const base = `/r/${data.region.slug}`;
  // Other numbers of the imported CBS file, at most a dozen columns.
  const extraKeys = [...new Set(data.wijken.flatMap((w) => Object.keys(w.extra)))].slice(0, 12);

  return (
    <>
      <PageHeader
        title={t.imports.regiobeeldTitle}
        intro={data.municipalityCodes ? fill(rb.introMunicipality, { codes: data.municipalityCodes.join(", ") }) : rb.intro}
      >
        {data.mayImport ? (
          <div className="flex flex-wrap gap-4">
            <Link href={`${base}/regiobeeld/import`} className="underline">
              {rb.importWijken}
            </Link>
            <Link href={`${base}/praktijken/import`} className="underline">
              {rb.importPractices}
            </Link>
          </div>
        ) : null}
      </PageHeader>

      {data.years.length === 0 || data.year === null ? (
        <p className="text-muted">
          {rb.noFigures}
          {data.mayImport ? rb.importHint : ""}
        </p>
      ) : (
        <>
          <form method="get" className="mb-8 flex flex-wrap items-end gap-3">
            <SelectField
              id="jaar"
              name="jaar"
              label={rb.year}
              defaultValue={String(data.year)}
              options={data.years.map((y) => ({ value: String(y), label: String(y) }))}
            />
            <button type="submit" className="rounded-md border border-slate-400 bg-white px-4 py-2 font-medium hover:bg-slate-50">
              {rb.show}
            </button>
          </form>

          <Section id="kerncijfers-kop" title={fill(rb.keyFigures, { year: data.year })} className="">
            <StatGrid label={fill(rb.keyFigures, { year: data.year })}>
              <Stat
                label={rb.inhabitants}
                value={formatNumber(data.totals.inhabitants)}
                hint={fill(rb.wijkenCount, { count: formatNumber(data.wijken.length) })}
              />
              <Stat
                label={rb.aged65}
                value={pct(data.totals.share65)}
                hint={fill(rb.aged80, { share: pct(data.totals.share80) })}
              />
              <Stat
                label={rb.gpPractices}
                value={formatNumber(data.totals.huisartsPractices)}
                hint={fill(rb.registeredPatients, { count: formatNumber(data.totals.registeredPatients) })}
              />
              <Stat label={rb.perGpPractice} value={num(data.totals.inhabitantsPerHuisartsPractice)} />
              <Stat label={rb.gaps} value={formatNumber(data.gaps)} />
            </StatGrid>
          </Section>

          <Section id="wijkverbanden-kop" title={rb.perWijkverband}>
            <DataTable
              caption={fill(rb.wijkverbandCaption, { year: data.year })}
              head={
                <tr>
                  <Th>{rb.wijkverband}</Th>
                  <Th>{rb.wijken}</Th>
                  <Th numeric>{rb.inhabitants}</Th>
                  <Th numeric>65+</Th>
                  <Th numeric>80+</Th>
                  <Th numeric>{rb.gpPractices}</Th>
                  <Th numeric>{rb.registered}</Th>
                  <Th numeric>{rb.perGpPractice}</Th>
                  <Th>{rb.perDiscipline}</Th>
                </tr>
              }
              empty={rb.noWijkverbanden}
            >
              {data.wijkverbanden.map((w) => (
                <tr key={w.id}>
                  <Td>{w.name}</Td>
                  <Td>
                    {w.wijkCodes.length === 0 ? "–" : w.wijkCodes.join(", ")}
                    {w.wijkenWithoutStatistics.length > 0 ? (
                      <span className="block text-sm text-muted">
                        {fill(rb.noStatistics, { codes: w.wijkenWithoutStatistics.join(", ") })}
                      </span>
                    ) : null}
                  </Td>
                  <Td numeric>{formatNumber(w.inhabitants)}</Td>
                  <Td numeric>{countWithShare(w.aged65Plus, w.share65)}</Td>
                  <Td numeric>{countWithShare(w.aged80Plus, w.share80)}</Td>
                  <Td numeric>{formatNumber(w.huisartsPractices)}</Td>
                  <Td numeric>{formatNumber(w.registeredPatients)}</Td>
                  <Td numeric>{num(w.inhabitantsPerHuisartsPractice)}</Td>
                  <Td>
                    {w.byDiscipline.length === 0 ? "–" : w.byDiscipline.map((d) => `${d.name[locale]} ${d.practices}`).join(", ")}
                  </Td>
                </tr>
              ))}
            </DataTable>
          </Section>

          <Section id="wijken-kop" title={rb.perWijk} stacked>
            {data.wijken.length > 0 ? (
              <BarChart
                title={fill(rb.chartTitle, { year: data.year })}
                tableId="wijken-tabel"
                bars={data.wijken.map((w) => ({ label: w.name, value: w.share65, display: pct(w.share65) }))}
                note={t.common.chartNote}
              />
            ) : null}
            <div id="wijken-tabel">
              <DataTable
                caption={fill(rb.wijkCaption, { year: data.year })}
                head={
                  <tr>
                    <Th>{rb.wijk}</Th>
                    <Th numeric>{rb.inhabitants}</Th>
                    <Th numeric>65+</Th>
                    <Th numeric>80+</Th>
                    <Th numeric>{rb.households}</Th>
                    <Th numeric>{rb.gpPractices}</Th>
                    <Th numeric>{rb.registered}</Th>
                    <Th numeric>{rb.perGpPractice}</Th>
                    <Th numeric>{rb.allPractices}</Th>
                    <Th>{rb.wijkverband}</Th>
                  </tr>
                }
              >
                {data.wijken.map((w) => (
                  <tr key={w.wijkCode}>
                    <Td>
                      {w.name}
                      <span className="block text-sm text-muted">
                        {w.wijkCode} · {w.municipalityCode}
                      </span>
                    </Td>
                    <Td numeric>{formatNumber(w.inhabitants)}</Td>
                    <Td numeric>{countWithShare(w.aged65Plus, w.share65)}</Td>
                    <Td numeric>{countWithShare(w.aged80Plus, w.share80)}</Td>
                    <Td numeric>{num(w.households)}</Td>
                    <Td numeric>{formatNumber(w.huisartsPractices)}</Td>
                    <Td numeric>{formatNumber(w.registeredPatients)}</Td>
                    <Td numeric>{num(w.inhabitantsPerHuisartsPractice)}</Td>
                    <Td numeric>{formatNumber(w.practices)}</Td>
                    <Td>
                      {w.wijkverbanden.length > 0 ? (
                        w.wijkverbanden.map((v) => v.name).join(", ")
                      ) : (
                        <Badge tone="warn">{rb.noWijkverband}</Badge>
                      )}
                    </Td>
                  </tr>
                ))}
              </DataTable>
            </div>
            {data.practicesWithoutWijk > 0 ? (
              <p className="text-sm text-muted">{fill(rb.withoutWijk, { count: formatNumber(data.practicesWithoutWijk) })}</p>
            ) : null}
          </Section>

          {extraKeys.length > 0 ? (
            <Section id="overige-kop" title={rb.other} intro={rb.otherIntro}>
              <DataTable
                caption={fill(rb.otherCaption, { year: data.year })}
                head={
                  <tr>
                    <Th>{rb.wijk}</Th>
                    {extraKeys.map((key) => (
                      <Th key={key} numeric>
                        {key}
                      </Th>
                    ))}
                  </tr>
                }
              >
                {data.wijken.map((w) => (
                  <tr key={w.wijkCode}>
                    <Td>{w.name}</Td>
                    {extraKeys.map((key) => (
                      <Td key={key} numeric>
                        {typeof w.extra[key] === "number" ? decimal.format(w.extra[key]) : "–"}
                      </Td>
                    ))}
                  </tr>
                ))}
              </DataTable>
            </Section>
          ) : null}

          <Section id="disciplines-kop" title={rb.perDiscipline}>
            <DataTable
              caption={rb.disciplineCaption}
              head={
                <tr>
                  <Th>{rb.discipline}</Th>
                  <Th numeric>{rb.practices}</Th>
                  <Th numeric>{rb.registered}</Th>
                </tr>
              }
              empty={rb.noPractices}
            >
              {data.disciplines.map((d) => (
                <tr key={d.code}>
                  <Td>{d.name[locale]}</Td>
                  <Td numeric>{formatNumber(d.practices)}</Td>
                  <Td numeric>{d.registeredPatients > 0 ? formatNumber(d.registeredPatients) : "–"}</Td>
                </tr>
              ))}
            </DataTable>
          </Section>
        </>
      )}
    </>
  );
}
