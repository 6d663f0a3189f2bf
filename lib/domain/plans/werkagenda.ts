// The werkagenda export: one row per indicator (or per initiative without indicators), plus the milestones.
import type { Actor } from "@/lib/auth/actor";
import { STATE_LABEL } from "@/lib/domain/plans/indicators";
import { getPlan } from "@/lib/domain/plans/plans";
import { CLIENT_GROUP_LABEL, DIRECTION_LABEL, PHASE_LABEL } from "@/lib/domain/plans/rules";
import type { ThemeView } from "@/lib/domain/plans/tree";
import type { Table } from "@/lib/domain/shared/spreadsheet";

export type WerkagendaExport = { fileBase: string; tables: Table[] };

/** The werkagenda: one row per indicator (or per initiative without indicators), plus the milestones. */
export async function getWerkagenda(actor: Actor, slug: string, planId: string): Promise<WerkagendaExport> {
  const detail = await getPlan(actor, slug, planId);
  return {
    fileBase: `werkagenda-${detail.region.slug}-${detail.plan.periodStart}-${detail.plan.periodEnd}`,
    tables: werkagendaTables(detail.themes),
  };
}

export function werkagendaTables(themes: ThemeView[]): Table[] {
  const agenda: Table = {
    name: "Werkagenda",
    columns: [
      "Opgave",
      "Prioriteit",
      "Cliëntgroep",
      "Initiatief",
      "Eigenaar",
      "Fase",
      "Start",
      "Einde",
      "Deelnemers",
      "Indicator",
      "Eenheid",
      "Nulmeting",
      "Streefwaarde",
      "Richting",
      "Laatste meting",
      "Periode laatste meting",
      "Status indicator",
      "Open mijlpalen",
      "Te late mijlpalen",
      "Volgende mijlpaal",
      "Deadline volgende mijlpaal",
    ],
    rows: [],
  };
  const milestones: Table = {
    name: "Mijlpalen",
    columns: ["Opgave", "Initiatief", "Mijlpaal", "Deadline", "Gereed op", "Te laat"],
    rows: [],
  };
  for (const t of themes) {
    for (const i of t.initiatives) {
      const open = i.milestones.filter((m) => !m.doneAt);
      const next = open[0];
      const common = [
        t.name,
        t.priority,
        t.clientGroup ? CLIENT_GROUP_LABEL[t.clientGroup] : "",
        i.title,
        i.ownerName,
        PHASE_LABEL[i.phase],
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
          DIRECTION_LABEL[ind.direction],
          latest?.value ?? null,
          period,
          STATE_LABEL[ind.assessment.state],
          ...tail,
        ]);
      }
      for (const m of i.milestones)
        milestones.rows.push([t.name, i.title, m.title, m.dueDate, m.doneAt, m.overdue ? "ja" : "nee"]);
    }
  }
  return [agenda, milestones];
}
