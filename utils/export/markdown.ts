import TurndownService from 'turndown';
import { gfm } from 'turndown-plugin-gfm';

/** HTML to Markdown with GitHub-flavoured tables, strikethrough and fenced code. */
export function toMarkdown(html: string | Element): string {
  const service = new TurndownService({
    headingStyle: 'atx',
    codeBlockStyle: 'fenced',
    bulletListMarker: '-',
    emDelimiter: '_',
  });
  service.use(gfm);
  // Page text stays text: "<script>" in a paragraph must not become raw HTML in the Markdown.
  const escape = service.escape.bind(service);
  service.escape = (text: string) => escape(text).replace(/</g, '&lt;').replace(/>/g, '&gt;');
  service.remove(['script', 'style', 'noscript', 'iframe', 'object', 'embed', 'form', 'button', 'input', 'select', 'textarea']);
  return service.turndown(html as never).trim() + '\n';
}
