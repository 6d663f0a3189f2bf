// Themes (opgaven) of a plan: create and edit while the plan's content is editable.
import type { Actor } from "@/lib/auth/actor";
import { withActor } from "@/lib/db/with-actor";
import type { ClientGroup, ThemeType } from "@/lib/generated/prisma/client";
import { diffFields } from "@/lib/domain/audit/service";
import { NotFoundError } from "@/lib/domain/errors";
import {
  changePlan,
  PLAN_NOT_FOUND,
  planInRegion,
  planPermissions,
  readableRegion,
  THEME_NOT_FOUND,
  themeInRegion,
  UNCHANGED,
} from "@/lib/domain/plans/access";
import { assertContentEditable } from "@/lib/domain/plans/rules";
import { ThemeInputSchema, type ThemeInput } from "@/lib/domain/plans/schema";
import { parseInput } from "@/lib/domain/shared/parse";

function themeValues(data: ReturnType<typeof ThemeInputSchema.parse>) {
  return {
    name: data.name,
    type: data.type as ThemeType,
    clientGroup: (data.clientGroup ?? null) as ClientGroup | null,
    izaGoals: data.izaGoals,
    priority: data.priority,
    rationale: data.rationale ?? null,
  };
}

export async function createTheme(actor: Actor, slug: string, planId: string, input: ThemeInput): Promise<{ id: string }> {
  const data = parseInput(ThemeInputSchema, input);
  return changePlan(actor, slug, {
    load: (tx, regionId) => planInRegion(tx, regionId, planId),
    notFound: PLAN_NOT_FOUND,
    rule: (plan) => assertContentEditable(plan.status),
    change: async (tx, plan, region) => {
      const values = themeValues(data);
      const created = await tx.theme.create({ data: { ...values, regionId: region.id, planId: plan.id }, select: { id: true } });
      return {
        result: created,
        audit: {
          action: "theme.create",
          entityType: "Theme",
          entityId: created.id,
          changes: diffFields({}, { ...values, planId: plan.id }),
        },
      };
    },
  });
}

/**
 * A theme of this plan with what its edit form shows, or null when the actor may not edit the plan's
 * content (now). Unknown, foreign, or another plan's theme: NotFoundError.
 */
export async function getThemeEditForm(actor: Actor, slug: string, planId: string, themeId: string) {
  return withActor(actor, async (tx) => {
    const region = await readableRegion(tx, actor, slug);
    const { plan, ...theme } = await themeInRegion(tx, region.id, themeId);
    if (plan.id !== planId) throw new NotFoundError(THEME_NOT_FOUND);
    if (!planPermissions(actor, region.id, plan.status).mayEdit) return null;
    return { region, plan, theme };
  });
}

export async function updateTheme(actor: Actor, slug: string, themeId: string, input: ThemeInput): Promise<void> {
  const data = parseInput(ThemeInputSchema, input);
  return changePlan(actor, slug, {
    load: (tx, regionId) => themeInRegion(tx, regionId, themeId),
    notFound: THEME_NOT_FOUND,
    rule: (theme) => assertContentEditable(theme.plan.status),
    change: async (tx, theme) => {
      const values = themeValues(data);
      const changes = diffFields(theme as unknown as Record<string, unknown>, values);
      if (Object.keys(changes).length === 0) return UNCHANGED;
      await tx.theme.update({ where: { id: theme.id }, data: values });
      return { result: undefined, audit: { action: "theme.update", entityType: "Theme", entityId: theme.id, changes } };
    },
  });
}
