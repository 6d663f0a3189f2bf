import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ActionForm } from "@/components/forms/action-form";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/session";
import { getNewInitiativeForm } from "@/lib/domain/plans/initiatives";
import { fill } from "@/lib/i18n/messages";
import { getMessages } from "@/lib/i18n/server";
import { loadOr404 } from "@/lib/next/page";
import { createInitiativeAction } from "../../actions";
import { initiativeFieldSpecs } from "../../fields";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getMessages();
  return { title: t.plan.page.addInitiative };
}

export default async function NewInitiativePage({
  params,
  searchParams,
}: {
  params: Promise<{ region: string; planId: string }>;
  searchParams: Promise<{ opgave?: string }>;
}) {
  const { region: slug, planId } = await params;
  const { opgave } = await searchParams;
  const actor = await requireActor();
  const data = await loadOr404(getNewInitiativeForm(actor, slug, planId));
  if (!data) notFound();
  const { t } = await getMessages();
  const tp = t.plan;
  const { region, plan, options } = data;
  const planHref = `/r/${region.slug}/regioplan/${plan.id}`;
  // A theme chosen on the plan page comes preselected; anything else leaves the form's default (the first).
  const themeId = options.themes.some((th) => th.id === opgave) ? opgave : undefined;

  return (
    <>
      <p className="mb-2 text-sm">
        <Link href={planHref} className="text-blue-800 underline">
          {fill(tp.page.backTo, { title: plan.title })}
        </Link>
      </p>
      <PageHeader title={tp.page.addInitiative} intro={fill(tp.page.newInitiativeIntro, { title: plan.title })} />
      <div className="max-w-2xl">
        {options.themes.length === 0 ? (
          <p className="text-muted">{tp.page.addThemeFirst}</p>
        ) : (
          <ActionForm
            idPrefix="nieuw-initiatief"
            action={createInitiativeAction.bind(null, region.slug)}
            submitLabel={tp.page.addInitiative}
            pendingLabel={tp.form.adding}
            fields={initiativeFieldSpecs(tp, options, { themeId })}
          />
        )}
      </div>
    </>
  );
}
