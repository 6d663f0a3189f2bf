// The social domain: a municipality's social-domain organisations, their links with wijkverbanden
// and practices (kind, status flow, contact role, note) and the referral counts per quarter.
// Municipality officers work on their own municipality (across the regions that cover it),
// coordinators on their whole region. Every change is audited in the same transaction.
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/authz/permissions";
import { oneByOne } from "@/lib/db/one-by-one";
import { withActor, type Tx } from "@/lib/db/with-actor";
import { diffFields, recordAudit } from "@/lib/domain/audit/service";
import { entityHistory, type HistoryEntry } from "@/lib/domain/audit/history";
import { NotFoundError, ValidationError } from "@/lib/domain/errors";
import { findRegionInTx, municipalityNamesInTx, type RegionSummary } from "@/lib/domain/regions/service";
import { isId, parseId } from "@/lib/domain/shared/ids";
import { parseInput } from "@/lib/domain/shared/parse";
import { wakeNotifications } from "@/lib/domain/notifications/dispatch";
import { recordNotificationEvent } from "@/lib/domain/notifications/events";
import type { Table } from "@/lib/domain/shared/spreadsheet";
import {
  loadLinks,
  mayReadLink,
  municipalityInTx,
  sumByQuarter,
  targetLabel,
  windowFor,
  type LinkRow,
} from "@/lib/domain/social/queries";
import {
  applyTransition,
  isFutureQuarter,
  nextStatuses,
  parseQuarter,
  quarterWindow,
  shownCount,
  type ShownCount,
  type SocialLinkStatus,
  type SocialOrganisationKind,
} from "@/lib/domain/social/rules";
import {
  ReferralInputSchema,
  SocialLinkDetailsSchema,
  SocialLinkInputSchema,
  SocialLinkStatusSchema,
  SocialOrganisationInputSchema,
  type ReferralInput,
  type SocialLinkDetailsInput,
  type SocialLinkInput,
  type SocialLinkStatusInput,
  type SocialOrganisationInput,
} from "@/lib/domain/social/schema";
import { Prisma } from "@/lib/generated/prisma/client";
import { msg } from "@/lib/i18n/keys";
import type { Messages } from "@/lib/i18n/messages";

export type SocialOrganisationRow = {
  id: string;
  name: string;
  socialKind: SocialOrganisationKind | null;
  kvk: string | null;
  contact: string | null;
  municipalityCode: string;
  links: number;
};

export type Option = { value: string; label: string };
export type TargetOption = { value: string; type: "wijkverband" | "praktijk"; name: string; regionName: string | null };

export type SocialWorkspace = {
  /** The municipality (officer's page) or null (the region's page). */
  municipality: { id: string; name: string; code: string } | null;
  region: RegionSummary | null;
  regions: { id: string; slug: string; name: string }[];
  municipalities: { code: string; name: string }[];
  organisations: SocialOrganisationRow[];
  links: LinkRow[];
  periods: string[];
  /** Totals per municipality per quarter (the region's page). */
  perMunicipality: { code: string; name: string; active: number; counts: (number | null)[] }[];
  targets: TargetOption[];
  organisationOptions: Option[];
  mayEdit: boolean;
};

// ───────────────────────── reading ─────────────────────────

async function organisationsOf(tx: Tx, codes: readonly string[], links: readonly LinkRow[]): Promise<SocialOrganisationRow[]> {
  const rows = await tx.organisation.findMany({
    where: { socialMunicipalityCode: { in: [...codes] } },
    select: { id: true, name: true, socialKind: true, kvk: true, contact: true, socialMunicipalityCode: true },
    orderBy: { name: "asc" },
  });
  return rows.map((o) => ({
    id: o.id,
    name: o.name,
    socialKind: o.socialKind,
    kvk: o.kvk,
    contact: o.contact,
    municipalityCode: o.socialMunicipalityCode as string,
    links: links.filter((l) => l.organisationId === o.id).length,
  }));
}

/**
 * Wijkverbanden and practices of the municipalities in the regions, as options "wijkverband:<id>" /
 * "praktijk:<id>"; the page labels them in the reader's language (targetLabel), with the region when
 * there are several.
 */
