import type { Metadata } from "next";
import { WijkverbandForm } from "@/components/forms/wijkverband-form";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/session";
import { getWijkverbandFormData } from "@/lib/domain/wijkverbanden/service";
import { getMessages } from "@/lib/i18n/server";
import { loadOr404 } from "@/lib/next/page";
import { createWijkverbandAction } from "../actions";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getMessages();
  return { title: t.common.meta.newWijkverband };
}

export default async function NewWijkverbandPage({ params }: { params: Promise<{ region: string }> }) {
  const { region: slug } = await params;
  const actor = await requireActor();
  const data = await loadOr404(getWijkverbandFormData(actor, slug));
  const { t } = await getMessages();
  return (
    <>
      <PageHeader title={t.network.newWijkverband} intro={t.network.newWijkverbandIntro} />
      <WijkverbandForm
        t={t.forms}
        action={createWijkverbandAction.bind(null, data.region.slug)}
        initial={{}}
        municipalities={data.municipalities}
        submitLabel={t.network.newWijkverband}
      />
    </>
  );
}
