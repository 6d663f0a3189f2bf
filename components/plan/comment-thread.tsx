// The conversation on a plan, theme or initiative: who wrote it in which role and organisation,
// whether a coordinator handled it, and (when allowed) a form to react and handle buttons.
import { ActionForm } from "@/components/forms/action-form";
import { fill, type Messages } from "@/lib/i18n/messages";
import type { FormState } from "@/lib/next/form-state";

export type CommentItem = {
  id: string;
  authorName: string;
  authorRole: string;
  authorOrganisationName: string | null;
  body: string;
  createdAt: Date;
  handledAt: Date | null;
};

type Action = (state: FormState, formData: FormData) => Promise<FormState>;

type Props = {
  idPrefix: string;
  headingId: string;
  heading: string;
  comments: CommentItem[];
  t: Pick<Messages, "plan" | "roles">;
  formatDateTime: (d: Date) => string;
  /** Null when the actor may not comment (now). */
  addAction: Action | null;
  addLabel: string;
  closedText?: string;
  handleAction?: ((commentId: string, handled: boolean) => Action) | null;
  level?: 2 | 3;
};

export function CommentThread({
  idPrefix,
  headingId,
  heading,
  comments,
  t,
  formatDateTime,
  addAction,
  addLabel,
  closedText,
  handleAction,
  level = 2,
}: Props) {
  const H = level === 2 ? "h2" : "h3";
  return (
    <section aria-labelledby={headingId} className="space-y-3">
      <H id={headingId} className={level === 2 ? "text-xl font-semibold" : "text-lg font-semibold"}>
        {heading} ({comments.length})
      </H>
      {comments.length === 0 ? <p className="text-muted">{t.plan.comments.none}</p> : null}
      <ol className="space-y-3">
        {comments.map((c) => (
          <li
            key={c.id}
            id={`reactie-${c.id}`}
            className={`rounded-lg border p-4 ${c.handledAt ? "border-slate-200 bg-slate-50" : "border-slate-300 bg-white"}`}
          >
            <p className="text-sm">
              <span className="font-semibold">{c.authorName}</span>
              {" · "}
              {t.roles[c.authorRole as keyof Messages["roles"]] ?? c.authorRole}
              {c.authorOrganisationName ? `, ${c.authorOrganisationName}` : ""}
              {" · "}
              <time dateTime={c.createdAt.toISOString()}>{formatDateTime(c.createdAt)}</time>
            </p>
            <p className="mt-2 whitespace-pre-line">{c.body}</p>
            <div className="mt-2 flex flex-wrap items-center gap-3">
              {c.handledAt ? (
                <span className="text-sm font-medium text-green-900">
                  {fill(t.plan.comments.handledOn, { date: formatDateTime(c.handledAt) })}
                </span>
              ) : (
                <span className="text-sm text-muted">{t.plan.comments.open}</span>
              )}
              {handleAction ? (
                <span className="no-print">
                  <ActionForm
                    variant="inline"
                    buttonTone="secondary"
                    idPrefix={`${idPrefix}-afh-${c.id}`}
                    action={handleAction(c.id, !c.handledAt)}
                    submitLabel={c.handledAt ? t.plan.comments.reopen : t.plan.comments.markHandled}
                  />
                </span>
              ) : null}
            </div>
          </li>
        ))}
      </ol>
      <div className="no-print">
        {addAction ? (
          <ActionForm
            idPrefix={`${idPrefix}-nieuw`}
            action={addAction}
            fields={[{ kind: "textarea", name: "body", label: addLabel, rows: 3, required: true }]}
            submitLabel={t.plan.comments.post}
            pendingLabel={t.plan.comments.posting}
          />
        ) : closedText ? (
          <p className="text-sm text-muted">{closedText}</p>
        ) : null}
      </div>
    </section>
  );
}
