import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/session";
import { comparePlanVersions } from "@/lib/domain/plans/service";
import type { FieldChange } from "@/lib/domain/plans/snapshot";
import { formatDate } from "@/lib/format";
import { getMessages } from "@/lib/i18n/server";
import { loadOr404 } from "@/lib/next/page";

export const metadata: Metadata = { title: "Versies regioplan" };

const KIND_LABEL = { added: "Toegevoegd", removed: "Verwijderd", changed: "Gewijzigd", unchanged: "Ongewijzigd" } as const;
const KIND_TONE = { added: "border-green-400 bg-green-50", removed: "border-red-400 bg-red-50", changed: "border-amber-400 bg-amber-50", unchanged: "border-slate-200 bg-white" } as const;

function Changes({ changes, caption }: { changes: FieldChange[]; caption: string }) {
  if (changes.length === 0) return null;
  return (
    <table className="mt-2 w-full text-sm">
      <caption className="sr-only">{caption}</caption>
      <thead className="text-left">
        <tr>
          <th scope="col" className="w-40 pr-3 font-semibold">Veld</th>
          <th scope="col" className="pr-3 font-semibold">Was</th>
          <th scope="col" className="font-semibold">Wordt</th>
        </tr>
      </thead>
      <tbody>
        {changes.map((c) => (
          <tr key={c.field} className="align-top">
            <th scope="row" className="pr-3 text-left font-medium">{c.field}</th>
            <td className="pr-3">
              <del className="text-red-900">{c.before}</del>
            </td>
            <td>
              <ins className="text-green-900 no-underline">{c.after}</ins>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export default async function VersionsPage({ params, searchParams }: { params: Promise<{ region: string; planId: string }>; searchParams: Promise<{ van?: string; naar?: string }> }) {
  const { region: slug, planId } = await params;
  const { van, naar } = await searchParams;
  const num = (v?: string) => (v !== undefined && /^\d+$/.test(v) ? Number(v) : undefined);
  const actor = await requireActor();
  const data = await loadOr404(comparePlanVersions(actor, slug, planId, num(van), num(naar)));
  const { t, locale } = await getMessages();
  const { region, plan, diff } = data;
  const base = `/r/${region.slug}/regioplan/${plan.id}`;
  const label = (n: number) => (n === 0 ? "huidige werkversie" : `versie ${n}`);
  const options = [...data.versions.map((v) => ({ value: String(v.versionNumber), label: `Versie ${v.versionNumber} (vastgesteld ${formatDate(v.createdAt, locale)})` })), { value: "0", label: "Huidige werkversie" }];

  return (
    <>
      <p className="no-print mb-2 text-sm">
        <Link href={base} className="text-blue-800 underline">
          Terug naar {plan.title}
        </Link>
      </p>
      <PageHeader title={`${t.plan.versionsTitle}: ${plan.title}`} intro="Elke keer dat het plan wordt vastgesteld, ontstaat een genummerde versie die niet meer verandert. Vergelijk twee versies, of een versie met de huidige werkversie." />
      {data.versions.length === 0 ? (
        <p className="text-muted">Dit plan is nog niet vastgesteld; er zijn nog geen versies.</p>
      ) : (
        <>
          <ul className="mb-6 flex flex-wrap gap-3 text-sm">
            {data.versions.map((v) => (
              <li key={v.versionNumber}>
                <Link href={`${base}/versies/${v.versionNumber}`} className="text-blue-800 underline">
                  Versie {v.versionNumber} lezen
                </Link>
              </li>
            ))}
          </ul>
          <form method="get" className="no-print mb-8 flex flex-wrap items-end gap-4 rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
            <div>
              <label htmlFor="van" className="block font-medium">Van</label>
              <select id="van" name="van" defaultValue={String(data.from)} className="mt-1 rounded-md border border-slate-400 bg-white px-3 py-2">
                {options.filter((o) => o.value !== "0").map((o) => (
                  <option key={o.value} value={o.value}>{o.label}</option>
                ))}
              </select>
            </div>
            <div>
              <label htmlFor="naar" className="block font-medium">Naar</label>
              <select id="naar" name="naar" defaultValue={String(data.to)} className="mt-1 rounded-md border border-slate-400 bg-white px-3 py-2">
                {options.map((o) => (
                  <option key={o.value} value={o.value}>{o.label}</option>
                ))}
              </select>
            </div>
            <button type="submit" className="rounded-md bg-blue-800 px-4 py-2 font-semibold text-white hover:bg-blue-900">Vergelijken</button>
          </form>
          {diff ? (
            <section aria-labelledby="verschillen">
              <h2 id="verschillen" className="text-xl font-semibold">
                Van {label(data.from)} naar {label(data.to)}
              </h2>
              <p role="status" className="mb-4 text-muted">
                {diff.counts.added} toegevoegd, {diff.counts.removed} verwijderd, {diff.counts.changed} gewijzigd.
              </p>
              {diff.plan.length > 0 ? (
                <div className="mb-4 rounded-lg border border-amber-400 bg-amber-50 p-4">
                  <h3 className="font-semibold">Plan</h3>
                  <Changes changes={diff.plan} caption="Wijzigingen aan het plan" />
                </div>
              ) : null}
              {diff.themes.length === 0 && diff.plan.length === 0 ? <p>Geen verschillen.</p> : null}
              <ol className="space-y-4">
                {diff.themes.map((th) => (
                  <li key={th.key} className={`rounded-lg border p-4 ${KIND_TONE[th.kind]}`}>
                    <h3 className="font-semibold">
                      Opgave {th.name} <span className="text-sm font-normal">— {KIND_LABEL[th.kind]}</span>
                    </h3>
                    <Changes changes={th.changes} caption={`Wijzigingen aan opgave ${th.name}`} />
                    {th.initiatives.length > 0 ? (
                      <ul className="mt-3 space-y-2">
                        {th.initiatives.map((i) => (
                          <li key={i.key} className={`rounded-md border p-3 ${KIND_TONE[i.kind]}`}>
                            <p className="font-medium">
                              {i.title} <span className="text-sm font-normal">— {KIND_LABEL[i.kind]}</span>
                            </p>
                            <Changes changes={i.changes} caption={`Wijzigingen aan initiatief ${i.title}`} />
                          </li>
                        ))}
                      </ul>
                    ) : null}
                  </li>
                ))}
              </ol>
            </section>
          ) : null}
        </>
      )}
    </>
  );
}
