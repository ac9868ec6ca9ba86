import { describe, expect, it } from 'vitest';
import { indexPage, partsOf, textHolders, type PageIndex } from '../../utils/engine/page-index';
import { CORPUS, loadCases, readPage } from '../helpers/corpus';
import { page, parseHtml } from '../helpers/dom';

const collapsed = (s: string) => s.replace(/[ \n\t\r\f\u00a0]+/g, ' ').replace(/^ | $/g, '').length;

/**
 * What the DOM itself says of each indexed element: its element children (as indexes) and its
 * own text: a leaf's whole text as one run, else each of its text nodes (none for scripts and styles).
 */
function domAnswers(index: PageIndex) {
  return index.elements.map((el) => ({
    children: [...el.children].map((c) => index.indexOf(c)),
    own: /^(SCRIPT|STYLE|NOSCRIPT|TEMPLATE)$/.test(el.tagName)
      ? 0
      : el.children.length === 0
        ? collapsed(el.textContent ?? '')
        : [...el.childNodes]
            .filter((n) => n.nodeType === 3)
            .map((n) => collapsed(n.nodeValue ?? ''))
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

  it("reads a leaf's text split by comments as one run, and sums an element's own text nodes around its children", () => {
    const doc = page('<p><span id="leaf">Follow CNN <!-- -->Business</span></p><div id="mixed">Before <b>bold</b> after<!-- --> end</div>');
    const index = indexPage(doc.body);
    expect(index.ownText(index.indexOf(doc.getElementById('leaf')!))).toBe('Follow CNN Business'.length);
    // "Before", then "after" and "end" as two runs: 6 + 5 + 3.
    expect(index.ownText(index.indexOf(doc.getElementById('mixed')!))).toBe(14);
    expect(index.text(doc.getElementById('mixed')!)).toBe(14 + 'bold'.length);
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

/** Everything the index says of each element, for comparing two ways of building it. */
function figures(index: PageIndex) {
  return {
    elements: index.elements,
    tags: index.tags,
    roles: index.roles,
    total: index.total,
    rows: index.elements.map((el, i) => [index.ownText(i), index.text(el), index.linkText(el), index.prose(el), index.end(el), index.inControl(el), index.inNavigation(el)]),
    shadowRoots: index.shadowRoots,
  };
}

describe('running text', () => {
  const line = 'The ferry ran twice a day from the old quay, and the fare was paid in coins.';
  it('counts text outside paragraphs in a div, a section, an article or a main, not in a list item or a link', () => {
    const doc = page(`<div id="d">${line}</div><section id="s">${line}<br>${line}<h2>A heading</h2></section><article id="a"><em>${line}</em></article><main id="m">${line}</main><ul><li id="li">${line}</li></ul><div id="l"><a href="/x">${line}</a></div>`);
    const index = indexPage(doc.body);
    const prose = (id: string) => index.prose(doc.getElementById(id)!);
    expect(prose('d')).toBe(line.length);
    expect(prose('s')).toBe(line.length * 2); // a heading is not running text
    expect(prose('a')).toBe(line.length);
    expect(prose('m')).toBe(line.length);
    expect(prose('li')).toBe(0);
    expect(prose('l')).toBe(0);
  });
});

describe('the text query: only the elements that hold text of their own have their child nodes read', () => {
  const body = `<main role="main"><div>\n  <p>One paragraph of text.</p>\n  <p>Another.</p>\n</div>
    <div>\u00a0<span>nbsp before</span></div><div>\f<b>form feed</b></div><div><b>x</b> tail text</div><div><i>i</i> ,</div><div>\u000b<b>vertical tab</b></div>
    <section role="region"><h2>Head</h2>mid <!-- c --> text<ul role="list"><li>a</li><li>b</li></ul></section></main>
    <nav role="navigation"><a href="/" role="button">Home</a></nav>`;

  it('names the elements with element children and non-blank text, not the blank containers', () => {
    const doc = page(body);
    const holders = textHolders(doc.body)!;
    expect(holders).not.toBeNull();
    const [blank, nbsp, formFeed, tail] = [...doc.querySelectorAll('main > div')];
    expect(holders.has(blank)).toBe(false);
    expect(holders.has(tail)).toBe(true);
    expect(holders.has(doc.querySelector('section')!)).toBe(true);
    // XPath's blanks are fewer than the index's: a no-break space or a form feed is named, and read.
    expect(holders.has(nbsp) && holders.has(formFeed)).toBe(true);
    // A vertical tab is text to the index (one character): its element is named too.
    expect(holders.has(doc.querySelectorAll('main > div')[5])).toBe(true);
    expect(holders.has(doc.querySelector('p')!)).toBe(false); // a leaf: its textContent is read
  });

  it('gives the same index as reading every node, by hand and on real pages', () => {
    expect(figures(indexPage(page(body).body, { textQuery: true }))).toEqual(figures(indexPage(page(body).body)));
    const cases = loadCases(`${CORPUS}/aeb`).filter((_, i) => i % 12 === 5);
    expect(cases.length).toBeGreaterThan(3);
    for (const c of cases) {
      const doc = parseHtml(readPage(c), c.url);
      expect(figures(indexPage(doc.body, { textQuery: true })), c.name).toEqual(figures(indexPage(doc.body)));
    }
  });

  it('is not asked on a huge page, where one query would be one long task', () => {
    const doc = page(`<div>${'<p><b>x</b> y</p>'.repeat(4200)}</div>`);
    expect(textHolders(doc.body)).toBeNull();
    expect(textHolders(page(`<div>${'<p><b>x</b> y</p>'.repeat(100)}</div>`).body)?.size).toBe(100);
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
