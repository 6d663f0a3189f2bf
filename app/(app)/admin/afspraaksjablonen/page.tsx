import type { Metadata } from "next";
import Link from "next/link";
import { Main } from "@/components/layout/main";
import { DataTable, Td, Th } from "@/components/ui/table";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/session";
import { listAgreementTemplates } from "@/lib/domain/admin/agreement-templates";
import { formatDateTime } from "@/lib/format";
import { getMessages } from "@/lib/i18n/server";
import { loadOr404 } from "@/lib/next/page";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getMessages();
  return { title: t.common.meta.agreementTemplates };
}

export default async function AgreementTemplatesPage() {
  const actor = await requireActor();
  const rows = await loadOr404(listAgreementTemplates(actor));
  const { locale, t } = await getMessages();
  const a = t.agreements;
  return (
    <Main>
      <PageHeader title={a.templatesTitle} intro={a.templatesIntro}>
        <Link
          href="/admin/afspraaksjablonen/nieuw"
          className="rounded-md bg-blue-800 px-4 py-2 font-semibold text-white hover:bg-blue-900"
        >
          {a.newTemplate}
        </Link>
      </PageHeader>
      <DataTable
        caption={a.templatesCaption}
        head={
          <tr>
            <Th>{a.title}</Th>
            <Th>{a.topic}</Th>
            <Th>{a.key}</Th>
            <Th numeric>{a.sortOrder}</Th>
            <Th>{a.active}</Th>
            <Th>{t.audit.when}</Th>
          </tr>
        }
        empty={a.noTemplates}
      >
        {rows.map((r) => (
          <tr key={r.id}>
            <Td>
              <Link href={`/admin/afspraaksjablonen/${r.id}`} className="font-medium underline">
                {r.title}
              </Link>
            </Td>
            <Td>{r.topic}</Td>
            <Td>{r.key}</Td>
            <Td numeric>{r.sortOrder}</Td>
            <Td>{r.active ? a.yes : a.no}</Td>
            <Td>{formatDateTime(r.updatedAt, locale)}</Td>
          </tr>
        ))}
      </DataTable>
    </Main>
  );
}
