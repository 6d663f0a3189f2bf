// The wijkverbanden as a table with their core-team check: the region home, the municipality home
// and the wijkverbanden list show the same rows with more or fewer columns.
import Link from "next/link";
import { Badge, DataTable, Td, Th } from "@/components/ui/table";
import { formatNumber } from "@/lib/format";
import { fill, type Messages } from "@/lib/i18n/messages";

export type WijkverbandRow = {
  id: string;
  name: string;
  href: string;
  archived?: boolean;
  municipality?: string;
  region?: { name: string; href: string };
  wijkCodes?: string[];
  inhabitants: number | null;
  coordinatorName?: string | null;
  members?: number;
  coreComplete: boolean;
  missing: readonly string[];
};

type Column = "municipality" | "region" | "wijkCodes" | "coordinator" | "members";

/** Complete, or which core roles (huisarts, wijkverpleging, apotheek, sociaal domein) are missing. */
export function CoreTeamBadge({
  complete,
  missing,
  t,
}: {
  complete: boolean;
  missing: readonly string[];
  t: Messages["network"];
}) {
  const role = (r: string) => t.coreRole[r as keyof typeof t.coreRole] ?? r;
  return complete ? (
    <Badge tone="good">{t.complete}</Badge>
  ) : (
    <Badge tone="warn">{fill(t.missing, { roles: missing.map(role).join(", ") })}</Badge>
  );
}

export function WijkverbandTable({
  caption,
  rows,
  columns,
  t,
}: {
  caption: string;
  rows: WijkverbandRow[];
  columns: readonly Column[];
  t: Messages["network"];
}) {
  const show = (c: Column) => columns.includes(c);
  return (
    <DataTable
      caption={caption}
      head={
        <tr>
          <Th>{t.name}</Th>
          {show("municipality") ? <Th>{t.municipality}</Th> : null}
          {show("region") ? <Th>{t.region}</Th> : null}
          {show("wijkCodes") ? <Th>{t.wijkCodes}</Th> : null}
          <Th numeric>{t.inhabitants}</Th>
          {show("coordinator") ? <Th>{t.coordinator}</Th> : null}
          {show("members") ? <Th numeric>{t.members}</Th> : null}
          <Th>{t.coreTeam}</Th>
        </tr>
      }
    >
      {rows.map((w) => (
        <tr key={w.id}>
          <Td>
            <Link href={w.href} className="font-medium underline">
              {w.name}
            </Link>
            {w.archived ? (
              <>
                {" "}
                <Badge tone="neutral">{t.archived}</Badge>
              </>
            ) : null}
          </Td>
          {show("municipality") ? <Td>{w.municipality ?? "–"}</Td> : null}
          {show("region") ? (
            <Td>
              {w.region ? (
                <Link href={w.region.href} className="underline">
                  {w.region.name}
                </Link>
              ) : (
                "–"
              )}
            </Td>
          ) : null}
          {show("wijkCodes") ? <Td>{w.wijkCodes?.join(", ") || "–"}</Td> : null}
          <Td numeric>{w.inhabitants === null ? "–" : formatNumber(w.inhabitants)}</Td>
          {show("coordinator") ? <Td>{w.coordinatorName ?? "–"}</Td> : null}
          {show("members") ? <Td numeric>{w.members ?? "–"}</Td> : null}
          <Td>
            <CoreTeamBadge complete={w.coreComplete} missing={w.missing} t={t} />
          </Td>
        </tr>
      ))}
    </DataTable>
  );
}
