// The insurer of a /verzekeraar/<uzovi> request, for its layout. The page's own service checks the
// workspace again in its transaction.
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/authz/permissions";
import { getInsurer } from "@/lib/domain/money/insurer";
import type { InsurerRef } from "@/lib/domain/money/context";

export async function insurerOfRequest(actor: Actor, uzovi: string): Promise<InsurerRef> {
  // A reviewer's own insurer came with the actor (the statement that checked the session, this
  // request): no transaction of its own. Anyone else (the platform admin) looks it up.
  const own = actor.memberships.find((m) => m.role === "insurer_reviewer" && m.uzovi === uzovi);
  if (own?.organisationId && own.organisationName && can(actor, "insurer.workspace", { organisationId: own.organisationId }))
    return { id: own.organisationId, name: own.organisationName, uzovi };
  return getInsurer(actor, uzovi);
}
