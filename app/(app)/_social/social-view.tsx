import Link from "next/link";
import { ActionForm } from "@/components/forms/action-form";
import { QuarterChart } from "@/components/charts/quarter-chart";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import { Badge, DataTable, Td, Th } from "@/components/ui/table";
import { PeriodTable } from "@/components/ui/period-table";
import type { SocialWorkspace } from "@/lib/domain/social/service";
import { targetLabel } from "@/lib/domain/social/queries";
import { formatDate, formatNumber } from "@/lib/format";
import { fill, type Messages } from "@/lib/i18n/messages";
import { createLinkAction, createOrganisationAction, updateOrganisationAction } from "./actions";
import { linkDetailFields, organisationFields } from "./fields";
import { socialBasePath, type SocialScope } from "./scope";

type T = Messages["social"];

export function ExportLinks({ href, t }: { href: string; t: T }) {
  const sep = href.includes("?") ? "&" : "?";
  return (
    <span className="text-sm">
      {t.export}:{" "}
      <a className="underline" href={`${href}${sep}format=csv`}>
        {t.exportCsv}
      </a>{" "}
      ·{" "}
      <a className="underline" href={`${href}${sep}format=xlsx`}>
        {t.exportXlsx}
      </a>
    </span>
  );
}

export function statusTone(status: string): "good" | "warn" | "neutral" {
  return status === "actief" ? "good" : status === "verkenning" ? "warn" : "neutral";
}

export function linkDates(
  l: { exploringSince: Date | null; startDate: Date | null; endDate: Date | null },
  t: T,
  locale: "nl" | "en",
) {
  return [
    l.exploringSince ? fill(t.exploring, { date: formatDate(l.exploringSince, locale) }) : null,
    l.startDate ? fill(t.active, { date: formatDate(l.startDate, locale) }) : null,
    l.endDate ? fill(t.stopped, { date: formatDate(l.endDate, locale) }) : null,
  ]
    .filter(Boolean)
    .join(", ");
}

const show = (value: number | null | undefined) => (value === null || value === undefined ? "–" : formatNumber(value));