async function targetOptions(tx: Tx, regionIds: string[], codes: string[], multiRegion: boolean): Promise<TargetOption[]> {
  const [wijkverbanden, practices] = await Promise.all([
    tx.wijkverband.findMany({
      where: { regionId: { in: regionIds }, municipalityCode: { in: codes }, archivedAt: null },
      select: { id: true, name: true, region: { select: { name: true } } },
      orderBy: { name: "asc" },
    }),
    tx.practice.findMany({
      where: { regionId: { in: regionIds }, municipalityCode: { in: codes }, archivedAt: null },
      select: { id: true, name: true, region: { select: { name: true } } },
      orderBy: { name: "asc" },
    }),
  ]);
  const regionName = (r: { name: string }) => (multiRegion ? r.name : null);
  return [
    ...wijkverbanden.map((w) => ({
      value: `wijkverband:${w.id}`,
      type: "wijkverband" as const,
      name: w.name,
      regionName: regionName(w.region),
    })),
    ...practices.map((p) => ({
      value: `praktijk:${p.id}`,
      type: "praktijk" as const,
      name: p.name,
      regionName: regionName(p.region),
    })),
  ];
}

/** The officer's social-domain page: organisations, links and counts of their municipality in every region that covers it. */
export async function getMunicipalitySocial(actor: Actor, code: string, today = new Date()): Promise<SocialWorkspace> {
  return withActor(actor, async (tx) => {
    const { municipality, regions } = await municipalityInTx(tx, actor, code);
    const where = { regionId: { in: regions.map((r) => r.id) }, municipalityCode: municipality.code };
    const periods = await windowFor(tx, where, today);
    const links = await loadLinks(tx, where, periods);
    const organisations = await organisationsOf(tx, [municipality.code], links);
    const mayEdit = regions.some((r) => can(actor, "social.edit", { regionId: r.id, municipalityCode: municipality.code }));
    return {
      municipality,
      region: null,
      regions,
      municipalities: [{ code: municipality.code, name: municipality.name }],
      organisations,
      links,
      periods,
      perMunicipality: [],
      targets: mayEdit
        ? await targetOptions(
            tx,
            regions.map((r) => r.id),
            [municipality.code],
            regions.length > 1,
          )
        : [],
      organisationOptions: organisations.map((o) => ({ value: o.id, label: o.name })),
      mayEdit,
    };
  });
}

/** The coordinator's page: every link of the region, with the totals per municipality. */
export async function getRegionSocial(actor: Actor, slug: string, today = new Date()): Promise<SocialWorkspace> {
  return withActor(actor, async (tx) => {
    const region = await findRegionInTx(tx, actor, slug);
    if (!can(actor, "social.read", { regionId: region.id })) throw new NotFoundError(msg("errors.notFound.page"));
    const where = { regionId: region.id };
    const periods = await windowFor(tx, where, today);
    const links = await loadLinks(tx, where, periods);
    const names = await municipalityNamesInTx(tx, region.municipalityCodes);
    const municipalities = region.municipalityCodes.map((c) => ({ code: c, name: names[c] ?? c }));
    const organisations = await organisationsOf(tx, region.municipalityCodes, links);
    const mayEdit = can(actor, "social.edit", { regionId: region.id });
    return {
      municipality: null,
      region,
      regions: [{ id: region.id, slug: region.slug, name: region.name }],
      municipalities,
      organisations,
      links,
      periods,
      perMunicipality: municipalities.map((m) => {
        const own = links.filter((l) => l.municipalityCode === m.code);
        return {
          ...m,
          active: own.filter((l) => l.status === "actief").length,
          counts: sumByQuarter(own, periods),
        };
      }),
      targets: mayEdit ? await targetOptions(tx, [region.id], region.municipalityCodes, false) : [],
      organisationOptions: organisations.map((o) => ({
        value: o.id,
        label: `${o.name} (${municipalities.find((m) => m.code === o.municipalityCode)?.name ?? o.municipalityCode})`,
      })),
      mayEdit,
    };
  });
}

