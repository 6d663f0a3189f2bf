// Platform administration crosses tenants on purpose, so it uses the system client after an
// explicit platform-admin check.
import type { Actor, Role } from "@/lib/auth/actor";
import { can } from "@/lib/authz/permissions";
import { systemDb } from "@/lib/db/client";
import { NotFoundError } from "@/lib/domain/errors";

export type AdminOverview = {
  regions: {
    id: string;
    slug: string;
    name: string;
    code: string;
    municipalityCodes: string[];
    practices: number;
    wijkverbanden: number;
  }[];
  users: {
    id: string;
    name: string;
    email: string;
    active: boolean;
    lastLoginAt: Date | null;
    roles: { role: Role; scope: string | null }[];
  }[];
};

export async function getAdminOverview(actor: Actor): Promise<AdminOverview> {
  if (!can(actor, "platform.admin", {})) throw new NotFoundError();
  const [regions, users] = await Promise.all([
    systemDb.region.findMany({
      select: {
        id: true,
        slug: true,
        name: true,
        code: true,
        municipalityCodes: true,
        _count: { select: { practices: { where: { archivedAt: null } }, wijkverbanden: { where: { archivedAt: null } } } },
      },
      orderBy: { name: "asc" },
    }),
    systemDb.user.findMany({
      select: {
        id: true,
        name: true,
        email: true,
        active: true,
        lastLoginAt: true,
        // In the order they were granted: with joins the rows come back in whatever order the plan reads them.
        memberships: {
          select: { role: true, region: { select: { name: true } }, organisation: { select: { name: true } } },
          orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        },
      },
      orderBy: { email: "asc" },
    }),
  ]);
  return {
    regions: regions.map(({ _count, ...r }) => ({ ...r, practices: _count.practices, wijkverbanden: _count.wijkverbanden })),
    users: users.map(({ memberships, ...u }) => ({
      ...u,
      roles: memberships.map((m) => ({ role: m.role, scope: m.region?.name ?? m.organisation?.name ?? null })),
    })),
  };
}
