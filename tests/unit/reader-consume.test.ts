import { describe, expect, it, vi } from 'vitest';
import { extractArticle, NoArticleError, type ReaderArticle } from '../../utils/engine/reader';
import { CORPUS, loadCases, readPage } from '../helpers/corpus';
import { page, parseHtml } from '../helpers/dom';

/** Everything a reader view or a clean copy takes from an extraction, or the error instead. */
function outcome(html: string, url: string, consume: boolean) {
  const doc = parseHtml(html, url);
  let article: ReaderArticle;
  try {
    article = extractArticle(doc, url, {}, { consume });
  } catch (error) {
    if (error instanceof NoArticleError) return { error: error.message };
    throw error;
  }
  const { title, byline, siteName, publishedTime, excerpt, lang, dir } = article;
  return { title, byline, siteName, publishedTime, excerpt, lang, dir, html: article.content.innerHTML, text: article.text, display: article.displayText };
}

// Every cluttered page, and every sixth real page of each set.
const sample = [
  ...loadCases(`${CORPUS}/cluttered`),
  ...loadCases(`${CORPUS}/readability`).filter((_, i) => i % 6 === 0),
  ...loadCases(`${CORPUS}/aeb`).filter((_, i) => i % 6 === 0),
];

describe('reader extraction on a document it may use up (consume)', () => {
  it.each(sample.map((c) => [`${c.set}/${c.name}`, c] as const))('%s: the same article as on a copy', (_name, c) => {
    const html = readPage(c);
    expect(outcome(html, c.url, true)).toEqual(outcome(html, c.url, false));
  });

  it('makes no copy of the document, and leaves the clutter out of it', () => {
    const body = `<main><article><h1>Council approves the crossing</h1>${'<p>The regional council approved the plan on Tuesday evening after a debate that lasted more than four hours, with members split over the cost of the scheme.</p>'.repeat(6)}</article><section id="rel"><h2>Related articles</h2><a href="/1">One</a></section></main>`;
    const copied = page(body);
    const copy = vi.spyOn(copied, 'cloneNode');
    extractArticle(copied, copied.URL);
    expect(copy).toHaveBeenCalledTimes(1);
    expect(copied.getElementById('rel')).not.toBeNull(); // the page itself untouched

    const consumed = page(body);
    const consume = vi.spyOn(consumed, 'cloneNode');
    const article = extractArticle(consumed, consumed.URL, {}, { consume: true });
    expect(consume).not.toHaveBeenCalled();
    expect(consumed.getElementById('rel')).toBeNull();
    expect(article.text).toContain('The regional council approved the plan');
    expect(article.displayText).not.toContain('Related articles');
  });

  it('asks whether Readability would offer the page as it came, before Readability changes it', () => {
    // Under 500 characters of article: kept only on a page Readability would offer to read.
    // Here the page offers itself by two long paragraphs in a <noscript> (jsdom runs no scripts,
    // so they are elements), which Readability removes from the document it works on.
    const sentence = 'Engineers expect the first phase of the crossing to be finished within eighteen months, provided that the weather allows the work to continue through the winter, officials told the council';
    const notice = `${sentence}; this notice repeats it for readers whose browsers run no scripts at all, and it is long enough to count.`;
    const html = `<article><h1>Crossing</h1><p>${sentence}.</p></article><noscript><p>${notice}</p><p>${notice}</p></noscript>`;
    const withoutNotice = `<article><h1>Crossing</h1><p>${sentence}.</p></article>`;
    for (const consume of [false, true]) {
      const article = extractArticle(page(html), 'https://news.example.com/story', {}, { consume });
      expect(article.text).toContain(sentence);
      expect(article.text).not.toContain('this notice');
      expect(() => extractArticle(page(withoutNotice), 'https://news.example.com/story', {}, { consume })).toThrowError(NoArticleError);
    }
  });
});
