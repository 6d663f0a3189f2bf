// Demo data of the O&I money cycle: budgets of two insurers in both regions (the region's
// preferente insurer marked), allocations to initiatives and wijkverbanden, and expenditures in
// every status with their history, reviewer texts and small evidence PDFs. Called once from the
// demo seed (lib/db/seed/demo.ts) inside its transaction.
import { createHash } from "node:crypto";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ExpenditureEventKind, ExpenditureStatus, FundingTitle, Role } from "@/lib/generated/prisma/enums";
import {
  ALLOCATIONS,
  BUDGETS,
  DEMO_USERS,
  INSURERS,
  REGIONS,
  type AllocationSeed,
  type BudgetSeed,
  type DemoUserKey,
  type InsurerKey,
  type RegionKey,
} from "@/lib/db/seed/demo-data";

type Tx = Prisma.TransactionClient;

export type MoneySeedContext = {
  rid: (key: RegionKey) => string;
  iid: (region: RegionKey, key: string) => string;
  wvid: (key: string, region: RegionKey) => string;
  uid: (key: DemoUserKey) => string;
  insurerId: Map<InsurerKey, string>;
};

/** The second insurer in Zaanstreek-Waterland (following Noordwest), so both regions have two. */
const EXTRA_BUDGETS: readonly BudgetSeed[] = (["wijkmanagement", "digitalisering"] as const).map((fundingTitle) => ({
  region: "zw",
  insurer: "amstelzorg",
  year: 2026,
  fundingTitle,
  rateCents: fundingTitle === "wijkmanagement" ? 122 : 46,
  basisPatients: 31_000,
  contractReference: "AZ-2026-ZW-01",
}));

const EXTRA_ALLOCATIONS: readonly AllocationSeed[] = [
  {
    region: "zw",
    insurer: "amstelzorg",
    year: 2026,
    fundingTitle: "wijkmanagement",
    amountCents: 2_400_000,
    initiative: "proactieve-zorgplanning",
    note: "Bijdrage Amstel Zorg aan proactieve zorgplanning (volgend)",
    expenditures: [
      {
        date: "2026-04-30",
        amountCents: 650_000,
        description: "Scholing proactieve zorgplanning voor POH's, voorjaar",
        category: "scholing",
        evidenceReference: "Factuur SCH-2026-041",
        status: "goedgekeurd",
        submittedAt: "2026-05-06T09:00:00Z",
        reviewedAt: "2026-05-20T14:30:00Z",
      },
      {
        date: "2026-09-30",
        amountCents: 480_000,
        description: "Gespreksleiders ACP-bijeenkomsten, derde kwartaal",
        category: "inhuur",
        evidenceReference: "Factuur ACP-2026-Q3",
        status: "ingediend",
        submittedAt: "2026-10-09T10:40:00Z",
      },
    ],
  },
  {
    region: "aa",
    insurer: "amstelzorg",
    year: 2026,
    fundingTitle: "digitalisering",
    amountCents: 1_100_000,
    initiative: "thuismonitoring",
    note: "Pilot thuismonitoring: apparatuur en koppeling",
    expenditures: [
      {
        date: "2026-06-15",
        amountCents: 900_000,
        description: "Bloeddrukmeters voor thuismeting (40 stuks) en verzendkosten",
        category: "materiaal",
        evidenceReference: "Factuur MED-26-3310",
        status: "afgewezen",
        submittedAt: "2026-06-22T08:15:00Z",
        reviewedAt: "2026-07-03T11:00:00Z",
        reviewerRemarks: "Medische hulpmiddelen vallen onder de zorgverzekering van de patiënt, niet onder O&I digitalisering.",
      },
      {
        date: "2026-08-31",
        amountCents: 350_000,
        description: "Koppeling meetdata met het HIS, implementatie",
        category: "ict-licenties",
        evidenceReference: "Factuur KOP-2026-08",
        status: "goedgekeurd",
        submittedAt: "2026-09-04T13:20:00Z",
        reviewedAt: "2026-09-18T09:45:00Z",
      },
    ],
  },
];

