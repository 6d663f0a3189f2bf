import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { DisciplineForm } from "@/components/forms/discipline-form";
import { Main } from "@/components/layout/main";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/session";
import { listDisciplines } from "@/lib/domain/admin/disciplines";
import { getMessages } from "@/lib/i18n/server";
import { loadOr404 } from "@/lib/next/page";
import { updateDisciplineAction } from "../actions";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getMessages();
  return { title: t.common.meta.editDiscipline };
}

export default async function EditDisciplinePage({ params }: { params: Promise<{ disciplineId: string }> }) {
  const { disciplineId } = await params;
  const actor = await requireActor();
  const d = (await loadOr404(listDisciplines(actor))).find((x) => x.id === disciplineId);
  if (!d) notFound();
  const { t } = await getMessages();
  return (
    <Main>
      <PageHeader title={`${d.name}: ${t.network.edit.toLowerCase()}`} intro={`Code: ${d.code}`} />
      <DisciplineForm
        t={t.forms}
        action={updateDisciplineAction.bind(null, d.id)}
        initial={{
          code: d.code,
          name: d.name,
          nameEn: d.nameEn,
          category: d.category,
          sortOrder: String(d.sortOrder),
          active: String(d.active),
        }}
        codeEditable={false}
        submitLabel={t.network.save}
      />
    </Main>
  );
}
