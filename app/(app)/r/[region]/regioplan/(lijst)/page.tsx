import type { Metadata } from "next";
import Link from "next/link";
import { ActionForm } from "@/components/forms/action-form";
import { PlanStatusBadge } from "@/components/plan/badges";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import { DataTable, Td, Th } from "@/components/ui/table";
import { requireActor } from "@/lib/auth/session";
import { listPlans } from "@/lib/domain/plans/plans";
import { formatNumber } from "@/lib/format";
import { fill } from "@/lib/i18n/messages";
import { getMessages } from "@/lib/i18n/server";
import { loadOr404 } from "@/lib/next/page";
import { createPlanAction } from "../actions";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getMessages();
  return { title: t.plan.navPlan };
}

export default async function PlansPage({ params }: { params: Promise<{ region: string }> }) {
  const { region: slug } = await params;
  const actor = await requireActor();
  const data = await loadOr404(listPlans(actor, slug));
  const { t } = await getMessages();
  const year = new Date().getFullYear();
  const tp = t.plan;

  return (
    <>
      <PageHeader title={t.plan.plansTitle} intro={t.plan.plansIntro} />
      <DataTable
        caption={t.plan.plansTitle}
        head={
          <tr>
            <Th>{tp.col.plan}</Th>
            <Th>{tp.col.period}</Th>
            <Th>{tp.col.status}</Th>
            <Th numeric>{tp.col.version}</Th>
            <Th numeric>{tp.col.themes}</Th>
            <Th numeric>{tp.col.initiatives}</Th>
          </tr>
        }
        empty={t.plan.noPlans}
      >
        {data.plans.map((p) => (
          <tr key={p.id}>
            <Td>
              <Link href={`/r/${data.region.slug}/regioplan/${p.id}`} className="font-medium text-blue-800 underline">
                {p.title}
              </Link>
            </Td>
            <Td>
              {p.periodStart}–{p.periodEnd}
            </Td>
            <Td>
              <PlanStatusBadge status={p.status} t={t} />
            </Td>
            <Td numeric>{p.currentVersion > 0 ? `v${p.currentVersion}` : "—"}</Td>
            <Td numeric>{formatNumber(p.themes)}</Td>
            <Td numeric>{formatNumber(p.initiatives)}</Td>
          </tr>
        ))}
      </DataTable>
      {data.mayCreate ? (
        <Section id="nieuw-plan" title={t.plan.newPlan} className="mt-10 max-w-2xl">
          <p className="mb-3 text-muted">{t.plan.newPlanHint}</p>
          <ActionForm
            idPrefix="nieuw-plan"
            action={createPlanAction.bind(null, data.region.slug)}
            submitLabel={tp.form.createPlan}
            pendingLabel={tp.form.creating}
            fields={[
              {
                kind: "text",
                name: "title",
                label: tp.form.title,
                defaultValue: fill(tp.form.defaultPlanTitle, { from: year, to: year + 3 }),
                required: true,
              },
              {
                kind: "number",
                inputMode: "numeric",
                name: "periodStart",
                label: tp.form.startYear,
                defaultValue: year,
                required: true,
              },
              {
                kind: "number",
                inputMode: "numeric",
                name: "periodEnd",
                label: tp.form.endYear,
                defaultValue: year + 3,
                required: true,
              },
              {
                kind: "textarea",
                name: "summary",
                label: tp.form.summary,
                hint: tp.form.summaryHint,
                rows: 4,
              },
            ]}
          />
        </Section>
      ) : null}
    </>
  );
}
