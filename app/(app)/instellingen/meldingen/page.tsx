import type { Metadata } from "next";
import Link from "next/link";
import { ActionForm } from "@/components/forms/action-form";
import { Main } from "@/components/layout/main";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/session";
import { DELIVERIES } from "@/lib/domain/notifications/kinds";
import { getNotificationPreferences } from "@/lib/domain/notifications/service";
import { getMessages } from "@/lib/i18n/server";
import { savePreferencesAction } from "../../meldingen/actions";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getMessages();
  return { title: t.notifications.preferencesTitle };
}

export default async function NotificationPreferencesPage() {
  const actor = await requireActor();
  const preferences = await getNotificationPreferences(actor);
  const { t } = await getMessages();
  const tn = t.notifications;
  const options = DELIVERIES.map((d) => ({ value: d, label: tn.delivery[d] }));

  return (
    <Main>
      <PageHeader title={tn.preferencesTitle} intro={tn.preferencesIntro}>
        <Link href="/meldingen" className="underline">
          {tn.title}
        </Link>
      </PageHeader>
      <div className="max-w-2xl">
        <ActionForm
          idPrefix="voorkeuren"
          action={savePreferencesAction}
          submitLabel={tn.save}
          fields={preferences.map((p) => ({
            kind: "select" as const,
            name: p.kind,
            label: tn.kinds[p.kind],
            options,
            defaultValue: p.delivery,
            required: true,
          }))}
        />
      </div>
    </Main>
  );
}
