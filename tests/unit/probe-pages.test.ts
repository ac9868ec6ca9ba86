import { Readability } from '@mozilla/readability';
import { describe, expect, it } from 'vitest';
import { disposeDocument, parseHtml } from '../../cli/dom';
import { extractArticle } from '../../utils/engine/reader';
import { blockText } from '../../utils/engine/text';
import { loadCases, readPage, type Case } from '../helpers/corpus';
import { FIXTURES } from '../helpers/dom';
import { scoreCase } from '../helpers/score';

// Pages written for Sift as checks on pages no rule was written for (see docs/performance.md):
// cleanup and the reader must never lose the story on them. What plain Readability itself leaves
// out (a review's pros and cons beside the story's body, which its choice of the article's
// element never reaches) is Readability's loss, not Sift's: the reader may lose it too.
const cases = [...loadCases(`${FIXTURES}/probe`), ...loadCases(`${FIXTURES}/probe-text`)];

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

/** Plain Readability's article text on the page, squashed. */
function readabilityText(c: Case): string {
  const doc = parseHtml(readPage(c), c.url);
  const parsed = new Readability(doc).parse();
  disposeDocument(doc);
  if (!parsed?.content) return '';
  const div = parseHtml('<div></div>', c.url).body.firstElementChild!;
  div.innerHTML = parsed.content;
  return squash(blockText(div));
}

describe('probe pages', () => {
  it.each(cases.map((c) => [`${c.name}`, c] as const))('%s: in place and the reader keep every article snippet', (_name, c) => {
    const result = scoreCase(c);
    expect(result.inplace.missingArticle).toEqual([]);
    expect(result.reader.error).toBeUndefined();
    const lost = result.reader.missingArticle;
    const plain = lost.length ? readabilityText(c) : '';
    expect(lost.filter((s) => plain.includes(squash(s)))).toEqual([]);
  });
});

const withBody = cases.filter((c): c is Case & { expect: { body: string } } => typeof (c.expect as { body?: unknown }).body === 'string');

describe('probe pages scored by text', () => {
  it('has pages with a body', () => expect(withBody.length).toBeGreaterThan(20));
  // The running text's trimmers (bylines, standfirsts, promos, tables of contents) take no paragraph of the story.
  it.each(withBody.map((c) => [c.name, c] as const))('%s: the running text holds every paragraph of the story', (_name, c) => {
    const doc = parseHtml(readPage(c), c.url);
    const text = squash(extractArticle(doc, c.url, {}, { consume: true }).text);
    disposeDocument(doc);
    const missing = c.expect.body.split(/\n+/).map(squash).filter((p) => p && !text.includes(p));
    const plain = missing.length ? readabilityText(c) : '';
    expect(missing.filter((p) => plain.includes(p))).toEqual([]);
  });
});
