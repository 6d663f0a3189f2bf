import type { Metadata } from "next";
import type { ReactNode } from "react";
import { getLocale } from "@/lib/i18n/server";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Wijkkracht", template: "%s · Wijkkracht" },
  description: "Het gedeelde werkplatform van regionale eerstelijnssamenwerkingsverbanden",
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  const locale = await getLocale();
  return (
    <html lang={locale}>
      <body className="min-h-screen font-sans antialiased">{children}</body>
    </html>
  );
}
