// Frozen plan versions: read one, or compare two (or one with the current working state).
import type { Actor } from "@/lib/auth/actor";
import { withActor } from "@/lib/db/with-actor";
import { NotFoundError } from "@/lib/domain/errors";
import { parsePositiveInt } from "@/lib/domain/shared/ids";
import { planInRegion, readableRegion, type PlanRow } from "@/lib/domain/plans/access";
import { diffSnapshots, parseSnapshot, type PlanDiff, type PlanSnapshot } from "@/lib/domain/plans/snapshot";
import { loadThemes, snapshotOf } from "@/lib/domain/plans/tree";
import type { RegionSummary } from "@/lib/domain/regions/service";
import { msg } from "@/lib/i18n/keys";

export type VersionComparison = {
  region: RegionSummary;
  plan: PlanRow;
  versions: { versionNumber: number; createdAt: Date }[];
  /** 0 = the current working state of the plan. */
  from: number;
  to: number;
  diff: PlanDiff | null;
};

/** Compares two frozen versions, or a version with the current state (version number 0). */
export async function comparePlanVersions(
  actor: Actor,
  slug: string,
  planId: string,
  from?: number,
  to?: number,
): Promise<VersionComparison> {
  return withActor(actor, async (tx) => {
    const region = await readableRegion(tx, actor, slug);
    const plan = await planInRegion(tx, region.id, planId);
    const versions = await tx.planVersion.findMany({
      where: { regionId: region.id, planId: plan.id },
      select: { versionNumber: true, createdAt: true, snapshot: true },
      orderBy: { versionNumber: "asc" },
    });
    const list = versions.map((v) => ({ versionNumber: v.versionNumber, createdAt: v.createdAt }));
    if (versions.length === 0) return { region, plan, versions: list, from: 0, to: 0, diff: null };
    const last = versions.at(-1)!.versionNumber;
    const toNumber =
      to !== undefined && (to === 0 || versions.some((v) => v.versionNumber === to)) ? to : versions.length > 1 ? last : 0;
    const fallbackFrom = toNumber === 0 ? last : Math.max(1, toNumber - 1);
    const fromNumber = from !== undefined && versions.some((v) => v.versionNumber === from) ? from : fallbackFrom;
    const snapshotFor = async (n: number): Promise<PlanSnapshot> => {
      if (n === 0) return snapshotOf(plan, await loadThemes(tx, region.id, plan.id));
      return parseSnapshot(versions.find((v) => v.versionNumber === n)?.snapshot);
    };
    const diff = diffSnapshots(await snapshotFor(fromNumber), await snapshotFor(toNumber));
    return { region, plan, versions: list, from: fromNumber, to: toNumber, diff };
  });
}

/** A frozen version's content, for reading an earlier version. */
export async function getPlanVersion(actor: Actor, slug: string, planId: string, version: string | number) {
  const versionNumber = parsePositiveInt(version, msg("errors.notFound.version"));
  return withActor(actor, async (tx) => {
    const region = await readableRegion(tx, actor, slug);
    const plan = await planInRegion(tx, region.id, planId);
    const version = await tx.planVersion.findFirst({
      where: { regionId: region.id, planId: plan.id, versionNumber },
      select: { versionNumber: true, createdAt: true, snapshot: true },
    });
    if (!version) throw new NotFoundError(msg("errors.notFound.version"));
    return { region, plan, version: { ...version, snapshot: parseSnapshot(version.snapshot) } };
  });
}
