// The kinds of notification, their default delivery, and what a notification is about (its
// subject, copied from the event) with the app path it links to. Pure: no database.
import type { NotificationDelivery, NotificationKind } from "@/lib/generated/prisma/enums";

export const NOTIFICATION_KINDS = [
  "comment_on_subject",
  "comment_reply",
  "milestone_overdue",
  "import_finished",
  "import_failed",
  "expenditure_submitted",
  "expenditure_question",
  "expenditure_approved",
  "expenditure_rejected",
  "agreement_published",
  "agreement_objection",
  "agreement_review_due",
  "social_changed",
] as const satisfies readonly NotificationKind[];

export const DELIVERIES = ["in_app", "email", "digest", "off"] as const satisfies readonly NotificationDelivery[];

export type { NotificationDelivery, NotificationKind };

/** Without a preference of the user: what each kind does. The issue asks digest for the busy ones. */
export const DEFAULT_DELIVERY: Record<NotificationKind, NotificationDelivery> = {
  comment_on_subject: "email",
  comment_reply: "email",
  milestone_overdue: "email",
  import_finished: "in_app",
  import_failed: "email",
  expenditure_submitted: "digest",
  expenditure_question: "email",
  expenditure_approved: "email",
  expenditure_rejected: "email",
  agreement_published: "email",
  agreement_objection: "email",
  agreement_review_due: "email",
  social_changed: "digest",
};

export function isNotificationKind(value: string): value is NotificationKind {
  return (NOTIFICATION_KINDS as readonly string[]).includes(value);
}

export function isDelivery(value: string): value is NotificationDelivery {
  return (DELIVERIES as readonly string[]).includes(value);
}

/** The delivery that applies: the user's choice, else the kind's default. */
export function effectiveDelivery(
  kind: NotificationKind,
  preferences: ReadonlyMap<NotificationKind, NotificationDelivery> | Partial<Record<NotificationKind, NotificationDelivery>>,
): NotificationDelivery {
  const chosen =
    preferences instanceof Map
      ? preferences.get(kind)
      : (preferences as Partial<Record<NotificationKind, NotificationDelivery>>)[kind];
  return chosen ?? DEFAULT_DELIVERY[kind];
}

/**
 * What a notification is about. Only names the recipient can see on the subject's page (titles,
 * the actor's name, a practice's name for coordinators); never a comment's text, an objection's
 * reason or an amount an insurer did not fund.
 */
export type NotificationSubject =
  | {
      type: "plan" | "theme" | "initiative";
      id: string;
      planId: string;
      slug: string;
      title: string;
      commentId?: string;
      actorName?: string;
    }
  | { type: "milestone"; id: string; initiativeId: string; slug: string; title: string; initiativeTitle: string; dueDate: string }
  | {
      type: "import";
      id: string;
      slug: string;
      importKind: "practices" | "wijkstatistics" | "referrals";
      fileName: string;
      municipalityCode: string | null;
    }
  | {
      type: "expenditure";
      id: string;
      slug: string;
      description: string;
      insurerId: string;
      submittedById: string | null;
      actorName?: string;
    }
  | {
      type: "agreement";
      id: string;
      agreementId: string;
      wijkverbandId: string;
      municipalityCode: string;
      slug: string;
      title: string;
      versionNumber: number;
      practiceName?: string;
      reviewDate?: string;
    }
  | {
      type: "social_link";
      id: string;
      slug: string;
      municipalityCode: string;
      organisationName: string;
      change: "link" | "referrals";
    };

/** The app path a notification links to; the page there answers 404 when the subject is no longer visible. */
export function subjectHref(subject: NotificationSubject): string {
  switch (subject.type) {
    case "plan":
    case "theme":
      return `/r/${subject.slug}/regioplan/${subject.planId}${subject.commentId ? `#reactie-${subject.commentId}` : ""}`;
    case "initiative":
      return `/r/${subject.slug}/initiatieven/${subject.id}${subject.commentId ? `#reactie-${subject.commentId}` : ""}`;
    case "milestone":
      return `/r/${subject.slug}/initiatieven/${subject.initiativeId}`;
    case "import":
      if (subject.importKind === "referrals")
        return subject.municipalityCode
          ? `/gemeente/${subject.municipalityCode}/sociaal-domein/import/${subject.id}`
          : `/r/${subject.slug}/sociaal-domein/import/${subject.id}`;
      return `/r/${subject.slug}/${subject.importKind === "practices" ? "praktijken" : "regiobeeld"}/import/${subject.id}`;
    case "expenditure":
      return `/r/${subject.slug}/budget/uitgaven/${subject.id}`;
    case "agreement":
      return `/r/${subject.slug}/wijkverbanden/${subject.wijkverbandId}/afspraken/${subject.agreementId}`;
    case "social_link":
      return `/r/${subject.slug}/sociaal-domein/verbindingen/${subject.id}`;
  }
}

/** The title-like text a notification shows for its subject. */
export function subjectTitle(subject: NotificationSubject): string {
  switch (subject.type) {
    case "import":
      return subject.fileName;
    case "expenditure":
      return subject.description;
    case "social_link":
      return subject.organisationName;
    default:
      return subject.title;
  }
}
