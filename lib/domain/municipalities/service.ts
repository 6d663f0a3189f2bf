// The municipality officer's home: the municipality at a glance across the regions that cover it —
// per wijkverband the core team, active links per kind and referrals per quarter; per wijk whether
// any active link reaches it (the gap list); and the regioplan initiatives for the client groups
// "hulpvraag" and "zorg- én hulpvraag" that work in the municipality.
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/authz/permissions";
import { withActor } from "@/lib/db/with-actor";
import type { Table } from "@/lib/domain/shared/spreadsheet";
import { loadLinks, municipalityInTx, sumByQuarter, windowFor } from "@/lib/domain/social/queries";
import { LINK_KINDS, type SocialLinkKind } from "@/lib/domain/social/rules";
import { coreTeamStatus, type CoreRole } from "@/lib/domain/wijkverbanden/core-team";
import type { ClientGroup, InitiativePhase } from "@/lib/generated/prisma/enums";
import type { Messages } from "@/lib/i18n/messages";

export type MunicipalityWorkspace = {
  municipality: { id: string; name: string; code: string };
  regions: { id: string; slug: string; name: string }[];
  periods: string[];
  wijkverbanden: {
    id: string;
    name: string;
    regionSlug: string;
    regionName: string;
    inhabitants: number | null;
    coreComplete: boolean;
    missing: CoreRole[];
    activeByKind: Partial<Record<SocialLinkKind, number>>;
    activeLinks: number;
    counts: (number | null)[];
  }[];
  wijken: {
    code: string;
    name: string;
    regionName: string;
    inhabitants: number | null;
    wijkverbanden: string[];
    activeLinks: number;
  }[];
  /** Referral totals per quarter over the whole municipality (the chart). */
  totals: (number | null)[];
  initiatives: {
    id: string;
    title: string;
    regionSlug: string;
    regionName: string;
    planTitle: string;
    theme: string;
    clientGroup: ClientGroup | null;
    phase: InitiativePhase;
  }[];
  practices: number;
  activeSocialLinks: number;
  latestReferrals: { period: string; count: number } | null;
};

export async function getMunicipalityWorkspace(actor: Actor, code: string, today = new Date()): Promise<MunicipalityWorkspace> {
  return withActor(actor, async (tx) => {
    const { municipality, regions } = await municipalityInTx(tx, actor, code);
    const municipalityCode = municipality.code;
    const regionIds = regions.map((r) => r.id);
    const networkRegionIds = regionIds.filter((regionId) => can(actor, "network.read", { regionId, municipalityCode }));
    const linkWhere = { regionId: { in: regionIds }, municipalityCode };
    const periods = await windowFor(tx, linkWhere, today);

    const [wijkverbanden, practices, links, statYears] = await Promise.all([
      tx.wijkverband.findMany({
        where: { regionId: { in: networkRegionIds }, municipalityCode, archivedAt: null },
        select: {
          id: true,
          name: true,
          inhabitants: true,
          wijkCodes: true,
          region: { select: { slug: true, name: true } },
          members: { select: { role: true } },
        },
        orderBy: { name: "asc" },
      }),
      tx.practice.findMany({
        where: { regionId: { in: networkRegionIds }, municipalityCode, archivedAt: null },
        select: { id: true, wijkCode: true },
      }),
      loadLinks(tx, linkWhere, periods),
      tx.wijkStatistic.groupBy({
        by: ["regionId"],
        where: { regionId: { in: networkRegionIds }, municipalityCode },
        _max: { year: true },
      }),
    ]);
    const stats = statYears.length
      ? await tx.wijkStatistic.findMany({
          where: {
            municipalityCode,
            OR: statYears.map((s) => ({ regionId: s.regionId, year: s._max.year ?? 0 })),
          },
          select: { wijkCode: true, name: true, inhabitants: true, regionId: true },
          orderBy: { wijkCode: "asc" },
        })
      : [];
    const active = links.filter((l) => l.status === "actief");

    // Wijken: from the latest CBS figures, plus wijken named by wijkverbanden or practices.
    const regionName = new Map(regions.map((r) => [r.id, r.name]));
    const wijkMap = new Map<string, MunicipalityWorkspace["wijken"][number]>();
    for (const s of stats)
      wijkMap.set(s.wijkCode, {
        code: s.wijkCode,
        name: s.name,
        regionName: regionName.get(s.regionId) ?? "",
        inhabitants: s.inhabitants,
        wijkverbanden: [],
        activeLinks: 0,
      });
    const ensure = (code: string, region: string) => {
      if (!wijkMap.has(code))
        wijkMap.set(code, { code, name: code, regionName: region, inhabitants: null, wijkverbanden: [], activeLinks: 0 });
      return wijkMap.get(code)!;
    };
    for (const w of wijkverbanden) for (const c of w.wijkCodes) ensure(c, w.region.name).wijkverbanden.push(w.name);
    for (const p of practices) if (p.wijkCode?.startsWith(`WK${municipalityCode.slice(2)}`)) ensure(p.wijkCode, "");
    for (const l of active) for (const c of new Set(l.wijkCodes)) if (wijkMap.has(c)) wijkMap.get(c)!.activeLinks += 1;

    // Initiatives aimed at hulpvraag / zorg- én hulpvraag with a participant in the municipality.
    const year = today.getUTCFullYear();
    const initiatives = await tx.initiative.findMany({
      where: {
        regionId: { in: regionIds },
        theme: {
          clientGroup: { in: ["hulpvraag", "zorg_en_hulpvraag"] },
          plan: { periodEnd: { gte: year }, periodStart: { lte: year } },
        },
        participants: {
          some: {
            OR: [
              { wijkverbandId: { in: wijkverbanden.map((w) => w.id) } },
              { organisationId: municipality.id },
              { practiceId: { in: practices.map((p) => p.id) } },
            ],
          },
        },
      },
      select: {
        id: true,
        title: true,
        phase: true,
        region: { select: { slug: true, name: true } },
        theme: { select: { name: true, clientGroup: true, plan: { select: { title: true } } } },
      },
      orderBy: [{ theme: { priority: "asc" } }, { title: "asc" }],
    });

    const totals = sumByQuarter(links, periods);
    const latestIndex = totals.findLastIndex((v) => v !== null);
    return {
      municipality,
      regions,
      periods,
      wijkverbanden: wijkverbanden.map((w) => {
        const core = coreTeamStatus(w.members.map((m) => m.role));
        const own = links.filter((l) => l.wijkverbandIds.includes(w.id));
        const activeByKind: Partial<Record<SocialLinkKind, number>> = {};
        for (const l of own) if (l.status === "actief") activeByKind[l.kind] = (activeByKind[l.kind] ?? 0) + 1;
        return {
          id: w.id,
          name: w.name,
          regionSlug: w.region.slug,
          regionName: w.region.name,
          inhabitants: w.inhabitants,
          coreComplete: core.complete,
          missing: core.missing,
          activeByKind,
          activeLinks: own.filter((l) => l.status === "actief").length,
          counts: sumByQuarter(own, periods),
        };
      }),
      wijken: [...wijkMap.values()].sort((a, b) => a.code.localeCompare(b.code)),
      totals,
      initiatives: initiatives.map((i) => ({
        id: i.id,
        title: i.title,
        regionSlug: i.region.slug,
        regionName: i.region.name,
        planTitle: i.theme.plan.title,
        theme: i.theme.name,
        clientGroup: i.theme.clientGroup,
        phase: i.phase,
      })),
      practices: practices.length,
      activeSocialLinks: active.length,
      latestReferrals: latestIndex >= 0 ? { period: periods[latestIndex] ?? "", count: totals[latestIndex] ?? 0 } : null,
    };
  });
}

