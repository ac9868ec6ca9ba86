import { JSDOM, VirtualConsole } from 'jsdom';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HIDE_ATTR } from '../../utils/engine/apply';
import { copyOf, findingsOnPage, withoutScriptText, type PlannedCopy, type PlanRequest } from '../../utils/engine/copy-plan';
import { CopyMirrors } from '../../utils/engine/copy-mirrors';
import { planCopy } from '../../utils/engine/plan-copy';
import { plan } from '../../utils/engine/plan';
import type { Finding } from '../../utils/engine/types';
import type { Rule } from '../../utils/rules/types';
import { LiveCleaner } from '../../utils/live/cleaner';
import { watchAdditions } from '../../utils/live/added-content';
import type { EarlyCopy } from '../../utils/live/early-handoff';
import { sendCopy } from '../../utils/live/sent-copy';
import { CORPUS, loadCases, readPage } from '../helpers/corpus';
import { articleBody, isHidden, parseHtml } from '../helpers/dom';
import { until } from '../helpers/until';
import { SYNC } from '../helpers/cleaner-options';

const URL_ = 'https://news.example.com/story';

/** A page as jsdom parses it by default: scripting off, so a <noscript>'s contents are markup. */
function livePage(html: string, url = URL_): Document {
  return parseHtml(html, url);
}

/** A made-up page (no scripts) as a browser parses it: scripting on, so a <noscript>'s contents are text. */
function scriptedPage(html: string, url = URL_): Document {
  expect(html).not.toContain('<script');
  return new JSDOM(html, { url, runScripts: 'dangerously', virtualConsole: new VirtualConsole() }).window.document;
}

/** The planner's parser: scripting off, as DOMParser's (the copy's address does not matter: the request carries the page's). */
const parse = (html: string) => parseHtml(html, URL_);

function body(inner: string, head = '<title>Council approves the crossing</title>'): string {
  return `<!doctype html><html><head>${head}</head><body>${inner}</body></html>`;
}

const ARTICLE = `<main><article><h1>Council approves the crossing</h1>${articleBody(5)}</article></main>`;
const RELATED = '<section id="rel"><h2>Related articles</h2><ul><li><a href="/1">One</a></li><li><a href="/2">Two</a></li></ul></section>';

const summary = (findings: readonly Finding[]) => findings.map((f) => [f.element, f.ruleId, f.active, f.reason]);

