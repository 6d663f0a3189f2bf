// The regiobeeld: population and ageing per wijk (CBS-shaped statistics per year), the care supply
// in those wijken, and which wijken no wijkverband covers. Read like the network (network.read):
// municipality officers see only their municipality's wijken.
import type { Actor } from "@/lib/auth/actor";
import { can, readScope } from "@/lib/authz/permissions";
import { withActor } from "@/lib/db/with-actor";
import { NotFoundError } from "@/lib/domain/errors";
import { allowedFigures } from "@/lib/domain/regiobeeld/figures";
import { findRegionInTx, type RegionSummary } from "@/lib/domain/regions/service";
import { msg } from "@/lib/i18n/keys";
import { DISCIPLINE_NAMES, disciplineName, type LocalizedName } from "@/lib/i18n/names";

const GP = "huisartsenzorg";

export type Supply = {
  /** All practices (every discipline) in the area. */
  practices: number;
  huisartsPractices: number;
  /** Registered patients of the huisartsenpraktijken. */
  registeredPatients: number;
  /** Inhabitants per huisartsenpraktijk; null without statistics or without a practice. */
  inhabitantsPerHuisartsPractice: number | null;
};

export type Population = {
  inhabitants: number;
  aged65Plus: number | null;
  aged80Plus: number | null;
  households: number | null;
  /** Shares as fractions (0–1), null when the count is unknown. */
  share65: number | null;
  share80: number | null;
};

export type RegiobeeldWijk = Population &
  Supply & {
    wijkCode: string;
    name: string;
    municipalityCode: string;
    wijkverbanden: { id: string; name: string }[];
    extra: Record<string, number>;
  };

export type RegiobeeldWijkverband = Population &
  Supply & {
    id: string;
    name: string;
    municipalityCode: string;
    wijkCodes: string[];
    /** Wijk codes of the wijkverband without statistics for the year. */
    wijkenWithoutStatistics: string[];
    byDiscipline: { name: LocalizedName; practices: number }[];
  };

export type Regiobeeld = {
  region: RegionSummary;
  years: number[];
  year: number | null;
  /** Null: the whole region; otherwise the municipalities the actor reads. */
  municipalityCodes: string[] | null;
  totals: Population & Supply;
  wijken: RegiobeeldWijk[];
  wijkverbanden: RegiobeeldWijkverband[];
  disciplines: { code: string; name: LocalizedName; practices: number; registeredPatients: number }[];
  /** Wijken with statistics that no wijkverband covers. */
  gaps: number;
  /** Active practices without a wijk code (not counted per wijk). */
  practicesWithoutWijk: number;
  mayImport: boolean;
};

const share = (part: number | null, whole: number) => (part === null || whole <= 0 ? null : part / whole);
const perPractice = (inhabitants: number, practices: number) =>
  practices > 0 && inhabitants > 0 ? Math.round(inhabitants / practices) : null;

function population(
  rows: { inhabitants: number; aged65Plus: number | null; aged80Plus: number | null; households: number | null }[],
): Population {
  const sum = (key: "aged65Plus" | "aged80Plus" | "households") =>
    rows.length > 0 && rows.every((r) => r[key] !== null) ? rows.reduce((t, r) => t + r[key]!, 0) : null;
  const inhabitants = rows.reduce((t, r) => t + r.inhabitants, 0);
  const aged65Plus = sum("aged65Plus");
  const aged80Plus = sum("aged80Plus");
  return {
    inhabitants,
    aged65Plus,
    aged80Plus,
    households: sum("households"),
    share65: share(aged65Plus, inhabitants),
    share80: share(aged80Plus, inhabitants),
  };
}

type PracticeRow = {
  wijkCode: string | null;
  registeredPatients: number | null;
  discipline: { code: string; name: string; nameEn: string; sortOrder: number };
};

function supply(practices: PracticeRow[], inhabitants: number): Supply {
  const gps = practices.filter((p) => p.discipline.code === GP);
  return {
    practices: practices.length,
    huisartsPractices: gps.length,
    registeredPatients: gps.reduce((t, p) => t + (p.registeredPatients ?? 0), 0),
    inhabitantsPerHuisartsPractice: perPractice(inhabitants, gps.length),
  };
}

