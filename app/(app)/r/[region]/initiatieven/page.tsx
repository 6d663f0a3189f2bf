import type { Metadata } from "next";
import Link from "next/link";
import { IndicatorStateBadge, OverdueBadge } from "@/components/plan/badges";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/session";
import { CLIENT_GROUP_LABEL, CLIENT_GROUPS, PHASE_LABEL, PHASES, STATUS_LABEL } from "@/lib/domain/plans/rules";
import { listInitiatives } from "@/lib/domain/plans/service";
import { formatDate } from "@/lib/format";
import { getMessages } from "@/lib/i18n/server";
import { loadOr404 } from "@/lib/next/page";

export const metadata: Metadata = { title: "Initiatieven" };

type Search = Record<string, string | string[] | undefined>;

const selectClass = "mt-1 block w-full rounded-md border border-slate-400 bg-white px-3 py-2";

export default async function InitiativesPage({ params, searchParams }: { params: Promise<{ region: string }>; searchParams: Promise<Search> }) {
  const { region: slug } = await params;
  const raw = await searchParams;
  const one = (k: string) => (typeof raw[k] === "string" && raw[k] !== "" ? (raw[k] as string) : undefined);
  const actor = await requireActor();
  const data = await loadOr404(
    listInitiatives(actor, slug, { plan: one("plan"), theme: one("opgave"), clientGroup: one("clientgroep"), phase: one("fase"), municipality: one("gemeente"), q: one("zoek") }),
  );
  const { t, locale } = await getMessages();
  const base = `/r/${data.region.slug}/initiatieven`;
  const f = data.filter;
  const planQuery = data.plan ? `plan=${data.plan.id}&` : "";

  return (
    <>
      <PageHeader title={t.plan.initiativesTitle} intro={t.plan.initiativesIntro} />
      {!data.plan ? (
        <p className="text-muted">{t.plan.noPlans}</p>
      ) : (
        <>
          <form method="get" action={base} className="no-print mb-4 grid gap-4 rounded-lg border border-slate-200 bg-white p-5 shadow-sm sm:grid-cols-2 lg:grid-cols-3">
            <div>
              <label htmlFor="f-plan" className="block font-medium">
                Plan
              </label>
              <select id="f-plan" name="plan" defaultValue={data.plan.id} className={selectClass}>
                {data.plans.map((p) => (
                  <option key={p.id} value={p.id}>
                    {p.title} – {STATUS_LABEL[p.status]}
                  </option>
                ))}
              </select>
            </div>
            <div>
              <label htmlFor="f-opgave" className="block font-medium">
                Opgave
              </label>
              <select id="f-opgave" name="opgave" defaultValue={f.theme ?? ""} className={selectClass}>
                <option value="">Alle opgaven</option>
                {data.themes.map((th) => (
                  <option key={th.id} value={th.id}>
                    {th.name}
                  </option>
                ))}
              </select>
            </div>
            <div>
              <label htmlFor="f-clientgroep" className="block font-medium">
                Cliëntgroep
              </label>
              <select id="f-clientgroep" name="clientgroep" defaultValue={f.clientGroup ?? ""} className={selectClass}>
                <option value="">Alle cliëntgroepen</option>
                {CLIENT_GROUPS.map((g) => (
                  <option key={g} value={g}>
                    {CLIENT_GROUP_LABEL[g]}
                  </option>
                ))}
              </select>
            </div>
            <div>
              <label htmlFor="f-fase" className="block font-medium">
                Fase
              </label>
              <select id="f-fase" name="fase" defaultValue={f.phase ?? ""} className={selectClass}>
                <option value="">Alle fasen</option>
                {PHASES.map((p) => (
                  <option key={p} value={p}>
                    {PHASE_LABEL[p]}
                  </option>
                ))}
              </select>
            </div>
            <div>
              <label htmlFor="f-gemeente" className="block font-medium">
                Gemeente
              </label>
              <select id="f-gemeente" name="gemeente" defaultValue={f.municipality ?? ""} className={selectClass}>
                <option value="">Alle gemeenten</option>
                {data.municipalities.map((m) => (
                  <option key={m.code} value={m.code}>
                    {m.name} ({m.code})
                  </option>
                ))}
              </select>
            </div>
            <div>
              <label htmlFor="f-zoek" className="block font-medium">
                Zoeken
              </label>
              <input id="f-zoek" name="zoek" type="search" defaultValue={f.q ?? ""} className={selectClass} />
            </div>
            <div className="flex items-end gap-3 sm:col-span-2 lg:col-span-3">
              <button type="submit" className="rounded-md bg-blue-800 px-4 py-2 font-semibold text-white hover:bg-blue-900">
                Filteren
              </button>
              <Link href={`${base}?plan=${data.plan.id}`} className="text-blue-800 underline">
                Filters wissen
              </Link>
            </div>
          </form>
          {data.ownMunicipalities.length > 0 ? (
            <p className="no-print mb-4 text-sm">
              Volgen:{" "}
              {data.ownMunicipalities.map((m) => (
                <Link key={m} href={`${base}?${planQuery}gemeente=${m}`} className="mr-3 text-blue-800 underline">
                  initiatieven in {data.municipalities.find((x) => x.code === m)?.name ?? m}
                </Link>
              ))}
            </p>
          ) : null}
          <p role="status" className="mb-3 text-sm text-muted">
            {data.initiatives.length} van {data.total} initiatieven in {data.plan.title} ({data.plan.periodStart}–{data.plan.periodEnd})
          </p>
          {data.initiatives.length === 0 ? (
            <p className="text-muted">Geen initiatieven met deze filters.</p>
          ) : (
            <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-sm">
              <table className="min-w-full divide-y divide-slate-200 text-sm">
                <caption className="sr-only">Initiatieven</caption>
                <thead className="bg-slate-50 text-left">
                  <tr>
                    <th scope="col" className="px-3 py-2 font-semibold">Initiatief</th>
                    <th scope="col" className="px-3 py-2 font-semibold">Opgave</th>
                    <th scope="col" className="px-3 py-2 font-semibold">Eigenaar</th>
                    <th scope="col" className="px-3 py-2 font-semibold">Fase</th>
                    <th scope="col" className="px-3 py-2 font-semibold">Einde</th>
                    <th scope="col" className="px-3 py-2 font-semibold">Gemeenten</th>
                    <th scope="col" className="px-3 py-2 font-semibold">Indicatoren</th>
                    <th scope="col" className="px-3 py-2 font-semibold">Mijlpalen</th>
                  </tr>
                </thead>
                <tbody className="divide-y divide-slate-100">
                  {data.initiatives.map((i) => (
                    <tr key={i.id}>
                      <td className="px-3 py-2">
                        <Link href={`${base}/${i.id}`} className="font-medium text-blue-800 underline">
                          {i.title}
                        </Link>
                      </td>
                      <td className="px-3 py-2">
                        {i.themeName}
                        {i.clientGroup ? <span className="block text-xs text-muted">{CLIENT_GROUP_LABEL[i.clientGroup]}</span> : null}
                      </td>
                      <td className="px-3 py-2">{i.ownerName ?? "—"}</td>
                      <td className="px-3 py-2">{PHASE_LABEL[i.phase]}</td>
                      <td className="px-3 py-2 whitespace-nowrap">{i.endDate ? formatDate(i.endDate, locale) : "—"}</td>
                      <td className="px-3 py-2">{i.municipalityCodes.join(", ") || "—"}</td>
                      <td className="px-3 py-2">
                        <ul className="space-y-1">
                          {i.indicators.map((ind) => (
                            <li key={ind.id}>
                              <IndicatorStateBadge state={ind.assessment.state} />
                            </li>
                          ))}
                        </ul>
                      </td>
                      <td className="px-3 py-2">
                        {i.openMilestones} open <OverdueBadge count={i.overdueMilestones} />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </>
      )}
    </>
  );
}
