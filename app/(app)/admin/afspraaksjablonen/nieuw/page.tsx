import type { Metadata } from "next";
import Link from "next/link";
import { TemplateForm } from "@/components/agreements/template-form";
import { Main } from "@/components/layout/main";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/session";
import { listAgreementTemplates } from "@/lib/domain/admin/agreement-templates";
import { getMessages } from "@/lib/i18n/server";
import { loadOr404 } from "@/lib/next/page";
import { createTemplateAction } from "../actions";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getMessages();
  return { title: t.common.meta.newTemplate };
}

export default async function NewAgreementTemplatePage() {
  const actor = await requireActor();
  const existing = await loadOr404(listAgreementTemplates(actor)); // also the admin check
  const { t } = await getMessages();
  const a = t.agreements;
  return (
    <Main>
      <PageHeader title={a.newTemplate} intro={a.templatesIntro} />
      <p className="mb-6">
        <Link href="/admin/afspraaksjablonen" className="underline">
          {a.toTemplates}
        </Link>
      </p>
      <TemplateForm
        action={createTemplateAction}
        initial={{ key: "", title: "", topic: "", body: "", sortOrder: String((existing.length + 1) * 10), active: true }}
        keyEditable
        labels={a}
        submitLabel={a.templateCreate}
      />
    </Main>
  );
}
