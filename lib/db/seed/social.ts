// Demo data of the social domain, written after the rest of the demo (inside the same transaction):
// per municipality of both demo regions its social-domain organisations, links with wijkverbanden
// and practices, and referral counts for the last eight quarters (aggregate numbers only). Some
// wijkverbanden get no link, so their wijken show up as gaps. Amsterdam spans both regions (Noord
// works with Zaanstreek-Waterland, Zuidoost with Amstelland), with its own officer who sees both.
import type { Prisma } from "@/lib/generated/prisma/client";
import type { SocialLinkKind, SocialLinkStatus, SocialOrganisationKind } from "@/lib/generated/prisma/enums";
import { parseQuarter, quarterEnd, quarterWindow } from "@/lib/domain/social/rules";
import { REGIONS, WIJK_STATISTICS_YEAR } from "@/lib/db/seed/demo-data";

type Tx = Prisma.TransactionClient;

/** The municipality that spans both demo regions. */
export const TWO_REGION_MUNICIPALITY = {
  code: "GM0363",
  name: "Gemeente Amsterdam",
  city: "Amsterdam",
  website: "https://www.amsterdam.nl",
  officer: { email: "gemeente-amsterdam@wijkkracht.test", name: "Noor El Idrissi" },
  parts: [
    {
      region: "zaanstreek-waterland",
      wijkverband: "Wijkverband Amsterdam-Noord",
      wijken: [
        { code: "WK036360", name: "Oud-Noord", inhabitants: 31_200 },
        { code: "WK036361", name: "Noord-West", inhabitants: 27_400 },
        { code: "WK036362", name: "Noord-Oost", inhabitants: 36_900 },
      ],
      linked: ["WK036360", "WK036361"],
    },
    {
      region: "amstelland-meerlanden",
      wijkverband: "Wijkverband Amsterdam-Zuidoost",
      wijken: [
        { code: "WK036390", name: "Bijlmer-Centrum", inhabitants: 26_100 },
        { code: "WK036391", name: "Bijlmer-Oost", inhabitants: 33_800 },
        { code: "WK036392", name: "Gaasperdam", inhabitants: 29_700 },
      ],
      linked: ["WK036390", "WK036391"],
    },
  ],
} as const;

const ORGANISATIONS: { kind: SocialOrganisationKind; name: (m: string) => string; contact: string }[] = [
  { kind: "welzijnsorganisatie", name: (m) => `Welzijn ${m} (fictief)`, contact: "Algemeen nummer, werkdagen 9–17 uur" },
  { kind: "sociaal_wijkteam", name: (m) => `Sociaal wijkteam ${m} (fictief)`, contact: "Via het Wmo-loket van de gemeente" },
  { kind: "schuldhulpverlening", name: (m) => `Schuldhulp ${m} (fictief)`, contact: "Aanmelden via de website" },
];

const LINK_PLANS: { org: number; kind: SocialLinkKind; role: string; note: string }[] = [
  {
    org: 0,
    kind: "welzijn_op_recept",
    role: "welzijnscoach",
    note: "Huisarts verwijst via het verwijsformulier; terugkoppeling na het eerste gesprek.",
  },
  {
    org: 1,
    kind: "sociaal_wijkteam",
    role: "wijkteammedewerker",
    note: "Maandelijks casuïstiekoverleg zonder persoonsgegevens; vaste contactpersoon per praktijk.",
  },
  {
    org: 2,
    kind: "schuldhulp",
    role: "schuldhulpmaatje",
    note: "Warme overdracht bij geldzorgen, binnen twee weken een gesprek.",
  },
];

/** FNV-1a: a stable number per text, so the demo is the same on every run (apart from the dates). */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

const short = (name: string) => name.replace(/^Gemeente\s+/, "");

