import type { Metadata } from "next";
import type { ReactNode } from "react";
import { getLocale, getMessages } from "@/lib/i18n/server";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getMessages();
  return {
    title: { default: t.common.appName, template: `%s · ${t.common.appName}` },
    description: t.common.appTagline,
  };
}

export default async function RootLayout({ children }: { children: ReactNode }) {
  const locale = await getLocale();
  return (
    <html lang={locale}>
      <body className="min-h-screen font-sans antialiased">{children}</body>
    </html>
  );
}
