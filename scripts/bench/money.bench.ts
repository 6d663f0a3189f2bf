// The O&I money cycle at scale: one insurer funding 10 fresh regions with 50,000 expenditures in
// all statuses (inserted through the system client), then what the pages and exports call — the
// review queue, the portfolio, the region budget page, and the verantwoording of the largest
// region as data, XLSX and PDF — through the services (withActor + RLS).
import { randomUUID } from "node:crypto";
import { loadActor } from "@/lib/auth/actor";
import { systemDb } from "@/lib/db/client";
import type { ExpenditureStatus, FundingTitle } from "@/lib/generated/prisma/enums";
import { getPortfolio, getReviewQueue } from "@/lib/domain/money/insurer";
import { getRegionMoney } from "@/lib/domain/money/region";
import { getVerantwoording, verantwoordingPdf, verantwoordingXlsx } from "@/lib/domain/money/verantwoording";
import { analyzeAsOwner, measure, memoryMb } from "./harness";

const REGIONS = 10;
const EXPENDITURES = 50_000;
const INITIATIVES_PER_REGION = 12;
const TITLES: FundingTitle[] = ["regiomanagement", "wijkmanagement", "digitalisering"];
const STATUSES: ExpenditureStatus[] = [
  "goedgekeurd",
  "goedgekeurd",
  "goedgekeurd",
  "goedgekeurd",
  "ingediend",
  "ingediend",
  "vraag_gesteld",
  "afgewezen",
  "concept",
  "concept",
];

