import type { Metadata } from "next";
import Link from "next/link";
import { DisciplineForm } from "@/components/forms/discipline-form";
import { Main } from "@/components/layout/main";
import { Section } from "@/components/ui/section";
import { Badge, DataTable, Td, Th } from "@/components/ui/table";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/session";
import { listDisciplines } from "@/lib/domain/admin/disciplines";
import { formatNumber } from "@/lib/format";
import { getMessages } from "@/lib/i18n/server";
import { loadOr404 } from "@/lib/next/page";
import { createDisciplineAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getMessages();
  return { title: t.common.meta.disciplines };
}

/** A download (route handler), so a plain link rather than client-side navigation. */
const exportHref = (format: "csv" | "xlsx") => `/admin/disciplines/export?format=${format}`;

export default async function DisciplinesPage() {
  const actor = await requireActor();
  const disciplines = await loadOr404(listDisciplines(actor));
  const { t } = await getMessages();
  const n = t.network;
  return (
    <Main>
      <PageHeader title={n.disciplinesTitle} intro={n.disciplinesIntro}>
        <span className="flex gap-4">
          <a href={exportHref("csv")} className="underline">
            {n.exportCsv}
          </a>
          <a href={exportHref("xlsx")} className="underline">
            {n.exportXlsx}
          </a>
          <Link href="/admin" className="underline">
            {t.admin.title}
          </Link>
        </span>
      </PageHeader>
      <DataTable
        caption={n.disciplinesTitle}
        head={
          <tr>
            <Th>{n.name}</Th>
            <Th>{n.code}</Th>
            <Th>{n.category}</Th>
            <Th numeric>{n.order}</Th>
            <Th>{n.active}</Th>
            <Th numeric>{n.navPractices}</Th>
            <Th>{n.edit}</Th>
          </tr>
        }
      >
        {disciplines.map((d) => (
          <tr key={d.id}>
            <Td>
              {d.name}
              <span className="block text-muted">{d.nameEn}</span>
            </Td>
            <Td>
              <code>{d.code}</code>
            </Td>
            <Td>{t.admin.category[d.category as keyof typeof t.admin.category] ?? d.category}</Td>
            <Td numeric>{d.sortOrder}</Td>
            <Td>{d.active ? <Badge tone="good">{n.yes}</Badge> : <Badge tone="neutral">{n.no}</Badge>}</Td>
            <Td numeric>{formatNumber(d.practices)}</Td>
            <Td>
              <Link href={`/admin/disciplines/${d.id}`} className="underline" aria-label={`${n.edit}: ${d.name}`}>
                {n.edit}
              </Link>
            </Td>
          </tr>
        ))}
      </DataTable>
      <Section id="nieuwe-discipline" title={n.newDiscipline}>
        <DisciplineForm
          t={t.forms}
          action={createDisciplineAction}
          initial={{ sortOrder: "200", active: "true" }}
          codeEditable
          submitLabel={n.newDiscipline}
        />
      </Section>
    </Main>
  );
}
