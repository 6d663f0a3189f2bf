import type { Metadata } from "next";
import Link from "next/link";
import { PartnerForm } from "@/components/forms/partner-form";
import { Section } from "@/components/ui/section";
import { DataTable, Td, Th } from "@/components/ui/table";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/session";
import { PARTNER_KINDS } from "@/lib/domain/partners/schema";
import { listPartners } from "@/lib/domain/partners/service";
import { safeWebsiteHref } from "@/lib/domain/shared/identifiers";
import { getMessages } from "@/lib/i18n/server";
import { loadOr404 } from "@/lib/next/page";
import { createPartnerAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getMessages();
  return { title: t.common.meta.partners };
}

export default async function PartnersPage({ params }: { params: Promise<{ region: string }> }) {
  const { region: slug } = await params;
  const actor = await requireActor();
  const list = await loadOr404(listPartners(actor, slug));
  const { t } = await getMessages();
  const n = t.network;
  const base = `/r/${list.region.slug}/partners`;
  return (
    <>
      <PageHeader title={n.partnersTitle} intro={n.partnersIntro}>
        <span className="flex gap-4">
          <a href={`${base}/export?format=csv`} className="underline">
            {n.exportCsv}
          </a>
          <a href={`${base}/export?format=xlsx`} className="underline">
            {n.exportXlsx}
          </a>
        </span>
      </PageHeader>
      {list.rows.length === 0 ? (
        <p>{n.noPartners}</p>
      ) : (
        <DataTable
          caption={n.partnersTitle}
          head={
            <tr>
              <Th>{n.name}</Th>
              <Th>{n.kind}</Th>
              <Th>{n.kvk}</Th>
              <Th>{n.agb}</Th>
              <Th>{n.place}</Th>
              <Th numeric>{n.navWijkverbanden}</Th>
              {list.mayEdit ? <Th>{n.edit}</Th> : null}
            </tr>
          }
        >
          {list.rows.map((p) => (
            <tr key={p.id} className="align-top">
              <Td>
                <span className="font-medium">{p.name}</span>
                {p.description ? <span className="block text-muted">{p.description}</span> : null}
                {safeWebsiteHref(p.website) ? (
                  <a href={safeWebsiteHref(p.website)!} className="block underline" rel="noopener noreferrer">
                    {p.website}
                  </a>
                ) : p.website ? (
                  <span className="block">{p.website}</span>
                ) : null}
              </Td>
              <Td>{t.network.partnerKind[p.kind as keyof typeof t.network.partnerKind] ?? p.kind}</Td>
              <Td>{p.kvk ?? "–"}</Td>
              <Td>{p.agb ?? "–"}</Td>
              <Td>{p.city ?? "–"}</Td>
              <Td numeric>{p.wijkverbanden}</Td>
              {list.mayEdit ? (
                <Td>
                  {(PARTNER_KINDS as readonly string[]).includes(p.kind) ? (
                    <Link href={`${base}/${p.id}/bewerken`} className="underline" aria-label={`${n.edit}: ${p.name}`}>
                      {n.edit}
                    </Link>
                  ) : null}
                </Td>
              ) : null}
            </tr>
          ))}
        </DataTable>
      )}
      {list.mayEdit ? (
        <Section id="nieuwe-partner" title={n.newPartner}>
          <PartnerForm
            t={t.forms}
            action={createPartnerAction.bind(null, list.region.slug)}
            initial={{}}
            kinds={PARTNER_KINDS.map((k) => ({ value: k, label: t.network.partnerKind[k] }))}
            submitLabel={n.newPartner}
          />
        </Section>
      ) : null}
    </>
  );
}