export default async function money() {
  const id = randomUUID().slice(0, 8);
  const insurer = await systemDb.organisation.create({
    // UZOVI codes are four digits (the workspace URL checks it).
    data: { kind: "insurer", name: `Benchverzekeraar ${id}`, uzovi: String(5000 + Math.floor(Math.random() * 1000)) },
  });
  const coordinatorUser = await systemDb.user.create({
    data: { email: `bench-money-c-${id}@test.invalid`, name: "Bench coördinator", passwordHash: "x" },
  });
  // Weights: the largest region holds about a quarter of the expenditures.
  const weights = Array.from({ length: REGIONS }, (_, i) => (i === 0 ? 13 : 4 + (i % 4)));
  const totalWeight = weights.reduce((s, w) => s + w, 0);
  const regions: { id: string; slug: string; allocations: string[] }[] = [];
  for (let r = 0; r < REGIONS; r++) {
    const region = await systemDb.region.create({
      data: {
        slug: `bench-money-${id}-${r}`,
        name: `Benchregio geld ${id} ${r}`,
        code: `BM${id}${r}`,
        legalForm: "coöperatie",
        municipalityCodes: ["GM0479"],
      },
    });
    await systemDb.membership.create({ data: { userId: coordinatorUser.id, role: "coordinator", regionId: region.id } });
    const plan = await systemDb.regioplan.create({
      data: { regionId: region.id, title: "Benchplan", periodStart: 2025, periodEnd: 2028 },
    });
    const theme = await systemDb.theme.create({
      data: { regionId: region.id, planId: plan.id, name: "Benchopgave", type: "doelgroep" },
    });
    const initiatives = await Promise.all(
      Array.from({ length: INITIATIVES_PER_REGION }, (_, i) =>
        systemDb.initiative.create({
          data: { regionId: region.id, themeId: theme.id, title: `Initiatief ${r}-${i}` },
          select: { id: true },
        }),
      ),
    );
    const allocations: string[] = [];
    for (const [t, fundingTitle] of TITLES.entries()) {
      const budget = await systemDb.oiBudget.create({
        data: {
          regionId: region.id,
          insurerId: insurer.id,
          year: 2026,
          fundingTitle,
          amountCents: 1_900_000_000,
          preferent: t === 0,
          periodStart: new Date("2026-01-01"),
          periodEnd: new Date("2026-12-31"),
        },
      });
      const rows = initiatives.map((initiative) => ({
        id: randomUUID(),
        regionId: region.id,
        budgetId: budget.id,
        initiativeId: initiative.id,
        amountCents: 150_000_000,
      }));
      await systemDb.allocation.createMany({ data: rows });
      allocations.push(...rows.map((a) => a.id));
    }
    regions.push({ id: region.id, slug: region.slug, allocations });
  }
  let made = 0;
  for (let r = 0; r < REGIONS; r++) {
    const region = regions[r]!;
    const count = r === REGIONS - 1 ? EXPENDITURES - made : Math.round((EXPENDITURES * weights[r]!) / totalWeight);
    made += count;
    for (let start = 0; start < count; start += 5_000) {
      const batch = Array.from({ length: Math.min(5_000, count - start) }, (_, k) => {
        const i = start + k;
        const status = STATUSES[i % STATUSES.length]!;
        const month = (i % 12) + 1;
        const submitted = status === "concept" ? null : new Date(Date.UTC(2026, month - 1, 5 + (i % 20), 9, i % 60));
        return {
          regionId: region.id,
          allocationId: region.allocations[i % region.allocations.length]!,
          date: new Date(Date.UTC(2026, month - 1, 1 + (i % 27))),
          amountCents: 5_000 + ((i * 7919) % 500_000),
          description: `Benchuitgave ${r}-${i}`,
          category: ["personeel", "inhuur", "scholing", "ict-licenties"][i % 4]!,
          status,
          createdById: coordinatorUser.id,
          submittedById: submitted ? coordinatorUser.id : null,
          submittedAt: submitted,
          reviewedAt: ["goedgekeurd", "afgewezen", "vraag_gesteld"].includes(status) ? submitted : null,
        };
      });
      await systemDb.expenditure.createMany({ data: batch });
    }
  }
  await analyzeAsOwner(["Expenditure", "Allocation", "OiBudget"]);
  const reviewerUser = await systemDb.user.create({
    data: {
      email: `bench-money-r-${id}@test.invalid`,
      name: "Bench beoordelaar",
      passwordHash: "x",
      memberships: { create: [{ role: "insurer_reviewer", organisationId: insurer.id }] },
    },
  });
  const reviewer = (await loadActor(reviewerUser.id))!;
  const coordinator = (await loadActor(coordinatorUser.id))!;
  const largest = regions[0]!.slug;
  const largestCount = await systemDb.expenditure.count({ where: { regionId: regions[0]!.id } });
  const queued = await systemDb.expenditure.count({ where: { status: "ingediend", regionId: { in: regions.map((r) => r.id) } } });
  console.log(
    `${EXPENDITURES} expenditures in ${REGIONS} regions, ${queued} in the review queue, largest region ${largestCount} (${memoryMb()})`,
  );

  const uzovi = insurer.uzovi!;
  await measure("review queue: page 1 (oldest first, with totals)", () => getReviewQueue(reviewer, uzovi, 1));
  await measure("review queue: page 100", () => getReviewQueue(reviewer, uzovi, 100));
  await measure("portfolio 2026: 10 regions, 30 budgets, burn per month", () => getPortfolio(reviewer, uzovi, 2026));
  await measure("region budget page (coordinator), largest region", () => getRegionMoney(coordinator, largest, 2026));
  await measure("verantwoording data, largest region", () => getVerantwoording(reviewer, uzovi, largest, 2026), 10, 2);
  let xlsxBytes = 0;
  await measure(
    "verantwoording XLSX, largest region (data + file)",
    async () => {
      xlsxBytes = (await verantwoordingXlsx(await getVerantwoording(reviewer, uzovi, largest, 2026), "nl")).length;
    },
    5,
    1,
  );
  let pdfBytes = 0;
  await measure(
    "verantwoording PDF, largest region (data + file)",
    async () => {
      pdfBytes = (await verantwoordingPdf(await getVerantwoording(reviewer, uzovi, largest, 2026), "nl")).length;
    },
    3,
    1,
  );
  const approved = await systemDb.expenditure.count({ where: { regionId: regions[0]!.id, status: "goedgekeurd" } });
  console.log(
    `verantwoording of the largest region: ${approved} approved expenditures; XLSX ${(xlsxBytes / 1e6).toFixed(1)} MB, PDF ${(pdfBytes / 1e6).toFixed(1)} MB (${memoryMb()})`,
  );
}
