import type { Metadata } from "next";
import { getMessages } from "@/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getMessages();
  return { title: t.common.meta.a11y };
}

export default async function AccessibilityStatement() {
  const { t } = await getMessages();
  const a = t.common.a11yStatement;
  return (
    <article className="prose max-w-3xl space-y-4">
      <h1 className="text-3xl font-semibold">{a.title}</h1>
      <p>{a.intro}</p>
      <h2 className="text-xl font-semibold">{a.whatWeDo}</h2>
      <ul className="list-disc space-y-1 pl-6">
        <li>{a.skipLink}</li>
        <li>{a.keyboard}</li>
        <li>{a.forms}</li>
        <li>{a.charts}</li>
        <li>{a.axe}</li>
      </ul>
      <h2 className="text-xl font-semibold">{a.statusTitle}</h2>
      <p>{a.status}</p>
      <h2 className="text-xl font-semibold">{a.contactTitle}</h2>
      <p>{a.contact}</p>
    </article>
  );
}
