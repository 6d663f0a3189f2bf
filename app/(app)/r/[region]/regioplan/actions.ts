"use server";

// Server actions for the regioplan and its initiatives. Each one resolves the actor and calls a
// service, which authorises and audits; the page data is revalidated for the whole region.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireActor } from "@/lib/auth/session";
import {
  addComment,
  addIndicator,
  addMilestone,
  carryOverPlan,
  createInitiative,
  createPlan,
  createTheme,
  recordMeasurement,
  setCommentHandled,
  setMilestoneDone,
  transitionPlan,
  updateInitiative,
  updatePlan,
  updateTheme,
} from "@/lib/domain/plans/service";
import { formFields, runAction, type FormState } from "@/lib/next/action";

const refresh = (slug: string) => revalidatePath(`/r/${slug}`, "layout");

function planFields(formData: FormData) {
  const f = formFields(formData);
  return { title: f.title ?? "", periodStart: f.periodStart ?? "", periodEnd: f.periodEnd ?? "", summary: f.summary };
}

function themeFields(formData: FormData) {
  const f = formFields(formData);
  return { name: f.name ?? "", type: f.type ?? "", clientGroup: f.clientGroup, izaGoals: formData.getAll("izaGoals").map(String), priority: f.priority ?? "", rationale: f.rationale };
}

function initiativeFields(formData: FormData) {
  const f = formFields(formData);
  const ids = (name: string) => formData.getAll(name).map(String).filter(Boolean);
  return {
    themeId: f.themeId ?? "",
    title: f.title ?? "",
    description: f.description,
    ownerName: f.ownerName,
    phase: f.phase ?? "",
    startDate: f.startDate,
    endDate: f.endDate,
    wijkverbandIds: ids("wijkverbandIds"),
    practiceIds: ids("practiceIds"),
    organisationIds: ids("organisationIds"),
  };
}

export async function createPlanAction(slug: string, _state: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireActor();
  let id = "";
  const state = await runAction("Het plan is aangemaakt.", async () => {
    id = (await createPlan(actor, slug, planFields(formData))).id;
    refresh(slug);
  });
  if (state.status === "success") redirect(`/r/${slug}/regioplan/${id}`);
  return state;
}

export async function updatePlanAction(slug: string, planId: string, _state: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireActor();
  return runAction("Het plan is opgeslagen.", async () => {
    await updatePlan(actor, slug, planId, planFields(formData));
    refresh(slug);
  });
}

export async function transitionPlanAction(slug: string, planId: string, to: string, _state: FormState): Promise<FormState> {
  const actor = await requireActor();
  return runAction("De status van het plan is gewijzigd.", async () => {
    await transitionPlan(actor, slug, planId, { to });
    refresh(slug);
  });
}

export async function carryOverAction(slug: string, planId: string, _state: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireActor();
  let id = "";
  const state = await runAction("Het nieuwe plan is aangemaakt.", async () => {
    id = (await carryOverPlan(actor, slug, planId, planFields(formData))).id;
    refresh(slug);
  });
  if (state.status === "success") redirect(`/r/${slug}/regioplan/${id}`);
  return state;
}

export async function createThemeAction(slug: string, planId: string, _state: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireActor();
  return runAction("De opgave is toegevoegd.", async () => {
    await createTheme(actor, slug, planId, themeFields(formData));
    refresh(slug);
  });
}

export async function updateThemeAction(slug: string, themeId: string, _state: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireActor();
  return runAction("De opgave is opgeslagen.", async () => {
    await updateTheme(actor, slug, themeId, themeFields(formData));
    refresh(slug);
  });
}

export async function createInitiativeAction(slug: string, _state: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireActor();
  let id = "";
  const state = await runAction("Het initiatief is toegevoegd.", async () => {
    id = (await createInitiative(actor, slug, initiativeFields(formData))).id;
    refresh(slug);
  });
  if (state.status === "success") redirect(`/r/${slug}/initiatieven/${id}`);
  return state;
}

export async function updateInitiativeAction(slug: string, initiativeId: string, _state: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireActor();
  return runAction("Het initiatief is opgeslagen.", async () => {
    await updateInitiative(actor, slug, initiativeId, initiativeFields(formData));
    refresh(slug);
  });
}

export async function addIndicatorAction(slug: string, initiativeId: string, _state: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireActor();
  const f = formFields(formData);
  return runAction("De indicator is toegevoegd.", async () => {
    await addIndicator(actor, slug, initiativeId, { name: f.name ?? "", unit: f.unit ?? "", baseline: f.baseline, target: f.target ?? "", direction: f.direction ?? "" });
    refresh(slug);
  });
}

export async function recordMeasurementAction(slug: string, indicatorId: string, _state: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireActor();
  const f = formFields(formData);
  return runAction("De meting is opgeslagen.", async () => {
    await recordMeasurement(actor, slug, indicatorId, { period: f.period ?? "", value: f.value ?? "" });
    refresh(slug);
  });
}

export async function addMilestoneAction(slug: string, initiativeId: string, _state: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireActor();
  const f = formFields(formData);
  return runAction("De mijlpaal is toegevoegd.", async () => {
    await addMilestone(actor, slug, initiativeId, { title: f.title ?? "", dueDate: f.dueDate ?? "" });
    refresh(slug);
  });
}

export async function milestoneDoneAction(slug: string, milestoneId: string, done: boolean, _state: FormState): Promise<FormState> {
  const actor = await requireActor();
  return runAction(done ? "De mijlpaal is afgevinkt." : "De mijlpaal staat weer open.", async () => {
    await setMilestoneDone(actor, slug, milestoneId, done);
    refresh(slug);
  });
}

export async function addCommentAction(slug: string, subjectType: "plan" | "theme" | "initiative", subjectId: string, _state: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireActor();
  const f = formFields(formData);
  return runAction("Uw reactie is geplaatst.", async () => {
    await addComment(actor, slug, { subjectType, subjectId, body: f.body ?? "" });
    refresh(slug);
  });
}

export async function handleCommentAction(slug: string, commentId: string, handled: boolean, _state: FormState): Promise<FormState> {
  const actor = await requireActor();
  return runAction(handled ? "De reactie is afgehandeld." : "De reactie staat weer open.", async () => {
    await setCommentHandled(actor, slug, commentId, handled);
    refresh(slug);
  });
}
