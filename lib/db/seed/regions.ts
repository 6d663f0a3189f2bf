// Demo writers for the parties: insurers, municipalities and partner organisations (global rows,
// reused when they already exist), the demo regions, and the demo accounts with their memberships.
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Role } from "@/lib/generated/prisma/enums";
import type { NetworkIds, RegionIds, Tx, UserIds } from "@/lib/db/seed/context";
import {
  DEMO_USERS,
  INSURERS,
  MUNICIPALITIES,
  PARTNER_ORGANISATIONS,
  REGIONS,
  type DemoUserKey,
  type InsurerKey,
  type PartnerKey,
  type RegionKey,
} from "@/lib/db/seed/demo-data";
import { required, slugify, uuid } from "@/lib/db/seed/helpers";

/** Organisations (reused by their unique key) and the demo regions. */
export async function writeRegions(tx: Tx): Promise<RegionIds> {
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
  return { rid, insurerId, municipalityId, partnerId };
}

/** Demo accounts (existing accounts keep their password) and their memberships. */
export async function writeUsers<C extends RegionIds & NetworkIds>(tx: Tx, ctx: C, passwordHash: string): Promise<C & UserIds> {
  const { rid, pid, insurerId, municipalityId } = ctx;
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
  const membershipKey = (m: {
    userId: string;
    role: Role;
    regionId?: string | null;
    organisationId?: string | null;
    practiceId?: string | null;
  }) => [m.userId, m.role, m.regionId ?? "", m.organisationId ?? "", m.practiceId ?? ""].join("|");
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
  return { ...ctx, uid, coordinatorOf: { zw: "coordinator", aa: "coordinator2" } };
}
