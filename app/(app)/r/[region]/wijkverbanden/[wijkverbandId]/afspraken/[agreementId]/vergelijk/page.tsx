import type { Metadata } from "next";
import Link from "next/link";
import { DiffView } from "@/components/agreements/diff-view";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/session";
import { diffSummary } from "@/lib/domain/agreements/rules";
import { compareVersions } from "@/lib/domain/agreements/service";
import { fill } from "@/lib/i18n/messages";
import { getMessages } from "@/lib/i18n/server";
import { loadOr404 } from "@/lib/next/page";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getMessages();
  return { title: t.common.meta.compareVersions };
}

const versionParam = (value: string | undefined) => (value && /^\d{1,6}$/.test(value) ? Number(value) : undefined);

export default async function CompareAgreementVersionsPage({
  params,
  searchParams,
}: {
  params: Promise<{ region: string; wijkverbandId: string; agreementId: string }>;
  searchParams: Promise<{ van?: string; naar?: string }>;
}) {
  const { region: slug, wijkverbandId, agreementId } = await params;
  const { van, naar } = await searchParams;
  const actor = await requireActor();
  const c = await loadOr404(compareVersions(actor, slug, wijkverbandId, agreementId, versionParam(van), versionParam(naar)));
  const { t } = await getMessages();
  const a = t.agreements;
  const caption = fill(a.diffCaption, { from: c.from.versionNumber, to: c.to.versionNumber });
  const summary = diffSummary(c.lines);
  const select = (name: string, label: string, value: number) => (
    <div>
      <label htmlFor={`versie-${name}`} className="block font-medium">
        {label}
      </label>
      <select
        id={`versie-${name}`}
        name={name}
        defaultValue={String(value)}
        className="mt-1 block rounded-md border border-slate-400 bg-white px-3 py-2"
      >
        {c.versions.map((v) => (
          <option key={v.id} value={v.versionNumber}>
            {fill(a.versionN, { n: v.versionNumber })}
            {v.status === "concept" ? ` (${a.statusConcept})` : v.status === "vervangen" ? ` (${a.statusSuperseded})` : ""}
          </option>
        ))}
      </select>
    </div>
  );

  return (
    <>
      <PageHeader title={fill(a.compareTitle, { title: c.agreement.title })} intro={a.compareIntro} />
      <p className="mb-6">
        <Link href={`/r/${c.region.slug}/wijkverbanden/${c.wijkverband.id}/afspraken/${c.agreement.id}`} className="underline">
          {a.backToAgreement}
        </Link>
      </p>
      <form method="get" className="no-print mb-6 flex flex-wrap items-end gap-4">
        {select("van", a.from, c.from.versionNumber)}
        {select("naar", a.to, c.to.versionNumber)}
        <button type="submit" className="rounded-md bg-blue-800 px-4 py-2 font-semibold text-white hover:bg-blue-900">
          {a.show}
        </button>
      </form>
      <section aria-labelledby="verschil">
        <h2 id="verschil" className="mb-1 text-xl font-semibold">
          {caption}
        </h2>
        <p className="mb-3">{summary.added + summary.removed === 0 ? a.noDifferences : fill(a.diffSummary, summary)}</p>
        <DiffView lines={c.lines} labels={a} label={caption} />
      </section>
    </>
  );
}
