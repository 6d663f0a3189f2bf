import type { Metadata } from "next";
import { Main } from "@/components/layout/main";
import { DataTable, Td, Th } from "@/components/ui/table";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/session";
import { getMailOutbox } from "@/lib/domain/admin/mail";
import { formatDateTime } from "@/lib/format";
import { getMessages } from "@/lib/i18n/server";
import { loadOr404 } from "@/lib/next/page";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getMessages();
  return { title: t.notifications.outbox.title };
}

export default async function MailOutboxPage() {
  const actor = await requireActor();
  const { smtpConfigured, mails } = await loadOr404(getMailOutbox(actor));
  const { t } = await getMessages();
  const to = t.notifications.outbox;

  return (
    <Main>
      <PageHeader title={to.title} intro={to.intro} />
      {smtpConfigured ? null : (
        <p className="mb-4 rounded-md border border-amber-300 bg-amber-50 p-3" role="note">
          {to.noSmtp}
        </p>
      )}
      <DataTable
        caption={to.title}
        head={
          <tr>
            <Th>{to.created}</Th>
            <Th>{to.recipient}</Th>
            <Th>{to.subject}</Th>
            <Th>{to.status}</Th>
            <Th numeric>{to.attempts}</Th>
            <Th>{to.sentAt}</Th>
            <Th>{to.lastError}</Th>
          </tr>
        }
        empty={to.empty}
      >
        {mails.map((m) => (
          <tr key={m.id}>
            <Td>{formatDateTime(m.createdAt)}</Td>
            <Td>{m.recipient}</Td>
            <Td>
              <details>
                <summary className="cursor-pointer">{m.subject}</summary>
                <pre className="mt-2 max-w-xl whitespace-pre-wrap text-sm">{m.text}</pre>
              </details>
            </Td>
            <Td>{to.statuses[m.status]}</Td>
            <Td numeric>{m.attempts}</Td>
            <Td>{m.sentAt ? formatDateTime(m.sentAt) : "—"}</Td>
            <Td>{m.lastError ?? "—"}</Td>
          </tr>
        ))}
      </DataTable>
    </Main>
  );
}
