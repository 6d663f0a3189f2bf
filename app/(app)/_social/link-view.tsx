import Link from "next/link";
import { ActionForm } from "@/components/forms/action-form";
import { HistoryTable } from "@/components/network/history-table";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import { Badge, DataTable, Td, Th } from "@/components/ui/table";
import type { getSocialLink } from "@/lib/domain/social/service";
import { targetLabel } from "@/lib/domain/social/queries";
import { formatNumber } from "@/lib/format";
import { fill, type Messages } from "@/lib/i18n/messages";
import { moveLinkAction, setReferralAction, updateLinkAction } from "./actions";
import { linkDetailFields } from "./fields";
import { socialBasePath, type SocialScope } from "./scope";
import { linkDates, statusTone } from "./social-view";

export function LinkView({
  scope,
  data,
  t,
  locale,
}: {
  scope: SocialScope;
  data: Awaited<ReturnType<typeof getSocialLink>>;
  t: Messages;
  locale: "nl" | "en";
}) {
  const s = t.social;
  const { link } = data;
  const periods = Object.keys(link.referrals).sort().reverse();
  const details = linkDetailFields(s, link);
  return (
    <>
      <PageHeader
        title={`${link.organisationName} – ${link.target.name}`}
        intro={`${s.linkKindLabel[link.kind]} · ${targetLabel(link.target.type, link.target.name, s)} · ${link.regionName}`}
      >
        <Link href={socialBasePath(scope)} className="underline">
          {s.toSocial}
        </Link>
      </PageHeader>
      <dl className="mb-8 grid gap-x-8 gap-y-2 sm:grid-cols-[max-content_1fr]">
        <dt className="font-semibold">{s.status}</dt>
        <dd>
          <Badge tone={statusTone(link.status)}>{s.linkStatusLabel[link.status]}</Badge> {linkDates(link, s, locale)}
        </dd>
        <dt className="font-semibold">{s.contactRole}</dt>
        <dd>{link.contactRole ?? "–"}</dd>
        <dt className="font-semibold">{s.note}</dt>
        <dd className="whitespace-pre-line">{link.note ?? "–"}</dd>
      </dl>

      {data.mayEdit && data.nextStatuses.length > 0 ? (
        <Section id="status-kop" title={s.status} className="mb-8">
          <div className="flex flex-wrap gap-6">
            {data.nextStatuses.map((next) => (
              <ActionForm
                key={next}
                idPrefix={`status-${next}`}
                action={moveLinkAction.bind(null, scope, link.id)}
                submitLabel={fill(s.moveTo, { status: s.linkStatusLabel[next].toLowerCase() })}
                pendingLabel={s.saving}
                fields={[
                  { kind: "hidden", name: "status", value: next },
                  { kind: "date", name: "on", label: s.moveDate },
                ]}
              />
            ))}
          </div>
        </Section>
      ) : null}

      <Section id="verwijzingen-kop" title={s.referrals} className="mb-8">
        <div className="grid gap-8 lg:grid-cols-2">
          <DataTable
            caption={s.referrals}
            head={
              <tr>
                <Th>{s.period}</Th>
                <Th numeric>{s.count}</Th>
              </tr>
            }
            empty={s.noFigures}
          >
            {periods.map((p) => (
              <tr key={p}>
                <Td>{p}</Td>
                <Td numeric>{formatNumber(link.referrals[p] ?? 0)}</Td>
              </tr>
            ))}
          </DataTable>
          {data.mayEdit ? (
            <ActionForm
              idPrefix="verwijzingen"
              action={setReferralAction.bind(null, scope, link.id)}
              submitLabel={s.enterReferrals}
              pendingLabel={s.saving}
              fields={[
                { kind: "text", name: "period", label: s.period, hint: s.periodHint, required: true },
                { kind: "text", name: "count", label: s.count, hint: s.countHint, required: true, inputMode: "numeric" },
              ]}
            />
          ) : null}
        </div>
      </Section>

      {data.mayEdit ? (
        <Section id="wijzigen-kop" title={s.save} className="mb-8 max-w-2xl">
          <ActionForm
            idPrefix="gegevens"
            action={updateLinkAction.bind(null, scope, link.id)}
            submitLabel={s.save}
            pendingLabel={s.saving}
            fields={[details.kind, details.contactRole, details.note]}
          />
        </Section>
      ) : null}

      <HistoryTable entries={data.history} labels={t.network} t={t} locale={locale} />
    </>
  );
}