/** Links that reach a wijkverband (its own and those of its member practices), for the wijkverband page. */
export async function linksOfWijkverbandInTx(tx: Tx, actor: Actor, regionId: string, wijkverbandId: string): Promise<LinkRow[]> {
  const members = await tx.wijkverbandMember.findMany({
    where: { regionId, wijkverbandId, practiceId: { not: null } },
    select: { practiceId: true },
  });
  const practiceIds = members.map((m) => m.practiceId as string);
  const links = await loadLinks(tx, { regionId, OR: [{ wijkverbandId }, { practiceId: { in: practiceIds } }] });
  return links.filter((l) => mayReadLink(actor, l));
}

/** Links that reach a practice (directly or through its wijkverbanden), for the practice holder. */
export async function linksOfPracticeInTx(tx: Tx, actor: Actor, regionId: string, practiceId: string): Promise<LinkRow[]> {
  const members = await tx.wijkverbandMember.findMany({
    where: { regionId, practiceId },
    select: { wijkverbandId: true },
  });
  const links = await loadLinks(tx, {
    regionId,
    OR: [{ practiceId }, { wijkverbandId: { in: members.map((m) => m.wijkverbandId) } }],
  });
  return links.filter((l) => mayReadLink(actor, l));
}

/** One link with all its counts and its history, seen from a municipality's or a region's page (404 outside it). */
export async function getSocialLink(
  actor: Actor,
  linkId: string,
  within: { municipalityCode?: string; regionSlug?: string },
): Promise<{ link: LinkRow; history: HistoryEntry[]; mayEdit: boolean; nextStatuses: readonly SocialLinkStatus[] }> {
  return withActor(actor, async (tx) => {
    const link = await linkInTx(tx, actor, linkId, "social.read");
    if (within.municipalityCode) {
      const { municipality } = await municipalityInTx(tx, actor, within.municipalityCode);
      if (municipality.code !== link.municipalityCode) throw new NotFoundError(msg("errors.notFound.link"));
    }
    if (within.regionSlug && within.regionSlug !== link.regionSlug) throw new NotFoundError(msg("errors.notFound.link"));
    return {
      link,
      history: await entityHistory(tx, link.regionId, "SocialLink", link.id),
      mayEdit: can(actor, "social.edit", { regionId: link.regionId, municipalityCode: link.municipalityCode }),
      nextStatuses: nextStatuses(link.status),
    };
  });
}

// ───────────────────────── exports ─────────────────────────

const day = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null);

export function linksTable(data: Pick<SocialWorkspace, "links" | "periods">, t: Messages): Table {
  const c = t.exports.social;
  return {
    name: c.linksSheet,
    columns: [
      c.linkId,
      c.region,
      c.municipality,
      c.organisation,
      c.target,
      c.kind,
      c.status,
      c.exploringSince,
      c.activeSince,
      c.stoppedOn,
      c.contactRole,
      c.note,
      ...data.periods,
    ],
    rows: data.links.map((l) => [
      l.id,
      l.regionName,
      l.municipalityCode,
      l.organisationName,
      targetLabel(l.target.type, l.target.name, t.social),
      t.social.linkKindLabel[l.kind],
      t.social.linkStatusLabel[l.status],
      day(l.exploringSince),
      day(l.startDate),
      day(l.endDate),
      l.contactRole,
      l.note,
      ...data.periods.map((p) => l.referrals[p] ?? null),
    ]),
  };
}

export function organisationsTable(data: Pick<SocialWorkspace, "organisations">, t: Messages): Table {
  const c = t.exports.social;
  return {
    name: c.organisationsSheet,
    columns: [c.name, c.kind, c.kvk, c.contact, c.municipality, c.links],
    rows: data.organisations.map((o) => [
      o.name,
      o.socialKind ? t.social.organisationKindLabel[o.socialKind] : null,
      o.kvk,
      o.contact,
      o.municipalityCode,
      o.links,
    ]),
  };
}

