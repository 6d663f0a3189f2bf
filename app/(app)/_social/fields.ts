// The form fields of a social organisation and of a link, shared by the forms that add one and the
// forms that change one (with the current values as defaults).
import type { FieldSpec } from "@/components/forms/action-form";
import { LINK_KINDS, ORGANISATION_KINDS } from "@/lib/domain/social/rules";
import type { Messages } from "@/lib/i18n/messages";

type T = Messages["social"];
type Option = { value: string; label: string };

export function organisationFields(
  t: T,
  current: { name?: string; socialKind?: string | null; kvk?: string | null; contact?: string | null } = {},
  /** The region's municipalities, when the organisation's municipality is to be chosen. */
  municipalities?: Option[],
): FieldSpec[] {
  return [
    { kind: "text", name: "name", label: t.organisationName, required: true, defaultValue: current.name },
    {
      kind: "select",
      name: "socialKind",
      label: t.organisationKind,
      required: true,
      defaultValue: current.socialKind,
      options: ORGANISATION_KINDS.map((k) => ({ value: k, label: t.organisationKindLabel[k] })),
    },
    ...(municipalities
      ? [{ kind: "select" as const, name: "municipalityCode", label: t.municipality, required: true, options: municipalities }]
      : []),
    { kind: "text", name: "kvk", label: t.kvk, inputMode: "numeric", defaultValue: current.kvk },
    { kind: "text", name: "contact", label: t.contact, hint: t.contactHint, defaultValue: current.contact },
  ];
}

/** A link's kind, contact role and note. */
export function linkDetailFields(t: T, current: { kind?: string; contactRole?: string | null; note?: string | null } = {}) {
  return {
    kind: {
      kind: "select",
      name: "kind",
      label: t.kind,
      required: true,
      defaultValue: current.kind,
      options: LINK_KINDS.map((k) => ({ value: k, label: t.linkKindLabel[k] })),
    },
    contactRole: {
      kind: "text",
      name: "contactRole",
      label: t.contactRole,
      hint: t.contactRoleHint,
      defaultValue: current.contactRole,
    },
    note: { kind: "textarea", name: "note", label: t.note, hint: t.noteHint, defaultValue: current.note, rows: 3 },
  } satisfies Record<string, FieldSpec>;
}
