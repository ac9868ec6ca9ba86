import { Readability } from '@mozilla/readability';
import { describe, expect, it, vi } from 'vitest';
import { flattenDeepNesting, MAX_NESTING } from '../../utils/engine/nesting';
import { extractArticle } from '../../utils/engine/reader';
import { CORPUS, loadCases, readPage } from '../helpers/corpus';
import { page, parseHtml } from '../helpers/dom';

/** How many elements deep `root`'s deepest element lies below it. */
function depthBelow(root: Element): number {
  let max = 0;
  for (const el of root.querySelectorAll('*')) {
    let depth = 0;
    for (let node: Element | null = el; node && node !== root; node = node.parentElement) depth++;
    max = Math.max(max, depth);
  }
  return max;
}

/** A story whose second paragraph sits `depth` wrappers deep. */
function deepStory(depth: number): string {
  const text = 'The council voted on Tuesday to approve the new bridge, ending a debate that had run for a decade. ';
  return `<!doctype html><html><head><title>Deep story</title></head><body><article><h1>Deep story</h1><p>${text.repeat(3)}</p>${'<div>'.repeat(depth)}<p id="deepest">Engineers said the design had been revised twice to cut its cost without losing any of its strength. ${text.repeat(2)}</p>${'</div>'.repeat(depth)}<p>${text.repeat(3)}</p></article></body></html>`;
}

describe('flattenDeepNesting', () => {
  it('lifts what lies deeper than the limit up to it, each element with its own text, in document order', () => {
    const doc = page('<section id="root"><div id="a"><div id="b">t1<p id="c">c1<em id="d">d</em>c2<span id="e"><i id="f">f</i></span></p>t2</div></div><p id="g">g</p></section>');
    const root = doc.getElementById('root')!;
    expect(flattenDeepNesting(root, 2)).toBe(3);
    expect(doc.getElementById('b')!.outerHTML).toBe('<div id="b">t1<p id="c">c1c2</p><em id="d">d</em><span id="e"></span><i id="f">f</i>t2</div>');
    expect(root.outerHTML).toBe('<section id="root"><div id="a"><div id="b">t1<p id="c">c1c2</p><em id="d">d</em><span id="e"></span><i id="f">f</i>t2</div></div><p id="g">g</p></section>');
  });

  it('leaves a page nested no deeper than the limit as it is', () => {
    const c = loadCases(`${CORPUS}/readability`).find((x) => x.name === 'wikipedia-2')!; // the corpus's deepest page
    const doc = parseHtml(readPage(c), c.url);
    const before = doc.documentElement.outerHTML;
    expect(depthBelow(doc.documentElement)).toBeLessThanOrEqual(MAX_NESTING);
    expect(flattenDeepNesting(doc.documentElement)).toBe(0);
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('brings a page nested a thousand deep within the limit, losing no element and no text', () => {
    const doc = parseHtml(deepStory(1000), 'https://news.example.com/deep');
    const elements = doc.getElementsByTagName('*').length;
    const text = doc.body.textContent;
    flattenDeepNesting(doc.documentElement);
    expect(depthBelow(doc.documentElement)).toBe(MAX_NESTING + 1);
    expect(doc.getElementsByTagName('*').length).toBe(elements);
    expect(doc.body.textContent).toBe(text);
  });
});

describe('the reader on a page nested far deeper than any real page', () => {
  it('hands Readability the page flattened, reads the whole story, and leaves the page it was given as it was', () => {
    // Readability's cost grows faster than the depth: unflattened, this page takes it about half a minute in jsdom.
    const depths: number[] = [];
    const parse = Readability.prototype.parse;
    const spy = vi.spyOn(Readability.prototype, 'parse').mockImplementation(function (this: Readability) {
      depths.push(depthBelow((this as unknown as { _doc: Document })._doc.documentElement));
      return parse.call(this);
    });
    try {
      const doc = parseHtml(deepStory(1000), 'https://news.example.com/deep');
      const article = extractArticle(doc, 'https://news.example.com/deep');
      expect(depths).toEqual([MAX_NESTING + 1]);
      expect(article.text).toContain('Engineers said the design had been revised twice');
      expect(article.text.match(/The council voted/g)).toHaveLength(8);
      expect(depthBelow(doc.documentElement)).toBe(1003); // body, article, 1000 wrappers, the paragraph
    } finally {
      spy.mockRestore();
    }
  });
});