/** A small valid one-page PDF naming the expenditure (the demo's evidence files). */
export function demoEvidencePdf(text: string): Buffer {
  const safe = text
    .replace(/[()\\]/g, " ")
    .replace(/[^\x20-\x7e]/g, "?")
    .slice(0, 90);
  const content = `BT /F1 12 Tf 60 780 Td (Bewijsstuk - demo) Tj 0 -20 Td (${safe}) Tj ET`;
  const objects = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
    "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
  ];
  let body = "%PDF-1.4\n";
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(body.length);
    body += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, "0")} 00000 n \n`).join("")}`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, "latin1");
}

const REVIEW_EVENT: Partial<Record<ExpenditureStatus, ExpenditureEventKind>> = {
  goedgekeurd: "goedgekeurd",
  vraag_gesteld: "vraag_gesteld",
  afgewezen: "afgewezen",
};

export async function writeMoneyDemo(tx: Tx, ctx: MoneySeedContext): Promise<void> {
  const budgetsSeed = [...BUDGETS, ...EXTRA_BUDGETS];
  const allocationsSeed = [...ALLOCATIONS, ...EXTRA_ALLOCATIONS];
  const required = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`Demo-data: ${what} ontbreekt`);
    return value;
  };
  const ins = (key: InsurerKey) => required(ctx.insurerId.get(key), `verzekeraar ${key}`);
  const preferentOf = new Map(REGIONS.map((r) => [r.key, r.preferentInsurer]));
  const coordinatorOf: Record<RegionKey, DemoUserKey> = { zw: "coordinator", aa: "coordinator2" };
  const userName = (key: DemoUserKey) =>
    required(
      DEMO_USERS.find((u) => u.key === key),
      key,
    ).name;
  const insurerName = (key: InsurerKey) =>
    required(
      INSURERS.find((i) => i.key === key),
      key,
    ).name;

  // Insurers with budgets in a region are its partners (the demo seed adds those of BUDGETS).
  for (const b of EXTRA_BUDGETS) {
    const regionId = ctx.rid(b.region);
    const organisationId = ins(b.insurer);
    if (!(await tx.regionPartner.findFirst({ where: { regionId, organisationId }, select: { id: true } })))
      await tx.regionPartner.create({
        data: { regionId, organisationId, description: "Zorgverzekeraar; volgt de afspraken van de preferente verzekeraar" },
      });
  }

  const key = (b: { region: RegionKey; insurer: InsurerKey; year: number; fundingTitle: FundingTitle }) =>
    `${b.region}|${b.insurer}|${b.year}|${b.fundingTitle}`;
  const budgetId = new Map<string, string>();
  const budgetAmount = new Map<string, number>();
  const budgets: Prisma.OiBudgetCreateManyInput[] = budgetsSeed.map((b) => {
    const id = crypto.randomUUID();
    const amountCents = b.rateCents * b.basisPatients;
    budgetId.set(key(b), id);
    budgetAmount.set(key(b), amountCents);
    return {
      id,
      regionId: ctx.rid(b.region),
      insurerId: ins(b.insurer),
      year: b.year,
      fundingTitle: b.fundingTitle,
      amountCents,
      rateCents: b.rateCents,
      basisPatients: b.basisPatients,
      contractReference: b.contractReference,
      periodStart: new Date(`${b.year}-01-01T00:00:00.000Z`),
      periodEnd: new Date(`${b.year}-12-31T00:00:00.000Z`),
      preferent: preferentOf.get(b.region) === b.insurer,
    };
  });

  const allocations: Prisma.AllocationCreateManyInput[] = [];
  const expenditures: Prisma.ExpenditureCreateManyInput[] = [];
  const events: Prisma.ExpenditureEventCreateManyInput[] = [];
  const evidence: Prisma.ExpenditureEvidenceCreateManyInput[] = [];
  const allocatedPerBudget = new Map<string, number>();
  for (const a of allocationsSeed) {
    const k = key(a);
    const allocated = (allocatedPerBudget.get(k) ?? 0) + a.amountCents;
    allocatedPerBudget.set(k, allocated);
    if (allocated > required(budgetAmount.get(k), `budget ${k}`)) throw new Error(`Demo-data: budget ${k} overschreden`);
    if (a.expenditures.filter((e) => e.status !== "afgewezen").reduce((s, e) => s + e.amountCents, 0) > a.amountCents)
      throw new Error(`Demo-data: allocatie ${a.note} overschreden`);
    if (Boolean(a.wijkverband) === Boolean(a.initiative))
      throw new Error(`Demo-data: allocatie ${a.note} heeft niet precies één doel`);
    const allocationId = crypto.randomUUID();
    const regionId = ctx.rid(a.region);
    allocations.push({
      id: allocationId,
      regionId,
      budgetId: required(budgetId.get(k), `budget ${k}`),
      initiativeId: a.initiative ? ctx.iid(a.region, a.initiative) : null,
      wijkverbandId: a.wijkverband ? ctx.wvid(a.wijkverband, a.region) : null,
      amountCents: a.amountCents,
      note: a.note,
    });
    const coordinator = coordinatorOf[a.region];
    // Only Noordwest has a reviewer account in the demo; the other insurer reviewed outside it.
    const reviewer = a.insurer === "noordwest" ? ("verzekeraar" as const) : null;
    for (const e of a.expenditures) {
      const id = crypto.randomUUID();
      const submittedAt = e.submittedAt ? new Date(e.submittedAt) : null;
      const reviewedAt = e.reviewedAt ? new Date(e.reviewedAt) : null;
      const recordedAt = new Date((submittedAt ?? new Date(`${e.date}T12:00:00Z`)).getTime() - 2 * 86_400_000);
      expenditures.push({
        id,
        regionId,
        allocationId,
        date: new Date(`${e.date}T00:00:00.000Z`),
        amountCents: e.amountCents,
        description: e.description,
        category: e.category,
        evidenceReference: e.evidenceReference ?? null,
        status: e.status,
        createdById: ctx.uid(coordinator),
        submittedById: submittedAt ? ctx.uid(coordinator) : null,
        submittedAt,
        reviewerId: reviewedAt && reviewer ? ctx.uid(reviewer) : null,
        reviewedAt,
        reviewerRemarks: e.reviewerRemarks ?? null,
        createdAt: recordedAt,
      });
      const coordinatorEvent = {
        regionId,
        expenditureId: id,
        actorId: ctx.uid(coordinator),
        actorName: userName(coordinator),
        actorRole: "coordinator" as Role,
      };
      events.push({ ...coordinatorEvent, kind: "aangemaakt", fromStatus: null, toStatus: "concept", occurredAt: recordedAt });
      if (submittedAt)
        events.push({
          ...coordinatorEvent,
          kind: "ingediend",
          fromStatus: "concept",
          toStatus: "ingediend",
          occurredAt: submittedAt,
        });
      const reviewKind = REVIEW_EVENT[e.status];
      if (reviewedAt && reviewKind)
        events.push({
          regionId,
          expenditureId: id,
          kind: reviewKind,
          fromStatus: "ingediend",
          toStatus: e.status,
          text: e.reviewerRemarks ?? null,
          actorId: reviewer ? ctx.uid(reviewer) : null,
          actorName: reviewer ? userName(reviewer) : `Beoordelaar ${insurerName(a.insurer)}`,
          actorRole: "insurer_reviewer",
          occurredAt: reviewedAt,
        });
      if (e.status !== "concept" || e.evidenceReference) {
        const bytes = demoEvidencePdf(`${e.evidenceReference ?? "Bewijsstuk"} - ${e.description}`);
        evidence.push({
          regionId,
          expenditureId: id,
          fileName: `${(e.evidenceReference ?? "bewijsstuk").replace(/[^A-Za-z0-9-]+/g, "-").toLowerCase()}.pdf`,
          contentType: "application/pdf",
          sizeBytes: bytes.length,
          sha256: createHash("sha256").update(bytes).digest("hex"),
          content: new Uint8Array(bytes),
          createdById: ctx.uid(coordinator),
        });
      }
    }
  }
  await tx.oiBudget.createMany({ data: budgets });
  await tx.allocation.createMany({ data: allocations });
  await tx.expenditure.createMany({ data: expenditures });
  await tx.expenditureEvent.createMany({ data: events });
  await tx.expenditureEvidence.createMany({ data: evidence });
}