/** Every table of the municipality home, for CSV (first table) or XLSX (one sheet each), in the reader's language. */
export function municipalityTables(data: MunicipalityWorkspace, which: string | undefined, t: Messages): Table[] {
  const c = t.exports.municipality;
  const yesNo = (value: boolean) => (value ? t.exports.yes : t.exports.no);
  const tables: Record<string, Table> = {
    wijkverbanden: {
      name: c.wijkverbandenSheet,
      columns: [
        c.wijkverband,
        c.region,
        c.inhabitants,
        c.coreComplete,
        c.missing,
        ...LINK_KINDS.map((k) => t.social.linkKindLabel[k]),
      ],
      rows: data.wijkverbanden.map((w) => [
        w.name,
        w.regionName,
        w.inhabitants,
        yesNo(w.coreComplete),
        w.missing.map((role) => t.network.coreRole[role]).join(", "),
        ...LINK_KINDS.map((k) => w.activeByKind[k] ?? 0),
      ]),
    },
    verwijzingen: {
      name: c.referralsSheet,
      columns: [c.wijkverband, ...data.periods],
      rows: [...data.wijkverbanden.map((w) => [w.name, ...w.counts]), [c.wholeMunicipality, ...data.totals]],
    },
    wijken: {
      name: c.wijkenSheet,
      columns: [c.wijkCode, c.wijk, c.inhabitants, c.wijkverbanden, c.activeLinks],
      rows: data.wijken.map((w) => [w.code, w.name, w.inhabitants, w.wijkverbanden.join(", "), w.activeLinks]),
    },
    witte_vlekken: {
      name: c.gapsSheet,
      columns: [c.wijkCode, c.wijk, c.inhabitants, c.wijkverbanden],
      rows: data.wijken
        .filter((w) => w.activeLinks === 0)
        .map((w) => [w.code, w.name, w.inhabitants, w.wijkverbanden.join(", ")]),
    },
    initiatieven: {
      name: c.initiativesSheet,
      columns: [c.initiative, c.region, c.plan, c.theme, c.clientGroup, c.phase],
      rows: data.initiatives.map((i) => [
        i.title,
        i.regionName,
        i.planTitle,
        i.theme,
        i.clientGroup ? t.plan.clientGroup[i.clientGroup] : "",
        t.plan.phase[i.phase],
      ]),
    },
  };
  if (which && tables[which]) return [tables[which]];
  return Object.values(tables);
}

export const MUNICIPALITY_TABLES = ["wijkverbanden", "verwijzingen", "wijken", "witte_vlekken", "initiatieven"] as const;