export function perMunicipalityTable(data: Pick<SocialWorkspace, "perMunicipality" | "periods">, t: Messages): Table {
  const c = t.exports.social;
  return {
    name: c.perMunicipalitySheet,
    columns: [c.municipality, c.activeLinks, ...data.periods],
    rows: data.perMunicipality.map((m) => [m.name, m.active, ...m.counts]),
  };
}

// ───────────────────────── changes ─────────────────────────

/** Loads one link the actor may act on, or 404. */
async function linkInTx(tx: Tx, actor: Actor, linkId: string, action: "social.read" | "social.edit"): Promise<LinkRow> {
  parseId(linkId, msg("errors.notFound.link"));
  const [link] = await loadLinks(tx, { id: linkId });
  if (!link) throw new NotFoundError(msg("errors.notFound.link"));
  const allowed =
    action === "social.read"
      ? mayReadLink(actor, link)
      : can(actor, "social.edit", { regionId: link.regionId, municipalityCode: link.municipalityCode });
  if (!allowed) throw new NotFoundError(msg("errors.notFound.link"));
  return link;
}

/** The regions covering a municipality in which the actor may edit its social domain. */
async function editableRegions(tx: Tx, actor: Actor, municipalityCode: string) {
  const regions = await tx.region.findMany({
    where: { municipalityCodes: { has: municipalityCode } },
    select: { id: true },
  });
  return regions.filter((r) => can(actor, "social.edit", { regionId: r.id, municipalityCode }));
}

/** Registers a social-domain organisation of a municipality (officer, or a coordinator of a region that covers it). */
export async function createSocialOrganisation(
  actor: Actor,
  municipalityCode: string,
  input: SocialOrganisationInput,
): Promise<{ id: string }> {
  const data = parseInput(SocialOrganisationInputSchema, input);
  const code = municipalityCode.toUpperCase();
  return withActor(actor, async (tx) => {
    const regions = await editableRegions(tx, actor, code);
    if (regions.length === 0) throw new NotFoundError(msg("errors.notFound.municipality"));
    const id = crypto.randomUUID();
    const values = {
      name: data.name,
      kind: "social_domain" as const,
      socialKind: data.socialKind,
      kvk: data.kvk ?? null,
      contact: data.contact ?? null,
      socialMunicipalityCode: code,
    };
    await tx.organisation.createMany({ data: [{ id, ...values }] });
    await recordAudit(tx, actor, {
      regionId: regions[0]!.id,
      action: "socialorganisation.create",
      entityType: "Organisation",
      entityId: id,
      changes: diffFields({}, values),
    });
    return { id };
  });
}

export async function updateSocialOrganisation(
  actor: Actor,
  organisationId: string,
  input: SocialOrganisationInput,
): Promise<void> {
  const data = parseInput(SocialOrganisationInputSchema, input);
  await withActor(actor, async (tx) => {
    const org = isId(organisationId)
      ? await tx.organisation.findFirst({
          where: { id: organisationId, socialMunicipalityCode: { not: null } },
          select: { id: true, name: true, socialKind: true, kvk: true, contact: true, socialMunicipalityCode: true },
        })
      : null;
    const regions = org ? await editableRegions(tx, actor, org.socialMunicipalityCode as string) : [];
    if (!org || regions.length === 0) throw new NotFoundError(msg("errors.notFound.organisation"));
    const values = { name: data.name, socialKind: data.socialKind, kvk: data.kvk ?? null, contact: data.contact ?? null };
    const changes = diffFields(org as Record<string, unknown>, values);
    if (Object.keys(changes).length === 0) return;
    await tx.organisation.update({ where: { id: org.id }, data: values, select: { id: true } });
    await recordAudit(tx, actor, {
      regionId: regions[0]!.id,
      action: "socialorganisation.update",
      entityType: "Organisation",
      entityId: org.id,
      changes,
    });
  });
}

/**
 * Registers a link between an organisation and a wijkverband or practice. Its region and
 * municipality follow from the wijkverband or practice; `municipalityCode` (the officer's page)
 * must match. The organisation must be a social-domain organisation of that municipality or a
 * social-domain / welfare partner of the region.
 */
