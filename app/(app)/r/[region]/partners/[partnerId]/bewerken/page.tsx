import type { Metadata } from "next";
import { PartnerForm } from "@/components/forms/partner-form";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/session";
import { PARTNER_KINDS } from "@/lib/domain/partners/schema";
import { getPartnerFormData } from "@/lib/domain/partners/service";
import { getMessages } from "@/lib/i18n/server";
import { loadOr404 } from "@/lib/next/page";
import { updatePartnerAction } from "../../actions";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getMessages();
  return { title: t.common.meta.editPartner };
}

export default async function EditPartnerPage({ params }: { params: Promise<{ region: string; partnerId: string }> }) {
  const { region: slug, partnerId } = await params;
  const actor = await requireActor();
  const { region, partner } = await loadOr404(getPartnerFormData(actor, slug, partnerId));
  const { t } = await getMessages();
  return (
    <>
      <PageHeader title={`${partner.values.name}: ${t.network.edit.toLowerCase()}`} intro={t.network.editPartnerIntro} />
      <PartnerForm
        t={t.forms}
        action={updatePartnerAction.bind(null, region.slug, partner.id)}
        initial={partner.values}
        kinds={PARTNER_KINDS.map((k) => ({ value: k, label: t.network.partnerKind[k] }))}
        submitLabel={t.network.save}
      />
    </>
  );
}
