import type { Metadata } from "next";
import Link from "next/link";
import { SelectField } from "@/components/forms/select-field";
import { Badge, DataTable, Td, Th } from "@/components/ui/table";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/session";
import { listWijkverbanden } from "@/lib/domain/wijkverbanden/service";
import { formatNumber } from "@/lib/format";
import { fill } from "@/lib/i18n/messages";
import { getMessages } from "@/lib/i18n/server";
import { loadOr404 } from "@/lib/next/page";

export const metadata: Metadata = { title: "Wijkverbanden" };

export default async function WijkverbandenPage({
  params,
  searchParams,
}: {
  params: Promise<{ region: string }>;
  searchParams: Promise<{ gemeente?: string; archief?: string }>;
}) {
  const { region: slug } = await params;
  const { gemeente, archief } = await searchParams;
  const options = { gemeente: gemeente?.toUpperCase() || undefined, archived: archief === "1" };
  const actor = await requireActor();
  const list = await loadOr404(listWijkverbanden(actor, slug, options));
  const { t } = await getMessages();
  const n = t.network;
  const base = `/r/${list.region.slug}/wijkverbanden`;
  const query = new URLSearchParams({ ...(options.gemeente ? { gemeente: options.gemeente } : {}), ...(options.archived ? { archief: "1" } : {}) }).toString();

  return (
    <>
      <PageHeader title={n.wijkverbandenTitle} intro={n.wijkverbandenIntro}>
        {list.mayEdit ? (
          <Link href={`${base}/nieuw`} className="rounded-md bg-blue-800 px-4 py-2 font-semibold text-white hover:bg-blue-900">
            {n.newWijkverband}
          </Link>
        ) : null}
      </PageHeader>
      <form method="get" aria-label={n.municipality} className="mb-6 flex flex-wrap items-end gap-4 rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
        <SelectField name="gemeente" label={n.municipality} placeholder={n.all} defaultValue={options.gemeente ?? ""} options={list.municipalities.map((m) => ({ value: m.code, label: m.name }))} />
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
        <DataTable
          caption={n.wijkverbandenTitle}
          head={
            <tr>
              <Th>{n.name}</Th>
              <Th>{n.municipality}</Th>
              <Th>{n.wijkCodes}</Th>
              <Th numeric>{n.inhabitants}</Th>
              <Th>{n.coordinator}</Th>
              <Th numeric>{n.members}</Th>
              <Th>{n.coreTeam}</Th>
            </tr>
          }
        >
          {list.rows.map((w) => (
            <tr key={w.id}>
              <Td>
                <Link href={`${base}/${w.id}`} className="font-medium underline">
                  {w.name}
                </Link>
                {w.archived ? (
                  <>
                    {" "}
                    <Badge tone="neutral">{n.archived}</Badge>
                  </>
                ) : null}
              </Td>
              <Td>{w.municipality}</Td>
              <Td>{w.wijkCodes.join(", ") || "–"}</Td>
              <Td numeric>{w.inhabitants === null ? "–" : formatNumber(w.inhabitants)}</Td>
              <Td>{w.coordinatorName ?? "–"}</Td>
              <Td numeric>{w.members}</Td>
              <Td>{w.coreComplete ? <Badge tone="good">{n.complete}</Badge> : <Badge tone="warn">{fill(n.missing, { roles: w.missing.join(", ") })}</Badge>}</Td>
            </tr>
          ))}
        </DataTable>
      )}
    </>
  );
}
