// A wijkverband's core team: huisarts, wijkverpleging, apotheek and sociaal domein (docs/domain.md).

export const CORE_ROLES = ["huisarts", "wijkverpleging", "apotheek", "sociaal domein"] as const;
export type CoreRole = (typeof CORE_ROLES)[number];

function normalise(role: string): string {
  return role.trim().toLowerCase().replace(/[-_]+/g, " ").replace(/\s+/g, " ");
}

/** Which core roles the members' roles cover and which are missing. */
export function coreTeamStatus(memberRoles: readonly string[]): { complete: boolean; missing: CoreRole[] } {
  const present = new Set(memberRoles.map(normalise));
  const missing = CORE_ROLES.filter((role) => !present.has(role));
  return { complete: missing.length === 0, missing };
}
