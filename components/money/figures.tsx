// The five money figures as table headers and cells, the same order on every page.
import { Badge, Td, Th } from "@/components/ui/table";
import type { MoneyFigures, Variance } from "@/lib/domain/money/rules";
import { formatCents, formatNumber } from "@/lib/format";
import { fill } from "@/lib/i18n/messages";
import type { MoneyMessages } from "@/lib/i18n/messages/money";

export function FigureHeaders({ m }: { m: MoneyMessages }) {
  return (
    <>
      <Th numeric>{m.figures.planned}</Th>
      <Th numeric>{m.figures.allocated}</Th>
      <Th numeric>{m.figures.submitted}</Th>
      <Th numeric>{m.figures.approved}</Th>
      <Th numeric>{m.figures.remaining}</Th>
    </>
  );
}

export function FigureCells({ f }: { f: MoneyFigures }) {
  return (
    <>
      <Td numeric>{formatCents(f.plannedCents)}</Td>
      <Td numeric>{formatCents(f.allocatedCents)}</Td>
      <Td numeric>{formatCents(f.submittedCents)}</Td>
      <Td numeric>{formatCents(f.approvedCents)}</Td>
      <Td numeric>{formatCents(f.remainingCents)}</Td>
    </>
  );
}

export function VarianceBadges({ flags, m }: { flags: Variance[]; m: MoneyMessages }) {
  if (!flags.length) return <span className="text-sm text-muted">{m.flags.none}</span>;
  return (
    <span className="flex flex-wrap gap-1">
      {flags.map((f) => (
        <Badge key={f} tone="warn">
          ⚠ {m.flags[f]}
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
