// Who reads which part of a region's network: everything, or only some municipalities
// (municipality officers). Lists filter with this; single records check can() on their municipality.
import type { Actor } from "@/lib/auth/actor";
import { readScope } from "@/lib/authz/permissions";
import type { Tx } from "@/lib/db/with-actor";
import { NotFoundError } from "@/lib/domain/errors";
import { msg } from "@/lib/i18n/keys";
import { DISCIPLINE_NAMES, disciplineName, type LocalizedName } from "@/lib/i18n/names";

export type NetworkScope = { kind: "all" } | { kind: "municipalities"; codes: string[] };

export function networkScope(actor: Actor, regionId: string): NetworkScope {
  const scope = readScope(actor, "network.read", regionId);
  if (scope.kind === "none") throw new NotFoundError(msg("errors.notFound.region"));
  return scope;
}

/** A Prisma `where` fragment on municipalityCode for the scope (empty for "all"). */
export function municipalityWhere(scope: NetworkScope): { municipalityCode?: { in: string[] } } {
  return scope.kind === "municipalities" ? { municipalityCode: { in: scope.codes } } : {};
}

/** The region's municipalities the scope may see. */
export function visibleMunicipalities(scope: NetworkScope, regionCodes: readonly string[]): string[] {
  return scope.kind === "all" ? [...regionCodes] : regionCodes.filter((c) => scope.codes.includes(c));
}

/** Names of municipalities by GM code (from the municipality organisations), falling back to the code. */
export async function municipalityNames(tx: Tx, codes: readonly string[]): Promise<{ code: string; name: string }[]> {
  const orgs = await tx.organisation.findMany({
    where: { municipalityCode: { in: [...codes] } },
    select: { municipalityCode: true, name: true },
  });
  const names = new Map(orgs.map((o) => [o.municipalityCode, o.name.replace(/^Gemeente\s+/i, "")]));
  return codes.map((code) => ({ code, name: names.get(code) ?? code }));
}

/** The disciplines a practice can have, in their order, with both names (for filters and forms). */
export async function activeDisciplines(tx: Tx): Promise<{ code: string; name: LocalizedName }[]> {
  const rows = await tx.discipline.findMany({
    where: { active: true },
    select: { code: true, ...DISCIPLINE_NAMES },
    orderBy: { sortOrder: "asc" },
  });
  return rows.map((d) => ({ code: d.code, name: disciplineName(d) }));
}