export async function seedSocialDomain(tx: Tx, passwordHash: string, today: Date = new Date()): Promise<void> {
  const regions = await tx.region.findMany({
    where: { slug: { in: REGIONS.map((r) => r.slug) } },
    select: { id: true, slug: true, municipalityCodes: true },
  });
  const regionBySlug = new Map(regions.map((r) => [r.slug, r]));

  // ── Amsterdam: one municipality, a part in each demo region ──
  const amsterdam = TWO_REGION_MUNICIPALITY;
  const gm = await tx.organisation.upsert({
    where: { municipalityCode: amsterdam.code },
    update: {},
    create: {
      kind: "municipality",
      name: amsterdam.name,
      municipalityCode: amsterdam.code,
      city: amsterdam.city,
      website: amsterdam.website,
    },
    select: { id: true },
  });
  for (const part of amsterdam.parts) {
    const region = regionBySlug.get(part.region);
    if (!region) continue;
    await tx.region.update({
      where: { id: region.id },
      data: { municipalityCodes: { push: amsterdam.code } },
      select: { id: true },
    });
    await tx.wijkStatistic.createMany({
      data: part.wijken.map((w) => ({
        regionId: region.id,
        year: WIJK_STATISTICS_YEAR,
        wijkCode: w.code,
        name: w.name,
        municipalityCode: amsterdam.code,
        inhabitants: w.inhabitants,
      })),
    });
    await tx.wijkverband.create({
      data: {
        regionId: region.id,
        name: part.wijkverband,
        municipalityCode: amsterdam.code,
        // The third wijk of each part has no wijkverband yet: a gap in the municipality's overview.
        wijkCodes: [...part.linked],
        inhabitants: part.wijken
          .filter((w) => (part.linked as readonly string[]).includes(w.code))
          .reduce((sum, w) => sum + w.inhabitants, 0),
      },
      select: { id: true },
    });
  }
  const user = await tx.user.create({
    data: { email: amsterdam.officer.email, name: amsterdam.officer.name, passwordHash },
    select: { id: true },
  });
  await tx.membership.create({ data: { userId: user.id, role: "municipality_officer", organisationId: gm.id } });

  // ── organisations per municipality ──
  const codes = [...new Set(regions.flatMap((r) => [...r.municipalityCodes, amsterdam.code]))];
  const municipalities = await tx.organisation.findMany({
    where: { kind: "municipality", municipalityCode: { in: codes } },
    select: { municipalityCode: true, name: true },
  });
  const orgIds = new Map<string, string[]>();
  const organisations: Prisma.OrganisationCreateManyInput[] = [];
  for (const m of municipalities) {
    const code = m.municipalityCode as string;
    const ids = ORGANISATIONS.map((o) => {
      const id = crypto.randomUUID();
      organisations.push({
        id,
        kind: "social_domain",
        name: o.name(short(m.name)),
        socialKind: o.kind,
        socialMunicipalityCode: code,
        contact: o.contact,
        city: short(m.name),
      });
      return id;
    });
    orgIds.set(code, ids);
  }
  await tx.organisation.createMany({ data: organisations });

  // ── links: per wijkverband one to three, some wijkverbanden none (gaps); one practice link per municipality ──
  const periods = quarterWindow(null, today);
  const amsterdamLinked = new Set<string>(amsterdam.parts.flatMap((p) => [...p.linked]));
  const wijkverbanden = await tx.wijkverband.findMany({
    where: { regionId: { in: regions.map((r) => r.id) } },
    select: { id: true, regionId: true, name: true, municipalityCode: true, wijkCodes: true },
    orderBy: { name: "asc" },
  });
  const links: Prisma.SocialLinkCreateManyInput[] = [];
  const counts: Prisma.ReferralCountCreateManyInput[] = [];
  const addLink = (
    regionId: string,
    municipalityCode: string,
    target: { wijkverbandId?: string; practiceId?: string },
    plan: (typeof LINK_PLANS)[number],
    seed: number,
  ) => {
    const id = crypto.randomUUID();
    const ids = orgIds.get(municipalityCode);
    if (!ids) return;
    // Most links active for the whole window; some started midway; a few still being explored or stopped.
    const shape = seed % 10;
    const status: SocialLinkStatus = shape === 0 ? "verkenning" : shape === 1 ? "gestopt" : "actief";
    const startIndex = shape === 2 || shape === 3 ? 3 + (seed % 3) : 0;
    const first = parseQuarter(periods[0]!)!;
    const activeFrom = parseQuarter(periods[startIndex]!)!;
    const startDate = new Date(Date.UTC(activeFrom.year, (activeFrom.quarter - 1) * 3, 1));
    const explored = new Date(Date.UTC(first.year - 1, 8, 1));
    const stopQuarter = parseQuarter(periods[5]!)!;
    links.push({
      id,
      regionId,
      organisationId: ids[plan.org]!,
      wijkverbandId: target.wijkverbandId ?? null,
      practiceId: target.practiceId ?? null,
      municipalityCode,
      kind: plan.kind,
      status,
      exploringSince: status === "verkenning" ? new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() - 2, 1)) : explored,
      startDate: status === "verkenning" ? null : startDate,
      endDate: status === "gestopt" ? quarterEnd(stopQuarter) : null,
      contactRole: plan.role,
      note: plan.note,
    });
    if (status === "verkenning") return;
    const base = 4 + (seed % 19);
    periods.forEach((period, index) => {
      if (index < startIndex || (status === "gestopt" && index > 5)) return;
      const growth = Math.floor(((index - startIndex) * base) / 8);
      const wobble = (hash(`${seed}:${period}`) % 5) - 2;
      counts.push({ regionId, socialLinkId: id, period, count: Math.max(0, base + growth + wobble) });
    });
  };
  for (const w of wijkverbanden) {
    const seed = hash(w.name);
    if (w.municipalityCode === amsterdam.code) {
      // Amsterdam: a Welzijn op Recept link in each part's wijkverband.
      if (w.wijkCodes.some((c) => amsterdamLinked.has(c)))
        addLink(w.regionId, w.municipalityCode, { wijkverbandId: w.id }, LINK_PLANS[0]!, seed * 10 + 4);
      continue;
    }
    if (seed % 5 === 0) continue; // about one in five wijkverbanden has no link yet: a gap
    const howMany = 1 + (seed % 3);
    for (let i = 0; i < howMany; i++)
      addLink(w.regionId, w.municipalityCode, { wijkverbandId: w.id }, LINK_PLANS[i]!, hash(`${w.name}:${i}`));
  }
  const practices = await tx.practice.findMany({
    where: { regionId: { in: regions.map((r) => r.id) }, discipline: { code: "huisartsenzorg" }, archivedAt: null },
    select: { id: true, regionId: true, municipalityCode: true, name: true },
    orderBy: { name: "asc" },
  });
  const withPracticeLink = new Set<string>();
  for (const p of practices) {
    if (withPracticeLink.has(p.municipalityCode)) continue;
    withPracticeLink.add(p.municipalityCode);
    addLink(p.regionId, p.municipalityCode, { practiceId: p.id }, LINK_PLANS[1]!, hash(p.name) * 10 + 5);
  }
  await tx.socialLink.createMany({ data: links });
  await tx.referralCount.createMany({ data: counts });
}
