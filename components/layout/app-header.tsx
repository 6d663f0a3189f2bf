import Link from "next/link";
import type { Workspace } from "@/lib/auth/workspaces";
import { setLocale } from "@/lib/i18n/actions";
import { fill, type Locale, type Messages } from "@/lib/i18n/messages";
import { LogoutButton } from "@/components/layout/logout-button";

type Props = {
  userName: string;
  roleLabels: string[];
  workspaces: Workspace[];
  locale: Locale;
  /** Unread notifications: the bell's count. */
  unread: number;
  t: Pick<Messages, "common" | "roles" | "notifications">;
};

export function AppHeader({ userName, roleLabels, workspaces, locale, unread, t }: Props) {
  return (
    <header className="border-b border-slate-200 bg-white no-print">
      <div className="mx-auto flex max-w-7xl flex-wrap items-center gap-4 px-6 py-3">
        <Link href="/" className="text-xl font-bold text-blue-900">
          {t.common.appName}
        </Link>
        {workspaces.length > 1 ? (
          <details className="relative">
            <summary className="cursor-pointer rounded-md border border-slate-300 px-3 py-1.5 text-sm font-medium">
              {t.common.switchWorkspace}
            </summary>
            <ul className="absolute z-20 mt-1 min-w-64 rounded-md border border-slate-200 bg-white p-1 shadow-lg">
              {workspaces.map((w) => (
                <li key={w.href}>
                  <Link href={w.href} className="block rounded px-3 py-2 text-sm hover:bg-slate-100">
                    {w.label} <span className="text-muted">· {t.roles[w.role]}</span>
                  </Link>
                </li>
              ))}
            </ul>
          </details>
        ) : null}
        <div className="ml-auto flex flex-wrap items-center gap-3 text-sm">
          <Link
            href="/meldingen"
            className="relative inline-flex items-center gap-1 rounded-md border border-slate-300 px-2 py-1.5 font-medium"
            aria-label={unread > 0 ? fill(t.notifications.bellUnread, { count: unread }) : t.notifications.bell}
            data-testid="bell"
          >
            <svg aria-hidden="true" viewBox="0 0 24 24" className="h-5 w-5" fill="none" stroke="currentColor" strokeWidth="2">
              <path d="M6 8a6 6 0 1 1 12 0c0 7 3 9 3 9H3s3-2 3-9" />
              <path d="M10.3 21a1.94 1.94 0 0 0 3.4 0" />
            </svg>
            {unread > 0 ? (
              <span
                aria-hidden="true"
                className="rounded-full bg-red-700 px-1.5 text-xs font-bold text-white"
                data-testid="bell-count"
              >
                {unread > 99 ? "99+" : unread}
              </span>
            ) : null}
          </Link>
          <p>
            <span className="sr-only">{t.common.loggedInAs} </span>
            <span className="font-medium">{userName}</span>
            {roleLabels.length > 0 ? <span className="text-muted"> · {roleLabels.join(", ")}</span> : null}
          </p>
          <form action={setLocale}>
            <input type="hidden" name="locale" value={locale === "nl" ? "en" : "nl"} />
            <button type="submit" lang={locale === "nl" ? "en" : "nl"} className="rounded-md px-2 py-1.5 font-medium underline">
              {t.common.switchToOther}
            </button>
          </form>
          <LogoutButton label={t.common.logout} />
        </div>
      </div>
    </header>
  );
}
