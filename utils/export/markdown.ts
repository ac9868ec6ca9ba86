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
  service.remove(['script', 'style', 'noscript', 'iframe', 'object', 'embed', 'form', 'button', 'input', 'select', 'textarea']);
  return service.turndown(html as never).trim() + '\n';
}
