// Validation of imported referral counts, without a database: one row per link and quarter.
// A row names its link by the id from the export ("verbinding"), or by organisation and
// wijkverband or practice (with the kind when that is not unique). Counts are whole numbers ≥ 0;
// quarters that have not started are refused.
import { assertNoPatientData, headerKey, mapHeaders, type RawTable } from "@/lib/domain/imports/parse";
import type { RowProblem } from "@/lib/domain/imports/rows";
import { ValidationError } from "@/lib/domain/errors";
import { neutraliseCell } from "@/lib/domain/shared/spreadsheet";
import { formatQuarter, isFutureQuarter, LINK_KIND_LABELS, parseQuarter } from "@/lib/domain/social/rules";
import { msg } from "@/lib/i18n/keys";

export const REFERRAL_ALIASES = {
  link: ["verbinding", "verbindingid", "id"],
  organisation: ["organisatie", "organisatienaam", "sociaaldomeinorganisatie", "partner"],
  wijkverband: ["wijkverband", "wijkverbandnaam"],
  practice: ["praktijk", "praktijknaam"],
  target: ["wijkverbandofpraktijk"],
  kind: ["soort", "soortverbinding", "type"],
  period: ["kwartaal", "periode", "quarter"],
  count: ["aantal", "aantalverwijzingen", "verwijzingen", "count"],
} as const;
type Column = keyof typeof REFERRAL_ALIASES;
const LABELS: Record<Column, string> = {
  link: "verbinding",
  organisation: "organisatie",
  wijkverband: "wijkverband",
  practice: "praktijk",
  target: "wijkverband of praktijk",
  kind: "soort",
  period: "kwartaal",
  count: "aantal",
};

export type ReferralImportLink = {
  id: string;
  regionId: string;
  organisationName: string;
  targetType: "wijkverband" | "praktijk";
  targetName: string;
  kind: keyof typeof LINK_KIND_LABELS;
};

export type StagedReferral = { line: number; regionId: string; socialLinkId: string; period: string; count: number };

export type ReferralPlan = { columns: Partial<Record<Column, number>>; headers: string[]; notes: string[] };

export function planReferralColumns(headers: string[]): ReferralPlan {
  assertNoPatientData(headers);
  const { columns, unused } = mapHeaders(headers, REFERRAL_ALIASES);
  const missing: string[] = [];
  if (columns.period === undefined) missing.push("‘kwartaal’");
  if (columns.count === undefined) missing.push("‘aantal’");
  const named =
    columns.link !== undefined ||
    (columns.organisation !== undefined &&
      (columns.wijkverband !== undefined || columns.practice !== undefined || columns.target !== undefined));
  if (!named) missing.push("‘verbinding’");
  if (missing.length > 0) {
    // The column names are the Dutch ones the file must use, in either language.
    const message = msg("imports.problems.missingReferralColumns", { columns: missing.join(", ") });
    throw new ValidationError(message, { file: [message] });
  }
  const notes = unused.length
    ? [msg("imports.notes.unused", { columns: unused.map((u) => `‘${String(neutraliseCell(u))}’`).join(", ") })]
    : [];
  return { columns, headers, notes };
}

const norm = (text: string) => headerKey(text);

export type ReferralRowsResult = {
  staged: StagedReferral[];
  problems: RowProblem[];
  errorCount: number;
  toCreate: number;
  toUpdate: number;
};

export function validateReferralRows(
  plan: ReferralPlan,
  rows: RawTable["rows"],
  context: { links: readonly ReferralImportLink[]; existing: ReadonlySet<string>; today: Date; scopeLabel: string },
  seen: Map<string, number> = new Map(),
): ReferralRowsResult {
  const result: ReferralRowsResult = { staged: [], problems: [], errorCount: 0, toCreate: 0, toUpdate: 0 };
  const byId = new Map(context.links.map((l) => [l.id.toLowerCase(), l]));
  const columnName = (c: Column) => {
    const index = plan.columns[c];
    return index === undefined ? LABELS[c] : String(neutraliseCell(plan.headers[index] ?? LABELS[c]));
  };
  for (const { line, cells } of rows) {
    const cell = (c: Column) => {
      const index = plan.columns[c];
      return index === undefined ? "" : (cells[index] ?? "").trim();
    };
    const problems: RowProblem[] = [];
    const add = (c: Column, message: string) => problems.push({ row: line, column: columnName(c), message });

    // The link.
    let link: ReferralImportLink | undefined;
    const id = cell("link");
    if (id) {
      link = byId.get(id.toLowerCase());
      if (!link) add("link", msg("imports.problems.noLinkWithId", { scope: context.scopeLabel }));
    } else {
      const organisation = norm(cell("organisation"));
      let targetText = cell("wijkverband") || cell("practice") || cell("target");
      let targetType: "wijkverband" | "praktijk" | null = cell("wijkverband")
        ? "wijkverband"
        : cell("practice")
          ? "praktijk"
          : null;
      const prefixed = /^(wijkverband|praktijk)\s+(.*)$/i.exec(targetText);
      if (!targetType && prefixed) {
        targetType = prefixed[1]!.toLowerCase() as "wijkverband" | "praktijk";
        targetText = prefixed[2]!;
      }
      const target = norm(targetText);
      const kind = norm(cell("kind"));
      if (!organisation) add("organisation", msg("errors.social.organisationRequired"));
      else if (!target) add("wijkverband", msg("errors.social.targetRequired"));
      else {
        let candidates = context.links.filter(
          (l) =>
            norm(l.organisationName) === organisation &&
            norm(l.targetName) === target &&
            (targetType === null || l.targetType === targetType),
        );
        if (kind) candidates = candidates.filter((l) => norm(LINK_KIND_LABELS[l.kind]) === kind || norm(l.kind) === kind);
        if (candidates.length === 1) link = candidates[0];
        else if (candidates.length === 0)
          add(
            "organisation",
            msg("imports.problems.noLinkBetween", {
              organisation: String(neutraliseCell(cell("organisation"))),
              target: String(neutraliseCell(targetText)),
              scope: context.scopeLabel,
            }),
          );
        else add("kind", msg("errors.social.ambiguousKind"));
      }
    }

    // The quarter.
    let period: string | null = null;
    const periodText = cell("period");
    const q = periodText ? parseQuarter(periodText) : null;
    if (!periodText) add("period", msg("errors.social.quarterRequired"));
    else if (!q) add("period", msg("errors.social.quarterFormat"));
    else if (isFutureQuarter(q, context.today)) add("period", msg("errors.social.quarterFuture"));
    else period = formatQuarter(q);

    // The count.
    let count: number | null = null;
    const countText = cell("count").replace(/\s+/g, "");
    const normal = /^\d{1,3}(\.\d{3})+$/.test(countText) ? countText.replace(/\./g, "") : countText;
    if (countText === "") add("count", msg("errors.social.countRequired"));
    else if (!/^\d+$/.test(normal) || Number(normal) > 1_000_000) add("count", msg("errors.social.countNoDecimals"));
    else count = Number(normal);

    if (link && period) {
      const key = `${link.id}|${period}`;
      const earlier = seen.get(key);
      if (earlier !== undefined) add("period", msg("imports.problems.duplicateReferral", { row: earlier }));
      else seen.set(key, line);
    }
    if (problems.length > 0 || !link || period === null || count === null) {
      result.errorCount += problems.length;
      result.problems.push(...problems);
      continue;
    }
    if (context.existing.has(`${link.id}|${period}`)) result.toUpdate += 1;
    else result.toCreate += 1;
    result.staged.push({ line, regionId: link.regionId, socialLinkId: link.id, period, count });
  }
  return result;
}
