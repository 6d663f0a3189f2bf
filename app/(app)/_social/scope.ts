// Where the social-domain pages live: the officer's municipality or the coordinator's region.
export type SocialScope = { kind: "municipality"; code: string } | { kind: "region"; slug: string };

export function socialBasePath(scope: SocialScope): string {
  return scope.kind === "municipality" ? `/gemeente/${scope.code}/sociaal-domein` : `/r/${scope.slug}/sociaal-domein`;
}

export function importScope(scope: SocialScope) {
  return scope.kind === "municipality" ? { municipalityCode: scope.code } : { regionSlug: scope.slug };
}
