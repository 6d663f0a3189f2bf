import type { Metadata } from "next";
import Link from "next/link";
import { Main } from "@/components/layout/main";
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
      <section aria-labelledby="regios">
        <h2 id="regios" className="mb-3 text-xl font-semibold">
          {t.admin.regions} ({regions.length})
        </h2>
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
              <Td>
                <Link href={`/r/${r.slug}`} className="underline">
                  {r.name}
                </Link>
              </Td>
              <Td>{r.code}</Td>
              <Td>{r.municipalityCodes.join(", ")}</Td>
              <Td numeric>{formatNumber(r.practices)}</Td>
              <Td numeric>{formatNumber(r.wijkverbanden)}</Td>
            </tr>
          ))}
        </DataTable>
      </section>
      <section aria-labelledby="gebruikers" className="mt-10">
        <h2 id="gebruikers" className="mb-3 text-xl font-semibold">
          {t.admin.users} ({users.length})
        </h2>
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
      </section>
    </Main>
  );
}
