// Pure rules of the insurer's workspace.
import type { InsurerBudgetRow } from "@/lib/domain/insurers/service";

/**
 * What the insurer's home lists: this year's row of every region, and of other years only those with
 * expenditures still to review (so nothing waiting for the insurer drops out of sight). Every year is
 * in the portfolio.
 */
export function rowsForHome(rows: readonly InsurerBudgetRow[], year: number): InsurerBudgetRow[] {
  return rows.filter((row) => row.year === year || row.toReview > 0);
}
