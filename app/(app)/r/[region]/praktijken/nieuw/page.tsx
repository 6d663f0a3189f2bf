import type { Metadata } from "next";
import { PracticeForm } from "@/components/forms/practice-form";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/session";
import { getPracticeFormData } from "@/lib/domain/practices/service";
import { getMessages } from "@/lib/i18n/server";
import { loadOr404 } from "@/lib/next/page";
import { createPracticeAction } from "../actions";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getMessages();
  return { title: t.common.meta.newPractice };
}

export default async function NewPracticePage({ params }: { params: Promise<{ region: string }> }) {
  const { region: slug } = await params;
  const actor = await requireActor();
  const data = await loadOr404(getPracticeFormData(actor, slug));
  const { locale, t } = await getMessages();
  return (
    <>
      <PageHeader title={t.network.newPractice} intro={t.network.newPracticeIntro} />
      <PracticeForm
        t={t.forms}
        action={createPracticeAction.bind(null, data.region.slug)}
        initial={{}}
        disciplines={data.disciplines.map((d) => ({ code: d.code, name: d.name[locale] }))}
        municipalities={data.municipalities}
        submitLabel={t.network.newPractice}
      />
    </>
  );
}
