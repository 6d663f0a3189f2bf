import type { Metadata } from "next";
import { WijkverbandForm } from "@/components/forms/wijkverband-form";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/session";
import { getWijkverbandFormData } from "@/lib/domain/wijkverbanden/service";
import { getMessages } from "@/lib/i18n/server";
import { loadOr404 } from "@/lib/next/page";
import { updateWijkverbandAction } from "../../actions";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getMessages();
  return { title: t.common.meta.editWijkverband };
}

export default async function EditWijkverbandPage({ params }: { params: Promise<{ region: string; wijkverbandId: string }> }) {
  const { region: slug, wijkverbandId } = await params;
  const actor = await requireActor();
  const data = await loadOr404(getWijkverbandFormData(actor, slug, wijkverbandId));
  const { t } = await getMessages();
  const wv = data.wijkverband!;
  return (
    <>
      <PageHeader title={`${wv.values.name}: ${t.network.edit.toLowerCase()}`} />
      <WijkverbandForm
        t={t.forms}
        action={updateWijkverbandAction.bind(null, data.region.slug, wv.id)}
        initial={wv.values}
        municipalities={data.municipalities}
        submitLabel={t.network.save}
      />
    </>
  );
}
