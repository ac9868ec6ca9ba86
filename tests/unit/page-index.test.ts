import { describe, expect, it } from 'vitest';
import { indexPage, partsOf, type PageIndex } from '../../utils/engine/page-index';
import { CORPUS, loadCases, readPage } from '../helpers/corpus';
import { page, parseHtml } from '../helpers/dom';

/** What the DOM itself says of each indexed element: its element children (as indexes) and its own text. */
function domAnswers(index: PageIndex) {
  return index.elements.map((el) => ({
    children: [...el.children].map((c) => index.indexOf(c)),
    own: [...el.childNodes]
      .filter((n) => n.nodeType === 3)
      .map((n) => (/^(SCRIPT|STYLE|NOSCRIPT|TEMPLATE)$/.test(el.tagName) ? '' : (n.nodeValue ?? '').replace(/[ \n\t\r\f\u00a0]+/g, ' ').trim()).length)
      .reduce((a, b) => a + b, 0),
  }));
}

function indexAnswers(index: PageIndex) {
  return index.elements.map((_, i) => {
    const children: number[] = [];
    for (let c = index.firstChildOf(i); c >= 0; c = index.nextSiblingOf(c)) children.push(c);
    return { children, own: index.ownText(i) };
  });
}

describe('the page index: element children and own text without reading the DOM again', () => {
  const body = `<main><h2>  Related
    stories </h2><ul><li><a href="/a">One</a> and <b>two</b></li><li></li></ul>
    <div>Direct text <span>inside</span> more text<p>para</p></div><script>var x = "not text";</script>
    <template><p>inert</p></template><!-- a comment --><svg><text>svg text</text></svg></main><footer>End</footer>`;

  it('matches the DOM for the body', () => {
    const index = indexPage(page(body).body);
    expect(index.elements.length).toBeGreaterThan(10);
    expect(indexAnswers(index)).toEqual(domAnswers(index));
  });

  it('matches the DOM for an element scope, whose root is left out of the lists', () => {
    const doc = page(body);
    const index = indexPage(doc.querySelector('main'));
    expect(index.elements[0]).toBe(doc.querySelector('h2'));
    expect(indexAnswers(index)).toEqual(domAnswers(index));
    // The last element in the scope has no next sibling inside it.
    expect(index.nextSiblingOf(index.indexOf(doc.querySelector('svg')!))).toBe(-1);
  });

  it('matches the DOM for a shadow root', () => {
    const doc = page('<promo-rail></promo-rail>');
    const root = doc.querySelector('promo-rail')!.attachShadow({ mode: 'open' });
    root.innerHTML = '<h3>Sponsored</h3><div><a href="/x">Deal</a> text</div>';
    const index = indexPage(root);
    expect(index.elements.length).toBe(3);
    expect(indexAnswers(index)).toEqual(domAnswers(index));
  });

  it('matches the DOM on real pages', () => {
    const cases = loadCases(`${CORPUS}/aeb`).filter((_, i) => i % 10 === 0);
    expect(cases.length).toBeGreaterThan(3);
    for (const c of cases) {
      const index = indexPage(parseHtml(readPage(c), c.url).body);
      expect(indexAnswers(index), c.name).toEqual(domAnswers(index));
    }
  });
});

describe('partsOf: a scope in parts for native queries', () => {
  it('holds every element once, in document order, no part over the size', () => {
    const doc = page(`<main>${'<section><h2>Title</h2><ul><li><a href="/">x</a></li><li>y</li></ul></section>'.repeat(30)}</main><div><p>a</p><p>b</p></div>`);
    const index = indexPage(doc.body);
    for (const size of [1, 4, 7, 50, 1000]) {
      const parts = partsOf(index, size);
      const covered = parts.flatMap((p) => (p.whole ? [p.element, ...p.element.querySelectorAll('*')] : [p.element]));
      expect(covered).toEqual([...index.elements]);
      for (const p of parts) expect(p.count).toBe(p.whole ? 1 + p.element.querySelectorAll('*').length : 1);
      expect(Math.max(...parts.filter((p) => p.whole).map((p) => p.count))).toBeLessThanOrEqual(size);
    }
    // The largest subtrees that fit: the whole body's children when they fit.
    expect(partsOf(index, 1000).map((p) => p.element.tagName)).toEqual(['MAIN', 'DIV']);
    expect(partsOf(index, 7).slice(0, 2).map((p) => [p.element.tagName, p.whole])).toEqual([
      ['MAIN', false],
      ['SECTION', true],
    ]);
  });
});
