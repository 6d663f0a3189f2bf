import type { Metadata } from "next";
import Link from "next/link";
import { Main } from "@/components/layout/main";
import { Section } from "@/components/ui/section";
import { DataTable, Td, Th } from "@/components/ui/table";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/session";
import { getAdminOverview } from "@/lib/domain/admin/service";
import { formatDateTime, formatNumber } from "@/lib/format";
import { getMessages } from "@/lib/i18n/server";
import { loadOr404 } from "@/lib/next/page";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getMessages();
  return { title: t.common.meta.admin };
}

export default async function AdminPage() {
  const actor = await requireActor();
  const { regions, users } = await loadOr404(getAdminOverview(actor));
  const { locale, t } = await getMessages();

  return (
    <Main>
      <PageHeader title={t.admin.title}>
        <div className="flex gap-4">
          <Link href="/admin/disciplines" className="underline">
            {t.network.disciplinesTitle}
          </Link>
          <Link href="/admin/afspraaksjablonen" className="underline">
            {t.agreements.templatesTitle}
          </Link>
          <Link href="/admin/mail" className="underline">
            {t.notifications.outbox.title}
          </Link>
          <Link href="/admin/taken" className="underline">
            {t.jobs.title}
          </Link>
        </div>
      </PageHeader>
      <Section id="regios" title={`${t.admin.regions} (${regions.length})`} className="">
        <DataTable
          caption={t.admin.regions}
          head={
            <tr>
              <Th>{t.admin.name}</Th>
              <Th>{t.admin.code}</Th>
              <Th>{t.admin.municipalities}</Th>
              <Th numeric>{t.admin.practices}</Th>
              <Th numeric>{t.region.wijkverbanden}</Th>
            </tr>
          }
        >
          {regions.map((r) => (
            <tr key={r.id}>
              <Td href={`/r/${r.slug}`}>{r.name}</Td>
              <Td>{r.code}</Td>
              <Td>{r.municipalityCodes.join(", ")}</Td>
              <Td numeric>{formatNumber(r.practices)}</Td>
              <Td numeric>{formatNumber(r.wijkverbanden)}</Td>
            </tr>
          ))}
        </DataTable>
      </Section>
      <Section id="gebruikers" title={`${t.admin.users} (${users.length})`}>
        <DataTable
          caption={t.admin.users}
          head={
            <tr>
              <Th>{t.admin.name}</Th>
              <Th>{t.admin.email}</Th>
              <Th>{t.admin.memberships}</Th>
              <Th>{t.admin.lastLogin}</Th>
            </tr>
          }
        >
          {users.map((u) => (
            <tr key={u.id}>
              <Td>{u.name}</Td>
              <Td>{u.email}</Td>
              <Td>{u.roles.map((r) => `${t.roles[r.role]}${r.scope ? ` (${r.scope})` : ""}`).join("; ")}</Td>
              <Td>{u.lastLoginAt ? formatDateTime(u.lastLoginAt, locale) : t.admin.never}</Td>
            </tr>
          ))}
        </DataTable>
      </Section>
    </Main>
  );
}
