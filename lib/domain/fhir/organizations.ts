// FHIR R4 export of a region's network: practices and partner organisations as Organization
// resources in a searchset Bundle. Same visibility as the UI (municipality officers: their
// municipality only), read inside withActor.
import { safeWebsiteHref } from "@/lib/domain/shared/identifiers";
import type { Actor } from "@/lib/auth/actor";
import { withActor } from "@/lib/db/with-actor";
import { municipalityWhere, networkScope } from "@/lib/domain/network/scope";
import { partnerWhere } from "@/lib/domain/partners/service";
import { findRegionInTx } from "@/lib/domain/regions/service";

export const AGB_SYSTEM = "http://fhir.nl/fhir/NamingSystem/agb-z";
export const KVK_SYSTEM = "http://fhir.nl/fhir/NamingSystem/kvk";
/** Vektis zorgverlenersoort-style discipline codes are not public; we publish our own code system. */
export const DISCIPLINE_SYSTEM = "https://wijkkracht.nl/fhir/CodeSystem/discipline";
export const ORGANISATION_KIND_SYSTEM = "https://wijkkracht.nl/fhir/CodeSystem/organisation-kind";
const ORGANIZATION_TYPE_SYSTEM = "http://terminology.hl7.org/CodeSystem/organization-type";

type Identifier = { use?: "official"; system: string; value: string };
export type FhirOrganization = {
  resourceType: "Organization";
  id: string;
  meta?: { lastUpdated: string };
  identifier?: Identifier[];
  active: boolean;
  type: { coding: { system: string; code: string; display: string }[]; text: string }[];
  name: string;
  telecom?: { system: "phone" | "email" | "url"; value: string }[];
  address?: {
    use: "work";
    type: "physical";
    line?: string[];
    postalCode?: string;
    city?: string;
    country: "NL";
    extension?: unknown[];
  }[];
  partOf?: { reference: string; display: string };
};
export type FhirBundle = {
  resourceType: "Bundle";
  id: string;
  meta: { lastUpdated: string };
  type: "searchset";
  total: number;
  link: { relation: "self"; url: string }[];
  entry: { fullUrl: string; resource: FhirOrganization; search: { mode: "match" | "include" } }[];
};

function identifiers(agb: string | null, kvk: string | null): Identifier[] | undefined {
  const ids: Identifier[] = [];
  if (agb) ids.push({ use: "official", system: AGB_SYSTEM, value: agb });
  if (kvk) ids.push({ use: "official", system: KVK_SYSTEM, value: kvk });
  return ids.length ? ids : undefined;
}

const HL7_TYPE: Record<string, { code: string; display: string }> = {
  hospital: { code: "prov", display: "Healthcare Provider" },
  care: { code: "prov", display: "Healthcare Provider" },
  social_domain: { code: "govt", display: "Government" },
  welfare: { code: "cg", display: "Community Group" },
  insurer: { code: "ins", display: "Insurance Company" },
  municipality: { code: "govt", display: "Government" },
  other: { code: "other", display: "Other" },
};