export async function createSocialLink(
  actor: Actor,
  input: SocialLinkInput,
  options: { municipalityCode?: string; regionSlug?: string; today?: Date } = {},
): Promise<{ id: string }> {
  const data = parseInput(SocialLinkInputSchema, input);
  const today = options.today ?? new Date();
  const created = await withActor(actor, async (tx) => {
    const target = data.wijkverbandId
      ? await tx.wijkverband.findFirst({
          where: { id: data.wijkverbandId, archivedAt: null },
          select: { regionId: true, municipalityCode: true, region: { select: { slug: true } } },
        })
      : await tx.practice.findFirst({
          where: { id: data.practiceId ?? undefined, archivedAt: null },
          select: { regionId: true, municipalityCode: true, region: { select: { slug: true } } },
        });
    const targetError = () =>
      new ValidationError(msg("validation.checkFields"), { target: [msg("errors.social.targetFromList")] });
    if (!target || !can(actor, "social.edit", { regionId: target.regionId, municipalityCode: target.municipalityCode }))
      throw targetError();
    if (options.municipalityCode && options.municipalityCode.toUpperCase() !== target.municipalityCode) throw targetError();
    if (options.regionSlug && options.regionSlug !== target.region.slug) throw targetError();
    const org = await tx.organisation.findFirst({
      where: {
        id: data.organisationId,
        OR: [
          { socialMunicipalityCode: target.municipalityCode },
          { kind: { in: ["social_domain", "welfare"] }, regionPartners: { some: { regionId: target.regionId } } },
        ],
      },
      select: { id: true },
    });
    if (!org)
      throw new ValidationError(msg("validation.checkFields"), {
        organisationId: [msg("errors.social.chooseOrganisation")],
      });
    if (data.status === "gestopt")
      throw new ValidationError(msg("validation.checkFields"), {
        status: [msg("errors.social.newLinkStatus")],
      });
    const since = data.since ?? new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate()));
    if (since > today) throw new ValidationError(msg("validation.checkFields"), { since: [msg("errors.social.futureDate")] });
    const values = {
      organisationId: org.id,
      wijkverbandId: data.wijkverbandId,
      practiceId: data.practiceId,
      municipalityCode: target.municipalityCode,
      kind: data.kind,
      status: data.status,
      exploringSince: data.status === "verkenning" ? since : null,
      startDate: data.status === "actief" ? since : null,
      contactRole: data.contactRole ?? null,
      note: data.note ?? null,
    };
    const link = await tx.socialLink.create({ data: { regionId: target.regionId, ...values }, select: { id: true } });
    await recordAudit(tx, actor, {
      regionId: target.regionId,
      action: "sociallink.create",
      entityType: "SocialLink",
      entityId: link.id,
      changes: diffFields({}, values),
    });
    await recordSocialChange(tx, actor, target.regionId, link.id, "link");
    return link;
  });
  wakeNotifications();
  return created;
}

/** Tells the region's coordinators (digest by default) that a link or its figures changed. */
export async function recordSocialChange(tx: Tx, actor: Actor, regionId: string, linkId: string, change: "link" | "referrals") {
  const link = await tx.socialLink.findFirstOrThrow({
    where: { regionId, id: linkId },
    select: { municipalityCode: true, organisation: { select: { name: true } }, region: { select: { slug: true } } },
  });
  await recordNotificationEvent(tx, actor, {
    regionId,
    kind: "social_changed",
    subject: {
      type: "social_link",
      id: linkId,
      slug: link.region.slug,
      municipalityCode: link.municipalityCode,
      organisationName: link.organisation.name,
      change,
    },
  });
}

export async function updateSocialLink(actor: Actor, linkId: string, input: SocialLinkDetailsInput): Promise<void> {
  const data = parseInput(SocialLinkDetailsSchema, input);
  await withActor(actor, async (tx) => {
    const link = await linkInTx(tx, actor, linkId, "social.edit");
    const values = { kind: data.kind, contactRole: data.contactRole ?? null, note: data.note ?? null };
    const changes = diffFields(link as unknown as Record<string, unknown>, values);
    if (Object.keys(changes).length === 0) return;
    await tx.socialLink.update({
      where: { regionId_id: { regionId: link.regionId, id: link.id } },
      data: values,
      select: { id: true },
    });
    await recordAudit(tx, actor, {
      regionId: link.regionId,
      action: "sociallink.update",
      entityType: "SocialLink",
      entityId: link.id,
      changes,
    });
    await recordSocialChange(tx, actor, link.regionId, link.id, "link");
  });
  wakeNotifications();
}

