import { describe, expect, it } from 'vitest';
import { cleanCopy } from '../../utils/export/clean-copy';
import { safeFilename } from '../../utils/export/filename';
import { CORPUS, loadCases, readPage, snippetsIn } from '../helpers/corpus';
import { loadFixtures, parseHtml } from '../helpers/dom';

const [payload] = loadFixtures('xss');
const NOW = new Date('2026-11-25T12:00:00Z');

function copy(format: 'html' | 'md') {
  const doc = parseHtml(payload.html, payload.url);
  return cleanCopy(doc, payload.url, format, doc.defaultView as unknown as Window, {}, NOW);
}

describe('clean copies are safe', () => {
  const html = copy('html').text;
  const md = copy('md').text;
  const out = parseHtml(html, 'https://copy.example/');
  const elements = Array.from(out.querySelectorAll('*'));

  it.each([
    ['scripts', 'script'],
    ['frames, objects, embeds', 'iframe, frame, object, embed'],
    ['forms and controls', 'form, input, button, textarea, select'],
    ['SVG and MathML', 'svg, math'],
    ['<base> and meta refresh', 'base, meta[http-equiv="refresh" i]'],
    ['inline styles', '[style]'],
  ])('HTML has no %s', (_what, selector) => expect(out.querySelectorAll(selector)).toHaveLength(0));

  it('HTML has no event handlers and no script or HTML-document URLs', () => {
    for (const el of elements) {
      for (const attr of el.attributes) {
        expect(attr.name, el.outerHTML.slice(0, 80)).not.toMatch(/^on/i);
        if (/^(href|src|action|formaction|xlink:href)$/i.test(attr.name)) expect(attr.value).not.toMatch(/^\s*(javascript|vbscript|data:text)/i);
      }
    }
  });

  it.each([
    ['raw HTML tags', /<\s*\/?\s*(script|img|svg|math|iframe|style|a|meta|object|form)\b/i],
    ['javascript: URLs', /javascript:/i],
    ['data:text/html links', /data:text\/html/i],
  ])('Markdown has no %s', (_what, pattern) => expect(md).not.toMatch(pattern));

  it('keeps the text, a normal link and data: images, and escapes the title and byline', () => {
    expect(html).toContain('annual report on Monday');
    expect(out.querySelector('a[href="https://example.org/ok"]')?.getAttribute('rel')).toContain('noopener');
    expect(out.querySelector('img[src^="data:image/png"]')).not.toBeNull();
    expect(out.title).toContain('Harbour report');
    expect(out.querySelector('h1')?.children).toHaveLength(0); // the title is text
    expect(md).toContain('annual report on Monday');
    expect(md).toMatch(/\[A normal link\]\(https:\/\/example\.org\/ok\)/);
  });

  it('has a content security policy: nothing but its own styles and images', () => {
    const csp = out.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content') ?? '';
    expect(csp).toMatch(/^default-src 'none'; style-src 'unsafe-inline'; img-src data:/);
    expect(csp).not.toMatch(/script-src|'unsafe-eval'/);
  });
});

describe('clean copies hold the article and its metadata', () => {
  it.each(loadCases(`${CORPUS}/cluttered`).map((c) => [c.name, c] as const))('%s', (_name, c) => {
    for (const format of ['html', 'md'] as const) {
      const doc = parseHtml(readPage(c), c.url);
      const out = cleanCopy(doc, c.url, format, doc.defaultView as unknown as Window, {}, NOW);
      const text = format === 'html' ? parseHtml(out.text, c.url).body.textContent ?? '' : out.text;
      expect(snippetsIn(text, c.expect.article).missing, format).toEqual([]);
      expect(snippetsIn(text, c.expect.clutter).present, format).toEqual([]);
      expect(out.text).toContain('2026-11-25T12:00:00.000Z');
      if (format === 'md') expect(out.text).toMatch(/^---\ntitle: ".+"\n(.*\n)*url: "https?:\/\/.+"\nsaved: "2026-11-25T12:00:00.000Z"\n---\n/);
    }
  });
});

describe('safeFilename', () => {
  it.each([
    ['Drought reveals drowned village', 'html', 'Drought reveals drowned village.html'],
    ['a/b\\c:d*e?f"g<h>i|j', 'md', 'a b c d e f g h i j.md'],
    ['CON', 'html', 'article CON.html'],
    ['nul.txt', 'md', 'article nul.txt.md'],
    ['Trailing dots...  ', 'html', 'Trailing dots.html'],
    ['', 'html', 'article.html'],
    ['\u0000\u0007', 'html', 'article.html'],
  ])('%j → %j', (title, ext, name) => expect(safeFilename(title, ext)).toBe(name));
  it('caps the length in UTF-8 bytes without splitting a character', () => {
    const name = safeFilename('é'.repeat(300), 'html');
    expect(new TextEncoder().encode(name).length).toBeLessThanOrEqual(125);
    expect(name).toMatch(/^é+\.html$/);
  });
});

describe('embedded media', () => {
  it('become a placeholder linking to the media, never a live player', async () => {
    const { sanitizeArticleHtml } = await import('../../utils/export/sanitize');
    const doc = parseHtml('<p>x</p>', 'https://news.example/a');
    const out = sanitizeArticleHtml(
      '<p>Before</p><iframe src="https://www.youtube.com/embed/abc"></iframe><video><source src="/clip.mp4"></video><iframe src="javascript:alert(1)"></iframe><p>After</p>',
      doc.defaultView as unknown as Window,
    );
    expect(out).not.toMatch(/<(iframe|video|source)/);
    expect(out).toContain('[Embedded media: <a href="https://www.youtube.com/embed/abc" rel="noopener noreferrer nofollow">www.youtube.com</a>]');
    expect(out).toContain('<a href="https://news.example/clip.mp4"');
    expect(out).toContain('<p>[Embedded media]</p>');
    expect(out).not.toContain('javascript:');
  });
});

describe('very large pages', () => {
  it('fail with a clear message instead of freezing', async () => {
    const { extractArticle, NoArticleError } = await import('../../utils/engine/reader');
    const doc = parseHtml(`<article><h1>T</h1>${'<div><span>x</span></div>'.repeat(3000)}</article>`, 'https://news.example/a');
    expect(() => extractArticle(doc, 'https://news.example/a', {}, { maxElems: 1000 })).toThrowError(NoArticleError);
    expect(() => extractArticle(doc, 'https://news.example/a', {}, { maxElems: 1000 })).toThrowError(/too large to extract \(more than 1000 elements\)/);
  });
});
