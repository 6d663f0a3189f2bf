// The werkagenda export: one row per indicator (or per initiative without indicators), plus the milestones.
import type { Actor } from "@/lib/auth/actor";
import { getPlan } from "@/lib/domain/plans/plans";
import type { ThemeView } from "@/lib/domain/plans/tree";
import type { Table } from "@/lib/domain/shared/spreadsheet";
import type { Messages } from "@/lib/i18n/messages";

export type WerkagendaExport = { fileBase: string; tables: Table[] };

/** The werkagenda in the reader's language: one row per indicator (or per initiative without indicators), plus the milestones. */
export async function getWerkagenda(actor: Actor, slug: string, planId: string, t: Messages): Promise<WerkagendaExport> {
  const detail = await getPlan(actor, slug, planId);
  return {
    fileBase: `${t.exports.werkagenda.file}-${detail.region.slug}-${detail.plan.periodStart}-${detail.plan.periodEnd}`,
    tables: werkagendaTables(detail.themes, t),
  };
}

export function werkagendaTables(themes: ThemeView[], t: Messages): Table[] {
  const c = t.exports.werkagenda;
  const agenda: Table = {
    name: c.sheet,
    columns: [
      c.theme,
      c.priority,
      c.clientGroup,
      c.initiative,
      c.owner,
      c.phase,
      c.start,
      c.end,
      c.participants,
      c.indicator,
      c.unit,
      c.baseline,
      c.target,
      c.direction,
      c.latest,
      c.latestPeriod,
      c.state,
      c.openMilestones,
      c.overdueMilestones,
      c.nextMilestone,
      c.nextDue,
    ],
    rows: [],
  };
  const milestones: Table = {
    name: c.milestonesSheet,
    columns: [c.theme, c.initiative, c.milestone, c.due, c.doneOn, c.overdue],
    rows: [],
  };
  for (const theme of themes) {
    for (const i of theme.initiatives) {
      const open = i.milestones.filter((m) => !m.doneAt);
      const next = open[0];
      const common = [
        theme.name,
        theme.priority,
        theme.clientGroup ? t.plan.clientGroup[theme.clientGroup] : "",
        i.title,
        i.ownerName,
        t.plan.phase[i.phase],
        i.startDate,
        i.endDate,
        i.participants.map((p) => p.name).join(", "),
      ];
      const tail = [open.length, open.filter((m) => m.overdue).length, next?.title ?? "", next?.dueDate ?? null];
      if (i.indicators.length === 0) agenda.rows.push([...common, "", "", null, null, "", null, "", "", ...tail]);
      for (const ind of i.indicators) {
        const latest = ind.assessment.latest;
        const period = latest
          ? (ind.measurements.find((m) => m.periodEnd.getTime() === latest.periodEnd.getTime())?.period ?? "")
          : "";
        agenda.rows.push([
          ...common,
          ind.name,
          ind.unit,
          ind.baseline,
          ind.target,
          t.plan.direction[ind.direction],
          latest?.value ?? null,
          period,
          t.plan.state[ind.assessment.state],
          ...tail,
        ]);
      }
      for (const m of i.milestones)
        milestones.rows.push([theme.name, i.title, m.title, m.dueDate, m.doneAt, m.overdue ? t.exports.yes : t.exports.no]);
    }
  }
  return [agenda, milestones];
}
