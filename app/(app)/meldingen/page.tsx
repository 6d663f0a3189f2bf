import type { Metadata } from "next";
import Link from "next/link";
import { ActionForm } from "@/components/forms/action-form";
import { Main } from "@/components/layout/main";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/session";
import { listNotifications } from "@/lib/domain/notifications/service";
import { notificationText } from "@/lib/domain/notifications/text";
import { formatDateTime } from "@/lib/format";
import { fill } from "@/lib/i18n/messages";
import { getMessages } from "@/lib/i18n/server";
import { markAllReadAction, markReadAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getMessages();
  return { title: t.notifications.title };
}

export default async function NotificationsPage() {
  const actor = await requireActor();
  const { items, unread } = await listNotifications(actor);
  const { t } = await getMessages();
  const tn = t.notifications;

  return (
    <Main>
      <PageHeader title={tn.title} intro={tn.intro}>
        <div className="flex flex-wrap items-center gap-4">
          <Link href="/instellingen/meldingen" className="underline">
            {tn.settingsLink}
          </Link>
          {unread > 0 ? (
            <ActionForm
              variant="inline"
              buttonTone="secondary"
              idPrefix="alles-gelezen"
              action={markAllReadAction}
              submitLabel={tn.markAllRead}
            />
          ) : null}
        </div>
      </PageHeader>
      <p className="mb-4" aria-live="polite">
        {fill(tn.unreadCount, { count: unread })}
      </p>
      {items.length === 0 ? (
        <p className="text-muted">{tn.empty}</p>
      ) : (
        <ol aria-label={tn.a11yList} className="space-y-2">
          {items.map((n) => (
            <li
              key={n.id}
              className={`flex flex-wrap items-center justify-between gap-3 rounded-lg border p-4 ${n.readAt ? "border-slate-200 bg-slate-50" : "border-blue-300 bg-white"}`}
            >
              <div>
                <p>
                  <span className="sr-only">{n.readAt ? tn.read : tn.unread}: </span>
                  {n.readAt ? null : <span aria-hidden="true" className="mr-2 inline-block h-2 w-2 rounded-full bg-blue-700" />}
                  <Link href={n.href} className={`underline ${n.readAt ? "" : "font-semibold"}`}>
                    {notificationText(t, n.kind, n.subject)}
                  </Link>
                </p>
                <p className="text-sm text-muted">
                  {tn.kinds[n.kind]} · <time dateTime={n.createdAt.toISOString()}>{formatDateTime(n.createdAt)}</time>
                </p>
              </div>
              {n.readAt ? null : (
                <ActionForm
                  variant="inline"
                  buttonTone="link"
                  idPrefix={`gelezen-${n.id}`}
                  action={markReadAction.bind(null, n.id)}
                  submitLabel={tn.markRead}
                  buttonAriaLabel={`${tn.markRead}: ${notificationText(t, n.kind, n.subject)}`}
                />
              )}
            </li>
          ))}
        </ol>
      )}
    </Main>
  );
}
