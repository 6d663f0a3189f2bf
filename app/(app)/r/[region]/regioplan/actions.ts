"use server";

// Server actions for the regioplan and its initiatives. Each one resolves the actor and calls a
// service, which authorises and audits; the page data is revalidated for the whole region.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { addComment, setCommentHandled } from "@/lib/domain/plans/comments";
import { createInitiative, updateInitiative } from "@/lib/domain/plans/initiatives";
import { addIndicator, addMilestone, recordMeasurement, setMilestoneDone } from "@/lib/domain/plans/monitoring";
import { carryOverPlan, createPlan, transitionPlan, updatePlan } from "@/lib/domain/plans/plans";
import { createTheme, updateTheme } from "@/lib/domain/plans/themes";
import { msg } from "@/lib/i18n/keys";
import { formFields, serverAction, type FormState } from "@/lib/next/action";

const refresh = (slug: string) => revalidatePath(`/r/${slug}`, "layout");

const planFields = (formData: FormData) => formFields(formData, ["title", "periodStart", "periodEnd"]);

const themeFields = (formData: FormData) => ({
  ...formFields(formData, ["name", "type", "priority"]),
  izaGoals: formData.getAll("izaGoals").map(String),
});

function initiativeFields(formData: FormData) {
  const ids = (name: string) => formData.getAll(name).map(String).filter(Boolean);
  return {
    ...formFields(formData, ["themeId", "title", "phase"]),
    wijkverbandIds: ids("wijkverbandIds"),
    practiceIds: ids("practiceIds"),
    organisationIds: ids("organisationIds"),
  };
}

export async function createPlanAction(slug: string, _state: FormState, formData: FormData): Promise<FormState> {
  return serverAction({
    run: (actor) => createPlan(actor, slug, planFields(formData)),
    success: msg("actions.planCreated"),
    onSuccess: ({ id }) => {
      refresh(slug);
      redirect(`/r/${slug}/regioplan/${id}`);
    },
  });
}

export async function updatePlanAction(slug: string, planId: string, _state: FormState, formData: FormData): Promise<FormState> {
  return serverAction({
    run: (actor) => updatePlan(actor, slug, planId, planFields(formData)),
    success: msg("actions.planSaved"),
    onSuccess: () => refresh(slug),
  });
}

export async function transitionPlanAction(slug: string, planId: string, to: string, _state: FormState): Promise<FormState> {
  return serverAction({
    run: (actor) => transitionPlan(actor, slug, planId, { to }),
    success: msg("actions.planStatusChanged"),
    onSuccess: () => refresh(slug),
  });
}

export async function carryOverAction(slug: string, planId: string, _state: FormState, formData: FormData): Promise<FormState> {
  return serverAction({
    run: (actor) => carryOverPlan(actor, slug, planId, planFields(formData)),
    success: msg("actions.newPlanCreated"),
    onSuccess: ({ id }) => {
      refresh(slug);
      redirect(`/r/${slug}/regioplan/${id}`);
    },
  });
}

export async function createThemeAction(slug: string, planId: string, _state: FormState, formData: FormData): Promise<FormState> {
  return serverAction({
    run: (actor) => createTheme(actor, slug, planId, themeFields(formData)),
    success: msg("actions.themeAdded"),
    onSuccess: () => refresh(slug),
  });
}

/** From the theme's own edit page: back to the theme on the plan page once saved. */
export async function updateThemeAction(
  slug: string,
  planId: string,
  themeId: string,
  _state: FormState,
  formData: FormData,
): Promise<FormState> {
  return serverAction({
    run: (actor) => updateTheme(actor, slug, themeId, themeFields(formData)),
    success: msg("actions.themeSaved"),
    onSuccess: () => {
      refresh(slug);
      redirect(`/r/${slug}/regioplan/${planId}#opgave-${themeId}`);
    },
  });
}

export async function createInitiativeAction(slug: string, _state: FormState, formData: FormData): Promise<FormState> {
  return serverAction({
    run: (actor) => createInitiative(actor, slug, initiativeFields(formData)),
    success: msg("actions.initiativeAdded"),
    onSuccess: ({ id }) => {
      refresh(slug);
      redirect(`/r/${slug}/initiatieven/${id}`);
    },
  });
}

export async function updateInitiativeAction(
  slug: string,
  initiativeId: string,
  _state: FormState,
  formData: FormData,
): Promise<FormState> {
  return serverAction({
    run: (actor) => updateInitiative(actor, slug, initiativeId, initiativeFields(formData)),
    success: msg("actions.initiativeSaved"),
    onSuccess: () => refresh(slug),
  });
}

export async function addIndicatorAction(
  slug: string,
  initiativeId: string,
  _state: FormState,
  formData: FormData,
): Promise<FormState> {
  return serverAction({
    run: (actor) => addIndicator(actor, slug, initiativeId, formFields(formData, ["name", "unit", "target", "direction"])),
    success: msg("actions.indicatorAdded"),
    onSuccess: () => refresh(slug),
  });
}

export async function recordMeasurementAction(
  slug: string,
  indicatorId: string,
  _state: FormState,
  formData: FormData,
): Promise<FormState> {
  return serverAction({
    run: (actor) => recordMeasurement(actor, slug, indicatorId, formFields(formData, ["period", "value"])),
    success: msg("actions.measurementSaved"),
    onSuccess: () => refresh(slug),
  });
}

export async function addMilestoneAction(
  slug: string,
  initiativeId: string,
  _state: FormState,
  formData: FormData,
): Promise<FormState> {
  return serverAction({
    run: (actor) => addMilestone(actor, slug, initiativeId, formFields(formData, ["title", "dueDate"])),
    success: msg("actions.milestoneAdded"),
    onSuccess: () => refresh(slug),
  });
}

export async function milestoneDoneAction(
  slug: string,
  milestoneId: string,
  done: boolean,
  _state: FormState,
): Promise<FormState> {
  return serverAction({
    run: (actor) => setMilestoneDone(actor, slug, milestoneId, done),
    success: done ? msg("actions.milestoneDone") : msg("actions.milestoneReopened"),
    onSuccess: () => refresh(slug),
  });
}

export async function addCommentAction(
  slug: string,
  subjectType: "plan" | "theme" | "initiative",
  subjectId: string,
  _state: FormState,
  formData: FormData,
): Promise<FormState> {
  return serverAction({
    run: (actor) => addComment(actor, slug, { ...formFields(formData, ["body"]), subjectType, subjectId }),
    success: msg("actions.commentPosted"),
    onSuccess: () => refresh(slug),
  });
}

export async function handleCommentAction(
  slug: string,
  commentId: string,
  handled: boolean,
  _state: FormState,
): Promise<FormState> {
  return serverAction({
    run: (actor) => setCommentHandled(actor, slug, commentId, handled),
    success: handled ? msg("actions.commentHandled") : msg("actions.commentReopened"),
    onSuccess: () => refresh(slug),
  });
}
