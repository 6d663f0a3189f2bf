import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/authz/permissions";
import { withActor } from "@/lib/db/with-actor";
import { NotFoundError } from "@/lib/domain/errors";
import { findRegionInTx, type RegionSummary } from "@/lib/domain/regions/service";

export type AcknowledgementState = "accepted" | "objection" | "open";

export type PracticeOverview = {
  region: RegionSummary;
  practice: {
    id: string;
    name: string;
    discipline: string;
    agb: string | null;
    kvk: string | null;
    street: string | null;
    houseNumber: string | null;
    postcode: string | null;
    city: string | null;
    municipalityCode: string;
    wijkCode: string | null;
    registeredPatients: number | null;
    registeredPatientsAsOf: Date | null;
  };
  wijkverbanden: { id: string; name: string }[];
  agreements: { versionId: string; title: string; wijkverband: string; versionNumber: number; effectiveDate: Date; state: AcknowledgementState }[];
  mayAcknowledge: boolean;
};

/** A practice with its wijkverbanden and their published agreements, loaded with its region (404 otherwise). */
export async function getPracticeOverview(actor: Actor, regionSlug: string, practiceId: string): Promise<PracticeOverview> {
  return withActor(actor, async (tx) => {
    const region = await findRegionInTx(tx, actor, regionSlug);
    const practice = await tx.practice.findFirst({
      where: { id: practiceId, regionId: region.id },
      select: {
        id: true,
        name: true,
        agb: true,
        kvk: true,
        street: true,
        houseNumber: true,
        postcode: true,
        city: true,
        municipalityCode: true,
        wijkCode: true,
        registeredPatients: true,
        registeredPatientsAsOf: true,
        discipline: { select: { name: true } },
      },
    });
    if (!practice || !can(actor, "network.read", { regionId: region.id, municipalityCode: practice.municipalityCode })) {
      throw new NotFoundError("Deze praktijk bestaat niet.");
    }
    const memberships = await tx.wijkverbandMember.findMany({
      where: { regionId: region.id, practiceId: practice.id },
      select: { wijkverband: { select: { id: true, name: true } } },
    });
    const wijkverbandIds = memberships.map((m) => m.wijkverband.id);
    const versions = await tx.agreementVersion.findMany({
      where: { regionId: region.id, status: "gepubliceerd", agreement: { wijkverbandId: { in: wijkverbandIds } } },
      select: {
        id: true,
        versionNumber: true,
        effectiveDate: true,
        agreement: { select: { title: true, wijkverband: { select: { name: true } } } },
        acknowledgements: { where: { practiceId: practice.id }, select: { decision: true } },
      },
      orderBy: { effectiveDate: "desc" },
    });
    const { discipline, ...rest } = practice;
    return {
      region,
      practice: { ...rest, discipline: discipline.name },
      wijkverbanden: memberships.map((m) => m.wijkverband),
      agreements: versions.map((v) => ({
        versionId: v.id,
        title: v.agreement.title,
        wijkverband: v.agreement.wijkverband.name,
        versionNumber: v.versionNumber,
        effectiveDate: v.effectiveDate,
        state: v.acknowledgements[0]?.decision ?? "open",
      })),
      mayAcknowledge: can(actor, "agreement.acknowledge", { regionId: region.id, practiceId: practice.id }),
    };
  });
}