/** Moves a link along verkenning → actief → gestopt, with the date of the move. */
export async function moveSocialLink(
  actor: Actor,
  linkId: string,
  input: SocialLinkStatusInput,
  today = new Date(),
): Promise<void> {
  const data = parseInput(SocialLinkStatusSchema, input);
  await withActor(actor, async (tx) => {
    const link = await linkInTx(tx, actor, linkId, "social.edit");
    const result = applyTransition(link.status, data.status, link, data.on ?? today, today);
    if (!result.ok) throw new ValidationError(result.message, { [data.on ? "on" : "status"]: [result.message] });
    const values = { status: data.status, ...result.dates };
    // Only move from the status this request saw (a concurrent move makes this a no-op error).
    const moved = await tx.socialLink.updateMany({
      where: { regionId: link.regionId, id: link.id, status: link.status },
      data: values,
    });
    if (moved.count !== 1) throw new ValidationError(msg("errors.social.linkChanged"));
    await recordAudit(tx, actor, {
      regionId: link.regionId,
      action: "sociallink.status",
      entityType: "SocialLink",
      entityId: link.id,
      changes: diffFields(link as unknown as Record<string, unknown>, values),
    });
    await recordSocialChange(tx, actor, link.regionId, link.id, "link");
  });
  wakeNotifications();
}

/** Refuses a quarter that has not started; returns the normalised period. */
export function checkQuarter(period: string, today: Date): string | null {
  const q = parseQuarter(period);
  if (!q) return msg("errors.social.quarterFormat");
  if (isFutureQuarter(q, today)) return msg("errors.social.quarterFuture");
  return null;
}

/**
 * Sets the number of referrals of a link in a quarter. A correction overwrites the count; the audit
 * event keeps the value before and after, so the history stays complete.
 */
export async function setReferralCount(actor: Actor, linkId: string, input: ReferralInput, today = new Date()): Promise<void> {
  const data = parseInput(ReferralInputSchema, input);
  const problem = checkQuarter(data.period, today);
  if (problem) throw new ValidationError(msg("validation.checkFields"), { period: [problem] });
  await withActor(actor, async (tx) => {
    const link = await linkInTx(tx, actor, linkId, "social.edit");
    const existing = await tx.referralCount.findFirst({
      where: { regionId: link.regionId, socialLinkId: link.id, period: data.period },
      select: { count: true },
    });
    if (existing?.count === data.count) return;
    await tx.referralCount.upsert({
      where: { regionId_socialLinkId_period: { regionId: link.regionId, socialLinkId: link.id, period: data.period } },
      create: { regionId: link.regionId, socialLinkId: link.id, period: data.period, count: data.count },
      update: { count: data.count },
      select: { id: true },
    });
    await recordAudit(tx, actor, {
      regionId: link.regionId,
      action: existing ? "referral.correct" : "referral.set",
      entityType: "SocialLink",
      entityId: link.id,
      changes: { [`verwijzingen ${data.period}`]: { before: existing?.count ?? null, after: data.count } },
    });
    await recordSocialChange(tx, actor, link.regionId, link.id, "referrals");
  });
  wakeNotifications();
}

export type { LinkRow };

// ───────────────────────── insurers: aggregate figures only ─────────────────────────

type InsurerFigureRow = {
  /** Active links that count for it (a practice's link counts for each of its wijkverbanden). */
  activeLinks: number;
  /** Per quarter; below 5 shown as "< 5" (small-number suppression). */
  counts: ShownCount[];
};

