import { describe, expect, it, vi } from 'vitest';
import { extractArticle, NoArticleError, type ReaderArticle } from '../../utils/engine/reader';
import { textWeight } from '../../utils/engine/text';
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

describe('a short story in Chinese, Japanese or Korean', () => {
  // Four paragraphs of 60 to 90 characters each: a short story in Japanese, under 500 characters, which Readability's own check turns down.
  const paragraphs = [
    '気象庁は19日、東京都心で桜が開花したと発表した。平年より5日早く、昨年より3日早い。標本木で5輪以上の花が咲いているのを職員が確認した。',
    '今年は2月以降、気温の高い日が続いたため、つぼみの生育が早まったとみられる。満開は来週半ばになる見込みで、週末には花見客が増えそうだ。',
    '都内の公園では、混雑を避けるため一部の区画で入場を制限する。上野の公園では、夜間のライトアップを今月25日から始める予定だという。',
    '気象庁によると、今後1週間は平年より暖かい日が多く、開花から満開までの期間は短くなる可能性がある。',
  ];
  const html = `<html lang="ja"><head><title>桜の開花</title></head><body><article><h1>桜の開花、平年より5日早く</h1>${paragraphs.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`;
  it('is an article: its characters count as the words they are', () => {
    for (const consume of [false, true]) {
      const article = extractArticle(parseHtml(html, 'https://news.example.jp/a'), 'https://news.example.jp/a', {}, { consume });
      expect(article.text).toContain('気象庁によると');
    }
    // As many Latin characters are a few words, not an article.
    const latin = `<html><head><title>T</title></head><body><article><h1>Title</h1>${paragraphs.map((p) => `<p>${'x'.repeat(p.length)}</p>`).join('')}</article></body></html>`;
    expect(() => extractArticle(parseHtml(latin, 'https://news.example.com/a'), 'https://news.example.com/a', {}, { consume: true })).toThrowError(NoArticleError);
  });
  it('counts each such character three times', () => {
    expect(textWeight('abc')).toBe(3);
    expect(textWeight('桜の開花')).toBe(12);
    expect(textWeight('뉴스 기사')).toBe(13);
  });
});

describe('caption markup in the extracted article', () => {
  // Readability drops class names from its output unless asked to keep them; the running text reads them for captions.
  const story = Array.from({ length: 6 }, (_, i) => `<p>Paragraph ${i + 1} of the repair log: the motor, the brushes and the gears, cleaned and greased one by one, with notes on each step taken.</p>`);
  const html = `<html><head><title>Restoring a sewing machine</title></head><body><article><h1>Restoring a sewing machine</h1>${story.slice(0, 3).join('')}<p><img src="https://blog.example/motor.jpg" alt="The motor"></p><p class="wp-caption-text">The motor with its cover off, brushes worn flat.</p>${story.slice(3).join('')}</article></body></html>`;
  it('leaves a caption its class names out of the running text, and shows it in the view', () => {
    for (const consume of [false, true]) {
      const article = extractArticle(parseHtml(html, 'https://blog.example/a'), 'https://blog.example/a', {}, { consume });
      expect(article.text).toContain('Paragraph 6 of the repair log');
      expect(article.text).not.toContain('brushes worn flat');
      expect(article.displayText).toContain('brushes worn flat');
    }
  });
  it('reads a caption a div of plain text holds, which Readability puts in a new paragraph of its own', () => {
    const lines = (from: number, to: number) => story.slice(from, to).map((p) => p.replace(/^<p>/, '<div class="zn-body__paragraph">').replace(/<\/p>$/, '</div>')).join('');
    const page = `<html><head><title>Bridge inspections lag</title></head><body><section class="zn-body-text"><div class="el__embedded"><div class="media__image"><img src="https://news.example/bridge.jpg" alt="A bridge"></div><div class="media__caption el__storyelement__title">A steel truss bridge over the river in 2018.</div><div class="el__storyelement__credit">State Department of Transportation</div></div>${lines(0, 6)}</section></body></html>`;
    for (const consume of [false, true]) {
      const article = extractArticle(parseHtml(page, 'https://news.example/a'), 'https://news.example/a', {}, { consume });
      expect(article.text).toContain('Paragraph 6 of the repair log');
      expect(article.text).not.toContain('steel truss bridge');
      expect(article.text).not.toContain('Department of Transportation');
      expect(article.displayText).toContain('steel truss bridge');
    }
  });
});
