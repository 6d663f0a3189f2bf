import type { Actor } from "@/lib/auth/actor";
import { can, readScope } from "@/lib/authz/permissions";
import { withActor, type Tx } from "@/lib/db/with-actor";
import { recordAudit, diffFields } from "@/lib/domain/audit/service";
import { NotFoundError } from "@/lib/domain/errors";
import { RegionSettingsSchema, type RegionSettingsInput } from "@/lib/domain/regions/schema";
import { parseInput } from "@/lib/domain/shared/parse";
import { regionMoneyTotals } from "@/lib/domain/money/region";
import { coreTeamStatus } from "@/lib/domain/wijkverbanden/core-team";
import { isSlug } from "@/lib/domain/shared/ids";
import { msg } from "@/lib/i18n/keys";

export type RegionSummary = {
  id: string;
  slug: string;
  name: string;
  code: string;
  brandName: string | null;
  brandColor: string;
  municipalityCodes: string[];
};

const REGION_SELECT = {
  id: true,
  slug: true,
  name: true,
  code: true,
  brandName: true,
  brandColor: true,
  municipalityCodes: true,
} as const;

/** Loads a region the actor may see inside an open transaction, or throws NotFound (also for foreign regions). */
export async function findRegionInTx(tx: Tx, actor: Actor, slug: string): Promise<RegionSummary> {
  if (!isSlug(slug)) throw new NotFoundError(msg("errors.notFound.region"));
  // Row-level security already hides foreign regions; the permission check says why.
  const region = await tx.region.findFirst({ where: { slug }, select: REGION_SELECT });
  if (!region || !can(actor, "region.read", { regionId: region.id })) throw new NotFoundError(msg("errors.notFound.region"));
  return region;
}

export function getRegion(actor: Actor, slug: string): Promise<RegionSummary> {
  return withActor(actor, (tx) => findRegionInTx(tx, actor, slug));
}

export type RegionDashboard = {
  region: RegionSummary;
  practices: number;
  registeredPatients: number;
  wijkverbanden: {
    id: string;
    name: string;
    municipalityCode: string;
    inhabitants: number | null;
    members: number;
    coreComplete: boolean;
    missing: string[];
  }[];
  initiatives: number;
  plans: number;
  budget: { year: number; totalCents: number; allocatedCents: number; pendingExpenditures: number } | null;
  /** GM code → municipality name, for the codes the region covers. */
  municipalityNames: Record<string, string>;
};

/** Names of municipalities by GM code (municipalities are global organisations). */
export async function municipalityNamesInTx(tx: Tx, codes: readonly string[]): Promise<Record<string, string>> {
  const rows = await tx.organisation.findMany({
    where: { kind: "municipality", municipalityCode: { in: [...codes] } },
    select: { municipalityCode: true, name: true },
  });
  return Object.fromEntries(rows.map((r) => [r.municipalityCode!, r.name.replace(/^Gemeente /, "")]));
}

export async function getRegionDashboard(actor: Actor, slug: string, year: number): Promise<RegionDashboard> {
  return withActor(actor, async (tx) => {
    const region = await findRegionInTx(tx, actor, slug);
    const scope = readScope(actor, "network.read", region.id);
    const municipalityFilter = scope.kind === "municipalities" ? { municipalityCode: { in: scope.codes } } : {};
    const seesNetwork = scope.kind !== "none";

    const [practices, patients, wijkverbanden, initiatives, plans] = await Promise.all([
      seesNetwork ? tx.practice.count({ where: { regionId: region.id, archivedAt: null, ...municipalityFilter } }) : 0,
      seesNetwork
        ? tx.practice.aggregate({
            where: { regionId: region.id, archivedAt: null, discipline: { code: "huisartsenzorg" }, ...municipalityFilter },
            _sum: { registeredPatients: true },
          })
        : null,
      seesNetwork
        ? tx.wijkverband.findMany({
            where: { regionId: region.id, archivedAt: null, ...municipalityFilter },
            select: { id: true, name: true, municipalityCode: true, inhabitants: true, members: { select: { role: true } } },
            orderBy: { name: "asc" },
          })
        : [],
      tx.initiative.count({ where: { regionId: region.id } }),
      tx.regioplan.count({ where: { regionId: region.id } }),
    ]);

    let budget: RegionDashboard["budget"] = null;
    const money = await regionMoneyTotals(tx, actor, region.id, year);
    if (money) {
      const pending = can(actor, "budget.read", { regionId: region.id })
        ? await tx.expenditure.count({ where: { regionId: region.id, status: "ingediend" } })
        : 0;
      budget = { year, totalCents: money.plannedCents, allocatedCents: money.allocatedCents, pendingExpenditures: pending };
    }

    return {
      region,
      municipalityNames: await municipalityNamesInTx(tx, region.municipalityCodes),
      practices,
      registeredPatients: patients?._sum.registeredPatients ?? 0,
      wijkverbanden: wijkverbanden.map((w) => {
        const core = coreTeamStatus(w.members.map((m) => m.role));
        return {
          id: w.id,
          name: w.name,
          municipalityCode: w.municipalityCode,
          inhabitants: w.inhabitants,
          members: w.members.length,
          coreComplete: core.complete,
          missing: core.missing,
        };
      }),
      initiatives,
      plans,
      budget,
    };
  });
}

/** Coordinator edits the region's branding; audited with before/after of the changed fields. */
export async function updateRegionSettings(actor: Actor, slug: string, input: RegionSettingsInput): Promise<RegionSummary> {
  const data = parseInput(RegionSettingsSchema, input);
  return withActor(actor, async (tx) => {
    const region = await findRegionInTx(tx, actor, slug);
    if (!can(actor, "region.settings", { regionId: region.id })) throw new NotFoundError(msg("errors.notFound.region"));
    const changes = diffFields({ brandName: region.brandName, brandColor: region.brandColor }, data);
    if (Object.keys(changes).length === 0) return region;
    const updated = await tx.region.update({ where: { id: region.id }, data, select: REGION_SELECT });
    await recordAudit(tx, actor, {
      regionId: region.id,
      action: "region.settings.update",
      entityType: "Region",
      entityId: region.id,
      changes,
    });
    return updated;
  });
}
