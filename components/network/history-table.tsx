import { DataTable, Td, Th } from "@/components/ui/table";
import { describeAuditAction, describeField, describeValue } from "@/components/audit/describe-action";
import type { HistoryEntry } from "@/lib/domain/audit/history";
import { formatDateTime } from "@/lib/format";
import type { Messages } from "@/lib/i18n/messages";

type Labels = {
  history: string;
  historyEmpty: string;
  when: string;
  who: string;
  what: string;
  field: string;
  before: string;
  after: string;
};

/** An entity's change history from the audit log, newest first. */
export function HistoryTable({
  entries,
  labels,
  t,
  locale,
}: {
  entries: HistoryEntry[];
  labels: Labels;
  t: Messages;
  locale: "nl" | "en";
}) {
  const roles = t.roles as Record<string, string>;
  return (
    <section aria-labelledby="geschiedenis" className="mt-10">
      <h2 id="geschiedenis" className="mb-3 text-xl font-semibold">
        {labels.history}
      </h2>
      {entries.length === 0 ? (
        <p className="text-muted">{labels.historyEmpty}</p>
      ) : (
        <DataTable
          caption={labels.history}
          head={
            <tr>
              <Th>{labels.when}</Th>
              <Th>{labels.who}</Th>
              <Th>{labels.what}</Th>
            </tr>
          }
        >
          {entries.map((e) => (
            <tr key={e.id} className="align-top">
              <Td>{formatDateTime(e.occurredAt, locale)}</Td>
              <Td>
                {e.who}
                {e.role ? <span className="block text-muted">{roles[e.role] ?? e.role}</span> : null}
              </Td>
              <Td>
                <span title={e.action}>{describeAuditAction(e.action, t)}</span>
                {e.changes.length ? (
                  <ul className="mt-1 space-y-0.5">
                    {e.changes.map((c) => (
                      <li key={c.field}>
                        <span className="font-medium">{describeField(c.field, t)}</span>:{" "}
                        <span className="sr-only">{labels.before} </span>
                        <span className="text-muted">{describeValue(c.field, c.before, t, e.names, locale)}</span> →{" "}
                        <span className="sr-only">{labels.after} </span>
                        {describeValue(c.field, c.after, t, e.names, locale)}
                      </li>
                    ))}
                  </ul>
                ) : null}
              </Td>
            </tr>
          ))}
        </DataTable>
      )}
    </section>
  );
}
