// Reading social links with what they connect and their referral counts. Used by the pages of the
// municipality, the region, the wijkverband, the practice and the insurer; the callers decide who
// may see which rows (permissions.ts) and what columns (insurers: figures only).
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/authz/permissions";
import type { Tx } from "@/lib/db/with-actor";
import type { Prisma } from "@/lib/generated/prisma/client";
import { NotFoundError } from "@/lib/domain/errors";
import type { SocialLinkKind, SocialLinkStatus, SocialOrganisationKind } from "@/lib/domain/social/rules";
import { quarterWindow, targetLabel } from "@/lib/domain/social/rules";
import { groupBy } from "@/lib/domain/shared/group";
import { msg } from "@/lib/i18n/keys";

export { targetLabel };

export type LinkRow = {
  id: string;
  regionId: string;
  regionSlug: string;
  regionName: string;
  municipalityCode: string;
  organisationId: string;
  organisationName: string;
  organisationKind: SocialOrganisationKind | null;
  target: { type: "wijkverband" | "praktijk"; id: string; name: string };
  /** The wijkverbanden the link counts for: its own, or those its practice is a member of. */
  wijkverbandIds: string[];
  /** The wijken the link reaches: the wijkverband's wijken, or the practice's wijk. */
  wijkCodes: string[];
  /** Practices the link reaches (for practice holders' visibility). */
  practiceIds: string[];
  kind: SocialLinkKind;
  status: SocialLinkStatus;
  exploringSince: Date | null;
  startDate: Date | null;
  endDate: Date | null;
  contactRole: string | null;
  note: string | null;
  /** Referral counts by quarter ("2026-Q3" → 23). */
  referrals: Record<string, number>;
};

/** The municipality (GM code) as an officer's workspace: its organisation and the regions that cover it and that the actor may read. */
export async function municipalityInTx(
  tx: Tx,
  actor: Actor,
  code: string,
  action: "social.read" | "social.edit" = "social.read",
) {
  const municipalityCode = code.toUpperCase();
  if (!/^GM\d{4}$/.test(municipalityCode)) throw new NotFoundError(msg("errors.notFound.municipality"));
  const municipality = await tx.organisation.findFirst({
    where: { municipalityCode, kind: "municipality" },
    select: { id: true, name: true },
  });
  if (!municipality || !can(actor, "municipality.workspace", { organisationId: municipality.id }))
    throw new NotFoundError(msg("errors.notFound.municipality"));
  const regions = await tx.region.findMany({
    where: { municipalityCodes: { has: municipalityCode } },
    select: { id: true, slug: true, name: true },
    orderBy: { name: "asc" },
  });
  const allowed = regions.filter((r) => can(actor, action, { regionId: r.id, municipalityCode }));
  if (allowed.length === 0) throw new NotFoundError(msg("errors.notFound.municipality"));
  return {
    municipality: { id: municipality.id, name: municipality.name, code: municipalityCode },
    regions: allowed,
  };
}

/** The latest quarter with counts among the links, for the eight-quarter window. */
export async function latestPeriod(tx: Tx, where: Prisma.SocialLinkWhereInput): Promise<string | null> {
  const row = await tx.referralCount.findFirst({
    where: { socialLink: where },
    select: { period: true },
    orderBy: { period: "desc" },
  });
  return row?.period ?? null;
}

export async function windowFor(
  tx: Tx,
  where: Prisma.SocialLinkWhereInput,
  today = new Date(),
  size?: number,
): Promise<string[]> {
  return quarterWindow(await latestPeriod(tx, where), today, size);
}

/**
 * Links matching `where`, with names, reach and the counts of `periods` (all counts when omitted).
 * One query per table, whatever the number of links.
 */
