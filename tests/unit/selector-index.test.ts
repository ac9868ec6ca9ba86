import { describe, expect, it } from 'vitest';
import { keyOf, matchSelectors, splitSelectorList } from '../../utils/engine/selector-index';
import { collapsedLength, indexPageSteps } from '../../utils/engine/page-index';
import { collapseSpace } from '../../utils/engine/text';
import { GENERIC_RULES } from '../../utils/rules/generic';
import { SITE_RULES } from '../../utils/rules/registry';
import { loadFixtures, page, parseHtml } from '../helpers/dom';

describe('selector index', () => {
  it('splits selector lists at top-level commas only', () => {
    expect(splitSelectorList('a, :is(b, c), [x="1,2"], d')).toEqual(['a', ':is(b, c)', '[x="1,2"]', 'd']);
  });
  it.each([
    ['#x .y', { kind: 'class', value: 'y' }],
    ['div > #main', { kind: 'id', value: 'main' }],
    ['[id^="taboola-"]', { kind: 'attr', value: 'id' }],
    ['div:not(.a)', { kind: 'tag', value: 'DIV' }],
    ['*', null],
    [':not(.a)', null],
  ])('keys %s', (sel, key) => {
    const k = keyOf(sel);
    expect(k && { kind: k.kind, value: k.value }).toEqual(key);
  });

  const selectors = [
    ...[...GENERIC_RULES, ...SITE_RULES].flatMap((r) => (r.match.kind === 'selector' ? [r.match.selector] : [])),
    '*', 'p:not(.x)', 'a[href$=".pdf" i]', '[data-role~="ad"]', '[lang|="en"]', 'ul li:first-child', 'h1 + p', 'div p',
  ];
  const docs = [
    ...loadFixtures('rules').map((f) => parseHtml(f.html, f.url)),
    page('<p class="x">a</p><p>b</p><a href="/F.PDF">f</a><div data-role="big ad"><p lang="en-GB">e</p></div><ul><li>1</li><li>2</li></ul><h1>t</h1><p>n</p>'),
  ];
  it.each(docs.map((d, i) => [i, d] as const))('gives what querySelectorAll gives (document %i)', (_i, doc) => {
    const queries = selectors.map((selector) => ({ selector }));
    const got = matchSelectors(doc.body, Array.from(doc.body.querySelectorAll('*')), queries);
    for (const q of queries) expect(got.get(q), q.selector).toEqual(Array.from(doc.body.querySelectorAll(q.selector)));
  });
});

describe('stepwise planning', () => {
  it('the page index lists exactly what querySelectorAll("*") lists, in order, with each one\'s text, pausing between chunks', () => {
    const rows = Array.from({ length: 3000 }, (_, i) => `<div class="r${i % 7}"><span>${i}</span> <b>x</b>\n</div>`).join('');
    const doc = page(`<main>${rows}<template><p>inert</p></template><script>var hidden = 1;</script><p>  a <i> b </i><!-- c -->d  </p></main>`);
    const steps = indexPageSteps(doc.body);
    let pauses = 0;
    let r = steps.next();
    while (!r.done) {
      pauses++;
      r = steps.next();
    }
    const index = r.value;
    const all = [...doc.body.querySelectorAll('*')];
    expect(index.elements).toEqual(all);
    expect(index.tags).toEqual(all.map((el) => el.tagName));
    // Text lengths: whitespace collapsed per text node, scripts left out.
    const own = (el: Element): number =>
      el.tagName === 'SCRIPT'
        ? 0
        : [...el.childNodes].reduce((sum, n) => sum + (n.nodeType === 3 ? collapseSpace(n.nodeValue ?? '').length : n.nodeType === 1 ? own(n as Element) : 0), 0);
    for (const el of all.filter((_, i) => i % 97 === 0 || i > all.length - 8)) expect(index.text(el), el.outerHTML.slice(0, 40)).toBe(own(el));
    // Each element's span in document order holds exactly its descendants.
    for (const el of all.slice(0, 300)) {
      const at = index.indexOf(el);
      expect(all.slice(at + 1, at + 1 + index.end(el) - index.position(el))).toEqual([...el.querySelectorAll('*')]);
    }
    expect(pauses).toBeGreaterThanOrEqual(5);
  });
});

describe('the page index on a page that changes while it is walked', () => {
  it('finishes, and lists only elements, when the page moves and removes nodes between two slices', () => {
    const rows = Array.from({ length: 3000 }, (_, i) => `<div id="r${i}"><p>row ${i} <b>x</b></p></div>`).join('');
    const doc = page(`<main><section id="a">${rows}</section><section id="b"><p>tail text</p></section></main>`);
    const steps = indexPageSteps(doc.body);
    expect(steps.next().done).toBe(false); // one chunk walked
    // The page moves the rest of the first section into the second, and removes some of it.
    const b = doc.getElementById('b')!;
    for (const id of ['r2000', 'r2001', 'r2500']) b.append(doc.getElementById(id)!);
    doc.getElementById('r2999')!.remove();
    let r = steps.next();
    while (!r.done) r = steps.next();
    const index = r.value;
    expect(index.elements.every((el) => el.nodeType === 1)).toBe(true);
    expect(index.elements.length).toBeGreaterThan(1024);
    // What was not touched reads as before (each text node's text, whitespace collapsed and trimmed).
    expect(index.text(doc.getElementById('r10')!)).toBe('row 10'.length + 'x'.length);
  });
});

describe('collapsedLength', () => {
  // What it always meant, one character at a time.
  const reference = (s: string) => {
    let len = 0;
    let space = true;
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      if (c === 32 || c === 10 || c === 9 || c === 13 || c === 12 || c === 160) {
        if (!space) {
          len++;
          space = true;
        }
      } else {
        len++;
        space = false;
      }
    }
    return space && len > 0 ? len - 1 : len;
  };
  it('counts whitespace runs as one and trims the ends, as the character loop did', () => {
    const pieces = [' ', '\n', '\t', '\r', '\f', '\u00a0', '\u2003', 'a', 'bc', '.', '\u00e9'];
    let seed = 7;
    const random = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
    const samples = ['', ' ', '   ', 'a', ' a ', 'a  b', '\n\t a \u00a0b\n', '\u2003x\u2003'];
    for (let i = 0; i < 2000; i++) samples.push(Array.from({ length: Math.floor(random() * 9) }, () => pieces[Math.floor(random() * pieces.length)]).join(''));
    for (const s of samples) expect(collapsedLength(s), JSON.stringify(s)).toBe(reference(s));
  });
});
