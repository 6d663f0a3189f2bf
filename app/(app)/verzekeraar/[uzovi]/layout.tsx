import type { ReactNode } from "react";
import { RegionNav } from "@/components/layout/region-nav";
import { requireActor } from "@/lib/auth/session";
import { MONEY_MESSAGES } from "@/lib/i18n/messages/money";
import { getLocale } from "@/lib/i18n/server";
import { insurerOfRequest } from "@/lib/next/insurer";
import { loadOr404 } from "@/lib/next/page";

// The insurer workspace: its name and the navigation between overview, budgets, review and portfolio.
export default async function InsurerLayout({ children, params }: { children: ReactNode; params: Promise<{ uzovi: string }> }) {
  const { uzovi } = await params;
  const actor = await requireActor();
  const insurer = await loadOr404(insurerOfRequest(actor, uzovi));
  const m = MONEY_MESSAGES[await getLocale()];
  const base = `/verzekeraar/${insurer.uzovi}`;
  return (
    <>
      <div className="bg-slate-800 text-white no-print">
        <div className="mx-auto flex max-w-7xl flex-wrap items-center justify-between gap-3 px-6 py-3">
          <p className="text-lg font-semibold">{insurer.name}</p>
          <RegionNav
            label={m.insurerNav}
            items={[
              { href: base, label: m.navInsurerHome, exact: true },
              { href: `${base}/budgetten`, label: m.navBudgets },
              { href: `${base}/beoordelen`, label: m.navReview },
              { href: `${base}/portefeuille`, label: m.navPortfolio },
              { href: `${base}/sociaal-domein`, label: m.navSocial },
            ]}
          />
        </div>
      </div>
      {children}
    </>
  );
}
