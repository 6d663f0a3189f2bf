import Link from "next/link";
import { ReviewBadge, ShareText, StateBadge } from "@/components/agreements/badges";
import { DataTable, Td, Th } from "@/components/ui/table";
import type { AgreementRow, HolderAgreements } from "@/lib/domain/agreements/types";
import { formatDate } from "@/lib/format";
import { fill } from "@/lib/i18n/messages";
import type { nl } from "@/lib/i18n/messages/agreements";

type Labels = typeof nl;

export const agreementHref = (slug: string, wijkverbandId: string, agreementId: string) =>
  `/r/${slug}/wijkverbanden/${wijkverbandId}/afspraken/${agreementId}`;

/** Agreements with their current version, acknowledgement share and review marker. */
export function AgreementTable({
  rows,
  slug,
  caption,
  labels,
  locale,
  showWijkverband = true,
}: {
  rows: AgreementRow[];
  slug: string;
  caption: string;
  labels: Labels;
  locale: "nl" | "en";
  showWijkverband?: boolean;
}) {
  return (
    <DataTable
      caption={caption}
      head={
        <tr>
          {showWijkverband ? <Th>{labels.wijkverband}</Th> : null}
          <Th>{labels.agreement}</Th>
          <Th>{labels.version}</Th>
          <Th>{labels.effectiveDate}</Th>
          <Th>{labels.reviewDate}</Th>
          <Th>{labels.acknowledged}</Th>
          <Th numeric>{labels.objections}</Th>
          <Th numeric>{labels.openCount}</Th>
        </tr>
      }
    >
      {rows.map((r) => (
        <tr key={r.id}>
          {showWijkverband ? <Td href={`/r/${slug}/wijkverbanden/${r.wijkverband.id}/afspraken`}>{r.wijkverband.name}</Td> : null}
          <Td>
            <Link href={agreementHref(slug, r.wijkverband.id, r.id)} className="font-medium underline">
              {r.title}
            </Link>
            {r.topic ? <span className="block text-muted">{r.topic}</span> : null}
          </Td>
          <Td>
            {r.current ? r.current.versionNumber : <span className="text-muted">{labels.notPublished}</span>}
            {r.conceptNumber ? (
              <span className="block text-muted">{fill(labels.conceptInProgress, { n: r.conceptNumber })}</span>
            ) : null}
          </Td>
          <Td>{r.current ? formatDate(r.current.effectiveDate, locale) : "–"}</Td>
          <Td>
            {r.current?.reviewDate ? formatDate(r.current.reviewDate, locale) : "–"}{" "}
            <ReviewBadge marker={r.review} labels={labels} />
          </Td>
          <Td>{r.share ? <ShareText share={r.share} labels={labels} /> : "–"}</Td>
          <Td numeric>{r.share ? r.share.objections : "–"}</Td>
          <Td numeric>{r.share ? r.share.open : "–"}</Td>
        </tr>
      ))}
    </DataTable>
  );
}

/** A practice holder's agreements, "te bevestigen" first. */
export function HolderAgreementTable({
  data,
  slug,
  labels,
  locale,
}: {
  data: HolderAgreements;
  slug: string;
  labels: Labels;
  locale: "nl" | "en";
}) {
  const several = data.practices.length > 1;
  return (
    <DataTable
      caption={labels.yourAgreementsCaption}
      head={
        <tr>
          <Th>{labels.agreement}</Th>
          <Th>{labels.wijkverband}</Th>
          {several ? <Th>{labels.practice}</Th> : null}
          <Th>{labels.version}</Th>
          <Th>{labels.effectiveDate}</Th>
          <Th>{labels.status}</Th>
        </tr>
      }
    >
      {data.items.map((i) => (
        <tr key={`${i.versionId}-${i.practiceId}`}>
          <Td>
            <Link href={agreementHref(slug, i.wijkverbandId, i.agreementId)} className="font-medium underline">
              {i.title}
            </Link>
          </Td>
          <Td>{i.wijkverband}</Td>
          {several ? <Td>{i.practice}</Td> : null}
          <Td>{i.versionNumber}</Td>
          <Td>{formatDate(i.effectiveDate, locale)}</Td>
          <Td>
            <StateBadge state={i.state} daysOpen={i.daysOpen} labels={labels} />
          </Td>
        </tr>
      ))}
    </DataTable>
  );
}