export type InsurerSocialFigures = {
  periods: string[];
  /** One row per region: each link counted once. */
  regions: (InsurerFigureRow & { regionSlug: string; regionName: string; wijkverbanden: number })[];
  /** The region whose wijkverbanden `rows` holds; null: all regions. */
  shownRegion: string | null;
  /** One row per wijkverband, of all regions or of the region asked for. */
  rows: (InsurerFigureRow & { regionSlug: string; regionName: string; wijkverband: string; municipalityCode: string })[];
};

type InsurerSocialOptions = { regionSlug?: string; today?: Date; rows?: boolean; quarters?: number };

/**
 * Referral figures per region and per wijkverband in the regions the insurer funds: no
 * organisations' notes, no contacts, and counts below 5 suppressed. `insurerId` is the insurer whose
 * workspace is shown. With `regionSlug` the wijkverband rows are of that region only (the first
 * region when it is not one of them); the region rows stay all. `rows: false` leaves the wijkverband
 * rows out and `quarters: n` takes the window's last n quarters (the insurer's home shows the
 * regions' last two quarters); only those are aggregated.
 */
export async function getInsurerSocialFigures(
  actor: Actor,
  insurerId: string,
  options: InsurerSocialOptions = {},
): Promise<InsurerSocialFigures> {
  return withActor(actor, (tx) => insurerSocialFiguresInTx(tx, actor, insurerId, options));
}

/** getInsurerSocialFigures inside the caller's transaction. */
export async function insurerSocialFiguresInTx(
  tx: Tx,
  actor: Actor,
  insurerId: string,
  options: InsurerSocialOptions = {},
): Promise<InsurerSocialFigures> {
  const today = options.today ?? new Date();
  const funded = await tx.oiBudget.findMany({ where: { insurerId }, select: { regionId: true }, distinct: ["regionId"] });
  const regionIds = funded.map((b) => b.regionId).filter((regionId) => can(actor, "social.figures", { regionId }));
  if (regionIds.length === 0)
    return { periods: quarterWindow(null, today, options.quarters), regions: [], shownRegion: null, rows: [] };
  const where = { regionId: { in: regionIds } };
  const periods = await windowFor(tx, where, today, options.quarters);
  // Aggregated in SQL: a national insurer's regions hold hundreds of links and thousands of counts.
  const [regionNames, wijkverbandCounts, perRegion] = await oneByOne(
    () => tx.region.findMany({ where: { id: { in: regionIds } }, select: { id: true, slug: true, name: true } }),
    () => tx.wijkverband.groupBy({ by: ["regionId"], where: { regionId: { in: regionIds }, archivedAt: null }, _count: true }),
    () => referralAggregates(tx, regionIds, periods, "region"),
  );
  const figuresOf = (aggregate: ReferralAggregate | undefined): InsurerFigureRow => ({
    activeLinks: aggregate?.activeLinks ?? 0,
    counts: periods.map((period) => shownCount(aggregate?.counts[period] ?? null, true)),
  });
  const wijkverbandCount = new Map(wijkverbandCounts.map((c) => [c.regionId, c._count]));
  // A region is listed when it has a wijkverband or a link.
  const regionRows = regionNames
    .filter((r) => wijkverbandCount.has(r.id) || perRegion.has(r.id))
    .map((r) => ({
      regionSlug: r.slug,
      regionName: r.name,
      wijkverbanden: wijkverbandCount.get(r.id) ?? 0,
      ...figuresOf(perRegion.get(r.id)),
    }))
    .sort((x, y) => x.regionName.localeCompare(y.regionName, "nl"));
  const shownRegion =
    options.regionSlug === undefined
      ? null
      : ((regionRows.find((r) => r.regionSlug === options.regionSlug) ?? regionRows[0])?.regionSlug ?? null);
  if (options.rows === false) return { periods, regions: regionRows, shownRegion, rows: [] };
  // The wijkverband rows only of the region shown (all regions for the export), aggregated for those alone.
  const rowRegionIds = shownRegion === null ? regionIds : regionNames.filter((r) => r.slug === shownRegion).map((r) => r.id);
  const [wijkverbanden, perWijkverband] = await oneByOne(
    () =>
      tx.wijkverband.findMany({
        where: { regionId: { in: rowRegionIds }, archivedAt: null },
        select: { id: true, name: true, municipalityCode: true, region: { select: { slug: true, name: true } } },
        orderBy: [{ region: { name: "asc" } }, { name: "asc" }],
      }),
    () => referralAggregates(tx, rowRegionIds, periods, "wijkverband"),
  );
  return {
    periods,
    regions: regionRows,
    shownRegion,
    rows: wijkverbanden.map((w) => ({
      regionSlug: w.region.slug,
      regionName: w.region.name,
      wijkverband: w.name,
      municipalityCode: w.municipalityCode,
      ...figuresOf(perWijkverband.get(w.id)),
    })),
  };
}

