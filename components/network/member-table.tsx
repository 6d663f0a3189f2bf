"use client";
// A wijkverband's members with their role, each removable by an editor through the page's shared
// form. A client component only so that the page sends each row's values rather than its drawn
// cells; it has no state.
import Link from "next/link";
import { RowSubmitButton } from "@/components/forms/inline-button";
import { DataTable, Td, Th } from "@/components/ui/table";

export type MemberRow = {
  id: string;
  name: string;
  /** The practice's page; null for a partner organisation. */
  href: string | null;
  /** "Huisartsenzorg", "Fysiotherapie (gearchiveerd)", or the organisation's kind. */
  kind: string;
  role: string;
};

export function MemberTable({
  caption,
  head,
  rows,
  empty,
  removeForm,
}: {
  caption: string;
  head: { name: string; kind: string; role: string; remove: string };
  rows: MemberRow[];
  empty: string;
  /** The id of the page's remove form; null when the reader may not remove members. */
  removeForm: string | null;
}) {
  return (
    <DataTable
      caption={caption}
      head={
        <tr>
          <Th>{head.name}</Th>
          <Th>{head.kind}</Th>
          <Th>{head.role}</Th>
          {removeForm ? <Th>{head.remove}</Th> : null}
        </tr>
      }
      empty={empty}
    >
      {rows.map((row) => (
        <tr key={row.id}>
          <Td>
            {row.href ? (
              <Link href={row.href} className="underline">
                {row.name}
              </Link>
            ) : (
              row.name
            )}
          </Td>
          <Td>{row.kind}</Td>
          <Td>{row.role}</Td>
          {removeForm ? (
            <Td>
              <RowSubmitButton
                form={removeForm}
                name="memberId"
                value={row.id}
                tone="link"
                label={head.remove}
                ariaLabel={`${head.remove}: ${row.name} (${row.role})`}
              />
            </Td>
          ) : null}
        </tr>
      ))}
    </DataTable>
  );
}