export async function loadLinks(tx: Tx, where: Prisma.SocialLinkWhereInput, periods?: readonly string[]): Promise<LinkRow[]> {
  const links = await tx.socialLink.findMany({
    where,
    select: {
      id: true,
      regionId: true,
      municipalityCode: true,
      organisationId: true,
      wijkverbandId: true,
      practiceId: true,
      kind: true,
      status: true,
      exploringSince: true,
      startDate: true,
      endDate: true,
      contactRole: true,
      note: true,
      region: { select: { slug: true, name: true } },
      organisation: { select: { name: true, socialKind: true } },
      referralCounts: {
        where: periods ? { period: { in: [...periods] } } : {},
        select: { period: true, count: true },
      },
    },
    orderBy: [{ municipalityCode: "asc" }, { createdAt: "asc" }],
  });
  const wijkverbandIds = [...new Set(links.map((l) => l.wijkverbandId).filter((id): id is string => !!id))];
  const practiceIds = [...new Set(links.map((l) => l.practiceId).filter((id): id is string => !!id))];
  const [wijkverbanden, practices, memberships] = await Promise.all([
    wijkverbandIds.length
      ? tx.wijkverband.findMany({ where: { id: { in: wijkverbandIds } }, select: { id: true, name: true, wijkCodes: true } })
      : [],
    practiceIds.length
      ? tx.practice.findMany({ where: { id: { in: practiceIds } }, select: { id: true, name: true, wijkCode: true } })
      : [],
    wijkverbandIds.length || practiceIds.length
      ? tx.wijkverbandMember.findMany({
          where: {
            practiceId: { not: null },
            OR: [{ wijkverbandId: { in: wijkverbandIds } }, { practiceId: { in: practiceIds } }],
          },
          select: { wijkverbandId: true, practiceId: true },
        })
      : [],
  ]);
  const wv = new Map(wijkverbanden.map((w) => [w.id, w]));
  const pr = new Map(practices.map((p) => [p.id, p]));
  // Grouped once: filtering the memberships per link made a national page quadratic.
  const practicesOf = groupBy(
    memberships,
    (m) => m.wijkverbandId,
    (m) => m.practiceId as string,
  );
  const wijkverbandenOf = groupBy(
    memberships,
    (m) => m.practiceId,
    (m) => m.wijkverbandId,
  );
  return links.map((l) => {
    const referrals: Record<string, number> = {};
    for (const r of l.referralCounts) referrals[r.period] = r.count;
    const base = {
      id: l.id,
      regionId: l.regionId,
      regionSlug: l.region.slug,
      regionName: l.region.name,
      municipalityCode: l.municipalityCode,
      organisationId: l.organisationId,
      organisationName: l.organisation.name,
      organisationKind: l.organisation.socialKind,
      kind: l.kind,
      status: l.status,
      exploringSince: l.exploringSince,
      startDate: l.startDate,
      endDate: l.endDate,
      contactRole: l.contactRole,
      note: l.note,
      referrals,
    };
    if (l.wijkverbandId) {
      const w = wv.get(l.wijkverbandId);
      return {
        ...base,
        target: { type: "wijkverband" as const, id: l.wijkverbandId, name: w?.name ?? "–" },
        wijkverbandIds: [l.wijkverbandId],
        wijkCodes: w?.wijkCodes ?? [],
        practiceIds: practicesOf.get(l.wijkverbandId) ?? [],
      };
    }
    const p = pr.get(l.practiceId ?? "");
    return {
      ...base,
      target: { type: "praktijk" as const, id: l.practiceId ?? "", name: p?.name ?? "–" },
      wijkverbandIds: (l.practiceId && wijkverbandenOf.get(l.practiceId)) || [],
      wijkCodes: p?.wijkCode ? [p.wijkCode] : [],
      practiceIds: l.practiceId ? [l.practiceId] : [],
    };
  });
}

/** Whether the actor may read the link with its notes and contacts. */
export function mayReadLink(actor: Actor, link: Pick<LinkRow, "regionId" | "municipalityCode" | "practiceIds">): boolean {
  return can(actor, "social.read", {
    regionId: link.regionId,
    municipalityCode: link.municipalityCode,
    practiceIds: link.practiceIds,
  });
}

/** Sum of counts per quarter over links. */
export function sumByQuarter(links: readonly Pick<LinkRow, "referrals">[], periods: readonly string[]): (number | null)[] {
  return periods.map((period) => {
    let sum: number | null = null;
    for (const link of links) {
      const value = link.referrals[period];
      if (value !== undefined) sum = (sum ?? 0) + value;
    }
    return sum;
  });
}
