import type { Metadata } from "next";
import { describeAuditAction, describeEntityType } from "@/components/audit/describe-action";
import Link from "next/link";
import { DataTable, Td, Th } from "@/components/ui/table";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/session";
import { getRegionAuditLog } from "@/lib/domain/audit/queries";
import { formatDateTime } from "@/lib/format";
import { getMessages } from "@/lib/i18n/server";
import { loadOr404 } from "@/lib/next/page";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getMessages();
  return { title: t.common.meta.audit };
}

export default async function AuditPage({
  params,
  searchParams,
}: {
  params: Promise<{ region: string }>;
  searchParams: Promise<{ voor?: string }>;
}) {
  const { region } = await params;
  const { voor } = await searchParams;
  const actor = await requireActor();
  const page = await loadOr404(getRegionAuditLog(actor, region, voor));
  const { locale, t } = await getMessages();

  return (
    <>
      <PageHeader title={t.audit.title} intro={t.audit.intro} />
      <DataTable
        caption={t.audit.title}
        head={
          <tr>
            <Th>{t.audit.when}</Th>
            <Th>{t.audit.who}</Th>
            <Th>{t.audit.action}</Th>
            <Th>{t.audit.entity}</Th>
          </tr>
        }
        empty={t.audit.empty}
      >
        {page.events.map((e) => (
          <tr key={e.id}>
            <Td>{formatDateTime(e.occurredAt, locale)}</Td>
            <Td>
              {e.userEmail ?? "–"}
              {e.role ? <span className="block text-muted">{t.roles[e.role as keyof typeof t.roles] ?? e.role}</span> : null}
            </Td>
            <Td>
              <span title={e.action}>{describeAuditAction(e.action, t)}</span>
            </Td>
            <Td>
              <span title={e.entityType}>{describeEntityType(e.entityType, t)}</span>
              {e.entityId ? <span className="block text-xs text-muted">{e.entityId}</span> : null}
            </Td>
          </tr>
        ))}
      </DataTable>
      <nav aria-label={t.audit.pagination} className="mt-4 flex gap-4">
        {voor ? (
          <Link href={`/r/${page.region.slug}/audit`} className="underline">
            {t.audit.previous}
          </Link>
        ) : null}
        {page.olderCursor ? (
          <Link href={`/r/${page.region.slug}/audit?voor=${page.olderCursor}`} className="underline">
            {t.audit.next}
          </Link>
        ) : null}
      </nav>
    </>
  );
}
