"use server";

// Server actions of the insurer workspace: budgets, bulk approval, closing a year.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { changeBudget, createBudget } from "@/lib/domain/money/budgets";
import { bulkApprove } from "@/lib/domain/money/expenditures";
import { closeYear } from "@/lib/domain/money/insurer";
import { fill } from "@/lib/i18n/messages";
import { MONEY_MESSAGES } from "@/lib/i18n/messages/money";
import { getLocale } from "@/lib/i18n/server";
import { formFields, serverAction, type FormState } from "@/lib/next/action";

const messages = async () => MONEY_MESSAGES[await getLocale()];
const refresh = () => {
  revalidatePath("/verzekeraar", "layout");
  revalidatePath("/r", "layout");
};

export async function createBudgetAction(uzovi: string, _state: FormState, formData: FormData): Promise<FormState> {
  const f = formFields(formData, ["regionSlug", "year", "fundingTitle", "preferent"]);
  return serverAction({
    run: (actor) =>
      createBudget(actor, uzovi, {
        regionSlug: f.regionSlug,
        year: f.year,
        fundingTitle: f.fundingTitle,
        amount: f.amount,
        rate: f.rate,
        contractReference: f.contractReference,
        periodStart: f.periodStart,
        periodEnd: f.periodEnd,
        preferent: f.preferent as "preferent" | "volgend",
      }),
    success: async () => (await messages()).insurer.created,
    onSuccess: ({ id }) => {
      refresh();
      redirect(`/verzekeraar/${uzovi}/budgetten/${id}`);
    },
  });
}

export async function changeBudgetAction(
  uzovi: string,
  budgetId: string,
  _state: FormState,
  formData: FormData,
): Promise<FormState> {
  const f = formFields(formData, ["amount", "reason"]);
  return serverAction({
    run: (actor) =>
      changeBudget(actor, uzovi, budgetId, {
        amount: f.amount,
        reason: f.reason,
        contractReference: f.contractReference,
      }),
    success: async () => (await messages()).insurer.changed,
    onSuccess: refresh,
  });
}

export async function bulkApproveAction(uzovi: string, _state: FormState, formData: FormData): Promise<FormState> {
  const ids = formData.getAll("ids").map(String);
  return serverAction({
    run: (actor) => bulkApprove(actor, uzovi, ids),
    success: async ({ approved }) => {
      const q = (await messages()).queue;
      return approved === 1 ? q.bulkDoneOne : fill(q.bulkDone, { count: approved });
    },
    onSuccess: refresh,
  });
}

export async function closeYearAction(uzovi: string, slug: string, year: number, _state: FormState): Promise<FormState> {
  return serverAction({
    run: (actor) => closeYear(actor, uzovi, slug, year),
    success: async () => (await messages()).portfolio.closedDone,
    onSuccess: refresh,
  });
}
