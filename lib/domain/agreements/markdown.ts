// Agreement texts are Markdown, rendered the same way on the server and in the live preview.
// Safe by construction: raw HTML is not parsed (it shows as text), images are off, and links and
// autolinks are kept only for http(s) and mailto — anything else (javascript:, data:, relative
// paths) stays plain text. The output is markdown-it's own escaped HTML, nothing from the input.
import markdownIt, { type MarkdownIt } from "markdown-it";

const SAFE_LINK = /^(https?:\/\/|mailto:)/i;

/** Whether a link target is allowed in an agreement text. */
export function isSafeLink(url: string): boolean {
  return SAFE_LINK.test(url.trim());
}

function createRenderer(): MarkdownIt {
  const md = markdownIt({ html: false, linkify: true, typographer: false, breaks: false });
  md.validateLink = isSafeLink;
  md.disable(["image"]);
  const renderToken: NonNullable<typeof md.renderer.rules.link_open> = (tokens, idx, options, _env, self) =>
    self.renderToken(tokens, idx, options);
  const linkOpen = md.renderer.rules.link_open ?? renderToken;
  md.renderer.rules.link_open = (tokens, idx, options, env, self) => {
    tokens[idx]?.attrSet("rel", "noopener noreferrer nofollow");
    return linkOpen(tokens, idx, options, env, self);
  };
  return md;
}

let renderer: MarkdownIt | undefined;

/** The agreement text as HTML (escaped; only the tags markdown-it itself produces). */
export function renderMarkdown(text: string): string {
  renderer ??= createRenderer();
  return renderer.render(text);
}