describe('planning a copy of the page', () => {
  it('names the same elements as a plan of the page itself, on corpus pages', () => {
    const cases = ['cluttered', 'aeb', 'readability'].flatMap((set) => loadCases(join(CORPUS, set))).filter((c, i) => c.set === 'cluttered' || i % 6 === 0);
    expect(cases.length).toBeGreaterThan(25);
    for (const c of cases) {
      const doc = livePage(readPage(c), c.url);
      const copy = copyOf(doc, c.url, {})!;
      expect(copy, c.name).not.toBeNull();
      const planned = planCopy(copy.request, parse);
      const here = plan(doc, c.url, {}, { computedStyles: false });
      const there = findingsOnPage(planned, copy.elements);
      expect(there, c.name).not.toBeNull();
      expect(summary(there!), c.name).toEqual(summary(here.findings));
    }
  }, 120_000);

  it("keeps a <noscript>'s contents as the page has them, text or markup, so positions still agree", () => {
    const html = body(`<noscript><img src="/pixel.gif"><div>Enable scripts</div></noscript>${ARTICLE}${RELATED}`);
    for (const doc of [scriptedPage(html), livePage(html)]) {
      const copy = copyOf(doc, URL_, {})!;
      const planned = planCopy(copy.request, parse);
      expect(planned.count).toBe(copy.elements.length);
      const found = findingsOnPage(planned, copy.elements)!;
      expect(found.map((f) => f.element.id)).toEqual(['rel']);
    }
  });

  it('matches the title by the head lines it sends (og:title), not only by the first h1', () => {
    const head = '<title>Site name</title><meta property="og:title" content="The real headline of this story">';
    const doc = livePage(body(`<h1>Site name</h1>${ARTICLE.replace('Council approves the crossing', 'The real headline of this story')}`, head));
    const copy = copyOf(doc, URL_, {})!;
    expect(copy.request.html).toContain('og:title');
    expect(copy.request.html).not.toContain('<script');
    const copyDoc = parse(copy.request.html);
    expect(copyDoc.title).toBe('Site name');
    expect(copyDoc.querySelector('meta[property="og:title"]')?.getAttribute('content')).toBe('The real headline of this story');
  });

  it("keeps the root's attributes, which a user's rule may name the page by", () => {
    const html = body(`${ARTICLE}<div class="promo">Try our app</div>`).replace('<html>', '<html class="js dark" data-theme="a&quot;b">');
    const doc = livePage(html);
    const rule: Rule = { id: 'user-promo', description: 'Promo', category: 'promo', sites: ['news.example.com'], match: { kind: 'selector', selector: 'html.dark[data-theme=\'a"b\'] .promo' }, action: 'hide' };
    const copy = copyOf(doc, URL_, { userRules: [rule] })!;
    const found = findingsOnPage(planCopy(copy.request, parse), copy.elements)!;
    expect(found.map((f) => f.element.className)).toEqual(['promo']);
  });

  it('refuses a plan whose elements are not the page’s (count, tag or children differ)', () => {
    const doc = livePage(body(`${ARTICLE}${RELATED}`));
    const copy = copyOf(doc, URL_, {})!;
    const planned = planCopy(copy.request, parse);
    expect(findingsOnPage(planned, copy.elements)).not.toBeNull();
    expect(findingsOnPage({ ...planned, count: planned.count + 1 }, copy.elements)).toBeNull();
    const f = planned.findings[0];
    expect(findingsOnPage({ ...planned, findings: [{ ...f, tag: 'DIV' }] }, copy.elements)).toBeNull();
    expect(findingsOnPage({ ...planned, findings: [{ ...f, children: f.children + 1 }] }, copy.elements)).toBeNull();
    expect(findingsOnPage({ ...planned, findings: [{ ...f, index: planned.count + 5 }] }, copy.elements)).toBeNull();
  });

  it("sends scripts and style sheets without their text, the elements kept, and passes over comments and <noscript>s", () => {
    // Script tags as text in a comment (an old conditional comment) or a <noscript> must not start a cut.
    const html =
      '<body><!--[if lt IE 9]><script src="/a.js"></script-x><![endif]--><p>one</p>' +
      '<script type="application/json">{"x":"</div><p>"}</script><style>p { color: red }</style>' +
      '<noscript><script>document.write("<b>")</script></noscript><svg><style>.a{}</style></svg><p>two</p></body>';
    expect(withoutScriptText(html)).toBe(
      '<body><!--[if lt IE 9]><script src="/a.js"></script-x><![endif]--><p>one</p>' +
        '<script type="application/json"></script><style></style>' +
        '<noscript><script>document.write("<b>")</script></noscript><svg><style></style></svg><p>two</p></body>',
    );
    expect(withoutScriptText('<p>no scripts</p>')).toBe('<p>no scripts</p>');
    // An unclosed script (not from a serialiser) is left as it is from there on.
    expect(withoutScriptText('<script>a</script><p>x</p><script>b')).toBe('<script></script><p>x</p><script>b');
    // A page whose inline data is most of its markup: the copy is small, and planned as the page is.
    const data = `<script id="__DATA__" type="application/json">${JSON.stringify({ items: Array.from({ length: 2000 }, (_, i) => ({ id: i, title: `Story ${i}` })) })}</script>`;
    const doc = livePage(body(`${ARTICLE}${RELATED}${data}<script>window.x = "</p>";</script>`));
    const copy = copyOf(doc, URL_, {})!;
    expect(copy.request.html.length).toBeLessThan(doc.body.outerHTML.length / 5);
    const found = findingsOnPage(planCopy(copy.request, parse), copy.elements)!;
    expect(summary(found)).toEqual(summary(plan(doc, URL_, {}, { computedStyles: false }).findings));
    expect(found.map((f) => f.element.id)).toEqual(['rel']);
  });

  it('makes no copy of a page without a body, or of one too big to serialise in one short task', () => {
    const doc = livePage('<!doctype html><html><head></head></html>');
    doc.body?.remove();
    expect(copyOf(doc, URL_, {})).toBeNull();
    const big = livePage(body(`${ARTICLE}<div>${'<span>x</span>'.repeat(20_001)}</div>`));
    expect(copyOf(big, URL_, {})).toBeNull();
  });
});

