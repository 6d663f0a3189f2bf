import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { DraftForm } from "@/components/agreements/draft-form";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/session";
import { getWijkverbandAgreements } from "@/lib/domain/agreements/service";
import { fill } from "@/lib/i18n/messages";
import { getMessages } from "@/lib/i18n/server";
import { loadOr404 } from "@/lib/next/page";
import { createAgreementAction } from "@/app/(app)/r/[region]/afspraken/actions";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getMessages();
  return { title: t.common.meta.newAgreement };
}

const isoDay = (date: Date) => date.toISOString().slice(0, 10);

export default async function NewAgreementPage({
  params,
  searchParams,
}: {
  params: Promise<{ region: string; wijkverbandId: string }>;
  searchParams: Promise<{ sjabloon?: string }>;
}) {
  const { region: slug, wijkverbandId } = await params;
  const { sjabloon } = await searchParams;
  const actor = await requireActor();
  const data = await loadOr404(getWijkverbandAgreements(actor, slug, wijkverbandId));
  if (!data.mayDraft) notFound();
  const { t } = await getMessages();
  const a = t.agreements;
  const template = data.templates.find((tpl) => tpl.id === sjabloon) ?? null;
  const today = new Date();
  const nextYear = new Date(Date.UTC(today.getUTCFullYear() + 1, today.getUTCMonth(), today.getUTCDate()));

  return (
    <>
      <PageHeader title={fill(a.newAgreementTitle, { name: data.wijkverband.name })} intro={a.newAgreementIntro} />
      <section aria-labelledby="sjabloon-kiezen" className="mb-8 max-w-xl">
        <h2 id="sjabloon-kiezen" className="mb-2 text-xl font-semibold">
          {a.chooseTemplate}
        </h2>
        <form method="get" className="flex flex-wrap items-end gap-3">
          <div className="grow">
            <label htmlFor="sjabloon" className="block font-medium">
              {a.templateLabel}
            </label>
            <select
              id="sjabloon"
              name="sjabloon"
              defaultValue={template?.id ?? ""}
              className="mt-1 block w-full rounded-md border border-slate-400 bg-white px-3 py-2"
            >
              <option value="">{a.emptyTemplate}</option>
              {data.templates.map((tpl) => (
                <option key={tpl.id} value={tpl.id}>
                  {tpl.title}
                </option>
              ))}
            </select>
          </div>
          <button type="submit" className="rounded-md border border-slate-400 bg-white px-4 py-2 font-semibold hover:bg-slate-50">
            {a.useTemplate}
          </button>
        </form>
      </section>
      <section aria-labelledby="concept">
        <h2 id="concept" className="mb-2 text-xl font-semibold">
          {a.editConcept}
        </h2>
        <DraftForm
          key={template?.id ?? "leeg"}
          action={createAgreementAction.bind(null, data.region.slug, data.wijkverband.id)}
          initial={{
            title: template?.title ?? "",
            topic: template?.topic ?? "",
            body: template?.body ?? "",
            effectiveDate: isoDay(today),
            reviewDate: isoDay(nextYear),
            templateId: template?.id,
          }}
          labels={a}
          submitLabel={a.create}
          idPrefix="nieuwe-afspraak"
        />
      </section>
    </>
  );
}
