import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ActionForm } from "@/components/forms/action-form";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/session";
import { getThemeEditForm } from "@/lib/domain/plans/themes";
import { fill } from "@/lib/i18n/messages";
import { getMessages } from "@/lib/i18n/server";
import { loadOr404 } from "@/lib/next/page";
import { updateThemeAction } from "../../../actions";
import { themeFieldSpecs } from "../../../fields";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getMessages();
  return { title: t.plan.page.editTheme };
}

// A theme's edit form has a page of its own: on the plan page, one form per theme made every view of
// a large plan carry forms that are rarely opened.
export default async function EditThemePage({
  params,
}: {
  params: Promise<{ region: string; planId: string; themeId: string }>;
}) {
  const { region: slug, planId, themeId } = await params;
  const actor = await requireActor();
  const data = await loadOr404(getThemeEditForm(actor, slug, planId, themeId));
  if (!data) notFound();
  const { t } = await getMessages();
  const tp = t.plan;
  const { region, plan, theme } = data;

  return (
    <>
      <p className="mb-2 text-sm">
        <Link href={`/r/${region.slug}/regioplan/${plan.id}#opgave-${theme.id}`} className="text-blue-800 underline">
          {fill(tp.page.backTo, { title: plan.title })}
        </Link>
      </p>
      <PageHeader title={tp.page.editTheme} intro={fill(tp.page.editThemeIntro, { theme: theme.name, title: plan.title })} />
      <div className="max-w-2xl">
        <ActionForm
          idPrefix="opgave"
          action={updateThemeAction.bind(null, region.slug, plan.id, theme.id)}
          fields={themeFieldSpecs(tp, theme)}
          submitLabel={tp.page.saveTheme}
          pendingLabel={tp.form.saving}
        />
      </div>
    </>
  );
}
