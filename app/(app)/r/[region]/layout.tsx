import type { ReactNode } from "react";
import { Main } from "@/components/layout/main";
import { RegionNav, type NavItem } from "@/components/layout/region-nav";
import { requireActor } from "@/lib/auth/session";
import { can, readScope } from "@/lib/authz/permissions";
import { getRegion } from "@/lib/domain/regions/service";
import { getMessages } from "@/lib/i18n/server";
import { loadOr404 } from "@/lib/next/page";

export default async function RegionLayout({ children, params }: { children: ReactNode; params: Promise<{ region: string }> }) {
  const { region: slug } = await params;
  const actor = await requireActor();
  const region = await loadOr404(getRegion(actor, slug));
  const { t } = await getMessages();
  const base = `/r/${region.slug}`;
  const items: NavItem[] = [{ href: base, label: t.nav.dashboard, exact: true }];
  if (can(actor, "plan.read", { regionId: region.id })) {
    items.push({ href: `${base}/regioplan`, label: t.plan.navPlan }, { href: `${base}/initiatieven`, label: t.plan.navInitiatives });
  }
  if (readScope(actor, "network.read", region.id).kind !== "none") {
    items.push(
      { href: `${base}/praktijken`, label: t.network.navPractices },
      { href: `${base}/wijkverbanden`, label: t.network.navWijkverbanden },
      { href: `${base}/partners`, label: t.network.navPartners },
      { href: `${base}/regiobeeld`, label: t.imports.navRegiobeeld },
    );
  }
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
