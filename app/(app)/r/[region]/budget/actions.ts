"use server";

// Server actions of the region's budget section: allocations and expenditures. Each goes through
// serverAction() to a money service, which authorises, checks the rules and audits.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import {
  deleteExpenditure,
  moveExpenditure,
  recordExpenditure,
  updateExpenditure,
  type EvidenceUpload,
} from "@/lib/domain/money/expenditures";
import { changeAllocation, createAllocation } from "@/lib/domain/money/region";
import { MONEY_MESSAGES } from "@/lib/i18n/messages/money";
import { getLocale } from "@/lib/i18n/server";
import { formFields, serverAction, type FormState } from "@/lib/next/action";

const refresh = (slug: string) => revalidatePath(`/r/${slug}`, "layout");
const messages = async () => MONEY_MESSAGES[await getLocale()];

/** The uploaded evidence file, if one was chosen (browsers send an empty, nameless part otherwise). */
async function evidenceOf(formData: FormData): Promise<EvidenceUpload | undefined> {
  const file = formData.get("evidence");
  if (!(file instanceof File) || (file.size === 0 && !file.name)) return undefined;
  try {
    return { fileName: file.name, bytes: new Uint8Array(await file.arrayBuffer()) };
  } catch {
    return { fileName: file.name, bytes: null };
  }
}

function expenditureFields(formData: FormData) {
  const f = formFields(formData, ["date", "amount", "category", "description"]);
  return {
    date: f.date,
    amount: f.amount,
    category: f.category,
    description: f.description,
    evidenceReference: f.evidenceReference,
  };
}

export async function createAllocationAction(slug: string, _state: FormState, formData: FormData): Promise<FormState> {
  const f = formFields(formData, ["budgetId", "target", "amount"]);
  return serverAction({
    run: (actor) => createAllocation(actor, slug, { budgetId: f.budgetId, target: f.target, amount: f.amount, note: f.note }),
    success: async () => (await messages()).region.allocated,
    // On to the new allocation, where its expenditures are recorded.
    onSuccess: ({ id }) => {
      refresh(slug);
      redirect(`/r/${slug}/budget/toewijzingen/${id}`);
    },
  });
}

export async function changeAllocationAction(
  slug: string,
  allocationId: string,
  _state: FormState,
  formData: FormData,
): Promise<FormState> {
  const f = formFields(formData, ["amount"]);
  return serverAction({
    run: (actor) => changeAllocation(actor, slug, allocationId, { amount: f.amount, note: f.note }),
    success: async () => (await messages()).allocation.changed,
    onSuccess: () => refresh(slug),
  });
}

export async function recordExpenditureAction(
  slug: string,
  allocationId: string,
  _state: FormState,
  formData: FormData,
): Promise<FormState> {
  const evidence = await evidenceOf(formData);
  return serverAction({
    run: (actor) => recordExpenditure(actor, slug, allocationId, expenditureFields(formData), evidence),
    success: async () => (await messages()).allocation.recorded,
    onSuccess: ({ id }) => {
      refresh(slug);
      redirect(`/r/${slug}/budget/uitgaven/${id}`);
    },
  });
}

export async function updateExpenditureAction(
  slug: string,
  expenditureId: string,
  _state: FormState,
  formData: FormData,
): Promise<FormState> {
  const evidence = await evidenceOf(formData);
  return serverAction({
    run: (actor) => updateExpenditure(actor, slug, expenditureId, expenditureFields(formData), evidence),
    success: async () => (await messages()).expenditure.saved,
    onSuccess: () => refresh(slug),
  });
}

export async function deleteExpenditureAction(slug: string, expenditureId: string, _state: FormState): Promise<FormState> {
  return serverAction({
    run: (actor) => deleteExpenditure(actor, slug, expenditureId),
    success: async () => (await messages()).expenditure.deleted,
    onSuccess: ({ allocationId }) => {
      refresh(slug);
      redirect(`/r/${slug}/budget/toewijzingen/${allocationId}`);
    },
  });
}

export async function moveExpenditureAction(
  slug: string,
  expenditureId: string,
  move: "submit" | "approve" | "ask" | "reject" | "answer",
  _state: FormState,
  formData: FormData,
): Promise<FormState> {
  const text = formFields(formData).text;
  return serverAction({
    run: (actor) => moveExpenditure(actor, slug, expenditureId, move, text),
    success: async () => {
      const m = (await messages()).expenditure;
      return { submit: m.submitted, approve: m.approved, ask: m.asked, reject: m.rejected, answer: m.answered }[move];
    },
    onSuccess: () => refresh(slug),
  });
}
