import { renderMarkdown } from "@/lib/domain/agreements/markdown";

/**
 * An agreement text rendered from Markdown. The HTML comes from markdown-it with raw HTML off and
 * only http(s)/mailto links (lib/domain/agreements/markdown.ts), so it carries nothing from the input
 * but escaped text.
 */
export function MarkdownView({ text, id }: { text: string; id?: string }) {
  return <div id={id} className="agreement-text" data-user-content dangerouslySetInnerHTML={{ __html: renderMarkdown(text) }} />;
}
