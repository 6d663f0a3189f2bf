import Link from "next/link";
import type { Workspace } from "@/lib/auth/workspaces";
import { setLocale } from "@/lib/i18n/actions";
import type { Locale, Messages } from "@/lib/i18n/messages";
import { LogoutButton } from "@/components/layout/logout-button";

type Props = {
  userName: string;
  roleLabels: string[];
  workspaces: Workspace[];
  locale: Locale;
  t: Pick<Messages, "app" | "common" | "roles">;
};

export function AppHeader({ userName, roleLabels, workspaces, locale, t }: Props) {
  return (
    <header className="border-b border-slate-200 bg-white no-print">
      <div className="mx-auto flex max-w-7xl flex-wrap items-center gap-4 px-6 py-3">
        <Link href="/" className="text-xl font-bold text-blue-900">
          {t.app.name}
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