type ReferralAggregate = { regionSlug: string; regionName: string; activeLinks: number; counts: Record<string, number> };

/**
 * Per wijkverband (a practice's link counts for each wijkverband the practice is a member of) or per
 * region (each link once): the active links and the referral sums of `periods`. A quarter without
 * any count is absent, so it shows as "–" rather than 0.
 */
async function referralAggregates(
  tx: Tx,
  regionIds: readonly string[],
  periods: readonly string[],
  per: "wijkverband" | "region",
): Promise<Map<string, ReferralAggregate>> {
  const links =
    per === "region"
      ? Prisma.sql`SELECT l."id", l."regionId", l."status", l."regionId" AS "key" FROM "SocialLink" l
          WHERE l."regionId" = ANY (${regionIds}::uuid[])`
      : Prisma.sql`SELECT l."id", l."regionId", l."status", l."wijkverbandId" AS "key" FROM "SocialLink" l
          WHERE l."regionId" = ANY (${regionIds}::uuid[]) AND l."wijkverbandId" IS NOT NULL
        UNION
        SELECT l."id", l."regionId", l."status", m."wijkverbandId" FROM "SocialLink" l
          JOIN "WijkverbandMember" m ON m."regionId" = l."regionId" AND m."practiceId" = l."practiceId"
          WHERE l."regionId" = ANY (${regionIds}::uuid[]) AND l."practiceId" IS NOT NULL`;
  const rows = await tx.$queryRaw<
    { key: string; regionSlug: string; regionName: string; active: bigint; counts: Record<string, string | number> | null }[]
  >`
    WITH reach AS (${links}),
    sums AS (
      SELECT x."key", rc."period", SUM(rc."count")::bigint AS total
      FROM reach x JOIN "ReferralCount" rc ON rc."regionId" = x."regionId" AND rc."socialLinkId" = x."id"
      WHERE rc."period" = ANY (${[...periods]}::text[])
      GROUP BY 1, 2
    ),
    active AS (
      SELECT x."key", MIN(x."regionId"::text)::uuid AS "regionId", COUNT(*) FILTER (WHERE x."status" = 'actief') AS active
      FROM reach x GROUP BY 1
    )
    SELECT a."key"::text AS "key", r."slug" AS "regionSlug", r."name" AS "regionName", a.active,
      jsonb_object_agg(s."period", s.total) FILTER (WHERE s."period" IS NOT NULL) AS counts
    FROM active a
    JOIN "Region" r ON r."id" = a."regionId"
    LEFT JOIN sums s ON s."key" = a."key"
    GROUP BY a."key", r."slug", r."name", a.active`;
  return new Map(
    rows.map((r) => [
      r.key,
      {
        regionSlug: r.regionSlug,
        regionName: r.regionName,
        activeLinks: Number(r.active),
        counts: Object.fromEntries(Object.entries(r.counts ?? {}).map(([period, total]) => [period, Number(total)])),
      },
    ]),
  );
}

export function insurerFiguresTable(data: InsurerSocialFigures, t: Messages): Table {
  const c = t.exports.social;
  return {
    name: c.insurerSheet,
    columns: [c.region, c.wijkverband, c.municipality, c.activeLinks, ...data.periods],
    rows: data.rows.map((r) => [r.regionName, r.wijkverband, r.municipalityCode, r.activeLinks, ...r.counts]),
  };
}
