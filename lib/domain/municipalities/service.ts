import type { Actor } from "@/lib/auth/actor";
import { can, isPlatformAdmin } from "@/lib/authz/permissions";
import { withActor } from "@/lib/db/with-actor";
import { NotFoundError } from "@/lib/domain/errors";
import { coreTeamStatus } from "@/lib/domain/wijkverbanden/core-team";

export type MunicipalityWorkspace = {
  municipality: { id: string; name: string; code: string };
  wijkverbanden: { id: string; name: string; regionSlug: string; regionName: string; inhabitants: number | null; coreComplete: boolean; missing: string[] }[];
  practices: number;
  activeSocialLinks: number;
  latestReferrals: { period: string; count: number } | null;
};

/** The municipality's wijkverbanden, practices and social-domain links across the regions that cover it. */
export async function getMunicipalityWorkspace(actor: Actor, code: string): Promise<MunicipalityWorkspace> {
  const municipalityCode = code.toUpperCase();
  return withActor(actor, async (tx) => {
    const municipality = await tx.organisation.findFirst({
      where: { municipalityCode, kind: "municipality" },
      select: { id: true, name: true, municipalityCode: true },
    });
    const member = actor.memberships.some((m) => m.role === "municipality_officer" && m.organisationId === municipality?.id);
    if (!municipality || (!member && !isPlatformAdmin(actor))) throw new NotFoundError("Deze werkruimte bestaat niet.");

    const regionIds = actor.visibleRegionIds.filter((regionId) => can(actor, "network.read", { regionId, municipalityCode }));
    const socialRegionIds = actor.visibleRegionIds.filter((regionId) => can(actor, "social.read", { regionId, municipalityCode }));

    const [wijkverbanden, practices, activeSocialLinks, referrals] = await Promise.all([
      tx.wijkverband.findMany({
        where: { regionId: { in: regionIds }, municipalityCode, archivedAt: null },
        select: { id: true, name: true, inhabitants: true, region: { select: { slug: true, name: true } }, members: { select: { role: true } } },
        orderBy: { name: "asc" },
      }),
      tx.practice.count({ where: { regionId: { in: regionIds }, municipalityCode, archivedAt: null } }),
      tx.socialLink.count({ where: { regionId: { in: socialRegionIds }, municipalityCode, status: "actief" } }),
      tx.referralCount.groupBy({
        by: ["period"],
        where: { regionId: { in: socialRegionIds }, socialLink: { municipalityCode } },
        _sum: { count: true },
        orderBy: { period: "desc" },
        take: 1,
      }),
    ]);
    const latest = referrals[0];
    return {
      municipality: { id: municipality.id, name: municipality.name, code: municipalityCode },
      wijkverbanden: wijkverbanden.map((w) => {
        const core = coreTeamStatus(w.members.map((m) => m.role));
        return {
          id: w.id,
          name: w.name,
          regionSlug: w.region.slug,
          regionName: w.region.name,
          inhabitants: w.inhabitants,
          coreComplete: core.complete,
          missing: core.missing,
        };
      }),
      practices,
      activeSocialLinks,
      latestReferrals: latest ? { period: latest.period, count: latest._sum.count ?? 0 } : null,
    };
  });
}