export function SocialView({ scope, data, t, locale }: { scope: SocialScope; data: SocialWorkspace; t: T; locale: "nl" | "en" }) {
  const base = socialBasePath(scope);
  const name = data.municipality?.name ?? data.region?.name ?? "";
  const multiRegion = data.regions.length > 1 || scope.kind === "region";
  const latest = data.periods.at(-1) ?? "";
  const linkFields = linkDetailFields(t);
  return (
    <>
      <PageHeader
        title={data.municipality ? fill(t.municipalityTitle, { name }) : t.title}
        intro={data.municipality ? fill(t.municipalityIntro, { name }) : t.regionIntro}
      >
        <div className="flex flex-col items-end gap-2">
          <ExportLinks href={`${base}/export`} t={t} />
          {data.mayEdit ? (
            <Link href={`${base}/import`} className="underline">
              {t.importLink}
            </Link>
          ) : null}
        </div>
      </PageHeader>

      {scope.kind === "region" ? (
        <Section id="per-gemeente" title={t.perMunicipality} className="mb-10">
          <PeriodTable
            caption={t.perMunicipality}
            labelHeader={t.municipality}
            columns={[{ title: t.activeLinks, numeric: true }]}
            periods={data.periods}
            rows={data.perMunicipality.map((m) => ({
              key: m.code,
              label: m.name,
              cells: [formatNumber(m.active)],
              values: m.counts,
            }))}
          />
        </Section>
      ) : null}

      <Section id="verbindingen" title={t.links} className="mb-10">
        <DataTable
          caption={t.links}
          head={
            <tr>
              <Th>{t.organisation}</Th>
              <Th>{t.target}</Th>
              {multiRegion ? <Th>{scope.kind === "region" ? t.municipality : t.region}</Th> : null}
              <Th>{t.kind}</Th>
              <Th>{t.status}</Th>
              <Th>{t.dates}</Th>
              <Th>{t.contactRole}</Th>
              <Th numeric>{latest}</Th>
            </tr>
          }
          empty={t.noLinks}
        >
          {data.links.map((l) => (
            <tr key={l.id}>
              <Td href={`${base}/verbindingen/${l.id}`}>{l.organisationName}</Td>
              <Td>{targetLabel(l.target.type, l.target.name, t)}</Td>
              {multiRegion ? (
                <Td>
                  {scope.kind === "region"
                    ? (data.municipalities.find((m) => m.code === l.municipalityCode)?.name ?? l.municipalityCode)
                    : l.regionName}
                </Td>
              ) : null}
              <Td>{t.linkKindLabel[l.kind]}</Td>
              <Td>
                <Badge tone={statusTone(l.status)}>{t.linkStatusLabel[l.status]}</Badge>
              </Td>
              <Td>{linkDates(l, t, locale)}</Td>
              <Td>{l.contactRole ?? "–"}</Td>
              <Td numeric>{show(l.referrals[latest])}</Td>
            </tr>
          ))}
        </DataTable>
      </Section>

      {data.links.length > 0 ? (
        <Section id="verwijzingen" title={t.referrals} className="mb-10" stacked>
          <QuarterChart
            title={fill(t.chartTitle, { name })}
            periods={data.periods}
            values={data.periods.map((p) =>
              data.links.reduce<number | null>(
                (sum, l) => (l.referrals[p] === undefined ? sum : (sum ?? 0) + l.referrals[p]!),
                null,
              ),
            )}
            tableId="verwijzingen-tabel"
            tableLabel={t.referralsCaption}
          />
          <div id="verwijzingen-tabel">
            <PeriodTable
              caption={t.referralsCaption}
              labelHeader={t.link}
              periods={data.periods}
              rows={data.links.map((l) => ({
                key: l.id,
                label: `${l.organisationName} – ${l.target.name}`,
                values: data.periods.map((p) => l.referrals[p]),
              }))}
            />
          </div>
        </Section>
      ) : null}

      <Section id="organisaties" title={t.organisations} className="mb-10">
        <DataTable
          caption={t.organisations}
          head={
            <tr>
              <Th>{t.organisationName}</Th>
              <Th>{t.organisationKind}</Th>
              {scope.kind === "region" ? <Th>{t.municipality}</Th> : null}
              <Th>{t.kvk}</Th>
              <Th>{t.contact}</Th>
              <Th numeric>{t.links}</Th>
            </tr>
          }
          empty={t.noOrganisations}
        >
          {data.organisations.map((o) => (
            <tr key={o.id}>
              <Td>{o.name}</Td>
              <Td>{o.socialKind ? t.organisationKindLabel[o.socialKind] : "–"}</Td>
              {scope.kind === "region" ? (
                <Td>{data.municipalities.find((m) => m.code === o.municipalityCode)?.name ?? o.municipalityCode}</Td>
              ) : null}
              <Td>{o.kvk ?? "–"}</Td>
              <Td>{o.contact ?? "–"}</Td>
              <Td numeric>{formatNumber(o.links)}</Td>
            </tr>
          ))}
        </DataTable>
        {data.mayEdit && data.organisations.length > 0 ? (
          <div className="mt-4 space-y-2">
            {data.organisations.map((o) => (
              <details key={o.id} className="rounded-md border border-slate-200 bg-white px-4 py-2">
                <summary className="cursor-pointer font-medium">
                  {t.editOrganisation}: {o.name}
                </summary>
                <div className="mt-3 max-w-xl">
                  <ActionForm
                    idPrefix={`organisatie-${o.id}`}
                    action={updateOrganisationAction.bind(null, scope, o.id)}
                    submitLabel={t.save}
                    pendingLabel={t.saving}
                    fields={organisationFields(t, o)}
                  />
                </div>
              </details>
            ))}
          </div>
        ) : null}
      </Section>

      {data.mayEdit ? (
        <div className="grid gap-8 lg:grid-cols-2">
          <Section id="organisatie-toevoegen" title={t.addOrganisation} className="">
            <ActionForm
              idPrefix="organisatie"
              action={createOrganisationAction.bind(null, scope, data.municipality?.code ?? "")}
              submitLabel={t.addOrganisation}
              pendingLabel={t.saving}
              fields={organisationFields(
                t,
                {},
                scope.kind === "region" ? data.municipalities.map((m) => ({ value: m.code, label: m.name })) : undefined,
              )}
            />
          </Section>
          <Section id="verbinding-toevoegen" title={t.addLink} className="">
            <ActionForm
              idPrefix="verbinding"
              action={createLinkAction.bind(null, scope)}
              submitLabel={t.addLink}
              pendingLabel={t.saving}
              fields={[
                {
                  kind: "select",
                  name: "organisationId",
                  label: t.organisation,
                  required: true,
                  options: data.organisationOptions,
                },
                {
                  kind: "select",
                  name: "target",
                  label: t.target,
                  required: true,
                  options: data.targets.map((o) => ({
                    value: o.value,
                    label: `${targetLabel(o.type, o.name, t)}${o.regionName ? ` (${o.regionName})` : ""}`,
                  })),
                },
                linkFields.kind,
                {
                  kind: "select",
                  name: "status",
                  label: t.status,
                  required: true,
                  defaultValue: "verkenning",
                  options: (["verkenning", "actief"] as const).map((s) => ({ value: s, label: t.linkStatusLabel[s] })),
                },
                { kind: "date", name: "since", label: t.since, hint: t.sinceHint },
                linkFields.contactRole,
                linkFields.note,
              ]}
            />
          </Section>
        </div>
      ) : null}
    </>
  );
}
