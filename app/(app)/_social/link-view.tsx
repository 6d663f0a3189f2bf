import Link from "next/link";
import { ActionForm } from "@/components/forms/action-form";
import { HistoryTable } from "@/components/network/history-table";
import { PageHeader } from "@/components/ui/page-header";
import { Badge, DataTable, Td, Th } from "@/components/ui/table";
import { LINK_KINDS } from "@/lib/domain/social/rules";
import type { getSocialLink } from "@/lib/domain/social/service";
import { targetLabel } from "@/lib/domain/social/queries";
import { formatNumber } from "@/lib/format";
import { fill, type Messages } from "@/lib/i18n/messages";
import { moveLinkAction, setReferralAction, updateLinkAction } from "./actions";
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
        <section aria-labelledby="status-kop" className="mb-8">
          <h2 id="status-kop" className="mb-3 text-xl font-semibold">
            {s.status}
          </h2>
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
        </section>
      ) : null}

      <section aria-labelledby="verwijzingen-kop" className="mb-8">
        <h2 id="verwijzingen-kop" className="mb-3 text-xl font-semibold">
          {s.referrals}
        </h2>
        <div className="grid gap-8 lg:grid-cols-2">
          {periods.length === 0 ? (
            <p className="text-muted">{s.noFigures}</p>
          ) : (
            <DataTable
              caption={s.referrals}
              head={
                <tr>
                  <Th>{s.period}</Th>
                  <Th numeric>{s.count}</Th>
                </tr>
              }
            >
              {periods.map((p) => (
                <tr key={p}>
                  <Td>{p}</Td>
                  <Td numeric>{formatNumber(link.referrals[p] ?? 0)}</Td>
                </tr>
              ))}
            </DataTable>
          )}
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
      </section>

      {data.mayEdit ? (
        <section aria-labelledby="wijzigen-kop" className="mb-8 max-w-2xl">
          <h2 id="wijzigen-kop" className="mb-3 text-xl font-semibold">
            {s.save}
          </h2>
          <ActionForm
            idPrefix="gegevens"
            action={updateLinkAction.bind(null, scope, link.id)}
            submitLabel={s.save}
            pendingLabel={s.saving}
            fields={[
              {
                kind: "select",
                name: "kind",
                label: s.kind,
                required: true,
                defaultValue: link.kind,
                options: LINK_KINDS.map((k) => ({ value: k, label: s.linkKindLabel[k] })),
              },
              {
                kind: "text",
                name: "contactRole",
                label: s.contactRole,
                hint: s.contactRoleHint,
                defaultValue: link.contactRole,
              },
              { kind: "textarea", name: "note", label: s.note, hint: s.noteHint, defaultValue: link.note, rows: 3 },
            ]}
          />
        </section>
      ) : null}

      <HistoryTable entries={data.history} labels={t.network} t={t} locale={locale} />
    </>
  );
}
