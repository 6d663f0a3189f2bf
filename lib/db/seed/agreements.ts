// Demo samenwerkingsafspraken, written after the network: every wijkverband of the demo regions gets
// at least one agreement from the shipped templates; some have a superseded version 1 and a current
// version 2, some a concept in preparation; the member practices have a deterministic mix of
// confirmed, objected and open decisions. The demo practice holder's wijkverband has a new version
// their practice still has to confirm (having confirmed the previous one, so the diff shows).
import type { Prisma } from "@/lib/generated/prisma/client";

type Tx = Prisma.TransactionClient;

const DAY_MS = 86_400_000;

/** FNV-1a: a stable number per string, for the deterministic mix. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

const OBJECTIONS = [
  "Een MDO eens per zes weken is voor onze praktijk niet haalbaar; wij stellen een kort overleg per kwartaal voor, met zo nodig een extra overleg.",
  "De terugkoppeling binnen tien werkdagen is te laat; wij willen per verwijzing binnen vijf werkdagen horen of het eerste gesprek heeft plaatsgevonden.",
  "Het medicatieoverzicht is voor ons nog niet digitaal in te zien. Graag eerst een afspraak over de technische koppeling.",
  "De bereikbaarheid buiten kantoortijden is niet geregeld voor de wijkverpleging in onze wijk; graag aanvullen.",
];

/** The second version of a template text: a concrete change a reader can find in the diff. */
function revise(body: string, wijkverband: string): string {
  return body
    .replace("Eens per zes weken is er een MDO", "Eens per maand is er een MDO")
    .replace("binnen vijf werkdagen contact op", "binnen drie werkdagen contact op")
    .replace("Elk kwartaal maakt de apotheker", "Elk halfjaar maakt de apotheker")
    .concat(
      `\n## Aanvulling ${wijkverband}\n\nNieuwe partners in het wijkverband krijgen bij hun start een kennismakingsgesprek met de wijkcoördinator, waarin deze afspraak wordt toegelicht.\n`,
    );
}

const intro = (wijkverband: string) =>
  `Deze afspraak geldt voor alle partners in wijkverband ${wijkverband}. Vragen over de afspraak stelt u aan de wijkcoördinator.\n\n`;

