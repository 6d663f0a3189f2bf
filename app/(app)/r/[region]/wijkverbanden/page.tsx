import type { Metadata } from "next";
import Link from "next/link";
import { FilterSelects } from "@/components/forms/select-field";
import { WijkverbandTable } from "@/components/network/wijkverband-table";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/session";
import { listWijkverbanden, parseWijkverbandFilters } from "@/lib/domain/wijkverbanden/service";
import { fill } from "@/lib/i18n/messages";
import { getMessages } from "@/lib/i18n/server";
import { loadOr404 } from "@/lib/next/page";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getMessages();
  return { title: t.network.wijkverbandenTitle };
}

export default async function WijkverbandenPage({
  params,
  searchParams,
}: {
  params: Promise<{ region: string }>;
  searchParams: Promise<{ gemeente?: string; archief?: string }>;
}) {
  const { region: slug } = await params;
  const options = parseWijkverbandFilters(await searchParams);
  const actor = await requireActor();
  const list = await loadOr404(listWijkverbanden(actor, slug, options));
  const { t } = await getMessages();
  const n = t.network;
  const base = `/r/${list.region.slug}/wijkverbanden`;
  const municipalities = list.municipalities.map((m) => ({ value: m.code, label: m.name }));
  const active = list.rows.filter((w) => !w.archived);
  const query = new URLSearchParams({
    ...(options.gemeente ? { gemeente: options.gemeente } : {}),
    ...(options.archived ? { archief: "1" } : {}),
  }).toString();

  return (
    <>
      <PageHeader title={n.wijkverbandenTitle} intro={n.wijkverbandenIntro}>
        {list.mayEdit ? (
          <Link href={`${base}/nieuw`} className="rounded-md bg-blue-800 px-4 py-2 font-semibold text-white hover:bg-blue-900">
            {n.newWijkverband}
          </Link>
        ) : null}
      </PageHeader>
      <form
        method="get"
        aria-label={n.municipality}
        className="mb-6 flex flex-wrap items-end gap-4 rounded-lg border border-slate-200 bg-white p-4 shadow-sm"
      >
        <FilterSelects
          filters={[{ name: "gemeente", label: n.municipality, value: options.gemeente, all: n.all, options: municipalities }]}
        />
        <label className="flex items-center gap-2 pb-2">
          <input type="checkbox" name="archief" value="1" defaultChecked={options.archived} className="h-4 w-4" />
          {n.showArchived}
        </label>
        <button type="submit" className="rounded-md bg-blue-800 px-4 py-2 font-semibold text-white hover:bg-blue-900">
          {n.apply}
        </button>
        <span className="ml-auto flex gap-4 pb-2">
          <a href={`${base}/export?${query ? `${query}&` : ""}format=csv`} className="underline">
            {n.exportCsv}
          </a>
          <a href={`${base}/export?${query ? `${query}&` : ""}format=xlsx`} className="underline">
            {n.exportXlsx}
          </a>
        </span>
      </form>
      {list.rows.length === 0 ? (
        <p>{n.noWijkverbanden}</p>
      ) : (
        <>
          <p role="status" className="mb-3 text-sm text-muted" data-testid="core-summary">
            {fill(n.coreSummary, {
              complete: active.filter((w) => w.coreComplete).length,
              total: active.length,
            })}
          </p>
          <WijkverbandTable
            caption={n.wijkverbandenTitle}
            columns={["municipality", "wijkCodes", "coordinator", "members"]}
            t={n}
            rows={list.rows.map((w) => ({ ...w, href: `${base}/${w.id}` }))}
          />
        </>
      )}
    </>
  );
}
