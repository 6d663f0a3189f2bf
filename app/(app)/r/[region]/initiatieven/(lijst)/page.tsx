import type { Metadata } from "next";
import Link from "next/link";
import { Field } from "@/components/forms/field";
import { FilterSelects } from "@/components/forms/select-field";
import { IndicatorStateBadge, OverdueBadge } from "@/components/plan/badges";
import { PageHeader } from "@/components/ui/page-header";
import { DataTable, Td, Th } from "@/components/ui/table";
import { requireActor } from "@/lib/auth/session";
import { CLIENT_GROUPS, PHASES } from "@/lib/domain/plans/rules";
import { listInitiatives } from "@/lib/domain/plans/initiatives";
import { INITIATIVE_SIGNALS } from "@/lib/domain/plans/schema";
import { formatDate } from "@/lib/format";
import { fill } from "@/lib/i18n/messages";
import { getMessages } from "@/lib/i18n/server";
import { loadOr404 } from "@/lib/next/page";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getMessages();
  return { title: t.plan.initiativesTitle };
}

type Search = Record<string, string | string[] | undefined>;

export default async function InitiativesPage({
  params,
  searchParams,
}: {
  params: Promise<{ region: string }>;
  searchParams: Promise<Search>;
}) {
  const { region: slug } = await params;
  const raw = await searchParams;
  const one = (k: string) => (typeof raw[k] === "string" && raw[k] !== "" ? (raw[k] as string) : undefined);
  const actor = await requireActor();
  const data = await loadOr404(
    listInitiatives(actor, slug, {
      plan: one("plan"),
      theme: one("opgave"),
      clientGroup: one("clientgroep"),
      phase: one("fase"),
      municipality: one("gemeente"),
      signal: one("signaal"),
      q: one("zoek"),
    }),
  );
  const { t, locale } = await getMessages();
  const tp = t.plan;
  const base = `/r/${data.region.slug}/initiatieven`;
  const f = data.filter;
  const planQuery = data.plan ? `plan=${data.plan.id}&` : "";
  const l = tp.list;
  const plans = data.plans.map((p) => ({ value: p.id, label: `${p.title} – ${tp.status[p.status]}` }));
  const themes = data.themes.map((th) => ({ value: th.id, label: th.name }));
  const groups = CLIENT_GROUPS.map((g) => ({ value: g, label: tp.clientGroup[g] }));
  const phases = PHASES.map((p) => ({ value: p, label: tp.phase[p] }));
  const places = data.municipalities.map((m) => ({ value: m.code, label: `${m.name} (${m.code})` }));
  const signals = INITIATIVE_SIGNALS.map((s) => ({ value: s, label: l.signals[s] }));

  return (
    <>
      <PageHeader title={tp.initiativesTitle} intro={tp.initiativesIntro} />
      {!data.plan ? (
        <p className="text-muted">{tp.noPlans}</p>
      ) : (
        <>
          <form
            method="get"
            action={base}
            className="no-print mb-4 grid gap-4 rounded-lg border border-slate-200 bg-white p-5 shadow-sm sm:grid-cols-2 lg:grid-cols-3"
          >
            <FilterSelects
              idPrefix="f-"
              filters={[
                { name: "plan", label: l.plan, value: data.plan.id, options: plans },
                { name: "opgave", label: l.theme, value: f.theme, all: l.allThemes, options: themes },
                { name: "clientgroep", label: l.clientGroup, value: f.clientGroup, all: l.allClientGroups, options: groups },
                { name: "fase", label: l.phase, value: f.phase, all: l.allPhases, options: phases },
                { name: "gemeente", label: l.municipality, value: f.municipality, all: l.allMunicipalities, options: places },
                { name: "signaal", label: l.signal, value: f.signal, all: l.allSignals, options: signals },
              ]}
            />
            <Field id="f-zoek" name="zoek" type="search" label={tp.list.search} defaultValue={f.q ?? ""} />
            <div className="flex items-end gap-3 sm:col-span-2 lg:col-span-3">
              <button type="submit" className="rounded-md bg-blue-800 px-4 py-2 font-semibold text-white hover:bg-blue-900">
                {tp.list.filter}
              </button>
              <Link href={`${base}?plan=${data.plan.id}`} className="text-blue-800 underline">
                {tp.list.clearFilters}
              </Link>
            </div>
          </form>
          {data.ownMunicipalities.length > 0 ? (
            <p className="no-print mb-4 text-sm">
              {tp.list.follow}{" "}
              {data.ownMunicipalities.map((m) => (
                <Link key={m} href={`${base}?${planQuery}gemeente=${m}`} className="mr-3 text-blue-800 underline">
                  {fill(tp.list.initiativesIn, { name: data.municipalities.find((x) => x.code === m)?.name ?? m })}
                </Link>
              ))}
            </p>
          ) : null}
          <p role="status" className="mb-3 text-sm text-muted">
            {fill(tp.list.count, {
              shown: data.initiatives.length,
              total: data.total,
              plan: data.plan.title,
              from: data.plan.periodStart,
              to: data.plan.periodEnd,
            })}
            {data.summary ? (
              <span className="block" data-testid="initiative-summary">
                {fill(tp.list.summary, {
                  overdue: data.summary.overdueMilestones,
                  onTrack: data.summary.indicators.onTrack,
                  offTrack: data.summary.indicators.offTrack,
                  noData: data.summary.indicators.noData,
                })}
              </span>
            ) : null}
          </p>
          <DataTable
            caption={tp.list.caption}
            head={
              <tr>
                <Th>{tp.col.initiative}</Th>
                <Th>{tp.col.theme}</Th>
                <Th>{tp.col.owner}</Th>
                <Th>{tp.col.phase}</Th>
                <Th>{tp.col.end}</Th>
                <Th>{tp.col.municipalities}</Th>
                <Th>{tp.col.indicators}</Th>
                <Th>{tp.col.milestones}</Th>
              </tr>
            }
            empty={tp.list.empty}
          >
            {data.initiatives.map((i) => (
              <tr key={i.id}>
                <Td>
                  <Link href={`${base}/${i.id}`} className="font-medium text-blue-800 underline">
                    {i.title}
                  </Link>
                </Td>
                <Td>
                  {i.themeName}
                  {i.clientGroup ? <span className="block text-xs text-muted">{tp.clientGroup[i.clientGroup]}</span> : null}
                </Td>
                <Td>{i.ownerName ?? "—"}</Td>
                <Td>{tp.phase[i.phase]}</Td>
                <Td nowrap>{i.endDate ? formatDate(i.endDate, locale) : "—"}</Td>
                <Td>{i.municipalityCodes.join(", ") || "—"}</Td>
                <Td>
                  <ul className="space-y-1">
                    {i.indicators.map((ind) => (
                      <li key={ind.id}>
                        <IndicatorStateBadge state={ind.assessment.state} t={t} />
                      </li>
                    ))}
                  </ul>
                </Td>
                <Td>
                  {fill(tp.page.open, { count: i.openMilestones })} <OverdueBadge count={i.overdueMilestones} t={t} />
                </Td>
              </tr>
            ))}
          </DataTable>
        </>
      )}
    </>
  );
}
