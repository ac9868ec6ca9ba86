import { extractArticle } from '../engine/reader';
import type { EngineSettings } from '../engine/types';
import { safeFilename } from './filename';
import { toMarkdown } from './markdown';
import { escapeHtml } from '../escape-html';
import { sanitizeArticleHtml } from './sanitize';

export type CopyFormat = 'html' | 'md';

export interface CopyMeta {
  title: string;
  byline: string | null;
  siteName: string | null;
  published: string | null;
  url: string;
  savedAt: string;
  lang: string | null;
}

export interface CleanCopy {
  filename: string;
  mime: string;
  text: string;
}

/**
 * A clean copy of the article: the engine's cleanup and Readability,
 * sanitised, with its metadata in a header (HTML) or front matter
 * (Markdown). One exporter for the extension and the command line; `win` is
 * the window DOMPurify works in. `doc` is the caller's own copy of the page
 * (a parsed snapshot or file) and is used up (see ReaderOptions.consume).
 */
export function cleanCopy(doc: Document, url: string, format: CopyFormat, win: Window, settings: EngineSettings = {}, now = new Date()): CleanCopy {
  const { meta, body } = copyParts(doc, url, win, settings, now);
  return renderCopy(meta, body, format);
}

/**
 * The metadata and the sanitised body of a clean copy, before it is rendered
 * (images can be embedded in between). `doc` is used up, as in `cleanCopy`.
 */
export function copyParts(doc: Document, url: string, win: Window, settings: EngineSettings = {}, now = new Date()): { meta: CopyMeta; body: string } {
  // Read before the extraction, which works on the document itself.
  const canonical = canonicalUrl(doc, url);
  const article = extractArticle(doc, url, settings, { consume: true });
  const meta: CopyMeta = {
    title: article.title,
    byline: article.byline,
    siteName: article.siteName,
    published: article.publishedTime,
    url: canonical,
    savedAt: now.toISOString(),
    lang: article.lang,
  };
  return { meta, body: sanitizeArticleHtml(article.content.innerHTML, win) };
}

export function renderCopy(meta: CopyMeta, body: string, format: CopyFormat): CleanCopy {
  if (format === 'md') {
    return { filename: safeFilename(meta.title, 'md'), mime: 'text/markdown', text: markdownCopy(meta, body) };
  }
  return { filename: safeFilename(meta.title, 'html'), mime: 'text/html', text: htmlCopy(meta, body) };
}

function canonicalUrl(doc: Document, url: string): string {
  const href = doc.querySelector('link[rel="canonical"]')?.getAttribute('href');
  try {
    const resolved = new URL(href ?? url, url);
    return /^https?:$/.test(resolved.protocol) ? resolved.href : url;
  } catch {
    return url;
  }
}

const STYLE = `
:root { color-scheme: light dark; --bg: #fdfcf8; --fg: #1f1f1c; --muted: #66665f; --line: #e2dfd6; --link: #2f5f8a; }
@media (prefers-color-scheme: dark) { :root { --bg: #1b1c1a; --fg: #e9e8e2; --muted: #a5a49c; --line: #3a3b37; --link: #8cb8e0; } }
html { background: var(--bg); color: var(--fg); }
body { margin: 0 auto; max-width: 42rem; padding: 2rem 1.25rem 4rem; font: 1.15rem/1.65 Georgia, "Liberation Serif", serif; }
header { border-bottom: 1px solid var(--line); margin-bottom: 2rem; padding-bottom: 1rem; }
header h1 { font-size: 2rem; line-height: 1.2; margin: 0 0 .5rem; }
.meta { color: var(--muted); font: .9rem/1.5 system-ui, sans-serif; margin: 0; }
.meta a { color: inherit; overflow-wrap: anywhere; }
a { color: var(--link); }
img, video { max-width: 100%; height: auto; }
figure { margin: 1.5rem 0; } figcaption { color: var(--muted); font-size: .9rem; }
pre, code { font-family: ui-monospace, "Liberation Mono", monospace; font-size: .9em; }
pre { overflow-x: auto; padding: 1rem; border: 1px solid var(--line); }
blockquote { margin: 1rem 0; padding-left: 1rem; border-left: 3px solid var(--line); color: var(--muted); }
table { border-collapse: collapse; } td, th { border: 1px solid var(--line); padding: .3rem .5rem; }
@media print { html { background: #fff; color: #000; } a { color: #000; } .note { display: none; } }
`;

function htmlCopy(meta: CopyMeta, body: string): string {
  const linkedImages = /<img\b[^>]*\bsrc="https?:/i.test(body);
  // default-src 'none': no scripts, frames, fonts, connections; only our own styles and data: images.
  const csp = `default-src 'none'; style-src 'unsafe-inline'; img-src data:${linkedImages ? ' https: http:' : ''}; base-uri 'none'; form-action 'none'`;
  const line = (label: string, value: string | null) => (value ? `<p class="meta">${label}${escapeHtml(value)}</p>` : '');
  return `<!doctype html>
<html lang="${escapeHtml(meta.lang ?? 'en')}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(meta.title)}</title>
<style>${STYLE}</style>
</head>
<body>
<header>
<h1>${escapeHtml(meta.title)}</h1>
${line('', meta.byline)}
${line('', [meta.siteName, meta.published].filter(Boolean).join(' · ') || null)}
<p class="meta">Source: <a href="${escapeHtml(meta.url)}" rel="noopener noreferrer">${escapeHtml(meta.url)}</a></p>
<p class="meta">Saved: <time datetime="${meta.savedAt}">${meta.savedAt}</time> with Sift</p>
${linkedImages ? '<p class="meta note">Images are linked to their original addresses, not embedded: they need the network.</p>' : ''}
</header>
<article>
${body}
</article>
</body>
</html>
`;
}

function yaml(value: string): string {
  // A JSON string is a valid YAML double-quoted scalar; \u escapes keep tags out of it.
  return JSON.stringify(value).replace(/[<>&]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

function markdownCopy(meta: CopyMeta, body: string): string {
  const front = [
    '---',
    `title: ${yaml(meta.title)}`,
    meta.byline ? `byline: ${yaml(meta.byline)}` : null,
    meta.siteName ? `site: ${yaml(meta.siteName)}` : null,
    meta.published ? `published: ${yaml(meta.published)}` : null,
    `url: ${yaml(meta.url)}`,
    `saved: ${yaml(meta.savedAt)}`,
    '---',
  ].filter((l) => l !== null);
  const title = meta.title.replace(/[<>&]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;' })[c]!);
  return `${front.join('\n')}\n\n# ${title}\n\n${toMarkdown(body)}`;
}