export async function seedAgreements(
  tx: Tx,
  options: { regionSlugs: string[]; holderPracticeName: string; now?: Date },
): Promise<void> {
  const regionIds = (await tx.region.findMany({ where: { slug: { in: options.regionSlugs } }, select: { id: true } })).map(
    (r) => r.id,
  );
  const now = options.now ?? new Date();
  const day = (offsetDays: number) => {
    const d = new Date(now.getTime() + offsetDays * DAY_MS);
    return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));
  };
  const templates = await tx.agreementTemplate.findMany({ orderBy: [{ sortOrder: "asc" }, { title: "asc" }] });
  if (templates.length === 0) return;
  const wijkverbanden = await tx.wijkverband.findMany({
    where: { regionId: { in: regionIds } },
    select: {
      id: true,
      regionId: true,
      name: true,
      members: { where: { practiceId: { not: null } }, select: { practiceId: true } },
    },
    orderBy: [{ regionId: "asc" }, { name: "asc" }],
  });
  const memberships = await tx.membership.findMany({
    where: { regionId: { in: regionIds }, role: { in: ["coordinator", "practice_holder"] } },
    select: { userId: true, role: true, regionId: true, practiceId: true },
  });
  const coordinatorOf = new Map(memberships.filter((m) => m.role === "coordinator").map((m) => [m.regionId, m.userId]));
  const holderOf = new Map(memberships.filter((m) => m.practiceId).map((m) => [m.practiceId as string, m.userId]));
  const holderPractice = await tx.practice.findFirst({
    where: { regionId: { in: regionIds }, name: options.holderPracticeName },
    select: { id: true },
  });

  const agreements: Prisma.AgreementCreateManyInput[] = [];
  const versions: Prisma.AgreementVersionCreateManyInput[] = [];
  const acknowledgements: Prisma.AcknowledgementCreateManyInput[] = [];

  wijkverbanden.forEach((wv, index) => {
    const coordinator = coordinatorOf.get(wv.regionId);
    if (!coordinator) throw new Error(`Demo-regio zonder coördinator: ${wv.regionId}`);
    const practiceIds = [...new Set(wv.members.map((m) => m.practiceId as string))];
    const hasHolder = !!holderPractice && practiceIds.includes(holderPractice.id);
    // Every wijkverband one agreement; every third a second one.
    const count = index % 3 === 0 ? 2 : 1;
    for (let n = 0; n < count; n++) {
      const template = templates[(index + n) % templates.length]!;
      const agreementId = crypto.randomUUID();
      agreements.push({
        id: agreementId,
        regionId: wv.regionId,
        wijkverbandId: wv.id,
        title: template.title,
        topic: template.topic,
        createdById: coordinator,
        createdAt: day(-420),
      });
      const v1Body = intro(wv.name) + template.body;
      // The holder's first agreement, and every other wijkverband, has two published versions.
      const twoVersions = (hasHolder && n === 0) || (index + n) % 2 === 1;
      const withConcept = !hasHolder && (index + n) % 4 === 2;
      const key = `${wv.id}|${n}`;
      // Review dates: some passed, some within 30 days, the rest later.
      const slot = (index + n) % 8;
      const reviewOffset = twoVersions ? 300 + (hash(key) % 60) : slot === 0 || slot === 4 ? -20 : slot === 2 ? 14 : 250;
      const v1 = crypto.randomUUID();
      versions.push({
        id: v1,
        regionId: wv.regionId,
        agreementId,
        versionNumber: 1,
        body: v1Body,
        effectiveDate: day(-380),
        reviewDate: twoVersions ? day(-15) : day(reviewOffset),
        status: twoVersions ? "vervangen" : "gepubliceerd",
        publishedAt: day(-400),
        publishedById: coordinator,
        supersededAt: twoVersions ? day(-30) : null,
        createdById: coordinator,
        createdAt: day(-410),
      });
      let current = v1;
      let currentPublished = day(-400);
      if (twoVersions) {
        current = crypto.randomUUID();
        currentPublished = day(-30);
        versions.push({
          id: current,
          regionId: wv.regionId,
          agreementId,
          versionNumber: 2,
          body: revise(v1Body, wv.name),
          effectiveDate: day(-14),
          reviewDate: day(reviewOffset),
          status: "gepubliceerd",
          publishedAt: currentPublished,
          publishedById: coordinator,
          createdById: coordinator,
          createdAt: day(-45),
        });
        // Everyone confirmed version 1 (or objected once), so version 2 shows what changed.
        for (const practiceId of practiceIds) {
          const objected = hash(`${key}|${practiceId}|v1`) % 10 === 0;
          acknowledgements.push({
            regionId: wv.regionId,
            agreementVersionId: v1,
            practiceId,
            decision: objected ? "objection" : "accepted",
            reason: objected ? OBJECTIONS[hash(practiceId) % OBJECTIONS.length]! : null,
            userId: holderOf.get(practiceId) ?? coordinator,
            decidedAt: new Date(day(-395).getTime() + (hash(practiceId) % 72) * 3_600_000),
          });
        }
      }
      if (withConcept) {
        versions.push({
          id: crypto.randomUUID(),
          regionId: wv.regionId,
          agreementId,
          versionNumber: twoVersions ? 3 : 2,
          body: revise(v1Body, wv.name),
          effectiveDate: day(60),
          reviewDate: day(425),
          status: "concept",
          createdById: coordinator,
          createdAt: day(-3),
        });
      }
      // Decisions on the current version: about 60 % confirmed, 15 % objection, the rest open.
      for (const practiceId of practiceIds) {
        if (hasHolder && n === 0 && practiceId === holderPractice?.id) continue; // the demo holder still has to confirm
        const roll = hash(`${key}|${practiceId}|current`) % 100;
        if (roll >= 75) continue;
        const objected = roll >= 60;
        acknowledgements.push({
          regionId: wv.regionId,
          agreementVersionId: current,
          practiceId,
          decision: objected ? "objection" : "accepted",
          reason: objected ? OBJECTIONS[hash(`${practiceId}${n}`) % OBJECTIONS.length]! : null,
          userId: holderOf.get(practiceId) ?? coordinator,
          decidedAt: new Date(currentPublished.getTime() + ((hash(practiceId) % 20) + 1) * DAY_MS),
        });
      }
    }
  });

  await tx.agreement.createMany({ data: agreements });
  await tx.agreementVersion.createMany({ data: versions });
  await tx.acknowledgement.createMany({ data: acknowledgements });
}
