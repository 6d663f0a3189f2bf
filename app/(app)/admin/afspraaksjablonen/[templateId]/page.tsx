import type { Metadata } from "next";
import Link from "next/link";
import { TemplateForm } from "@/components/agreements/template-form";
import { Main } from "@/components/layout/main";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/session";
import { getAgreementTemplate } from "@/lib/domain/admin/agreement-templates";
import { fill } from "@/lib/i18n/messages";
import { getMessages } from "@/lib/i18n/server";
import { loadOr404 } from "@/lib/next/page";
import { updateTemplateAction } from "../actions";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getMessages();
  return { title: t.common.meta.editTemplate };
}

export default async function EditAgreementTemplatePage({ params }: { params: Promise<{ templateId: string }> }) {
  const { templateId } = await params;
  const actor = await requireActor();
  const tpl = await loadOr404(getAgreementTemplate(actor, templateId));
  const { t } = await getMessages();
  const a = t.agreements;
  return (
    <Main>
      <PageHeader title={fill(a.editTemplateTitle, { title: tpl.title })} intro={`${a.key}: ${tpl.key}`} />
      <p className="mb-6">
        <Link href="/admin/afspraaksjablonen" className="underline">
          {a.toTemplates}
        </Link>
      </p>
      <TemplateForm
        action={updateTemplateAction.bind(null, tpl.id)}
        initial={{ ...tpl, sortOrder: String(tpl.sortOrder) }}
        keyEditable={false}
        labels={a}
        submitLabel={a.templateSave}
      />
    </Main>
  );
}
