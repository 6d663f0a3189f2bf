"use client";

// A Markdown textarea with a live preview beside it, rendered by the same safe renderer as the
// published text. The label, hint and errors are tied to the textarea.
import dynamic from "next/dynamic";
import { useDeferredValue, useState } from "react";
import { FieldFrame } from "@/components/forms/field";
import { fill } from "@/lib/i18n/fill";
import type { nl } from "@/lib/i18n/messages/agreements";

// The renderer (markdown-it with its entity and Unicode tables, about 40 kB gzip) loads after the
// page instead of with it: the forms stay within the pages' first-load budget, and the preview
// appears a moment later. Only in the browser: the server sends the form without it.
const MarkdownView = dynamic(() => import("@/components/agreements/markdown-view").then((m) => m.MarkdownView), {
  ssr: false,
});

export function MarkdownField({
  id,
  name,
  initial,
  errors,
  labels,
}: {
  id: string;
  name: string;
  initial: string;
  errors?: string[];
  labels: typeof nl;
}) {
  const [body, setBody] = useState(initial);
  const preview = useDeferredValue(body);
  const previewId = `${id}-voorbeeld`;
  return (
    <div className="grid gap-4 lg:grid-cols-2">
      <FieldFrame name={name} label={labels.body} hint={labels.bodyHint} errors={errors} id={id}>
        {({ borderClass, ...control }) => (
          <>
            <textarea
              {...control}
              rows={24}
              value={body}
              onChange={(event) => setBody(event.target.value)}
              aria-controls={previewId}
              className={`mt-1 block w-full rounded-md border bg-white px-3 py-2 font-mono text-sm ${borderClass}`}
            />
            <p className="mt-1 text-sm text-muted">{fill(labels.characters, { count: body.length.toLocaleString("nl-NL") })}</p>
          </>
        )}
      </FieldFrame>
      <section aria-labelledby={`${previewId}-kop`} className="min-w-0">
        <h3 id={`${previewId}-kop`} className="font-medium">
          {labels.preview}
        </h3>
        {/* Focusable so keyboard users can scroll a long preview. */}
        <div
          id={previewId}
          tabIndex={0}
          aria-labelledby={`${previewId}-kop`}
          className="mt-1 max-h-[40rem] overflow-y-auto rounded-md border border-dashed border-slate-400 bg-slate-50 p-4"
        >
          {preview.trim() ? <MarkdownView text={preview} /> : <p className="text-muted">{labels.previewEmpty}</p>}
        </div>
      </section>
    </div>
  );
}
