import type { ReactNode } from "react";

/** The page's main landmark; the skip link jumps here. */
export function Main({ children }: { children: ReactNode }) {
  return (
    <main id="inhoud" tabIndex={-1} className="mx-auto max-w-7xl px-6 py-8">
      {children}
    </main>
  );
}
