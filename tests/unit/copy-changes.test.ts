import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyOf, findingsOnPage, withoutScriptText, type ChangesRequest } from '../../utils/engine/copy-plan';
import { CopyMirrors } from '../../utils/engine/copy-mirrors';
import { plan } from '../../utils/engine/plan';
import type { Finding } from '../../utils/engine/types';
import { WATCHED } from '../../utils/live/added-content';
import { CopyTracker } from '../../utils/live/copy-tracker';
import { CORPUS, loadCases, readPage } from '../helpers/corpus';
import { articleBody, parseHtml } from '../helpers/dom';

const URL_ = 'https://news.example.com/story';
const parse = (html: string) => parseHtml(html, URL_);

/** A page, its copy in a planner, and the tracker of what changed since. */
function tracked(doc: Document, url = URL_) {
  const copies = new CopyMirrors(parse);
  const copy = copyOf(doc, url, {})!;
  const key = 'page-1';
  const first = copies.plan({ ...copy.request, key });
  expect(first.resync).toBeUndefined();
  const tracker = new CopyTracker(key, doc.body, copy.elements);
  const observer = new doc.defaultView!.MutationObserver((records) => tracker.note(records));
  observer.observe(doc.documentElement, WATCHED);
  /** Sends what changed, as the next batch does; the planner's answer. */
  const send = () => {
    tracker.note(observer.takeRecords());
    const request = tracker.changes(url, {});
    expect(request).not.toBeNull();
    return { request: request!, planned: copies.plan(request!) };
  };
  /** Hands the tracker what the observer saw so far, as its callback would. */
  const flush = () => tracker.note(observer.takeRecords());
  return { copies, key, tracker, send, flush, stop: () => observer.disconnect() };
}

/**
 * The body as a copy holds it: script and style text left out; comments too (a changed child
 * list sends none, a plan reads none), and what `<noscript>`s hold (jsdom writes their text
 * escaped, which the first copy then reads as text twice; a plan reads none of it).
 */
const markup = (body: HTMLElement) =>
  withoutScriptText(body.outerHTML)
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/(<noscript\b[^>]*>)[\s\S]*?<\/noscript>/g, '$1</noscript>');

const summary = (findings: readonly Finding[]) => findings.map((f) => [f.element, f.ruleId, f.active, f.reason]);

/** A small deterministic random source (mulberry32). */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FRAGMENTS = [
  '<div class="promo"><p>Try the new features &amp; more</p><a href="/x">Go</a></div>',
  '<section><h2>Related articles</h2><ul><li><a href="/1">One</a></li><li><a href="/2">Two &lt;b&gt;</a></li></ul></section>',
  '<p>Plain words,\u00a0with a non-breaking space and "quotes".</p>',
  '<aside><script>var x = "</div>";</script><span>side</span><style>p{}</style></aside>',
  '<figure><img src="/i.jpg" alt="A"><figcaption>Caption</figcaption></figure>',
  'loose text ',
  '<x-widget data-kind="rail"><b>web component</b></x-widget>',
];

/** Where a page's script may put blocks such that its markup still parses back to the same elements (a block in a `<p>` would not). */
const FLOW = 'div, section, article, main, aside, header, footer, li, td, blockquote';
const NOT_IN = 'script, style, noscript, template, textarea, title, svg, math, a, p, h1, h2, h3, h4, h5, h6, button, label, select, option';