export async function getRegiobeeld(actor: Actor, slug: string, requestedYear?: number): Promise<Regiobeeld> {
  return withActor(actor, async (tx) => {
    const region = await findRegionInTx(tx, actor, slug);
    const scope = readScope(actor, "network.read", region.id);
    if (scope.kind === "none") throw new NotFoundError(msg("errors.notFound.page"));
    const inScope = scope.kind === "municipalities" ? { municipalityCode: { in: scope.codes } } : {};

    const yearRows = await tx.wijkStatistic.findMany({
      where: { regionId: region.id, ...inScope },
      select: { year: true },
      distinct: ["year"],
      orderBy: { year: "desc" },
    });
    const years = yearRows.map((y) => y.year);
    const year = requestedYear !== undefined && years.includes(requestedYear) ? requestedYear : (years[0] ?? null);

    const [stats, practices, wijkverbanden] = await Promise.all([
      year === null
        ? []
        : tx.wijkStatistic.findMany({
            where: { regionId: region.id, year, ...inScope },
            select: {
              wijkCode: true,
              name: true,
              municipalityCode: true,
              inhabitants: true,
              aged65Plus: true,
              aged80Plus: true,
              households: true,
              extra: true,
            },
            orderBy: [{ municipalityCode: "asc" }, { wijkCode: "asc" }],
          }),
      tx.practice.findMany({
        where: { regionId: region.id, archivedAt: null, ...inScope },
        select: {
          wijkCode: true,
          registeredPatients: true,
          discipline: { select: { code: true, sortOrder: true, ...DISCIPLINE_NAMES } },
        },
      }),
      tx.wijkverband.findMany({
        where: { regionId: region.id, archivedAt: null, ...inScope },
        select: { id: true, name: true, municipalityCode: true, wijkCodes: true },
        orderBy: { name: "asc" },
      }),
    ]);

    const practicesByWijk = new Map<string, PracticeRow[]>();
    for (const p of practices) if (p.wijkCode) practicesByWijk.set(p.wijkCode, [...(practicesByWijk.get(p.wijkCode) ?? []), p]);
    const statByWijk = new Map(stats.map((s) => [s.wijkCode, s]));

    const wijken: RegiobeeldWijk[] = stats.map((s) => {
      const here = practicesByWijk.get(s.wijkCode) ?? [];
      return {
        wijkCode: s.wijkCode,
        name: s.name,
        municipalityCode: s.municipalityCode,
        ...population([s]),
        ...supply(here, s.inhabitants),
        wijkverbanden: wijkverbanden.filter((w) => w.wijkCodes.includes(s.wijkCode)).map((w) => ({ id: w.id, name: w.name })),
        extra: allowedFigures(s.extra),
      };
    });

    const rows: RegiobeeldWijkverband[] = wijkverbanden.map((w) => {
      const covered = w.wijkCodes.flatMap((code) => statByWijk.get(code) ?? []);
      const here = w.wijkCodes.flatMap((code) => practicesByWijk.get(code) ?? []);
      const pop = population(covered);
      const byDiscipline = new Map<string, { name: LocalizedName; practices: number }>();
      for (const p of [...here].sort((a, b) => a.discipline.sortOrder - b.discipline.sortOrder)) {
        const entry = byDiscipline.get(p.discipline.code) ?? { name: disciplineName(p.discipline), practices: 0 };
        entry.practices += 1;
        byDiscipline.set(p.discipline.code, entry);
      }
      return {
        id: w.id,
        name: w.name,
        municipalityCode: w.municipalityCode,
        wijkCodes: w.wijkCodes,
        wijkenWithoutStatistics: w.wijkCodes.filter((code) => !statByWijk.has(code)),
        ...pop,
        ...supply(here, pop.inhabitants),
        byDiscipline: [...byDiscipline.values()],
      };
    });

    const disciplines = new Map<
      string,
      { code: string; name: LocalizedName; sortOrder: number; practices: number; registeredPatients: number }
    >();
    for (const p of practices) {
      const { code, sortOrder } = p.discipline;
      const entry = disciplines.get(code) ?? {
        code,
        sortOrder,
        name: disciplineName(p.discipline),
        practices: 0,
        registeredPatients: 0,
      };
      entry.practices += 1;
      entry.registeredPatients += p.registeredPatients ?? 0;
      disciplines.set(p.discipline.code, entry);
    }
    const totalPopulation = population(stats);

    return {
      region,
      years,
      year,
      municipalityCodes: scope.kind === "municipalities" ? scope.codes : null,
      totals: { ...totalPopulation, ...supply(practices, totalPopulation.inhabitants) },
      wijken,
      wijkverbanden: rows,
      disciplines: [...disciplines.values()].sort((a, b) => a.sortOrder - b.sortOrder).map(({ sortOrder: _s, ...d }) => d),
      gaps: wijken.filter((w) => w.wijkverbanden.length === 0).length,
      practicesWithoutWijk: practices.filter((p) => !p.wijkCode).length,
      mayImport: can(actor, "network.edit", { regionId: region.id }),
    };
  });
}
