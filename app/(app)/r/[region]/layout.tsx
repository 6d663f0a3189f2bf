import type { ReactNode } from "react";
import { Main } from "@/components/layout/main";
import { RegionNav, type NavItem } from "@/components/layout/region-nav";
import { requireActor } from "@/lib/auth/session";
import { can, readScope } from "@/lib/authz/permissions";
import { regionOfRequest } from "@/lib/next/region";
import { MONEY_MESSAGES } from "@/lib/i18n/messages/money";
import { getMessages } from "@/lib/i18n/server";
import { loadOr404 } from "@/lib/next/page";

export default async function RegionLayout({ children, params }: { children: ReactNode; params: Promise<{ region: string }> }) {
  const { region: slug } = await params;
  const actor = await requireActor();
  const region = await loadOr404(regionOfRequest(actor, slug));
  const { locale, t } = await getMessages();
  const base = `/r/${region.slug}`;
  const items: NavItem[] = [{ href: base, label: t.nav.dashboard, exact: true }];
  if (can(actor, "plan.read", { regionId: region.id })) {
    items.push(
      { href: `${base}/regioplan`, label: t.plan.navPlan },
      { href: `${base}/initiatieven`, label: t.plan.navInitiatives },
    );
  }
  if (readScope(actor, "network.read", region.id).kind !== "none") {
    items.push(
      { href: `${base}/praktijken`, label: t.network.navPractices },
      { href: `${base}/wijkverbanden`, label: t.network.navWijkverbanden },
      { href: `${base}/partners`, label: t.network.navPartners },
      { href: `${base}/regiobeeld`, label: t.imports.navRegiobeeld },
    );
  }
  if (readScope(actor, "agreement.read", region.id).kind !== "none") {
    items.push({ href: `${base}/afspraken`, label: t.agreements.nav });
  }
  if (can(actor, "budget.readTotals", { regionId: region.id }))
    items.push({ href: `${base}/budget`, label: MONEY_MESSAGES[locale].nav });
  if (can(actor, "social.read", { regionId: region.id })) items.push({ href: `${base}/sociaal-domein`, label: t.social.nav });
  if (can(actor, "audit.read", { regionId: region.id })) items.push({ href: `${base}/audit`, label: t.nav.audit });
  if (can(actor, "region.settings", { regionId: region.id })) items.push({ href: `${base}/instellingen`, label: t.nav.settings });

  return (
    <div style={{ ["--brand" as string]: region.brandColor }}>
      <div className="bg-[var(--brand)] text-white no-print">
        <div className="mx-auto flex max-w-7xl flex-wrap items-center justify-between gap-3 px-6 py-3">
          <p className="text-lg font-semibold">{region.brandName ?? region.name}</p>
          <RegionNav items={items} label={t.common.mainNavigation} />
        </div>
      </div>
      <Main>{children}</Main>
    </div>
  );
}
