import type { Actor } from "@/lib/auth/actor";
import { can, isPlatformAdmin } from "@/lib/authz/permissions";
import { withActor } from "@/lib/db/with-actor";
import { NotFoundError } from "@/lib/domain/errors";

export type InsurerBudgetRow = {
  regionId: string;
  regionSlug: string;
  regionName: string;
  year: number;
  budgetCents: number;
  allocatedCents: number;
  approvedCents: number;
  toReview: number;
};

export type InsurerWorkspace = { insurer: { id: string; name: string; uzovi: string }; rows: InsurerBudgetRow[] };

/** The insurer's O&I budgets per region and year. Only its own reviewers (and platform admins) get in. */
export async function getInsurerWorkspace(actor: Actor, uzovi: string): Promise<InsurerWorkspace> {
  return withActor(actor, async (tx) => {
    const insurer = await tx.organisation.findFirst({ where: { uzovi, kind: "insurer" }, select: { id: true, name: true, uzovi: true } });
    const member = actor.memberships.some((m) => m.role === "insurer_reviewer" && m.organisationId === insurer?.id);
    if (!insurer || (!member && !isPlatformAdmin(actor))) throw new NotFoundError("Deze werkruimte bestaat niet.");

    const budgets = await tx.oiBudget.findMany({
      where: { insurerId: insurer.id },
      select: {
        regionId: true,
        year: true,
        amountCents: true,
        region: { select: { slug: true, name: true } },
        allocations: {
          select: {
            amountCents: true,
            expenditures: { select: { amountCents: true, status: true } },
          },
        },
      },
      orderBy: [{ region: { name: "asc" } }, { year: "desc" }],
    });
    const rows = new Map<string, InsurerBudgetRow>();
    for (const b of budgets) {
      if (!can(actor, "budget.read", { regionId: b.regionId, insurerId: insurer.id })) continue;
      const key = `${b.regionId}:${b.year}`;
      const row = rows.get(key) ?? {
        regionId: b.regionId,
        regionSlug: b.region.slug,
        regionName: b.region.name,
        year: b.year,
        budgetCents: 0,
        allocatedCents: 0,
        approvedCents: 0,
        toReview: 0,
      };
      row.budgetCents += b.amountCents;
      for (const a of b.allocations) {
        row.allocatedCents += a.amountCents;
        for (const e of a.expenditures) {
          if (e.status === "goedgekeurd") row.approvedCents += e.amountCents;
          if (e.status === "ingediend") row.toReview += 1;
        }
      }
      rows.set(key, row);
    }
    return { insurer: { id: insurer.id, name: insurer.name, uzovi: insurer.uzovi ?? uzovi }, rows: [...rows.values()] };
  });
}
