import { redirect } from "next/navigation";
import { getActor } from "@/lib/auth/session";
import { homePathOf } from "@/lib/auth/workspaces";

export default async function Index() {
  const actor = await getActor();
  if (!actor) redirect("/login");
  redirect(homePathOf(actor) ?? "/toegankelijkheid");
}
