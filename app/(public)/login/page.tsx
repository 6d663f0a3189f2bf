import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { LoginForm } from "@/components/forms/login-form";
import { getActor } from "@/lib/auth/session";
import { homePathOf } from "@/lib/auth/workspaces";
import { getMessages } from "@/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getMessages();
  return { title: t.common.meta.login };
}

export default async function LoginPage() {
  const actor = await getActor();
  if (actor) redirect(homePathOf(actor) ?? "/toegankelijkheid");
  const { t } = await getMessages();
  return (
    <div className="mx-auto max-w-md">
      <h1 className="text-3xl font-semibold">{t.login.title}</h1>
      <p className="mt-2 text-muted">{t.common.appTagline}</p>
      <p className="mt-1 text-muted">{t.login.intro}</p>
      <LoginForm messages={t.login} />
    </div>
  );
}