/** One random change of the page's body, as a page's scripts make them. */
function mutate(doc: Document, rnd: () => number): void {
  const pick = <T>(list: ArrayLike<T>): T => list[Math.floor(rnd() * list.length)];
  const body = doc.body;
  // Never inside what a copy sends as raw text or leaves empty.
  const elements = [...body.querySelectorAll('*')].filter((el) => !el.closest('script, style, noscript, template, textarea, title, svg, math'));
  const target = elements.length ? pick(elements) : body;
  const blocks = [body, ...elements.filter((el) => el.matches(FLOW) && !el.closest(NOT_IN))];
  const block = pick(blocks);
  const movable = elements.filter((el) => el.matches('div, section, aside, p, ul, ol, figure, h2, h3, img'));
  const fresh = () => {
    const t = doc.createElement('template');
    t.innerHTML = pick(FRAGMENTS);
    return t.content;
  };
  switch (Math.floor(rnd() * 10)) {
    case 0:
      block.appendChild(fresh());
      break;
    case 1: {
      const child = block.children.length ? pick(block.children) : null;
      block.insertBefore(fresh(), child);
      break;
    }
    case 2:
      if (target !== body) target.remove();
      break;
    case 3: {
      const moved = movable.length ? pick(movable) : null;
      if (moved && !moved.contains(block)) block.append(moved);
      break;
    }
    case 4: {
      // A block wrapped in a new one.
      const child = block.children.length ? pick(block.children) : null;
      if (!child || !child.matches(FLOW + ', p, ul, ol, figure, h2, h3')) break;
      const wrapper = doc.createElement('div');
      wrapper.className = 'wrap';
      child.replaceWith(wrapper);
      wrapper.append(child);
      break;
    }
    case 5:
      target.setAttribute(pick(['class', 'style', 'data-role', 'hidden']), pick(['rail', 'display: none', 'x"y', '']));
      break;
    case 6:
      if (target.attributes.length) target.removeAttribute(target.attributes[0].name);
      break;
    case 7: {
      const walker = doc.createTreeWalker(target, 4 /* text */);
      const text = walker.nextNode() as Text | null;
      if (text && !text.parentElement?.closest('script, style')) text.data = `changed ${Math.floor(rnd() * 100)} <b>`;
      break;
    }
    case 8:
      block.innerHTML = pick(FRAGMENTS) + pick(FRAGMENTS);
      break;
    default:
      target.textContent = 'all new text';
  }
}

