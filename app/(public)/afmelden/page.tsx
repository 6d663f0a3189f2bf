import type { Metadata } from "next";
import Link from "next/link";
import { ActionForm } from "@/components/forms/action-form";
import { peekUnsubscribeToken } from "@/lib/domain/notifications/service";
import { fill } from "@/lib/i18n/messages";
import { getMessages } from "@/lib/i18n/server";
import { unsubscribeAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getMessages();
  return { title: t.notifications.unsubscribe.title, robots: { index: false } };
}

// Opening the link changes nothing (mail scanners follow links); the button does.
export default async function UnsubscribePage({ searchParams }: { searchParams: Promise<{ token?: string | string[] }> }) {
  const { token } = await searchParams;
  const value = typeof token === "string" ? token : "";
  const claim = value ? peekUnsubscribeToken(value) : null;
  const { t } = await getMessages();
  const tu = t.notifications.unsubscribe;

  return (
    <div className="max-w-2xl space-y-4">
      <h1 className="text-3xl font-semibold">{tu.title}</h1>
      {claim ? (
        <>
          <p>{fill(tu.confirm, { kind: t.notifications.kinds[claim.kind] })}</p>
          <ActionForm idPrefix="afmelden" action={unsubscribeAction.bind(null, value)} submitLabel={tu.submit} />
        </>
      ) : (
        <p>{tu.invalid}</p>
      )}
      <p>
        <Link href="/instellingen/meldingen" className="underline">
          {tu.toSettings}
        </Link>
      </p>
    </div>
  );
}
