import type { Metadata } from "next";
import Link from "next/link";
import { FilterSelects } from "@/components/forms/select-field";
import { Field } from "@/components/forms/field";
import { Badge, DataTable, Td, Th } from "@/components/ui/table";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/session";
import { can } from "@/lib/authz/permissions";
import { listPractices, parsePracticeFilters, practiceFilterQuery, type PracticeSort } from "@/lib/domain/practices/list";
import { formatNumber } from "@/lib/format";
import { fill } from "@/lib/i18n/messages";
import { getMessages } from "@/lib/i18n/server";
import { loadOr404 } from "@/lib/next/page";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getMessages();
  return { title: t.common.meta.practices };
}

export default async function PracticesPage({
  params,
  searchParams,
}: {
  params: Promise<{ region: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { region: slug } = await params;
  const filters = parsePracticeFilters(await searchParams);
  const actor = await requireActor();
  const list = await loadOr404(listPractices(actor, slug, filters));
  const { locale, t } = await getMessages();
  const n = t.network;
  const base = `/r/${list.region.slug}/praktijken`;
  const sorts: { value: PracticeSort; label: string }[] = [
    { value: "naam", label: n.sortName },
    { value: "-naam", label: n.sortNameDesc },
    { value: "postcode", label: n.sortPostcode },
    { value: "discipline", label: n.sortDiscipline },
    { value: "patienten", label: n.sortPatients },
    { value: "gewijzigd", label: n.sortUpdated },
  ];
  const disciplines = list.options.disciplines.map((d) => ({ value: d.code, label: d.name[locale] }));
  const wijkverbanden = list.options.wijkverbanden.map((w) => ({ value: w.id, label: w.name }));
  const municipalities = list.options.municipalities.map((m) => ({ value: m.code, label: m.name }));
  const exportQuery = practiceFilterQuery(filters, { page: 1 });
  const exportHref = (format: string) => `${base}/export${exportQuery ? `${exportQuery}&` : "?"}format=${format}`;

  return (
    <>
      <PageHeader title={n.practicesTitle} intro={n.practicesIntro}>
        {can(actor, "network.edit", { regionId: list.region.id }) ? (
          <Link href={`${base}/nieuw`} className="rounded-md bg-blue-800 px-4 py-2 font-semibold text-white hover:bg-blue-900">
            {n.newPractice}
          </Link>
        ) : null}
      </PageHeader>

      <form
        method="get"
        role="search"
        aria-label={n.search}
        className="mb-6 grid gap-4 rounded-lg border border-slate-200 bg-white p-4 shadow-sm md:grid-cols-3 lg:grid-cols-6"
      >
        <div className="md:col-span-2">
          <Field name="q" label={n.search} hint={n.searchHint} defaultValue={filters.q ?? ""} type="search" />
        </div>
        <FilterSelects
          filters={[
            { name: "discipline", label: n.discipline, value: filters.discipline, all: n.all, options: disciplines },
            { name: "wijkverband", label: n.wijkverband, value: filters.wijkverband, all: n.all, options: wijkverbanden },
            { name: "gemeente", label: n.municipality, value: filters.gemeente, all: n.all, options: municipalities },
            { name: "sort", label: n.sort, value: filters.sort, options: sorts },
          ]}
        />
        <div className="flex flex-wrap items-center gap-4 md:col-span-3 lg:col-span-6">
          <label className="flex items-center gap-2">
            <input type="checkbox" name="archief" value="1" defaultChecked={filters.archived} className="h-4 w-4" />
            {n.showArchived}
          </label>
          <button type="submit" className="rounded-md bg-blue-800 px-4 py-2 font-semibold text-white hover:bg-blue-900">
            {n.apply}
          </button>
          <Link href={base} className="underline">
            {n.reset}
          </Link>
          <span className="ml-auto flex gap-4">
            <a href={exportHref("csv")} className="underline">
              {n.exportCsv}
            </a>
            <a href={exportHref("xlsx")} className="underline">
              {n.exportXlsx}
            </a>
          </span>
        </div>
      </form>

      <p role="status" className="mb-3 text-muted">
        {fill(n.results, { count: formatNumber(list.total) })}
      </p>
      {list.rows.length === 0 ? (
        <p>{n.noPractices}</p>
      ) : (
        <DataTable
          caption={n.practicesTitle}
          head={
            <tr>
              <Th>{n.name}</Th>
              <Th>{n.discipline}</Th>
              <Th>{n.agb}</Th>
              <Th>{n.postcode}</Th>
              <Th>{n.place}</Th>
              <Th>{n.wijk}</Th>
              <Th numeric>{n.patients}</Th>
            </tr>
          }
        >
          {list.rows.map((p) => (
            <tr key={p.id}>
              <Td>
                <Link href={`${base}/${p.id}`} className="font-medium underline">
                  {p.name}
                </Link>
                {p.archived ? (
                  <>
                    {" "}
                    <Badge tone="neutral">{n.archived}</Badge>
                  </>
                ) : null}
              </Td>
              <Td>{p.discipline[locale]}</Td>
              <Td>{p.agb ?? "–"}</Td>
              <Td>{p.postcode ?? "–"}</Td>
              <Td>{p.city ?? "–"}</Td>
              <Td>{p.wijkCode ?? "–"}</Td>
              <Td numeric>{p.registeredPatients === null ? "–" : formatNumber(p.registeredPatients)}</Td>
            </tr>
          ))}
        </DataTable>
      )}
      {list.pageCount > 1 ? (
        <nav aria-label={n.pagination} className="mt-4 flex items-center gap-4">
          {filters.page > 1 ? (
            <Link href={`${base}${practiceFilterQuery(filters, { page: filters.page - 1 })}`} className="underline" rel="prev">
              {n.previous}
            </Link>
          ) : null}
          <span>{fill(n.pageOf, { page: filters.page, pages: list.pageCount })}</span>
          {filters.page < list.pageCount ? (
            <Link href={`${base}${practiceFilterQuery(filters, { page: filters.page + 1 })}`} className="underline" rel="next">
              {n.next}
            </Link>
          ) : null}
        </nav>
      ) : null}
    </>
  );
}