describe('a copy kept by the planner, changed as the page changes', () => {
  it('holds the page’s body after every batch of random changes, and plans as the page itself is planned', () => {
    const cases = ['cluttered', 'aeb', 'readability'].flatMap((set) => loadCases(join(CORPUS, set))).filter((c, i) => c.set === 'cluttered' || i % 20 === 0);
    expect(cases.length).toBeGreaterThan(10);
    let sent = 0;
    let whole = 0;
    cases.forEach((c, n) => {
      const doc = parseHtml(readPage(c), c.url);
      const page = tracked(doc, c.url);
      const rnd = random(n + 1);
      for (let batch = 0; batch < 5; batch++) {
        const changes = 1 + Math.floor(rnd() * 5);
        for (let i = 0; i < changes; i++) mutate(doc, rnd);
        const { request, planned } = page.send();
        expect(planned.resync, `${c.name}, batch ${batch}`).toBeUndefined();
        expect(markup(page.copies.document(page.key)!.body), `${c.name}, batch ${batch}`).toBe(markup(doc.body));
        const findings = findingsOnPage(planned, page.tracker);
        expect(findings, c.name).not.toBeNull();
        expect(summary(findings!), `${c.name}, batch ${batch}`).toEqual(summary(plan(doc, c.url, {}, { computedStyles: false }).findings));
        sent += JSON.stringify(request.changes).length;
        whole += markup(doc.body).length;
      }
      page.stop();
    });
    // What was sent is the changes, not the body again (a change may be a whole new body, at random).
    expect(sent).toBeLessThan(whole / 5);
  }, 120_000);

  it('sends only what changed: an added block as markup, the rest by number', () => {
    const doc = parse(`<!doctype html><html><head><title>T</title></head><body><main><article>${articleBody(3)}</article></main><div id="rail"></div></body></html>`);
    const page = tracked(doc);
    doc.getElementById('rail')!.innerHTML = '<section><h2>Most read</h2><a href="/m">Late</a></section>';
    doc.querySelector('article')!.setAttribute('class', 'story');
    const { request, planned } = page.send();
    const railNumber = [...doc.body.querySelectorAll('*')].indexOf(doc.getElementById('rail')!);
    const articleNumber = [...doc.body.querySelectorAll('*')].indexOf(doc.querySelector('article')!);
    expect(request.changes).toEqual([
      { parent: railNumber, children: ['<section><h2>Most read</h2><a href="/m">Late</a></section>'] },
      { element: articleNumber, attributes: [['class', 'story']] },
    ]);
    expect(request.seq).toBe(1);
    expect(findingsOnPage(planned, page.tracker)!.map((f) => f.element)).toEqual([doc.getElementById('rail')]);
    page.stop();
  });

  it('parses what a page adds where the page has it: a row in a table body, an item in a list, in quirks mode too', () => {
    for (const doctype of ['<!doctype html>', '']) {
      const doc = parse(`${doctype}<html><body><table><tbody><tr><td>a</td></tr></tbody></table><ul><li>x</li></ul><p>text</p></body></html>`);
      const page = tracked(doc);
      doc.querySelector('tbody')!.insertAdjacentHTML('beforeend', '<tr><td>b</td><td><table><tr><td>inner</td></tr></table></td></tr>');
      doc.querySelector('td')!.append(' and more <text>');
      doc.querySelector('ul')!.insertAdjacentHTML('afterbegin', '<li>first</li>');
      doc.querySelector('p')!.insertAdjacentHTML('beforeend', '<b>bold</b><a href="/a">link</a>');
      const { planned } = page.send();
      expect(planned.resync).toBeUndefined();
      expect(markup(page.copies.document(page.key)!.body)).toBe(markup(doc.body));
      page.stop();
    }
  });

  it('leaves Sift’s own marks out of the changes', () => {
    const doc = parse('<!doctype html><html><body><div id="a"></div></body></html>');
    const page = tracked(doc);
    doc.getElementById('a')!.setAttribute('data-sift-hide', 'promo');
    expect(page.send().request.changes).toEqual([]);
    page.stop();
  });

  it('asks for a whole copy when it does not hold the copy, gets changes out of turn, or cannot apply them', () => {
    const doc = parse('<!doctype html><html><body><div id="a"><p>x</p></div></body></html>');
    const copies = new CopyMirrors(parse, 1);
    const copy = copyOf(doc, URL_, {})!;
    copies.plan({ ...copy.request, key: 'a' });
    const changes = (over: Partial<ChangesRequest>): ChangesRequest => ({ key: 'a', seq: 1, changes: [], url: URL_, settings: {}, count: 2, ...over });
    expect(copies.plan(changes({ key: 'other' })).resync).toBe(true);
    expect(copies.plan(changes({ seq: 2 })).resync).toBe(true); // the first changes never came
    copies.plan({ ...copy.request, key: 'a' });
    expect(copies.plan(changes({ changes: [{ parent: 7, children: [] }] })).resync).toBe(true); // no element 7
    copies.plan({ ...copy.request, key: 'a' });
    expect(copies.plan(changes({ count: 3 })).resync).toBe(true); // the page has an element the copy has not
    copies.plan({ ...copy.request, key: 'a' });
    expect(copies.plan(changes({ changes: [{ parent: 0, children: ['<b>new</b>', 1] }], count: 3 })).resync).toBeUndefined();
    expect(copies.document('a')!.body.innerHTML).toBe('<div id="a"><b>new</b><p>x</p></div>');
    // Only the latest `limit` copies are kept.
    copies.plan({ ...copy.request, key: 'b' });
    expect(copies.size).toBe(1);
    expect(copies.plan(changes({ seq: 2 })).resync).toBe(true);
  });

  it('lets go of what it noted when a page changes a great deal without a batch, and a whole copy is sent', () => {
    const doc = parse('<!doctype html><html><body><div id="a"></div></body></html>');
    const page = tracked(doc);
    const a = doc.getElementById('a')!;
    // Scripts the page adds and removes again schedule no batch (see `addsContent`); the tracker must not keep them all.
    for (let i = 0; i < 12_000; i++) a.appendChild(doc.createElement('script')).remove();
    page.flush();
    expect(page.tracker.changes(URL_, {})).toBeNull();
    page.stop();
  });

  it('gives up when the page puts in another body: a whole copy is sent', () => {
    const doc = parse('<!doctype html><html><body><p>x</p></body></html>');
    const page = tracked(doc);
    doc.documentElement.replaceChild(doc.createElement('body'), doc.body);
    expect(page.tracker.changes(URL_, {})).toBeNull();
    page.stop();
  });
});
