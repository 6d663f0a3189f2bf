// Seeds the demo (two regions, their network, plan, agreements, O&I budgets and social links)
// from the constants in demo-data.ts. Idempotent: when the first demo region exists, nothing is
// touched. Everything else is written in one transaction, mostly with createMany, so a failure
// leaves nothing half-written. Deterministic: no randomness except the row ids.
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import type { Role } from "@/lib/generated/prisma/enums";
import { hashPassword } from "@/lib/auth/password";
import { buildSnapshot } from "@/lib/domain/plans/snapshot";
import {
  AGREEMENTS,
  ALLOCATIONS,
  BUDGETS,
  COMMENTS,
  DEMO_PASSWORD,
  DEMO_PATIENTS_AS_OF,
  DEMO_USERS,
  DISCIPLINES,
  INSURERS,
  MUNICIPALITIES,
  PARTNER_ORGANISATIONS,
  PLAN_ADOPTED_AT,
  PLANS,
  REFERRAL_QUARTERS,
  REGIONS,
  SOCIAL_LINKS,
  UNAFFILIATED_PRACTICES,
  WIJK_STATISTICS_YEAR,
  WIJKEN,
  WIJKVERBANDEN,
  type DemoUserKey,
  type InsurerKey,
  type ParticipantSeed,
  type PartnerKey,
  type PracticeSeed,
  type RegionKey,
  type WijkSeed,
} from "@/lib/db/seed/demo-data";

type Tx = Prisma.TransactionClient;

const uuid = (): string => crypto.randomUUID();

/** A date-only value ("2026-01-01") as midnight UTC, the way @db.Date columns are read back. */
const day = (iso: string): Date => new Date(`${iso}T00:00:00.000Z`);

// ───────────────────────── deterministic helpers ─────────────────────────

/** FNV-1a, 32 bits: a stable number per string. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Small seeded generator (mulberry32), one stream per practice. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

function pick<T>(items: readonly T[], rnd: () => number): T {
  const item = items[Math.floor(rnd() * items.length)];
  if (item === undefined) throw new Error("Demo-data: lege lijst");
  return item;
}

function intBetween(min: number, max: number, rnd: () => number): number {
  return min + Math.floor(rnd() * (max - min + 1));
}

function slugify(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

// Letters PostNL uses in postcodes; SA, SD and SS are never issued.
const POSTCODE_LETTERS = "ABCDEGHJKLMNPRSTVWXZ";
function postcodeFor(pc4: string, rnd: () => number): string {
  for (;;) {
    const letters = pick([...POSTCODE_LETTERS], rnd) + pick([...POSTCODE_LETTERS], rnd);
    if (!["SA", "SD", "SS"].includes(letters)) return `${pc4} ${letters}`;
  }
}

/** "075 612 3456" or "0299 412 345": 10 digits including the area code. */
function phoneFor(areaCode: string, rnd: () => number): string {
  let local = String(intBetween(2, 7, rnd));
  while (areaCode.length + local.length < 10) local += String(intBetween(0, 9, rnd));
  return `${areaCode} ${local.slice(0, 3)} ${local.slice(3)}`;
}

/** The last day of a period label: 2025, 2025-H1, 2025-Q3 or 2025-07. */
export function periodEndOf(period: string): Date {
  const year = Number(period.slice(0, 4));
  const rest = period.slice(5);
  let month = 12; // 1-based month in which the period ends
  if (/^Q[1-4]$/.test(rest)) month = Number(rest.slice(1)) * 3;
  else if (/^H[12]$/.test(rest)) month = Number(rest.slice(1)) * 6;
  else if (/^\d{2}$/.test(rest)) month = Number(rest);
  else if (rest !== "") throw new Error(`Demo-data: onbekende periode ${period}`);
  return new Date(Date.UTC(year, month, 0));
}

function required<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`Demo-data: ${what} ontbreekt`);
  return value;
}

// ───────────────────────── the seed ─────────────────────────

