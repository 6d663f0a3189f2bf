import type { ImportKind } from "@/lib/generated/prisma/enums";

/** Where the import pages of a kind live. */
export function importBasePath(slug: string, kind: ImportKind): string {
  if (kind === "referrals") return `/r/${slug}/sociaal-domein/import`;
  return kind === "practices" ? `/r/${slug}/praktijken/import` : `/r/${slug}/regiobeeld/import`;
}
