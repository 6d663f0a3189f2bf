// The region's practice list: search, filters, sort and server-side pagination (fast at 2,000+
// practices: every filter hits an index on (regionId, …) and a page is one count + one page query),
// and the same selection as a CSV/XLSX export.
import type { Actor } from "@/lib/auth/actor";
import { withActor, type Tx } from "@/lib/db/with-actor";
import type { Prisma } from "@/lib/generated/prisma/client";
import {
  activeDisciplines,
  municipalityNames,
  municipalityWhere,
  networkScope,
  visibleMunicipalities,
  type NetworkScope,
} from "@/lib/domain/network/scope";
import { findRegionInTx, type RegionSummary } from "@/lib/domain/regions/service";
import type { Table } from "@/lib/domain/shared/spreadsheet";
import type { Locale, Messages } from "@/lib/i18n/messages";
import { DISCIPLINE_NAMES, disciplineName, type LocalizedName } from "@/lib/i18n/names";
import { gemeenteFilter, optionalId, urlText } from "@/lib/domain/shared/ids";

export const PRACTICE_PAGE_SIZE = 50;
export const PRACTICE_SORTS = ["naam", "-naam", "postcode", "discipline", "patienten", "gewijzigd"] as const;
export type PracticeSort = (typeof PRACTICE_SORTS)[number];

export type PracticeFilters = {
  q?: string;
  discipline?: string;
  wijkverband?: string;
  gemeente?: string;
  sort: PracticeSort;
  page: number;
  archived: boolean;
};

type Params = Record<string, string | string[] | undefined>;

/** Reads the list's URL parameters (?q=&discipline=&wijkverband=&gemeente=&sort=&pagina=&archief=1) leniently. */
export function parsePracticeFilters(params: Params): PracticeFilters {
  const one = (v: string | string[] | undefined) => urlText(v);
  const sort = one(params.sort);
  const page = Number.parseInt(one(params.pagina) ?? "1", 10);
  const wijkverband = one(params.wijkverband);
  return {
    q: one(params.q)?.slice(0, 100),
    discipline: one(params.discipline)?.slice(0, 60),
    wijkverband: optionalId(wijkverband),
    gemeente: gemeenteFilter(one(params.gemeente)),
    sort: (PRACTICE_SORTS as readonly string[]).includes(sort ?? "") ? (sort as PracticeSort) : "naam",
    page: Number.isFinite(page) && page > 0 ? Math.min(page, 10_000) : 1,
    archived: one(params.archief) === "1",
  };
}

/** The filters as URL parameters (defaults left out), for links and the export. */
export function practiceFilterQuery(filters: Partial<PracticeFilters>, overrides: Partial<PracticeFilters> = {}): string {
  const f = { ...filters, ...overrides };
  const params = new URLSearchParams();
  if (f.q) params.set("q", f.q);
  if (f.discipline) params.set("discipline", f.discipline);
  if (f.wijkverband) params.set("wijkverband", f.wijkverband);
  if (f.gemeente) params.set("gemeente", f.gemeente);
  if (f.sort && f.sort !== "naam") params.set("sort", f.sort);
  if (f.page && f.page > 1) params.set("pagina", String(f.page));
  if (f.archived) params.set("archief", "1");
  const query = params.toString();
  return query ? `?${query}` : "";
}

const ORDER: Record<PracticeSort, Prisma.PracticeOrderByWithRelationInput[]> = {
  naam: [{ name: "asc" }, { id: "asc" }],
  "-naam": [{ name: "desc" }, { id: "asc" }],
  postcode: [{ postcode: { sort: "asc", nulls: "last" } }, { name: "asc" }, { id: "asc" }],
  discipline: [{ discipline: { sortOrder: "asc" } }, { name: "asc" }, { id: "asc" }],
  patienten: [{ registeredPatients: { sort: "desc", nulls: "last" } }, { name: "asc" }, { id: "asc" }],
  gewijzigd: [{ updatedAt: "desc" }, { id: "asc" }],
};

/** The search term as conditions: name (contains), AGB (prefix) and postcode (prefix, normalised). */
function searchWhere(q: string): Prisma.PracticeWhereInput {
  const or: Prisma.PracticeWhereInput[] = [{ name: { contains: q, mode: "insensitive" } }];
  if (/^\d{1,8}$/.test(q)) or.push({ agb: { startsWith: q } });
  const pc = q.toUpperCase().replace(/\s+/g, "");
  if (/^[1-9]\d{3}[A-Z]{0,2}$/.test(pc))
    or.push({ postcode: { startsWith: pc.length > 4 ? `${pc.slice(0, 4)} ${pc.slice(4)}` : pc } });
  return { OR: or };
}