/** GET /api/v1/regions/{slug}/fhir/Organization — baseUrl is the absolute …/fhir URL. */
export async function regionOrganizationBundle(actor: Actor, regionSlug: string, baseUrl: string): Promise<FhirBundle> {
  return withActor(
    actor,
    async (tx) => {
      const region = await findRegionInTx(tx, actor, regionSlug);
      const scope = networkScope(actor, region.id);
      const regionRef = { reference: `Organization/region-${region.id}`, display: region.name };
      const [practices, partners, regionRow] = await Promise.all([
        tx.practice.findMany({
          where: { regionId: region.id, archivedAt: null, ...municipalityWhere(scope) },
          select: {
            id: true,
            name: true,
            agb: true,
            kvk: true,
            street: true,
            houseNumber: true,
            postcode: true,
            city: true,
            phone: true,
            email: true,
            website: true,
            updatedAt: true,
            discipline: { select: { code: true, name: true } },
          },
          orderBy: { name: "asc" },
        }),
        tx.regionPartner.findMany({
          where: await partnerWhere(tx, region.id, scope),
          select: {
            organisation: {
              select: { id: true, name: true, kind: true, agb: true, kvk: true, city: true, website: true, updatedAt: true },
            },
          },
          orderBy: { organisation: { name: "asc" } },
        }),
        tx.region.findFirst({ where: { id: region.id }, select: { kvk: true, updatedAt: true } }),
      ]);
      const regionResource: FhirOrganization = {
        resourceType: "Organization",
        id: `region-${region.id}`,
        ...(regionRow ? { meta: { lastUpdated: regionRow.updatedAt.toISOString() } } : {}),
        identifier: identifiers(null, regionRow?.kvk ?? null),
        active: true,
        type: [
          {
            coding: [{ system: ORGANISATION_KIND_SYSTEM, code: "region", display: "Regio-organisatie eerstelijn" }],
            text: "Regio-organisatie eerstelijn",
          },
        ],
        name: region.name,
      };
      const resources: FhirOrganization[] = [
        ...practices.map((p): FhirOrganization => {
          const line = [p.street, p.houseNumber].filter(Boolean).join(" ");
          const telecom = [
            ...(p.phone ? [{ system: "phone" as const, value: p.phone }] : []),
            ...(p.email ? [{ system: "email" as const, value: p.email }] : []),
            ...(safeWebsiteHref(p.website) ? [{ system: "url" as const, value: p.website! }] : []),
          ];
          return {
            resourceType: "Organization",
            id: p.id,
            meta: { lastUpdated: p.updatedAt.toISOString() },
            identifier: identifiers(p.agb, p.kvk),
            active: true,
            type: [
              {
                coding: [{ system: ORGANIZATION_TYPE_SYSTEM, code: "prov", display: "Healthcare Provider" }],
                text: "Zorgaanbieder",
              },
              {
                coding: [{ system: DISCIPLINE_SYSTEM, code: p.discipline.code, display: p.discipline.name }],
                text: p.discipline.name,
              },
            ],
            name: p.name,
            ...(telecom.length ? { telecom } : {}),
            ...(line || p.postcode || p.city
              ? {
                  address: [
                    {
                      use: "work" as const,
                      type: "physical" as const,
                      ...(line ? { line: [line] } : {}),
                      ...(p.postcode ? { postalCode: p.postcode } : {}),
                      ...(p.city ? { city: p.city } : {}),
                      country: "NL" as const,
                    },
                  ],
                }
              : {}),
            partOf: regionRef,
          };
        }),
        ...partners.map(({ organisation: o }): FhirOrganization => ({
          resourceType: "Organization",
          id: o.id,
          meta: { lastUpdated: o.updatedAt.toISOString() },
          identifier: identifiers(o.agb, o.kvk),
          active: true,
          type: [
            { coding: [{ system: ORGANIZATION_TYPE_SYSTEM, ...(HL7_TYPE[o.kind] ?? HL7_TYPE.other!) }], text: o.kind },
            { coding: [{ system: ORGANISATION_KIND_SYSTEM, code: o.kind, display: o.kind }], text: o.kind },
          ],
          name: o.name,
          ...(safeWebsiteHref(o.website) ? { telecom: [{ system: "url" as const, value: o.website! }] } : {}),
          ...(o.city
            ? { address: [{ use: "work" as const, type: "physical" as const, city: o.city, country: "NL" as const }] }
            : {}),
          partOf: regionRef,
        })),
      ];
      return {
        resourceType: "Bundle",
        id: crypto.randomUUID(),
        meta: { lastUpdated: new Date().toISOString() },
        type: "searchset",
        total: resources.length,
        link: [{ relation: "self", url: `${baseUrl}/Organization` }],
        entry: [
          ...resources.map((resource) => ({
            fullUrl: `${baseUrl}/Organization/${resource.id}`,
            resource,
            search: { mode: "match" as const },
          })),
          {
            fullUrl: `${baseUrl}/Organization/${regionResource.id}`,
            resource: regionResource,
            search: { mode: "include" as const },
          },
        ],
      };
    },
    { timeoutMs: 60_000 },
  );
}
