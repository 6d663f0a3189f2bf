// The five money figures as table headers and cells, the same order on every page.
import { Badge, Td, Th } from "@/components/ui/table";
import type { ValueCell, ValueColumn } from "@/components/ui/value-table";
import type { MoneyFigures, Variance } from "@/lib/domain/money/rules";
import { formatCents, formatNumber } from "@/lib/format";
import { fill } from "@/lib/i18n/messages";
import type { MoneyMessages } from "@/lib/i18n/messages/money";

export function FigureHeaders({ m }: { m: MoneyMessages }) {
  return (
    <>
      {figureColumns(m).map((column) => (
        <Th key={column.title} numeric>
          {column.title}
        </Th>
      ))}
    </>
  );
}

export function FigureCells({ f }: { f: MoneyFigures }) {
  return (
    <>
      {figureCells(f).map((text, i) => (
        <Td key={i} numeric>
          {text}
        </Td>
      ))}
    </>
  );
}

/** The five figures as value-table columns and cells (components/ui/value-table), the same order. */
export function figureColumns(m: MoneyMessages): ValueColumn[] {
  const f = m.figures;
  return [f.planned, f.allocated, f.submitted, f.approved, f.remaining].map((title) => ({ title, numeric: true }));
}

export function figureCells(f: MoneyFigures): string[] {
  return [f.plannedCents, f.allocatedCents, f.submittedCents, f.approvedCents, f.remainingCents].map((cents) =>
    formatCents(cents),
  );
}

const varianceText = (flag: Variance, m: MoneyMessages) => `⚠ ${m.flags[flag]}`;

/** The variance badges as a value-table cell. */
export function varianceCell(flags: Variance[], m: MoneyMessages): ValueCell {
  return flags.length ? { badges: flags.map((f) => ({ tone: "warn", text: varianceText(f, m) })) } : { muted: m.flags.none };
}

export function VarianceBadges({ flags, m }: { flags: Variance[]; m: MoneyMessages }) {
  if (!flags.length) return <span className="text-sm text-muted">{m.flags.none}</span>;
  return (
    <span className="flex flex-wrap gap-1">
      {flags.map((f) => (
        <Badge key={f} tone="warn">
          {varianceText(f, m)}
        </Badge>
      ))}
    </span>
  );
}

const TONES = {
  concept: "neutral",
  ingediend: "neutral",
  vraag_gesteld: "warn",
  goedgekeurd: "good",
  afgewezen: "warn",
} as const;

export function StatusBadge({ status, m }: { status: keyof typeof TONES; m: MoneyMessages }) {
  return <Badge tone={TONES[status]}>{m.status[status]}</Badge>;
}

/** A budget's basis (rate × registered patients) as one sentence, or that it has none. */
export function budgetBasis(
  b: { rateCents: number | null; basisPatients: number | null },
  i: Pick<MoneyMessages["insurer"], "basisValue" | "noBasis">,
): string {
  return b.rateCents !== null && b.basisPatients !== null
    ? fill(i.basisValue, {
        rate: formatCents(b.rateCents),
        patients: formatNumber(b.basisPatients),
        amount: formatCents(b.rateCents * b.basisPatients),
      })
    : i.noBasis;
}
