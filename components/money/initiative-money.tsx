// The money block of an initiative page: allocated, approved and remaining, per allocation, with
// links to the expenditures for those who may see them.
import Link from "next/link";
import { Stat, StatGrid } from "@/components/ui/stat";
import { Section } from "@/components/ui/section";
import { DataTable, Td, Th } from "@/components/ui/table";
import type { InitiativeMoney } from "@/lib/domain/money/region";
import { formatCents } from "@/lib/format";
import type { MoneyMessages } from "@/lib/i18n/messages/money";

export function InitiativeMoneyBlock({ money, m, regionSlug }: { money: InitiativeMoney; m: MoneyMessages; regionSlug: string }) {
  const i = m.initiative;
  return (
    <Section id="geld" title={i.title} className="mb-10">
      {money.allocations.length === 0 ? (
        <p className="text-muted">{i.none}</p>
      ) : (
        <div className="space-y-4">
          <StatGrid label={i.title}>
            <Stat label={i.allocated} value={formatCents(money.allocatedCents)} />
            <Stat label={i.approved} value={formatCents(money.approvedCents)} />
            <Stat label={i.remaining} value={formatCents(money.remainingCents)} />
          </StatGrid>
          <DataTable
            caption={i.caption}
            head={
              <tr>
                <Th>{i.insurer}</Th>
                <Th numeric>{i.year}</Th>
                <Th>{m.region.title}</Th>
                <Th numeric>{i.allocated}</Th>
                <Th numeric>{i.approved}</Th>
                <Th>{m.region.open}</Th>
              </tr>
            }
          >
            {money.allocations.map((a) => (
              <tr key={a.id}>
                <Td>{a.insurerName}</Td>
                <Td numeric>{a.year}</Td>
                <Td>{m.title[a.fundingTitle]}</Td>
                <Td numeric>{formatCents(a.amountCents)}</Td>
                <Td numeric>{formatCents(a.approvedCents)}</Td>
                <Td>
                  {a.mayOpen ? (
                    <Link href={`/r/${regionSlug}/budget/toewijzingen/${a.id}`} className="underline">
                      {i.open}
                    </Link>
                  ) : (
                    "–"
                  )}
                </Td>
              </tr>
            ))}
          </DataTable>
        </div>
      )}
    </Section>
  );
}