async function practiceWhere(
  tx: Tx,
  region: RegionSummary,
  scope: NetworkScope,
  f: PracticeFilters,
): Promise<Prisma.PracticeWhereInput> {
  const and: Prisma.PracticeWhereInput[] = [{ regionId: region.id }, municipalityWhere(scope)];
  if (!f.archived) and.push({ archivedAt: null });
  if (f.q) and.push(searchWhere(f.q));
  if (f.discipline) and.push({ discipline: { code: f.discipline } });
  if (f.gemeente) and.push({ municipalityCode: f.gemeente });
  if (f.wijkverband) {
    const members = await tx.wijkverbandMember.findMany({
      where: { regionId: region.id, wijkverbandId: f.wijkverband, practiceId: { not: null } },
      select: { practiceId: true },
    });
    and.push({ id: { in: members.map((m) => m.practiceId as string) } });
  }
  return { AND: and };
}

export type PracticeRow = {
  id: string;
  name: string;
  discipline: LocalizedName;
  agb: string | null;
  postcode: string | null;
  city: string | null;
  municipalityCode: string;
  wijkCode: string | null;
  registeredPatients: number | null;
  archived: boolean;
};

export type PracticeListPage = {
  region: RegionSummary;
  filters: PracticeFilters;
  rows: PracticeRow[];
  total: number;
  pageCount: number;
  options: {
    disciplines: { code: string; name: LocalizedName }[];
    wijkverbanden: { id: string; name: string }[];
    municipalities: { code: string; name: string }[];
  };
};

const ROW_SELECT = {
  id: true,
  name: true,
  agb: true,
  postcode: true,
  city: true,
  municipalityCode: true,
  wijkCode: true,
  registeredPatients: true,
  archivedAt: true,
  discipline: { select: DISCIPLINE_NAMES },
} as const;

export async function listPractices(actor: Actor, regionSlug: string, filters: PracticeFilters): Promise<PracticeListPage> {
  return withActor(actor, async (tx) => {
    const region = await findRegionInTx(tx, actor, regionSlug);
    const scope = networkScope(actor, region.id);
    const where = await practiceWhere(tx, region, scope, filters);
    const [total, rows, disciplines, wijkverbanden, municipalities] = await Promise.all([
      tx.practice.count({ where }),
      tx.practice.findMany({
        where,
        select: ROW_SELECT,
        orderBy: ORDER[filters.sort],
        skip: (filters.page - 1) * PRACTICE_PAGE_SIZE,
        take: PRACTICE_PAGE_SIZE,
      }),
      activeDisciplines(tx),
      tx.wijkverband.findMany({
        where: { regionId: region.id, archivedAt: null, ...municipalityWhere(scope) },
        select: { id: true, name: true },
        orderBy: { name: "asc" },
      }),
      municipalityNames(tx, visibleMunicipalities(scope, region.municipalityCodes)),
    ]);
    return {
      region,
      filters,
      rows: rows.map(({ discipline, archivedAt, ...r }) => ({
        ...r,
        discipline: disciplineName(discipline),
        archived: archivedAt !== null,
      })),
      total,
      pageCount: Math.max(1, Math.ceil(total / PRACTICE_PAGE_SIZE)),
      options: { disciplines, wijkverbanden, municipalities },
    };
  });
}

/** Everything the list shows with these filters (all pages), as one table for CSV/XLSX in the reader's language. */
export async function exportPractices(
  actor: Actor,
  regionSlug: string,
  filters: PracticeFilters,
  { t, locale }: { t: Messages; locale: Locale },
): Promise<Table> {
  return withActor(
    actor,
    async (tx) => {
      const region = await findRegionInTx(tx, actor, regionSlug);
      const scope = networkScope(actor, region.id);
      const where = await practiceWhere(tx, region, scope, filters);
      const rows = await tx.practice.findMany({
        where,
        select: {
          ...ROW_SELECT,
          kvk: true,
          street: true,
          houseNumber: true,
          phone: true,
          email: true,
          website: true,
          registeredPatientsAsOf: true,
          discipline: { select: { code: true, ...DISCIPLINE_NAMES } },
        },
        orderBy: ORDER[filters.sort],
        take: 50_000,
      });
      const c = t.exports.practices;
      return {
        name: c.sheet,
        columns: [
          c.name,
          c.discipline,
          c.disciplineCode,
          c.agb,
          c.kvk,
          c.street,
          c.houseNumber,
          c.postcode,
          c.city,
          c.municipalityCode,
          c.wijkCode,
          c.phone,
          c.email,
          c.website,
          c.registeredPatients,
          c.asOf,
          c.archived,
        ],
        rows: rows.map((p) => [
          p.name,
          disciplineName(p.discipline)[locale],
          p.discipline.code,
          p.agb,
          p.kvk,
          p.street,
          p.houseNumber,
          p.postcode,
          p.city,
          p.municipalityCode,
          p.wijkCode,
          p.phone,
          p.email,
          p.website,
          p.registeredPatients,
          p.registeredPatientsAsOf,
          p.archivedAt ? t.exports.yes : t.exports.no,
        ]),
      };
    },
    { timeoutMs: 60_000 },
  );
}
