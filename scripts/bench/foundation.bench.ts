// Foundation: the per-request cost every page pays, and the role homes on the demo data.
import { loadActor } from "@/lib/auth/actor";
import { authenticate } from "@/lib/auth/login";
import { systemDb } from "@/lib/db/client";
import { withActor } from "@/lib/db/with-actor";
import { getInsurerWorkspace } from "@/lib/domain/insurers/service";
import { getMunicipalityWorkspace } from "@/lib/domain/municipalities/service";
import { getRegionDashboard } from "@/lib/domain/regions/service";
import { measure } from "./harness";

export default async function foundation() {
  const user = await systemDb.user.findUniqueOrThrow({ where: { email: "coordinator@wijkkracht.test" } });
  const insurerUser = await systemDb.user.findUniqueOrThrow({ where: { email: "verzekeraar@wijkkracht.test" } });
  const municipalityUser = await systemDb.user.findUniqueOrThrow({ where: { email: "gemeente@wijkkracht.test" } });
  const actor = (await loadActor(user.id))!;
  const insurer = (await loadActor(insurerUser.id))!;
  const officer = (await loadActor(municipalityUser.id))!;
  const uzovi = insurer.memberships[0]!.uzovi!;

  await measure("loadActor (session → memberships → regions)", () => loadActor(user.id));
  await measure("withActor empty transaction (role + settings)", () => withActor(actor, async () => 1));
  await measure("region dashboard (coordinator, demo region)", () => getRegionDashboard(actor, "zaanstreek-waterland", 2026));
  await measure("insurer workspace (two regions)", () => getInsurerWorkspace(insurer, uzovi));
  await measure("municipality workspace (Zaanstad)", () => getMunicipalityWorkspace(officer, "GM0479"));
  await measure(
    "login (argon2id verify + throttle + audit)",
    () => authenticate("coordinator2@wijkkracht.test", "demo-wachtwoord", { address: "192.0.2.10" }),
    10,
    1,
  );
}
