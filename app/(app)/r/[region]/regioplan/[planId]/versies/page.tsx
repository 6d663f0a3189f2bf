import type { Metadata } from "next";
import Link from "next/link";
import { SelectField } from "@/components/forms/select-field";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/session";
import { comparePlanVersions } from "@/lib/domain/plans/versions";
import type { FieldChange } from "@/lib/domain/plans/snapshot";
import { formatDate } from "@/lib/format";
import { translate } from "@/lib/i18n/keys";
import { fill, type Messages } from "@/lib/i18n/messages";
import { getMessages } from "@/lib/i18n/server";
import { loadOr404 } from "@/lib/next/page";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getMessages();
  return { title: t.plan.versionsTitle };
}

const KIND_TONE = {
  added: "border-green-400 bg-green-50",
  removed: "border-red-400 bg-red-50",
  changed: "border-amber-400 bg-amber-50",
  unchanged: "border-slate-200 bg-white",
} as const;

function Changes({ changes, caption, messages }: { changes: FieldChange[]; caption: string; messages: Messages }) {
  const t = messages.plan.col;
  if (changes.length === 0) return null;
  return (
    <table className="mt-2 w-full text-sm">
      <caption className="sr-only">{caption}</caption>
      <thead className="text-left">
        <tr>
          <th scope="col" className="w-40 pr-3 font-semibold">
            {t.field}
          </th>
          <th scope="col" className="pr-3 font-semibold">
            {t.before}
          </th>
          <th scope="col" className="font-semibold">
            {t.after}
          </th>
        </tr>
      </thead>
      <tbody>
        {changes.map((c) => (
          <tr key={c.field} className="align-top">
            <th scope="row" className="pr-3 text-left font-medium">
              {translate(c.field, messages)}
            </th>
            <td className="pr-3">
              <del className="text-red-900">{c.before}</del>
            </td>
            <td>
              <ins className="text-green-900 no-underline">{c.after}</ins>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export default async function VersionsPage({
  params,
  searchParams,
}: {
  params: Promise<{ region: string; planId: string }>;
  searchParams: Promise<{ van?: string; naar?: string }>;
}) {
  const { region: slug, planId } = await params;
  const { van, naar } = await searchParams;
  const num = (v?: string) => (v !== undefined && /^\d+$/.test(v) ? Number(v) : undefined);
  const actor = await requireActor();
  const data = await loadOr404(comparePlanVersions(actor, slug, planId, num(van), num(naar)));
  const { t, locale } = await getMessages();
  const { region, plan, diff } = data;
  const base = `/r/${region.slug}/regioplan/${plan.id}`;
  const tv = t.plan.versions;
  const label = (n: number) => (n === 0 ? tv.currentLower : fill(tv.versionLower, { n }));
  const options = [
    ...data.versions.map((v) => ({
      value: String(v.versionNumber),
      label: fill(tv.option, { n: v.versionNumber, date: formatDate(v.createdAt, locale) }),
    })),
    { value: "0", label: tv.current },
  ];

  return (
    <>
      <p className="no-print mb-2 text-sm">
        <Link href={base} className="text-blue-800 underline">
          {fill(t.plan.page.backTo, { title: plan.title })}
        </Link>
      </p>
      <PageHeader title={`${t.plan.versionsTitle}: ${plan.title}`} intro={tv.intro} />
      {data.versions.length === 0 ? (
        <p className="text-muted">{tv.none}</p>
      ) : (
        <>
          <ul className="mb-6 flex flex-wrap gap-3 text-sm">
            {data.versions.map((v) => (
              <li key={v.versionNumber}>
                <Link href={`${base}/versies/${v.versionNumber}`} className="text-blue-800 underline">
                  {fill(tv.read, { n: v.versionNumber })}
                </Link>
              </li>
            ))}
          </ul>
          <form
            method="get"
            className="no-print mb-8 flex flex-wrap items-end gap-4 rounded-lg border border-slate-200 bg-white p-5 shadow-sm"
          >
            <SelectField
              id="van"
              name="van"
              label={tv.from}
              defaultValue={String(data.from)}
              options={options.filter((o) => o.value !== "0")}
            />
            <SelectField id="naar" name="naar" label={tv.to} defaultValue={String(data.to)} options={options} />
            <button type="submit" className="rounded-md bg-blue-800 px-4 py-2 font-semibold text-white hover:bg-blue-900">
              {tv.compare}
            </button>
          </form>
          {diff ? (
            <section aria-labelledby="verschillen">
              <h2 id="verschillen" className="text-xl font-semibold">
                {fill(tv.fromTo, { from: label(data.from), to: label(data.to) })}
              </h2>
              <p role="status" className="mb-4 text-muted">
                {fill(tv.counts, diff.counts)}
              </p>
              {diff.plan.length > 0 ? (
                <div className="mb-4 rounded-lg border border-amber-400 bg-amber-50 p-4">
                  <h3 className="font-semibold">{t.plan.col.plan}</h3>
                  <Changes changes={diff.plan} caption={tv.planChanges} messages={t} />
                </div>
              ) : null}
              {diff.themes.length === 0 && diff.plan.length === 0 ? <p>{tv.noDifferences}</p> : null}
              <ol className="space-y-4">
                {diff.themes.map((th) => (
                  <li key={th.key} className={`rounded-lg border p-4 ${KIND_TONE[th.kind]}`}>
                    <h3 className="font-semibold">
                      {fill(tv.themeHeading, { name: th.name })} <span className="text-sm font-normal">— {tv.kind[th.kind]}</span>
                    </h3>
                    <Changes changes={th.changes} caption={fill(tv.themeChanges, { name: th.name })} messages={t} />
                    {th.initiatives.length > 0 ? (
                      <ul className="mt-3 space-y-2">
                        {th.initiatives.map((i) => (
                          <li key={i.key} className={`rounded-md border p-3 ${KIND_TONE[i.kind]}`}>
                            <p className="font-medium">
                              {i.title} <span className="text-sm font-normal">— {tv.kind[i.kind]}</span>
                            </p>
                            <Changes changes={i.changes} caption={fill(tv.initiativeChanges, { title: i.title })} messages={t} />
                          </li>
                        ))}
                      </ul>
                    ) : null}
                  </li>
                ))}
              </ol>
            </section>
          ) : null}
        </>
      )}
    </>
  );
}
