import { Section } from "@/components/ui/section";
import { Badge, DataTable, Td, Th } from "@/components/ui/table";
import { targetLabel, type SocialLinkKind, type SocialLinkStatus } from "@/lib/domain/social/rules";
import type { Messages } from "@/lib/i18n/messages";

type LinkRow = {
  id: string;
  organisationName: string;
  target: { type: "wijkverband" | "praktijk"; name: string };
  kind: SocialLinkKind;
  status: SocialLinkStatus;
  contactRole: string | null;
  note: string | null;
};

/** The social-domain links of a wijkverband or practice: who to refer to, and how. */
export function SocialLinksTable({ title, links, labels }: { title: string; links: LinkRow[]; labels: Messages["social"] }) {
  return (
    <Section id="sociaal-domein" title={title}>
      <DataTable
        caption={title}
        head={
          <tr>
            <Th>{labels.organisation}</Th>
            <Th>{labels.target}</Th>
            <Th>{labels.kind}</Th>
            <Th>{labels.status}</Th>
            <Th>{labels.contactRole}</Th>
            <Th>{labels.note}</Th>
          </tr>
        }
        empty={labels.noLinks}
      >
        {links.map((l) => (
          <tr key={l.id}>
            <Td>{l.organisationName}</Td>
            <Td>{targetLabel(l.target.type, l.target.name, labels)}</Td>
            <Td>{labels.linkKindLabel[l.kind]}</Td>
            <Td>
              <Badge tone={l.status === "actief" ? "good" : l.status === "verkenning" ? "warn" : "neutral"}>
                {labels.linkStatusLabel[l.status]}
              </Badge>
            </Td>
            <Td>{l.contactRole ?? "–"}</Td>
            <Td>{l.note ?? "–"}</Td>
          </tr>
        ))}
      </DataTable>
    </Section>
  );
}
