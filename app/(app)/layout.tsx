import Link from "next/link";
import type { ReactNode } from "react";
import { AppHeader } from "@/components/layout/app-header";
import { requireActor, unreadNotificationsOfRequest } from "@/lib/auth/session";
import { workspacesOf } from "@/lib/auth/workspaces";
import { getMessages } from "@/lib/i18n/server";

// Signed-in pages. The layout only identifies the user; every page authorises through its service.
export default async function AppLayout({ children }: { children: ReactNode }) {
  const actor = await requireActor();
  const [{ locale, t }, unread] = await Promise.all([getMessages(), unreadNotificationsOfRequest()]);
  const roleLabels = [...new Set(actor.memberships.map((m) => t.roles[m.role]))];
  return (
    <>
      <a href="#inhoud" className="skip-link">
        {t.common.skipToContent}
      </a>
      <AppHeader
        userName={actor.name}
        roleLabels={roleLabels}
        workspaces={workspacesOf(actor)}
        locale={locale}
        unread={unread}
        t={t}
      />
      {children}
      <footer className="mx-auto max-w-7xl px-6 py-8 text-sm text-muted no-print">
        <Link href="/toegankelijkheid" className="underline">
          {t.common.accessibility}
        </Link>
      </footer>
    </>
  );
}
