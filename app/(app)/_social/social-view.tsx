import Link from "next/link";
import { ActionForm } from "@/components/forms/action-form";
import { QuarterChart } from "@/components/charts/quarter-chart";
import { PageHeader } from "@/components/ui/page-header";
import { Badge, DataTable, Td, Th } from "@/components/ui/table";
import { LINK_KINDS, ORGANISATION_KINDS } from "@/lib/domain/social/rules";
import type { SocialWorkspace } from "@/lib/domain/social/service";
import { targetLabel } from "@/lib/domain/social/queries";
import { formatDate, formatNumber } from "@/lib/format";
import { fill, type Messages } from "@/lib/i18n/messages";
import { createLinkAction, createOrganisationAction, updateOrganisationAction } from "./actions";
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
        <section aria-labelledby="per-gemeente" className="mb-10">
          <h2 id="per-gemeente" className="mb-3 text-xl font-semibold">
            {t.perMunicipality}
          </h2>
          <DataTable
            caption={t.perMunicipality}
            head={
              <tr>
                <Th>{t.municipality}</Th>
                <Th numeric>{t.activeLinks}</Th>
                {data.periods.map((p) => (
                  <Th key={p} numeric>
                    {p}
                  </Th>
                ))}
              </tr>
            }
          >
            {data.perMunicipality.map((m) => (
              <tr key={m.code}>
                <Td>{m.name}</Td>
                <Td numeric>{formatNumber(m.active)}</Td>
                {m.counts.map((c, i) => (
                  <Td key={data.periods[i]} numeric>
                    {show(c)}
                  </Td>
                ))}
              </tr>
            ))}
          </DataTable>
        </section>
      ) : null}

      <section aria-labelledby="verbindingen" className="mb-10">
        <h2 id="verbindingen" className="mb-3 text-xl font-semibold">
          {t.links}
        </h2>
        {data.links.length === 0 ? (
          <p className="text-muted">{t.noLinks}</p>
        ) : (
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
          >
            {data.links.map((l) => (
              <tr key={l.id}>
                <Td>
                  <Link href={`${base}/verbindingen/${l.id}`} className="underline">
                    {l.organisationName}
                  </Link>
                </Td>
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
        )}
      </section>

      {data.links.length > 0 ? (
        <section aria-labelledby="verwijzingen" className="mb-10 space-y-4">
          <h2 id="verwijzingen" className="text-xl font-semibold">
            {t.referrals}
          </h2>
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
            <DataTable
              caption={t.referralsCaption}
              head={
                <tr>
                  <Th>{t.link}</Th>
                  {data.periods.map((p) => (
                    <Th key={p} numeric>
                      {p}
                    </Th>
                  ))}
                </tr>
              }
            >
              {data.links.map((l) => (
                <tr key={l.id}>
                  <Td>
                    {l.organisationName} – {l.target.name}
                  </Td>
                  {data.periods.map((p) => (
                    <Td key={p} numeric>
                      {show(l.referrals[p])}
                    </Td>
                  ))}
                </tr>
              ))}
            </DataTable>
          </div>
        </section>
      ) : null}

      <section aria-labelledby="organisaties" className="mb-10">
        <h2 id="organisaties" className="mb-3 text-xl font-semibold">
          {t.organisations}
        </h2>
        {data.organisations.length === 0 ? (
          <p className="text-muted">{t.noOrganisations}</p>
        ) : (
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
        )}
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
                    fields={[
                      { kind: "text", name: "name", label: t.organisationName, required: true, defaultValue: o.name },
                      {
                        kind: "select",
                        name: "socialKind",
                        label: t.organisationKind,
                        required: true,
                        defaultValue: o.socialKind,
                        options: ORGANISATION_KINDS.map((k) => ({ value: k, label: t.organisationKindLabel[k] })),
                      },
                      { kind: "text", name: "kvk", label: t.kvk, inputMode: "numeric", defaultValue: o.kvk },
                      { kind: "text", name: "contact", label: t.contact, hint: t.contactHint, defaultValue: o.contact },
                    ]}
                  />
                </div>
              </details>
            ))}
          </div>
        ) : null}
      </section>

      {data.mayEdit ? (
        <div className="grid gap-8 lg:grid-cols-2">
          <section aria-labelledby="organisatie-toevoegen">
            <h2 id="organisatie-toevoegen" className="mb-3 text-xl font-semibold">
              {t.addOrganisation}
            </h2>
            <ActionForm
              idPrefix="organisatie"
              action={createOrganisationAction.bind(null, scope, data.municipality?.code ?? "")}
              submitLabel={t.addOrganisation}
              pendingLabel={t.saving}
              fields={[
                { kind: "text", name: "name", label: t.organisationName, required: true },
                {
                  kind: "select",
                  name: "socialKind",
                  label: t.organisationKind,
                  required: true,
                  options: ORGANISATION_KINDS.map((k) => ({ value: k, label: t.organisationKindLabel[k] })),
                },
                ...(scope.kind === "region"
                  ? [
                      {
                        kind: "select" as const,
                        name: "municipalityCode",
                        label: t.municipality,
                        required: true,
                        options: data.municipalities.map((m) => ({ value: m.code, label: m.name })),
                      },
                    ]
                  : []),
                { kind: "text", name: "kvk", label: t.kvk, inputMode: "numeric" },
                { kind: "text", name: "contact", label: t.contact, hint: t.contactHint },
              ]}
            />
          </section>
          <section aria-labelledby="verbinding-toevoegen">
            <h2 id="verbinding-toevoegen" className="mb-3 text-xl font-semibold">
              {t.addLink}
            </h2>
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
                {
                  kind: "select",
                  name: "kind",
                  label: t.kind,
                  required: true,
                  options: LINK_KINDS.map((k) => ({ value: k, label: t.linkKindLabel[k] })),
                },
                {
                  kind: "select",
                  name: "status",
                  label: t.status,
                  required: true,
                  defaultValue: "verkenning",
                  options: (["verkenning", "actief"] as const).map((s) => ({ value: s, label: t.linkStatusLabel[s] })),
                },
                { kind: "date", name: "since", label: t.since, hint: t.sinceHint },
                { kind: "text", name: "contactRole", label: t.contactRole, hint: t.contactRoleHint },
                { kind: "textarea", name: "note", label: t.note, hint: t.noteHint, rows: 3 },
              ]}
            />
          </section>
        </div>
      ) : null}
    </>
  );
}
