import type { Metadata } from "next";
import { PracticeForm } from "@/components/forms/practice-form";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/session";
import { getPracticeFormData } from "@/lib/domain/practices/service";
import { getMessages } from "@/lib/i18n/server";
import { loadOr404 } from "@/lib/next/page";
import { updatePracticeAction } from "../../actions";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getMessages();
  return { title: t.common.meta.editPractice };
}

export default async function EditPracticePage({ params }: { params: Promise<{ region: string; practiceId: string }> }) {
  const { region: slug, practiceId } = await params;
  const actor = await requireActor();
  const data = await loadOr404(getPracticeFormData(actor, slug, practiceId));
  const { locale, t } = await getMessages();
  const practice = data.practice!;
  return (
    <>
      <PageHeader title={`${practice.values.name}: ${t.network.edit.toLowerCase()}`} />
      <PracticeForm
        t={t.forms}
        action={updatePracticeAction.bind(null, data.region.slug, practice.id)}
        initial={practice.values}
        disciplines={data.disciplines.map((d) => ({ code: d.code, name: d.name[locale] }))}
        municipalities={data.municipalities}
        submitLabel={t.network.save}
      />
    </>
  );
}
