import type { Metadata } from "next";
import Link from "next/link";
import { BarChart } from "@/components/charts/bar-chart";
import { PageHeader } from "@/components/ui/page-header";
import { Stat, StatGrid } from "@/components/ui/stat";
import { Badge, DataTable, Td, Th } from "@/components/ui/table";
import { requireActor } from "@/lib/auth/session";
import { getRegiobeeld } from "@/lib/domain/regiobeeld/service";
import { formatNumber } from "@/lib/format";
import { getMessages } from "@/lib/i18n/server";
import { loadOr404 } from "@/lib/next/page";

export const metadata: Metadata = { title: "Regiobeeld" };

const percent = new Intl.NumberFormat("nl-NL", { style: "percent", minimumFractionDigits: 1, maximumFractionDigits: 1 });
const decimal = new Intl.NumberFormat("nl-NL", { maximumFractionDigits: 2 });
const pct = (value: number | null) => (value === null ? "–" : percent.format(value));
const num = (value: number | null) => (value === null ? "–" : formatNumber(value));
const countWithShare = (count: number | null, share: number | null) => (count === null ? "–" : `${formatNumber(count)} (${pct(share)})`);

export default async function RegiobeeldPage({ params, searchParams }: { params: Promise<{ region: string }>; searchParams: Promise<{ jaar?: string }> }) {
  const { region: slug } = await params;
  const { jaar } = await searchParams;
  const actor = await requireActor();
  const requested = jaar && /^\d{4}$/.test(jaar) ? Number(jaar) : undefined;
  const data = await loadOr404(getRegiobeeld(actor, slug, requested));
  const { t } = await getMessages();
  const base = `/r/${data.region.slug}`;
  // Other numbers of the imported CBS file, at most a dozen columns.
  const extraKeys = [...new Set(data.wijken.flatMap((w) => Object.keys(w.extra)))].slice(0, 12);

  return (
    <>
      <PageHeader
        title={t.imports.regiobeeldTitle}
        intro={
          data.municipalityCodes
            ? `Bevolking, vergrijzing en zorgaanbod in de wijken van uw gemeente (${data.municipalityCodes.join(", ")}).`
            : "Bevolking, vergrijzing en zorgaanbod per wijk en per wijkverband, en de wijken die nog geen wijkverband hebben."
        }
      >
        {data.mayImport ? (
          <div className="flex flex-wrap gap-4">
            <Link href={`${base}/regiobeeld/import`} className="underline">
              Wijkcijfers importeren
            </Link>
            <Link href={`${base}/praktijken/import`} className="underline">
              Praktijken importeren
            </Link>
          </div>
        ) : null}
      </PageHeader>

      {data.years.length === 0 || data.year === null ? (
        <p className="text-muted">Er zijn nog geen wijkcijfers voor deze regio.{data.mayImport ? " Importeer ze uit het CBS-bestand ‘Kerncijfers wijken en buurten’." : ""}</p>
      ) : (
        <>
          <form method="get" className="mb-8 flex flex-wrap items-end gap-3">
            <div>
              <label htmlFor="jaar" className="block font-medium">
                Jaar van de wijkcijfers
              </label>
              <select id="jaar" name="jaar" defaultValue={data.year} className="mt-1 rounded-md border border-slate-400 px-3 py-2">
                {data.years.map((y) => (
                  <option key={y} value={y}>
                    {y}
                  </option>
                ))}
              </select>
            </div>
            <button type="submit" className="rounded-md border border-slate-400 bg-white px-4 py-2 font-medium hover:bg-slate-50">
              Tonen
            </button>
          </form>

          <section aria-labelledby="kerncijfers-kop">
            <h2 id="kerncijfers-kop" className="mb-3 text-xl font-semibold">
              Kerncijfers {data.year}
            </h2>
            <StatGrid label={`Kerncijfers ${data.year}`}>
              <Stat label="Inwoners" value={formatNumber(data.totals.inhabitants)} hint={`${formatNumber(data.wijken.length)} wijken`} />
              <Stat label="65 jaar of ouder" value={pct(data.totals.share65)} hint={`80 jaar of ouder: ${pct(data.totals.share80)}`} />
              <Stat label="Huisartsenpraktijken" value={formatNumber(data.totals.huisartsPractices)} hint={`${formatNumber(data.totals.registeredPatients)} ingeschreven patiënten`} />
              <Stat label="Inwoners per huisartsenpraktijk" value={num(data.totals.inhabitantsPerHuisartsPractice)} />
              <Stat label="Wijken zonder wijkverband" value={formatNumber(data.gaps)} />
            </StatGrid>
          </section>

          <section aria-labelledby="wijkverbanden-kop" className="mt-10">
            <h2 id="wijkverbanden-kop" className="mb-3 text-xl font-semibold">
              Per wijkverband
            </h2>
            {data.wijkverbanden.length === 0 ? (
              <p className="text-muted">Er zijn nog geen wijkverbanden.</p>
            ) : (
              <DataTable
                caption={`Bevolking en zorgaanbod per wijkverband, ${data.year}`}
                head={
                  <tr>
                    <Th>Wijkverband</Th>
                    <Th>Wijken</Th>
                    <Th numeric>Inwoners</Th>
                    <Th numeric>65+</Th>
                    <Th numeric>80+</Th>
                    <Th numeric>Huisartsen&shy;praktijken</Th>
                    <Th numeric>Ingeschreven patiënten</Th>
                    <Th numeric>Inwoners per huisartsenpraktijk</Th>
                    <Th>Praktijken per discipline</Th>
                  </tr>
                }
              >
                {data.wijkverbanden.map((w) => (
                  <tr key={w.id}>
                    <Td>{w.name}</Td>
                    <Td>
                      {w.wijkCodes.length === 0 ? "–" : w.wijkCodes.join(", ")}
                      {w.wijkenWithoutStatistics.length > 0 ? <span className="block text-sm text-muted">Geen cijfers: {w.wijkenWithoutStatistics.join(", ")}</span> : null}
                    </Td>
                    <Td numeric>{formatNumber(w.inhabitants)}</Td>
                    <Td numeric>{countWithShare(w.aged65Plus, w.share65)}</Td>
                    <Td numeric>{countWithShare(w.aged80Plus, w.share80)}</Td>
                    <Td numeric>{formatNumber(w.huisartsPractices)}</Td>
                    <Td numeric>{formatNumber(w.registeredPatients)}</Td>
                    <Td numeric>{num(w.inhabitantsPerHuisartsPractice)}</Td>
                    <Td>{w.byDiscipline.length === 0 ? "–" : w.byDiscipline.map((d) => `${d.name} ${d.practices}`).join(", ")}</Td>
                  </tr>
                ))}
              </DataTable>
            )}
          </section>

          <section aria-labelledby="wijken-kop" className="mt-10 space-y-4">
            <h2 id="wijken-kop" className="text-xl font-semibold">
              Per wijk
            </h2>
            {data.wijken.length > 0 ? (
              <BarChart
                title={`Aandeel inwoners van 65 jaar of ouder per wijk, ${data.year}`}
                tableId="wijken-tabel"
                bars={data.wijken.map((w) => ({ label: w.name, value: w.share65, display: pct(w.share65) }))}
              />
            ) : null}
            <div id="wijken-tabel">
              <DataTable
                caption={`Bevolking en zorgaanbod per wijk, ${data.year}`}
                head={
                  <tr>
                    <Th>Wijk</Th>
                    <Th numeric>Inwoners</Th>
                    <Th numeric>65+</Th>
                    <Th numeric>80+</Th>
                    <Th numeric>Huishoudens</Th>
                    <Th numeric>Huisartsen&shy;praktijken</Th>
                    <Th numeric>Ingeschreven patiënten</Th>
                    <Th numeric>Inwoners per huisartsenpraktijk</Th>
                    <Th numeric>Praktijken (alle disciplines)</Th>
                    <Th>Wijkverband</Th>
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
                    <Td>{w.wijkverbanden.length > 0 ? w.wijkverbanden.map((v) => v.name).join(", ") : <Badge tone="warn">Geen wijkverband</Badge>}</Td>
                  </tr>
                ))}
              </DataTable>
            </div>
            {data.practicesWithoutWijk > 0 ? (
              <p className="text-sm text-muted">{formatNumber(data.practicesWithoutWijk)} praktijken hebben geen wijkcode en tellen niet mee per wijk.</p>
            ) : null}
          </section>

          {extraKeys.length > 0 ? (
            <section aria-labelledby="overige-kop" className="mt-10">
              <h2 id="overige-kop" className="mb-3 text-xl font-semibold">
                Overige cijfers per wijk
              </h2>
              <p className="mb-3 text-muted">Andere getallen uit het geïmporteerde bestand, zoals het CBS ze noemt.</p>
              <DataTable
                caption={`Overige cijfers per wijk, ${data.year}`}
                head={
                  <tr>
                    <Th>Wijk</Th>
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
            </section>
          ) : null}

          <section aria-labelledby="disciplines-kop" className="mt-10">
            <h2 id="disciplines-kop" className="mb-3 text-xl font-semibold">
              Praktijken per discipline
            </h2>
            {data.disciplines.length === 0 ? (
              <p className="text-muted">Er zijn nog geen praktijken.</p>
            ) : (
              <DataTable
                caption="Praktijken en ingeschreven patiënten per discipline"
                head={
                  <tr>
                    <Th>Discipline</Th>
                    <Th numeric>Praktijken</Th>
                    <Th numeric>Ingeschreven patiënten</Th>
                  </tr>
                }
              >
                {data.disciplines.map((d) => (
                  <tr key={d.code}>
                    <Td>{d.name}</Td>
                    <Td numeric>{formatNumber(d.practices)}</Td>
                    <Td numeric>{d.registeredPatients > 0 ? formatNumber(d.registeredPatients) : "–"}</Td>
                  </tr>
                ))}
              </DataTable>
            )}
          </section>
        </>
      )}
    </>
  );
}
