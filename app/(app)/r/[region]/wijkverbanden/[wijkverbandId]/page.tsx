import type { Metadata } from "next";
import Link from "next/link";
import { MemberForm } from "@/components/forms/wijkverband-form";
import { HistoryTable } from "@/components/network/history-table";
import { MemberTable } from "@/components/network/member-table";
import { SocialLinksTable } from "@/components/social/social-links-table";
import { Section } from "@/components/ui/section";
import { Badge } from "@/components/ui/table";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/session";
import { MEMBER_ROLE_SUGGESTIONS } from "@/lib/domain/wijkverbanden/schema";
import { getWijkverband } from "@/lib/domain/wijkverbanden/service";
import { formatNumber } from "@/lib/format";
import { fill } from "@/lib/i18n/messages";
import { getMessages } from "@/lib/i18n/server";
import { loadOr404 } from "@/lib/next/page";
import { ActionForm } from "@/components/forms/action-form";
import { SharedForm } from "@/components/forms/shared-form";
import { addMemberAction, removeMemberAction, setWijkverbandArchivedAction } from "../actions";

const REMOVE_MEMBER_FORM = "lid-verwijderen";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getMessages();
  return { title: t.common.meta.wijkverband };
}

export default async function WijkverbandPage({ params }: { params: Promise<{ region: string; wijkverbandId: string }> }) {
  const { region: slug, wijkverbandId } = await params;
  const actor = await requireActor();
  const detail = await loadOr404(getWijkverband(actor, slug, wijkverbandId));
  const { locale, t } = await getMessages();
  const n = t.network;
  const wv = detail.wijkverband;
  const base = `/r/${detail.region.slug}`;
  const missingRoles = detail.core.missing.map((r) => n.coreRole[r as keyof typeof n.coreRole] ?? r).join(", ");

  return (
    <>
      <PageHeader title={wv.name} intro={`${wv.municipality} (${wv.municipalityCode})`}>
        {detail.mayEdit ? (
          <div className="flex flex-wrap items-center gap-3">
            <Link
              href={`${base}/wijkverbanden/${wv.id}/bewerken`}
              className="rounded-md bg-blue-800 px-4 py-2 font-semibold text-white hover:bg-blue-900"
            >
              {n.edit}
            </Link>
            <ActionForm
              variant="inline"
              buttonTone="secondary"
              idPrefix="archive"
              action={setWijkverbandArchivedAction.bind(null, detail.region.slug, wv.id, !wv.archived)}
              submitLabel={wv.archived ? n.unarchive : n.archive}
            />
          </div>
        ) : null}
      </PageHeader>

      <p className="mb-6">
        <Link href={`${base}/wijkverbanden/${wv.id}/afspraken`} className="font-medium underline">
          {t.agreements.toWijkverband}
        </Link>
      </p>

      <div className="grid gap-8 lg:grid-cols-2">
        <section aria-labelledby="gegevens" className="rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
          <h2 id="gegevens" className="mb-4 text-xl font-semibold">
            {n.coreTeam}
          </h2>
          <p className="mb-4">
            {detail.core.complete ? (
              <Badge tone="good">{n.complete}</Badge>
            ) : (
              <Badge tone="warn">{fill(n.missing, { roles: missingRoles })}</Badge>
            )}{" "}
            {detail.core.complete ? n.coreComplete : fill(n.coreIncomplete, { roles: missingRoles })}
          </p>
          <dl className="grid grid-cols-[max-content_1fr] gap-x-6 gap-y-2">
            <dt className="text-muted">{n.wijkCodes}</dt>
            <dd>{wv.wijkCodes.join(", ") || "–"}</dd>
            <dt className="text-muted">{n.inhabitants}</dt>
            <dd>{wv.inhabitants === null ? "–" : formatNumber(wv.inhabitants)}</dd>
            <dt className="text-muted">{n.coordinator}</dt>
            <dd>
              {wv.coordinatorName ?? "–"}
              {wv.coordinatorEmail ? <span className="block text-muted">{wv.coordinatorEmail}</span> : null}
            </dd>
            {wv.archived ? (
              <>
                <dt className="text-muted">{n.archived}</dt>
                <dd>{n.yes}</dd>
              </>
            ) : null}
          </dl>
        </section>
        <section aria-labelledby="per-discipline">
          <h2 id="per-discipline" className="mb-4 text-xl font-semibold">
            {n.practicesPerDiscipline}
          </h2>
          {detail.practicesByDiscipline.length === 0 ? (
            <p className="text-muted">{n.noMemberPractices}</p>
          ) : (
            <dl className="space-y-3">
              {detail.practicesByDiscipline.map((g) => (
                <div key={g.code}>
                  <dt className="font-medium">
                    {g.discipline[locale]} ({g.practices.length})
                  </dt>
                  <dd>
                    <ul className="ml-5 list-disc">
                      {g.practices.map((p) => (
                        <li key={p.id}>
                          <Link href={`${base}/praktijken/${p.id}`} className="underline">
                            {p.name}
                          </Link>
                        </li>
                      ))}
                    </ul>
                  </dd>
                </div>
              ))}
            </dl>
          )}
          {detail.nonMemberPractices.length ? (
            <>
              <h3 className="mt-6 mb-2 font-semibold">{n.nonMembers}</h3>
              <ul className="ml-5 list-disc">
                {detail.nonMemberPractices.map((p) => (
                  <li key={p.id}>
                    <Link href={`${base}/praktijken/${p.id}`} className="underline">
                      {p.name}
                    </Link>{" "}
                    <span className="text-muted">({p.discipline[locale]})</span>
                  </li>
                ))}
              </ul>
            </>
          ) : null}
        </section>
      </div>

      <Section id="leden" title={n.membersTitle}>
        {detail.mayEdit && detail.members.length > 0 ? (
          <SharedForm
            id={REMOVE_MEMBER_FORM}
            action={removeMemberAction.bind(null, detail.region.slug, wv.id)}
            pendingLabel={t.common.busy}
          />
        ) : null}
        <MemberTable
          caption={n.membersTitle}
          head={{ name: n.name, kind: n.kind, role: n.role, remove: n.remove }}
          empty={n.noMembers}
          removeForm={detail.mayEdit ? REMOVE_MEMBER_FORM : null}
          rows={detail.members.map((m) => ({
            id: m.id,
            name: m.name,
            href: m.kind === "practice" ? `${base}/praktijken/${m.refId}` : null,
            kind:
              m.kind === "practice"
                ? [m.discipline?.[locale], m.archived ? n.archivedMark : null].filter(Boolean).join(" ")
                : (n.partnerKind[m.organisationKind as keyof typeof n.partnerKind] ?? m.organisationKind),
            role: m.role,
          }))}
        />
        {detail.candidates ? (
          <div className="mt-6 max-w-xl">
            <h3 className="mb-2 text-lg font-semibold">{n.addMember}</h3>
            <MemberForm
              t={{
                addMember: t.forms.addMember,
                adding: t.forms.adding,
                member: t.forms.member,
                choose: t.forms.choose,
                practicesHere: t.forms.practicesHere,
                partners: t.forms.partners,
                role: t.forms.role,
                roleHint: t.forms.roleHint,
              }}
              action={addMemberAction.bind(null, detail.region.slug, wv.id)}
              practices={detail.candidates.practices}
              organisations={detail.candidates.organisations}
              roles={MEMBER_ROLE_SUGGESTIONS}
            />
          </div>
        ) : null}
      </Section>

      <SocialLinksTable title={t.social.linksOfWijkverband} links={detail.socialLinks} labels={t.social} />
      {detail.history ? <HistoryTable entries={detail.history} labels={n} t={t} locale={locale} /> : null}
    </>
  );
}