export async function seedDemoData(db: PrismaClient): Promise<{ created: boolean }> {
  const firstSlug = REGIONS[0].slug;
  if (await db.region.findUnique({ where: { slug: firstSlug }, select: { id: true } })) {
    return { created: false };
  }
  const passwordHash = await hashPassword(DEMO_PASSWORD);

  return db.$transaction(
    async (tx) => {
      // Another seeder may have won the race between the check above and this transaction.
      if (await tx.region.findUnique({ where: { slug: firstSlug }, select: { id: true } })) {
        return { created: false };
      }
      await writeDemo(tx, passwordHash);
      return { created: true };
    },
    { timeout: 120_000, maxWait: 30_000 },
  );
}

async function writeDemo(tx: Tx, passwordHash: string): Promise<void> {
  // ── global catalogue and parties: reuse rows that already exist (by their unique key) ──
  await tx.discipline.createMany({
    data: DISCIPLINES.map((d) => ({ code: d.code, name: d.name, nameEn: d.nameEn, category: d.category, sortOrder: d.sortOrder })),
    skipDuplicates: true,
  });
  const disciplineRows = await tx.discipline.findMany({
    where: { code: { in: DISCIPLINES.map((d) => d.code) } },
    select: { id: true, code: true },
  });
  const disciplineId = new Map(disciplineRows.map((d) => [d.code, d.id]));
  const disciplineSeed = new Map(DISCIPLINES.map((d) => [d.code, d]));

  await tx.organisation.createMany({
    data: [
      ...INSURERS.map((i) => ({
        kind: "insurer" as const,
        name: i.name,
        uzovi: i.uzovi,
        kvk: i.kvk,
        city: i.city,
        website: `https://www.${slugify(i.name)}.test`,
      })),
      ...MUNICIPALITIES.map((m) => ({
        kind: "municipality" as const,
        name: m.name,
        municipalityCode: m.code,
        city: m.city,
        website: m.website,
      })),
    ],
    skipDuplicates: true,
  });
  const insurerRows = await tx.organisation.findMany({
    where: { uzovi: { in: INSURERS.map((i) => i.uzovi) } },
    select: { id: true, uzovi: true },
  });
  const insurerId = new Map<InsurerKey, string>(
    INSURERS.map((i) => [i.key, required(insurerRows.find((r) => r.uzovi === i.uzovi)?.id, `verzekeraar ${i.uzovi}`)]),
  );
  const municipalityRows = await tx.organisation.findMany({
    where: { municipalityCode: { in: MUNICIPALITIES.map((m) => m.code) } },
    select: { id: true, municipalityCode: true },
  });
  const municipalityId = new Map(municipalityRows.map((m) => [m.municipalityCode ?? "", m.id]));

  // Partner organisations have no unique key: match on kind and name.
  const existingPartners = await tx.organisation.findMany({
    where: { name: { in: PARTNER_ORGANISATIONS.map((o) => o.name) } },
    select: { id: true, name: true, kind: true },
  });
  const partnerId = new Map<PartnerKey, string>();
  const newPartners: Prisma.OrganisationCreateManyInput[] = [];
  for (const o of PARTNER_ORGANISATIONS) {
    const existing = existingPartners.find((e) => e.name === o.name && e.kind === o.kind);
    const id = existing?.id ?? uuid();
    partnerId.set(o.key, id);
    if (!existing) newPartners.push({ id, kind: o.kind, name: o.name, kvk: o.kvk, city: o.city });
  }
  await tx.organisation.createMany({ data: newPartners });

  // ── regions ──
  const regionId = new Map<RegionKey, string>(REGIONS.map((r) => [r.key, uuid()]));
  await tx.region.createMany({
    data: REGIONS.map((r) => ({
      id: regionId.get(r.key),
      slug: r.slug,
      name: r.name,
      code: r.code,
      legalForm: r.legalForm,
      kvk: r.kvk,
      municipalityCodes: r.municipalityCodes,
      preferentInsurerId: insurerId.get(r.preferentInsurer),
      brandName: r.brandName,
      brandColor: r.brandColor,
    })),
  });
  const rid = (key: RegionKey): string => required(regionId.get(key), `regio ${key}`);

  const partners: Prisma.RegionPartnerCreateManyInput[] = [];
  for (const r of REGIONS) {
    const insurersHere = new Set(BUDGETS.filter((b) => b.region === r.key).map((b) => b.insurer));
    insurersHere.add(r.preferentInsurer);
    for (const key of insurersHere) {
      partners.push({
        regionId: rid(r.key),
        organisationId: required(insurerId.get(key), key),
        description: key === r.preferentInsurer ? "Preferente zorgverzekeraar (O&I-contract)" : "Zorgverzekeraar; volgt de afspraken van de preferente verzekeraar",
      });
    }
    for (const m of MUNICIPALITIES.filter((m) => m.region === r.key)) {
      partners.push({ regionId: rid(r.key), organisationId: required(municipalityId.get(m.code), m.code), description: "Gemeente in het werkgebied (sociaal domein, Wmo, jeugd)" });
    }
    for (const o of PARTNER_ORGANISATIONS.filter((o) => o.region === r.key)) {
      partners.push({ regionId: rid(r.key), organisationId: required(partnerId.get(o.key), o.key), description: o.description });
    }
  }
  await tx.regionPartner.createMany({ data: partners });

  // ── practices ──
  const wijk = new Map<string, WijkSeed>(WIJKEN.map((w) => [w.code, w]));
  const practiceId = new Map<string, string>(); // by name
  const practiceRegion = new Map<string, RegionKey>();
  const usedAgb = new Set<string>();
  const practiceRows: Prisma.PracticeCreateManyInput[] = [];
  const addPractice = (seed: PracticeSeed, region: RegionKey): void => {
    if (practiceId.has(seed.name)) throw new Error(`Demo-data: praktijknaam dubbel: ${seed.name}`);
    const w = required(wijk.get(seed.wijk), `wijk ${seed.wijk}`);
    if (w.region !== region) throw new Error(`Demo-data: ${seed.name} ligt buiten de regio`);
    const d = required(disciplineSeed.get(seed.discipline), seed.discipline);
    const rnd = seeded(hash(seed.name));
    let agbNumber = hash(`agb:${seed.name}`) % 1_000_000;
    let agb = `${d.agbPrefix}${String(agbNumber).padStart(6, "0")}`;
    while (usedAgb.has(agb)) {
      agbNumber = (agbNumber + 1) % 1_000_000;
      agb = `${d.agbPrefix}${String(agbNumber).padStart(6, "0")}`;
    }
    usedAgb.add(agb);
    const id = uuid();
    practiceId.set(seed.name, id);
    practiceRegion.set(seed.name, region);
    const isGp = seed.discipline === "huisartsenzorg";
    practiceRows.push({
      id,
      regionId: rid(region),
      name: seed.name,
      disciplineId: required(disciplineId.get(seed.discipline), seed.discipline),
      agb,
      kvk: String(10_000_000 + (hash(`kvk:${seed.name}`) % 90_000_000)),
      street: pick(w.streets, rnd),
      houseNumber: String(intBetween(1, 180, rnd)),
      postcode: postcodeFor(pick(w.pc4, rnd), rnd),
      city: w.city,
      municipalityCode: w.municipalityCode,
      wijkCode: w.code,
      phone: phoneFor(w.phoneAreaCode, rnd),
      email: `info@${slugify(seed.name)}.test`,
      registeredPatients: isGp ? intBetween(2000, 3200, rnd) : null,
      registeredPatientsAsOf: isGp ? day(DEMO_PATIENTS_AS_OF) : null,
    });
  };
  for (const wv of WIJKVERBANDEN) for (const seed of wv.practices) addPractice(seed, wv.region);
  for (const seed of UNAFFILIATED_PRACTICES) addPractice(seed, seed.region);
  await tx.practice.createMany({ data: practiceRows });
  const pid = (name: string, region: RegionKey): string => {
    if (practiceRegion.get(name) !== region) throw new Error(`Demo-data: praktijk ${name} niet in regio ${region}`);
    return required(practiceId.get(name), `praktijk ${name}`);
  };

  // ── users and memberships (existing accounts keep their password) ──
  const existingUsers = await tx.user.findMany({
    where: { email: { in: DEMO_USERS.map((u) => u.email) } },
    select: { id: true, email: true },
  });
  const userId = new Map<DemoUserKey, string>();
  const newUsers: Prisma.UserCreateManyInput[] = [];
  for (const u of DEMO_USERS) {
    const existing = existingUsers.find((e) => e.email === u.email);
    const id = existing?.id ?? uuid();
    userId.set(u.key, id);
    if (!existing) newUsers.push({ id, email: u.email, name: u.name, passwordHash });
  }
  await tx.user.createMany({ data: newUsers });
  const uid = (key: DemoUserKey): string => required(userId.get(key), `gebruiker ${key}`);

  const existingMemberships = await tx.membership.findMany({
    where: { userId: { in: existingUsers.map((u) => u.id) } },
    select: { userId: true, role: true, regionId: true, organisationId: true, practiceId: true },
  });
  const membershipKey = (m: { userId: string; role: Role; regionId?: string | null; organisationId?: string | null; practiceId?: string | null }) =>
    [m.userId, m.role, m.regionId ?? "", m.organisationId ?? "", m.practiceId ?? ""].join("|");
  const haveMembership = new Set(existingMemberships.map(membershipKey));
  const memberships: Prisma.MembershipCreateManyInput[] = DEMO_USERS.map((u) => ({
    userId: uid(u.key),
    role: u.role,
    regionId: u.region ? rid(u.region) : null,
    organisationId: u.insurer
      ? required(insurerId.get(u.insurer), u.insurer)
      : u.municipalityCode
        ? required(municipalityId.get(u.municipalityCode), u.municipalityCode)
        : null,
    practiceId: u.practice && u.region ? pid(u.practice, u.region) : null,
  })).filter((m) => !haveMembership.has(membershipKey(m)));
  await tx.membership.createMany({ data: memberships });

  // ── wijkverbanden, members and the regiobeeld ──
  const wijkverbandId = new Map<string, string>(WIJKVERBANDEN.map((wv) => [wv.key, uuid()]));
  const wijkverbandRegion = new Map<string, RegionKey>(WIJKVERBANDEN.map((wv) => [wv.key, wv.region]));
  const wvid = (key: string, region: RegionKey): string => {
    if (wijkverbandRegion.get(key) !== region) throw new Error(`Demo-data: wijkverband ${key} niet in regio ${region}`);
    return required(wijkverbandId.get(key), `wijkverband ${key}`);
  };
  await tx.wijkverband.createMany({
    data: WIJKVERBANDEN.map((wv) => ({
      id: wvid(wv.key, wv.region),
      regionId: rid(wv.region),
      name: wv.name,
      municipalityCode: wv.municipalityCode,
      wijkCodes: wv.wijkCodes,
      inhabitants: wv.inhabitants,
      coordinatorName: wv.coordinatorName,
      coordinatorEmail: wv.coordinatorEmail,
    })),
  });
  const members: Prisma.WijkverbandMemberCreateManyInput[] = [];
  for (const wv of WIJKVERBANDEN) {
    const base = { regionId: rid(wv.region), wijkverbandId: wvid(wv.key, wv.region) };
    for (const seed of wv.practices) {
      if (seed.member === false) continue;
      const role = required(disciplineSeed.get(seed.discipline), seed.discipline).wijkverbandRole;
      members.push({ ...base, practiceId: pid(seed.name, wv.region), role });
    }
    if (wv.districtNursing) members.push({ ...base, organisationId: required(partnerId.get(wv.districtNursing), wv.districtNursing), role: "wijkverpleging" });
    if (wv.socialDomain) members.push({ ...base, organisationId: required(partnerId.get(wv.socialDomain), wv.socialDomain), role: "sociaal domein" });
  }
  await tx.wijkverbandMember.createMany({ data: members });

  const usedWijken = new Set([...WIJKVERBANDEN.flatMap((wv) => wv.wijkCodes), ...practiceRows.map((p) => p.wijkCode ?? "")]);
  await tx.wijkStatistic.createMany({
    data: WIJKEN.filter((w) => usedWijken.has(w.code)).map((w) => ({
      regionId: rid(w.region),
      year: WIJK_STATISTICS_YEAR,
      wijkCode: w.code,
      name: w.name,
      municipalityCode: w.municipalityCode,
      inhabitants: w.inhabitants,
      aged65Plus: w.aged65Plus,
      aged80Plus: w.aged80Plus,
      households: w.households,
    })),
  });

  // ── regioplan, themes, initiatives ──
  const planId = new Map<RegionKey, string>();
  const initiativeId = new Map<string, string>(); // `${region}:${key}`
  const iid = (region: RegionKey, key: string): string => required(initiativeId.get(`${region}:${key}`), `initiatief ${region}:${key}`);
  const plans: Prisma.RegioplanCreateManyInput[] = [];
  const planVersions: Prisma.PlanVersionCreateManyInput[] = [];
  const themes: Prisma.ThemeCreateManyInput[] = [];
  const initiatives: Prisma.InitiativeCreateManyInput[] = [];
  const participants: Prisma.InitiativeParticipantCreateManyInput[] = [];
  const indicators: Prisma.IndicatorCreateManyInput[] = [];
  const measurements: Prisma.MeasurementCreateManyInput[] = [];
  const milestones: Prisma.MilestoneCreateManyInput[] = [];
  const coordinatorOf: Record<RegionKey, DemoUserKey> = { zw: "coordinator", aa: "coordinator2" };
  const participantName = (part: ParticipantSeed): string => {
    if ("wijkverband" in part) return required(WIJKVERBANDEN.find((w) => w.key === part.wijkverband), part.wijkverband).name;
    if ("practice" in part) return part.practice;
    return required(PARTNER_ORGANISATIONS.find((o) => o.key === part.organisation)?.name ?? INSURERS.find((i) => i.key === (part.organisation as string))?.name, part.organisation);
  };
  const partnerOrInsurer = (key: string): string =>
    required(partnerId.get(key as PartnerKey) ?? insurerId.get(key as InsurerKey), `organisatie ${key}`);

  for (const plan of PLANS) {
    const regionIdOfPlan = rid(plan.region);
    const id = uuid();
    planId.set(plan.region, id);
    plans.push({
      id,
      regionId: regionIdOfPlan,
      title: plan.title,
      periodStart: plan.periodStart,
      periodEnd: plan.periodEnd,
      status: plan.status,
      currentVersion: plan.currentVersion,
      summary: plan.summary,
    });
    const themeId = new Map(plan.themes.map((t) => [t.key, uuid()]));
    for (const t of plan.themes) {
      themes.push({
        id: themeId.get(t.key),
        regionId: regionIdOfPlan,
        planId: id,
        name: t.name,
        type: t.type,
        clientGroup: t.clientGroup ?? null,
        izaGoals: t.izaGoals,
        priority: t.priority,
        rationale: t.rationale,
      });
    }
    for (const ini of plan.initiatives) {
      const initiative = uuid();
      if (initiativeId.has(`${plan.region}:${ini.key}`)) throw new Error(`Demo-data: initiatief dubbel: ${ini.key}`);
      initiativeId.set(`${plan.region}:${ini.key}`, initiative);
      initiatives.push({
        id: initiative,
        regionId: regionIdOfPlan,
        themeId: required(themeId.get(ini.theme), `thema ${ini.theme}`),
        title: ini.title,
        description: ini.description,
        ownerName: ini.ownerName,
        phase: ini.phase,
        startDate: day(ini.startDate),
        endDate: day(ini.endDate),
      });
      for (const part of ini.participants ?? []) {
        const row: Prisma.InitiativeParticipantCreateManyInput = { regionId: regionIdOfPlan, initiativeId: initiative };
        if ("wijkverband" in part) row.wijkverbandId = wvid(part.wijkverband, plan.region);
        else if ("practice" in part) row.practiceId = pid(part.practice, plan.region);
        else row.organisationId = partnerOrInsurer(part.organisation);
        participants.push(row);
      }
      for (const ind of ini.indicators) {
        const indicator = uuid();
        indicators.push({
          id: indicator,
          regionId: regionIdOfPlan,
          initiativeId: initiative,
          name: ind.name,
          unit: ind.unit,
          baseline: ind.baseline ?? null,
          target: ind.target,
          direction: ind.direction,
        });
        for (const [period, value] of ind.measurements) {
          measurements.push({ regionId: regionIdOfPlan, indicatorId: indicator, period, periodEnd: periodEndOf(period), value });
        }
      }
      for (const [title, due, doneAt] of ini.milestones) {
        milestones.push({ regionId: regionIdOfPlan, initiativeId: initiative, title, dueDate: day(due), doneAt: doneAt ? new Date(doneAt) : null });
      }
    }
    const adoptedAt = PLAN_ADOPTED_AT[plan.region];
    if (plan.currentVersion > 0 && adoptedAt) {
      planVersions.push({
        regionId: regionIdOfPlan,
        planId: id,
        versionNumber: plan.currentVersion,
        createdById: uid(coordinatorOf[plan.region]),
        createdAt: new Date(adoptedAt),
        // The same snapshot the service freezes when a plan becomes vastgesteld.
        snapshot: buildSnapshot({
          title: plan.title,
          periodStart: plan.periodStart,
          periodEnd: plan.periodEnd,
          summary: plan.summary,
          themes: plan.themes.map((t) => ({
            id: themeId.get(t.key),
            name: t.name,
            type: t.type,
            clientGroup: t.clientGroup ?? null,
            izaGoals: t.izaGoals,
            priority: t.priority,
            rationale: t.rationale,
            initiatives: plan.initiatives
              .filter((i) => i.theme === t.key)
              .map((i) => ({
                id: iid(plan.region, i.key),
                title: i.title,
                description: i.description,
                ownerName: i.ownerName,
                phase: i.phase,
                startDate: i.startDate,
                endDate: i.endDate,
                participants: (i.participants ?? []).map(participantName),
                indicators: i.indicators.map((x) => ({ name: x.name, unit: x.unit, baseline: x.baseline ?? null, target: x.target, direction: x.direction })),
                // Milestones as they stood on the day of adoption.
                milestones: i.milestones.map(([title, due, doneAt]) => ({ title, dueDate: due, doneAt: doneAt && doneAt <= adoptedAt ? doneAt : null })),
              })),
          })),
        }) as unknown as Prisma.InputJsonValue,
      });
    }
  }
  await tx.regioplan.createMany({ data: plans });
  await tx.planVersion.createMany({ data: planVersions });
  await tx.theme.createMany({ data: themes });
  await tx.initiative.createMany({ data: initiatives });
  await tx.initiativeParticipant.createMany({ data: participants });
  await tx.indicator.createMany({ data: indicators });
  await tx.measurement.createMany({ data: measurements });
  await tx.milestone.createMany({ data: milestones });

  // ── samenwerkingsafspraken ──
  const agreements: Prisma.AgreementCreateManyInput[] = [];
  const versions: Prisma.AgreementVersionCreateManyInput[] = [];
  const acknowledgements: Prisma.AcknowledgementCreateManyInput[] = [];
  // Region 1: the demo huisarts acknowledges; region 2 has no practice-holder account, so its
  // coordinator registered the decisions on behalf of the practices.
  const acknowledgedBy: Record<RegionKey, DemoUserKey> = { zw: "huisarts", aa: "coordinator2" };
  for (const a of AGREEMENTS) {
    const regionIdOfAgreement = rid(a.region);
    const agreement = uuid();
    agreements.push({ id: agreement, regionId: regionIdOfAgreement, wijkverbandId: wvid(a.wijkverband, a.region), title: a.title, topic: a.topic });
    for (const v of a.versions) {
      const version = uuid();
      versions.push({
        id: version,
        regionId: regionIdOfAgreement,
        agreementId: agreement,
        versionNumber: v.versionNumber,
        body: v.body,
        effectiveDate: day(v.effectiveDate),
        reviewDate: v.reviewDate ? day(v.reviewDate) : null,
        status: v.status,
        publishedAt: v.publishedAt ? new Date(v.publishedAt) : null,
        publishedById: v.publishedAt ? uid(coordinatorOf[a.region]) : null,
      });
      for (const ack of v.acknowledgements) {
        acknowledgements.push({
          regionId: regionIdOfAgreement,
          agreementVersionId: version,
          practiceId: pid(ack.practice, a.region),
          decision: ack.decision,
          reason: ack.reason ?? null,
          userId: uid(acknowledgedBy[a.region]),
          decidedAt: new Date(ack.decidedAt),
        });
      }
    }
  }
  await tx.agreement.createMany({ data: agreements });
  await tx.agreementVersion.createMany({ data: versions });
  await tx.acknowledgement.createMany({ data: acknowledgements });

  // ── O&I budgets, allocations and expenditures ──
  const budgetKey = (b: { region: RegionKey; insurer: InsurerKey; year: number; fundingTitle: string }) =>
    `${b.region}|${b.insurer}|${b.year}|${b.fundingTitle}`;
  const budgetId = new Map<string, string>();
  const budgetAmount = new Map<string, number>();
  const budgets: Prisma.OiBudgetCreateManyInput[] = BUDGETS.map((b) => {
    const id = uuid();
    const amountCents = b.rateCents * b.basisPatients;
    budgetId.set(budgetKey(b), id);
    budgetAmount.set(budgetKey(b), amountCents);
    return {
      id,
      regionId: rid(b.region),
      insurerId: required(insurerId.get(b.insurer), b.insurer),
      year: b.year,
      fundingTitle: b.fundingTitle,
      amountCents,
      rateCents: b.rateCents,
      basisPatients: b.basisPatients,
      contractReference: b.contractReference,
      periodStart: day(`${b.year}-01-01`),
      periodEnd: day(`${b.year}-12-31`),
    };
  });
  const allocations: Prisma.AllocationCreateManyInput[] = [];
  const expenditures: Prisma.ExpenditureCreateManyInput[] = [];
  const allocatedPerBudget = new Map<string, number>();
  for (const a of ALLOCATIONS) {
    const key = budgetKey(a);
    const allocation = uuid();
    const allocated = (allocatedPerBudget.get(key) ?? 0) + a.amountCents;
    allocatedPerBudget.set(key, allocated);
    if (allocated > required(budgetAmount.get(key), `budget ${key}`)) throw new Error(`Demo-data: budget ${key} overschreden`);
    if (a.expenditures.reduce((sum, e) => sum + e.amountCents, 0) > a.amountCents) throw new Error(`Demo-data: allocatie ${a.note} overschreden`);
    if (Boolean(a.wijkverband) === Boolean(a.initiative)) throw new Error(`Demo-data: allocatie ${a.note} heeft niet precies één doel`);
    allocations.push({
      id: allocation,
      regionId: rid(a.region),
      budgetId: required(budgetId.get(key), `budget ${key}`),
      initiativeId: a.initiative ? iid(a.region, a.initiative) : null,
      wijkverbandId: a.wijkverband ? wvid(a.wijkverband, a.region) : null,
      amountCents: a.amountCents,
      note: a.note,
    });
    for (const e of a.expenditures) {
      expenditures.push({
        regionId: rid(a.region),
        allocationId: allocation,
        date: day(e.date),
        amountCents: e.amountCents,
        description: e.description,
        category: e.category,
        evidenceReference: e.evidenceReference ?? null,
        status: e.status,
        submittedAt: e.submittedAt ? new Date(e.submittedAt) : null,
        // Only the demo insurer has a reviewer account; other insurers reviewed outside the platform.
        reviewerId: e.reviewedAt && a.insurer === "noordwest" ? uid("verzekeraar") : null,
        reviewedAt: e.reviewedAt ? new Date(e.reviewedAt) : null,
        reviewerRemarks: e.reviewerRemarks ?? null,
      });
    }
  }
  await tx.oiBudget.createMany({ data: budgets });
  await tx.allocation.createMany({ data: allocations });
  await tx.expenditure.createMany({ data: expenditures });

  // ── social links and referral counts (aggregate numbers only) ──
  const links: Prisma.SocialLinkCreateManyInput[] = [];
  const referralCounts: Prisma.ReferralCountCreateManyInput[] = [];
  for (const s of SOCIAL_LINKS) {
    const link = uuid();
    const region = rid(s.region);
    let municipalityCode: string;
    if (s.wijkverband) {
      municipalityCode = required(WIJKVERBANDEN.find((wv) => wv.key === s.wijkverband), s.wijkverband).municipalityCode;
    } else {
      const name = required(s.practice, "praktijk of wijkverband van een sociale verbinding");
      municipalityCode = required(practiceRows.find((p) => p.name === name), name).municipalityCode;
    }
    links.push({
      id: link,
      regionId: region,
      organisationId: required(partnerId.get(s.organisation), s.organisation),
      wijkverbandId: s.wijkverband ? wvid(s.wijkverband, s.region) : null,
      practiceId: s.practice ? pid(s.practice, s.region) : null,
      municipalityCode,
      kind: s.kind,
      status: s.status,
      startDate: s.startDate ? day(s.startDate) : null,
      contactRole: s.contactRole,
    });
    const start = s.startDate ? day(s.startDate) : null;
    s.referrals.forEach((count, index) => {
      const period = REFERRAL_QUARTERS[index];
      if (!period || (start && periodEndOf(period) < start)) return; // nothing before the link started
      referralCounts.push({ regionId: region, socialLinkId: link, period, count });
    });
  }
  await tx.socialLink.createMany({ data: links });
  await tx.referralCount.createMany({ data: referralCounts });

  // ── comments ──
  const userSeed = new Map(DEMO_USERS.map((u) => [u.key, u]));
  const organisationNameOf = (key: DemoUserKey): string | null => {
    const u = required(userSeed.get(key), key);
    if (u.insurer) return required(INSURERS.find((i) => i.key === u.insurer), u.insurer).name;
    if (u.municipalityCode) return required(MUNICIPALITIES.find((m) => m.code === u.municipalityCode), u.municipalityCode).name;
    if (u.practice) return u.practice;
    if (u.region) return required(REGIONS.find((r) => r.key === u.region), u.region).name;
    return null;
  };
  await tx.comment.createMany({
    data: COMMENTS.map((c) => {
      const author = required(userSeed.get(c.author), c.author);
      return {
        regionId: rid(c.region),
        subjectType: c.subject.type,
        subjectId: c.subject.type === "plan" ? required(planId.get(c.region), `plan ${c.region}`) : iid(c.region, c.subject.initiative),
        authorId: uid(c.author),
        authorName: author.name,
        authorRole: author.role,
        authorOrganisationName: organisationNameOf(c.author),
        body: c.body,
        createdAt: new Date(c.createdAt),
        handledAt: c.handledAt ? new Date(c.handledAt) : null,
        handledById: c.handledAt ? uid(coordinatorOf[c.region]) : null,
      };
    }),
  });
}