describe('LiveCleaner planning elsewhere', () => {
  /** A planner in this process: the same engine, on a copy parsed without scripting, kept for changes; each request logged. */
  function planner(log: PlanRequest[] = [], alter: (p: PlannedCopy) => PlannedCopy = (p) => p, copies = new CopyMirrors(parse)) {
    return async (request: PlanRequest) => {
      log.push(request);
      await new Promise((r) => setTimeout(r, 5)); // an answer comes in a later task
      return alter(copies.plan(request));
    };
  }


  it("hides what the planner's plan names, on the page's own elements, and clutter added later too", async () => {
    const doc = livePage(body(`${ARTICLE}${RELATED}<div id="rail"></div>`));
    const log: PlanRequest[] = [];
    const cleaner = new LiveCleaner(doc, () => URL_, {}, () => {}, { ...SYNC, planElsewhere: planner(log) });
    cleaner.start();
    expect(doc.getElementById('rel')?.hasAttribute(HIDE_ATTR)).toBe(false); // not planned here
    await until(() => doc.getElementById('rel')?.getAttribute(HIDE_ATTR) === 'related-heading');
    expect(log).toHaveLength(1);
    expect(isHidden(doc.getElementById('rel')!)).toBe(true);
    doc.getElementById('rail')!.innerHTML = '<div id="late"><h3>Most read</h3><ol><li><a href="/m">Late story</a></li></ol></div>';
    await until(() => doc.getElementById('late')?.closest(`[${HIDE_ATTR}]`) !== null);
    expect(log).toHaveLength(2);
    expect(cleaner.current.findings.map((f) => f.element.id)).toEqual(['rel', 'rail']); // the rail holds the late list
    cleaner.stop();
  });

  /** Adds a "Most read" list to the element `id` and waits until it is hidden. */
  async function addRail(doc: Document, id: string): Promise<void> {
    doc.getElementById(id)!.innerHTML = `<div id="${id}-late"><h3>Most read</h3><ol><li><a href="/m">Late story</a></li></ol></div>`;
    await until(() => doc.getElementById(`${id}-late`)?.closest(`[${HIDE_ATTR}]`) !== null);
  }
  const kinds = (log: PlanRequest[]) => log.map((r) => ('changes' in r ? 'changes' : r.key ? 'kept copy' : 'copy'));

  it('has the planner keep the copy from the first batch on, and sends later batches as what changed', async () => {
    const doc = livePage(body(`${ARTICLE}${RELATED}<div id="rail"></div><div id="rail2"></div><div id="rail3"></div>`));
    const log: PlanRequest[] = [];
    const cleaner = new LiveCleaner(doc, () => URL_, {}, () => {}, { ...SYNC, planElsewhere: planner(log) });
    cleaner.start();
    await until(() => doc.getElementById('rel')?.hasAttribute(HIDE_ATTR) === true);
    await addRail(doc, 'rail');
    await addRail(doc, 'rail2');
    // The first plan's copy is not kept (most pages change little after it); the first batch's is.
    expect(kinds(log)).toEqual(['copy', 'kept copy', 'changes']);
    // What changed: the rail's new child list, not the body again.
    expect('changes' in log[2] && log[2].changes).toEqual([{ parent: expect.any(Number), children: [expect.stringContaining('Most read')] }]);
    await addRail(doc, 'rail3');
    expect(kinds(log)).toEqual(['copy', 'kept copy', 'changes', 'changes']);
    expect(cleaner.current.findings.map((f) => f.element.id)).toEqual(['rel', 'rail', 'rail2', 'rail3']);
    cleaner.stop();
  });

  it('sends a whole copy again when the planner no longer holds the page’s', async () => {
    const doc = livePage(body(`${ARTICLE}${RELATED}<div id="rail"></div><div id="rail2"></div><div id="rail3"></div>`));
    const log: PlanRequest[] = [];
    let copies = new CopyMirrors(parse);
    const cleaner = new LiveCleaner(doc, () => URL_, {}, () => {}, { ...SYNC, planElsewhere: (r) => planner(log, undefined, copies)(r) });
    cleaner.start();
    await until(() => doc.getElementById('rel')?.hasAttribute(HIDE_ATTR) === true);
    await addRail(doc, 'rail');
    copies = new CopyMirrors(parse); // as a planner Chrome closed and opened again
    await addRail(doc, 'rail2');
    expect(kinds(log)).toEqual(['copy', 'kept copy', 'changes', 'kept copy']);
    // And changes again from the new copy on.
    await addRail(doc, 'rail3');
    expect(kinds(log)).toEqual(['copy', 'kept copy', 'changes', 'kept copy', 'changes']);
    cleaner.stop();
  });

  it('tells the planner to let go of the copy when the page is hidden or the cleaner stops, and sends a whole copy after', async () => {
    const doc = livePage(body(`${ARTICLE}${RELATED}<div id="rail"></div><div id="rail2"></div><div id="rail3"></div>`));
    const log: PlanRequest[] = [];
    const copies = new CopyMirrors(parse);
    const forgotten: string[] = [];
    const cleaner = new LiveCleaner(doc, () => URL_, {}, () => {}, {
      ...SYNC,
      planElsewhere: planner(log, undefined, copies),
      forgetElsewhere: (key) => {
        forgotten.push(key);
        copies.forget(key);
      },
    });
    cleaner.start();
    await until(() => doc.getElementById('rel')?.hasAttribute(HIDE_ATTR) === true);
    await addRail(doc, 'rail');
    const first = log[1].key!;
    expect(copies.document(first)).toBeDefined();
    // The page goes into the back/forward cache (or away): the planner lets go of its copy.
    doc.defaultView!.dispatchEvent(new doc.defaultView!.PageTransitionEvent('pagehide', { persisted: true }));
    expect(forgotten).toEqual([first]);
    expect(copies.size).toBe(0);
    // Back again, it adds content: a whole copy, kept under a new name, then changes.
    await addRail(doc, 'rail2');
    await addRail(doc, 'rail3');
    expect(kinds(log)).toEqual(['copy', 'kept copy', 'kept copy', 'changes']);
    const second = log[2].key!;
    expect(second).not.toBe(first);
    expect(cleaner.current.findings.map((f) => f.element.id)).toEqual(['rel', 'rail', 'rail2', 'rail3']);
    // Hidden again with nothing kept: nothing to tell.
    cleaner.stop();
    expect(forgotten).toEqual([first, second]);
    expect(copies.size).toBe(0);
    doc.defaultView!.dispatchEvent(new doc.defaultView!.PageTransitionEvent('pagehide'));
    expect(forgotten).toHaveLength(2);
  });

  it('tells the planner to let go of the copy a whole copy replaces (the page put in another body)', async () => {
    const doc = livePage(body(`${ARTICLE}${RELATED}<div id="rail"></div>`));
    const log: PlanRequest[] = [];
    const copies = new CopyMirrors(parse);
    const cleaner = new LiveCleaner(doc, () => URL_, {}, () => {}, {
      ...SYNC,
      planElsewhere: planner(log, undefined, copies),
      forgetElsewhere: (key) => copies.forget(key),
    });
    cleaner.start();
    await until(() => doc.getElementById('rel')?.hasAttribute(HIDE_ATTR) === true);
    await addRail(doc, 'rail');
    const first = log[1].key!;
    const swapped = doc.createElement('body');
    swapped.innerHTML = `${ARTICLE}${RELATED}<div id="rail2"></div>`;
    doc.body.replaceWith(swapped);
    await addRail(doc, 'rail2');
    expect(kinds(log)).toEqual(['copy', 'kept copy', 'kept copy']);
    expect(log[2].key).not.toBe(first);
    // The planner holds the new copy only.
    expect(copies.document(first)).toBeUndefined();
    expect(copies.size).toBe(1);
    cleaner.stop();
  });

  it('tells the planner to let go of the copy when it plans in place from then on', async () => {
    const doc = livePage(body(`${ARTICLE}${RELATED}<div id="rail"></div><div id="rail2"></div>`));
    const forgotten: string[] = [];
    let answer = true;
    const answering = planner();
    const cleaner = new LiveCleaner(doc, () => URL_, {}, () => {}, {
      ...SYNC,
      planElsewhere: (r) => (answer ? answering(r) : Promise.reject(new Error('no planner'))),
      forgetElsewhere: (key) => forgotten.push(key),
    });
    cleaner.start();
    await until(() => doc.getElementById('rel')?.hasAttribute(HIDE_ATTR) === true);
    await addRail(doc, 'rail');
    expect(forgotten).toEqual([]);
    answer = false;
    await addRail(doc, 'rail2'); // planned in place
    expect(forgotten).toHaveLength(1);
    cleaner.stop();
    expect(forgotten).toHaveLength(1);
  });

  it('marks the elements the copy was made of, though the page changed before the answer came', async () => {
    const doc = livePage(body(`${ARTICLE}${RELATED}`));
    const cleaner = new LiveCleaner(doc, () => URL_, {}, () => {}, { ...SYNC, planElsewhere: planner() });
    cleaner.start();
    // Before the answer: the page puts a block first, which moves every element's position by one.
    const banner = doc.createElement('div');
    banner.id = 'banner';
    doc.body.prepend(banner);
    await until(() => cleaner.current.findings.length > 0);
    expect(doc.querySelectorAll(`[${HIDE_ATTR}]`)).toHaveLength(1);
    expect(doc.getElementById('rel')?.hasAttribute(HIDE_ATTR)).toBe(true);
    cleaner.stop();
  });

  it('plans in place, from then on, when no planner answers or its plan is not of this page', async () => {
    for (const planElsewhere of [
      () => Promise.reject(new Error('no planner')),
      planner([], (p) => ({ ...p, count: p.count + 1 })),
    ]) {
      const doc = livePage(body(`${ARTICLE}${RELATED}<div id="rail"></div>`));
      let asked = 0;
      const cleaner = new LiveCleaner(doc, () => URL_, {}, () => {}, {
        ...SYNC,
        planElsewhere: (r) => {
          asked++;
          return planElsewhere(r);
        },
      });
      cleaner.start();
      await until(() => doc.getElementById('rel')?.getAttribute(HIDE_ATTR) === 'related-heading');
      doc.getElementById('rail')!.innerHTML = '<div id="late"><h3>Most read</h3><ol><li><a href="/m">Late story</a></li></ol></div>';
      await until(() => doc.getElementById('late')?.closest(`[${HIDE_ATTR}]`) !== null);
      expect(asked).toBe(1);
      cleaner.stop();
    }
  });

  it('plans in place a page whose web components have open shadow roots (a copy has none)', async () => {
    const doc = livePage(body(`${ARTICLE}<x-rail id="host"></x-rail>`));
    const root = doc.getElementById('host')!.attachShadow({ mode: 'open' });
    root.innerHTML = '<section id="inner"><h2>Related articles</h2><a href="/1">One</a></section>';
    const cleaner = new LiveCleaner(doc, () => URL_, {}, () => {}, { ...SYNC, planElsewhere: planner() });
    cleaner.start();
    await until(() => root.getElementById('inner')?.getAttribute(HIDE_ATTR) === 'related-heading');
    cleaner.stop();
  });

  it("spaces the next batch by ten times the plan's cost, the planner's included", async () => {
    const doc = livePage(body(`${ARTICLE}${RELATED}<div id="rail"></div>`));
    const asked: number[] = [];
    let answered = 0;
    // The planner says it spent 100 ms; the page's own share is next to nothing.
    const copies = new CopyMirrors(parse);
    const slow = async (request: PlanRequest) => {
      asked.push(Date.now());
      const planned = copies.plan(request);
      if (!answered) answered = Date.now();
      return { ...planned, timing: { parseMs: 40, planMs: 60 } };
    };
    const cleaner = new LiveCleaner(doc, () => URL_, {}, () => {}, { ...SYNC, planElsewhere: slow });
    cleaner.start();
    await until(() => doc.getElementById('rel')?.hasAttribute(HIDE_ATTR) === true);
    doc.getElementById('rail')!.innerHTML = '<div id="late"><h3>Most read</h3><ol><li><a href="/m">Late story</a></li></ol></div>';
    await until(() => asked.length === 2);
    expect(asked[1] - answered).toBeGreaterThanOrEqual(900);
    cleaner.stop();
  });

  /** A first copy on its way before the cleaner starts, as the early script sends it (Chrome). */
  function earlyCopy(doc: Document, planElsewhere: (r: PlanRequest) => Promise<PlannedCopy>): EarlyCopy {
    const sent = sendCopy(doc, URL_, {}, planElsewhere, () => performance.now(), false);
    expect(sent).not.toBeNull();
    return { sent: sent!, addedSince: watchAdditions(doc) };
  }

  it('takes over a first copy already on its way: its plan is the first, and no second copy is sent', async () => {
    const doc = livePage(body(`${ARTICLE}${RELATED}`));
    const log: PlanRequest[] = [];
    const early = earlyCopy(doc, planner(log));
    expect(log).toHaveLength(1);
    let asked = 0;
    const cleaner = new LiveCleaner(doc, () => URL_, {}, () => {}, { ...SYNC, planElsewhere: () => (asked++, planner()(log[0])) });
    cleaner.start(early);
    await until(() => doc.getElementById('rel')?.getAttribute(HIDE_ATTR) === 'related-heading');
    await new Promise((r) => setTimeout(r, 60)); // a batch would run meanwhile
    expect(asked).toBe(0);
    expect(cleaner.current.findings.map((f) => f.element.id)).toEqual(['rel']);
    cleaner.stop();
  });

  it('plans what the page added between the first copy and the start in the next batch', async () => {
    const doc = livePage(body(`${ARTICLE}${RELATED}<div id="rail"></div>`));
    const early = earlyCopy(doc, planner());
    // Before the content script has loaded: nothing of Sift's watches the page yet but the early copy's watch.
    doc.getElementById('rail')!.innerHTML = '<div id="late"><h3>Most read</h3><ol><li><a href="/m">Late story</a></li></ol></div>';
    await new Promise((r) => setTimeout(r, 0)); // the mutation is delivered before the start
    const log: PlanRequest[] = [];
    const cleaner = new LiveCleaner(doc, () => URL_, {}, () => {}, { ...SYNC, planElsewhere: planner(log) });
    cleaner.start(early);
    await until(() => doc.getElementById('late')?.closest(`[${HIDE_ATTR}]`) !== null);
    expect(log).toHaveLength(1); // the batch's copy
    expect(cleaner.current.findings.map((f) => f.element.id)).toEqual(['rel', 'rail']);
    cleaner.stop();
  });

  it('plans in place when the first copy gets no answer', async () => {
    const doc = livePage(body(`${ARTICLE}${RELATED}`));
    const early = earlyCopy(doc, () => Promise.reject(new Error('no planner')));
    let asked = 0;
    const cleaner = new LiveCleaner(doc, () => URL_, {}, () => {}, { ...SYNC, planElsewhere: (r) => (asked++, planner()(r)) });
    cleaner.start(early);
    await until(() => doc.getElementById('rel')?.getAttribute(HIDE_ATTR) === 'related-heading');
    expect(asked).toBe(0);
    cleaner.stop();
  });

  it('drops an answer that comes after the cleaner stopped', async () => {
    const doc = livePage(body(`${ARTICLE}${RELATED}`));
    let answered = false;
    const slow = planner([], (p) => ((answered = true), p));
    const cleaner = new LiveCleaner(doc, () => URL_, {}, () => {}, { ...SYNC, planElsewhere: slow });
    cleaner.start();
    cleaner.stop();
    await until(() => answered);
    await new Promise((r) => setTimeout(r, 20));
    expect(doc.querySelectorAll(`[${HIDE_ATTR}]`)).toHaveLength(0);
  });
});
