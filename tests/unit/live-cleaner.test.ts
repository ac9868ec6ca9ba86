import { describe, expect, it, vi } from 'vitest';
import { HIDE_ATTR, markedCss, OFF_ATTR } from '../../utils/engine/apply';
import { plan } from '../../utils/engine/plan';
import { runSlice, type Steps } from '../../utils/engine/steps';
import { LiveCleaner } from '../../utils/live/cleaner';
import { EARLY_STYLE_ID, hideEarly } from '../../utils/live/early-style';
import { shareEarly, stillShared, takeEarly } from '../../utils/live/early-handoff';
import { CATEGORIES, type Rule } from '../../utils/rules/types';
import { articleBody, isHidden, page } from '../helpers/dom';
import { until } from '../helpers/until';
import { engine, SYNC } from '../helpers/cleaner-options';
import { engineAtHand, engineOnDemand } from '../../utils/live/engine-loader';
import type { PageEngine } from '../../utils/live/page-engine';
import { pageEngine } from '../../utils/live/page-engine';

const URL_ = 'https://news.example.com/story';

/** Clutter added after the first plan: a "Most read" list with this id. */
function addMostRead(doc: Document, id: string): void {
  const el = doc.createElement('div');
  el.id = id;
  el.innerHTML = `<h2>Most read</h2><ol><li><a href="/${id}">A story</a></li></ol>`;
  doc.body.appendChild(el);
}
const BODY = `<main><article><h1>Council approves the crossing</h1>${articleBody(5)}</article><div id="rail"></div></main>`;


describe('LiveCleaner', () => {
  it('hides clutter present at start, then clutter added later, in a batch', async () => {
    const doc = page(`${BODY}<section id="rel"><h2>Related articles</h2><a href="/1">One</a></section>`, URL_);
    const plans: number[] = [];
    const cleaner = new LiveCleaner(doc, () => URL_, {}, (p) => plans.push(p.findings.length), SYNC);
    cleaner.start();
    expect(doc.getElementById('rel')?.getAttribute(HIDE_ATTR)).toBe('related-heading');
    // The early stylesheet hides the marks (put in by the plan here: no early script ran); the plan adds no sheet of its own.
    expect(isHidden(doc.getElementById('rel')!)).toBe(true);
    expect(isHidden(doc.querySelector('article')!)).toBe(false);
    expect(doc.getElementById('sift-style')).toBeNull();
    // A lazy rail and a newsletter pop-up arrive after load, in one go.
    doc.getElementById('rail')!.innerHTML = '<div id="late"><h3>Most read</h3><ol><li><a href="/m">Late story</a></li></ol></div>';
    const modal = doc.createElement('div');
    modal.id = 'nl';
    modal.innerHTML = '<h2>Get the Morning Wire in your inbox</h2><input type="email">';
    doc.body.appendChild(modal);
    await until(() => doc.getElementById('nl')?.hasAttribute(HIDE_ATTR) === true);
    expect(doc.getElementById('late')?.closest(`[${HIDE_ATTR}]`)?.getAttribute(HIDE_ATTR)).toBe('related-heading');
    expect(plans.at(-1)).toBe(3);
    cleaner.stop();
  });

  it('puts its stylesheet back at once when the page removes it (no content added, no new plan)', async () => {
    const doc = page(`${BODY}<section id="rel"><h2>Related articles</h2><a href="/1">One</a></section>`, URL_);
    let plans = 0;
    const cleaner = new LiveCleaner(doc, () => URL_, {}, () => plans++, SYNC);
    cleaner.start();
    expect(isHidden(doc.getElementById('rel')!)).toBe(true);
    const runs = plans;
    doc.getElementById(EARLY_STYLE_ID)!.remove(); // a script that rewrites the page's head, say
    expect(isHidden(doc.getElementById('rel')!)).toBe(false);
    await until(() => doc.getElementById(EARLY_STYLE_ID) !== null);
    expect(isHidden(doc.getElementById('rel')!)).toBe(true);
    expect(plans).toBe(runs);
    cleaner.stop();
    doc.getElementById(EARLY_STYLE_ID)!.remove(); // stopped: the page's to do as it likes
    await new Promise((r) => setTimeout(r, 50));
    expect(doc.getElementById(EARLY_STYLE_ID)).toBeNull();
  });

  it('ignores its own stylesheet and noise nodes (no loop)', async () => {
    const doc = page(BODY, URL_);
    let runs = 0;
    const cleaner = new LiveCleaner(doc, () => URL_, {}, () => runs++, SYNC);
    cleaner.start();
    const s = doc.createElement('script');
    doc.body.appendChild(s);
    await new Promise((r) => setTimeout(r, 300));
    expect(runs).toBe(0); // nothing found, nothing changed
    cleaner.stop();
  });

  it("takes off the mark of what a later plan no longer names (a user's rule deleted), and keeps the rest", () => {
    const doc = page(`${BODY}<div class="promo">Our shop: mugs and tea towels</div><section id="rel"><h2>Related articles</h2><a href="/1">One</a></section>`, URL_);
    const mine: Rule = { id: 'user-promo', description: 'Promo', category: 'custom', action: 'hide', sites: ['news.example.com'], match: { kind: 'selector', selector: '.promo' } };
    const cleaner = new LiveCleaner(doc, () => URL_, { userRules: [mine] }, undefined, SYNC);
    cleaner.start();
    const promo = doc.querySelector('.promo')!;
    expect(promo.getAttribute(HIDE_ATTR)).toBe('user-promo');
    expect(isHidden(promo)).toBe(true);
    cleaner.updateSettings({ userRules: [] });
    expect(promo.hasAttribute(HIDE_ATTR)).toBe(false);
    expect(promo.hasAttribute('data-sift-category')).toBe(false);
    expect(isHidden(promo)).toBe(false);
    expect(isHidden(doc.getElementById('rel')!)).toBe(true);
    cleaner.stop();
  });

  it('switches rules by stylesheet and undoes everything on dispose', () => {
    const doc = page(`${BODY}<section id="rel"><h2>Related articles</h2><a href="/1">One</a></section>`, URL_);
    const before = doc.documentElement.outerHTML;
    const cleaner = new LiveCleaner(doc, () => URL_, {}, undefined, SYNC);
    cleaner.start();
    const rel = doc.getElementById('rel')!;
    expect(isHidden(rel)).toBe(true);
    cleaner.updateSettings({ disabledRules: ['related-heading'] });
    expect(isHidden(rel)).toBe(false);
    expect(cleaner.current.findings[0]).toMatchObject({ ruleId: 'related-heading', active: false });
    // A category switched off leaves its rules' marks alone too; switched on again, they hide.
    cleaner.updateSettings({ disabledCategories: ['related'] });
    expect(isHidden(rel)).toBe(false);
    cleaner.updateSettings({});
    expect(isHidden(rel)).toBe(true);
    expect(rel.getAttribute('data-sift-category')).toBe('related');
    cleaner.setShowOriginal(true);
    expect(doc.documentElement.hasAttribute(OFF_ATTR)).toBe(true);
    cleaner.dispose();
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('hides site-pack selectors before the page is parsed (document_start)', () => {
    const doc = page('', 'https://www.theguardian.com/a');
    const cleaner = new LiveCleaner(doc, () => 'https://www.theguardian.com/a', {}, undefined, { engine });
    cleaner.hideEarly();
    expect(doc.getElementById('sift-early-style')?.textContent).toContain('[data-component="rich-link"]');
    // A rule switched off in the popup no longer hides through the early stylesheet either.
    cleaner.updateSettings({ disabledRules: ['theguardian-rich-link'] });
    expect(doc.getElementById('sift-early-style')?.textContent ?? '').not.toContain('[data-component="rich-link"]');
    // A site without rules of its own: only the consent managers' banners, the web-push services'
    // prompts, the survey services' invitations and Google's sign-in prompt (early generic rules), kept off any element that holds the article; switched off, only
    // the rule that hides the plan's marks.
    const none = page('', 'https://unknown.example/a');
    const plain = new LiveCleaner(none, () => 'https://unknown.example/a', {}, undefined, { engine });
    plain.hideEarly();
    const css = none.getElementById('sift-early-style')?.textContent ?? '';
    expect(css).toContain('#onetrust-banner-sdk:not([data-sift-asked]):not(:has(article, main, [role="main"], h1, [itemprop="articleBody"]))');
    expect(css).toContain('[id^="sp_message_container"]:not([data-sift-asked]):not(:has(');
    expect(css).toContain('#onesignal-slidedown-container:not([data-sift-asked]):not(:has(');
    expect(css).toContain('#credential_picker_container:not([data-sift-asked]):not(:has(');
    expect(css).toContain('.QSIPopOver:not([data-sift-asked]):not(:has(');
    expect(css).not.toContain('rich-link');
    plain.updateSettings({ disabledCategories: ['notifications'] });
    expect(none.getElementById('sift-early-style')?.textContent).not.toContain('onesignal');
    plain.updateSettings({ disabledCategories: ['surveys'] });
    expect(none.getElementById('sift-early-style')?.textContent).not.toContain('QSIPopOver');
    const off = ['consent-manager', 'notification-service', 'survey-service', 'sign-in-prompt'];
    plain.updateSettings({ disabledRules: off });
    expect(none.getElementById('sift-early-style')?.textContent).toBe(markedCss({ disabledRules: off }));
  });

  it("the early stylesheet takes the user's site rules, is rewritten when called again, and keeps only the marks' rule when nothing else is left to hide", () => {
    const url = 'https://www.theguardian.com/a';
    const mine: Rule = { id: 'user-x', description: 'x', category: 'custom', action: 'hide', sites: ['theguardian.com'], match: { kind: 'selector', selector: '.my-box' } };
    const elsewhere: Rule = { ...mine, id: 'user-y', sites: ['example.org'], match: { kind: 'selector', selector: '.not-here' } };
    const everywhere: Rule = { ...mine, id: 'user-z', sites: [], match: { kind: 'selector', selector: '.generic' } };
    const doc = page('', url);
    hideEarly(doc, url, { userRules: [mine, elsewhere, everywhere] });
    const css = doc.getElementById(EARLY_STYLE_ID)!.textContent!;
    expect(css).toContain('.my-box');
    expect(css).toContain('[data-component="rich-link"]');
    expect(css).not.toContain('.not-here');
    expect(css).not.toContain('.generic'); // rules for every site wait for the guarded plan
    // The same settings again (the content script starting): the sheet is left as it is, not rewritten.
    const sheet = doc.getElementById(EARLY_STYLE_ID)!;
    const text = sheet.firstChild;
    hideEarly(doc, url, { userRules: [mine, elsewhere, everywhere] });
    expect(doc.getElementById(EARLY_STYLE_ID)).toBe(sheet);
    expect(sheet.firstChild).toBe(text);
    hideEarly(doc, url, { userRules: [], disabledRules: ['user-x'] });
    expect(doc.querySelectorAll(`#${EARLY_STYLE_ID}`)).toHaveLength(1);
    expect(doc.getElementById(EARLY_STYLE_ID)!.textContent).not.toContain('.my-box');
    hideEarly(doc, url, { disabledCategories: [...CATEGORIES] });
    expect(doc.getElementById(EARLY_STYLE_ID)?.textContent).toBe(markedCss({ disabledCategories: [...CATEGORIES] }));
  });

  it('hands the early settings over once, and only for a page of the origin they were read for', async () => {
    const settings = Promise.resolve({ global: {}, site: { enabled: false }, userRules: [] });
    shareEarly('https://a.example', settings);
    expect(takeEarly('https://b.example')).toBeUndefined();
    const handoff = shareEarly('https://a.example', settings);
    expect(stillShared(handoff)).toBe(true);
    expect(await takeEarly('https://a.example')?.settings).toEqual({ global: {}, site: { enabled: false }, userRules: [] });
    expect(stillShared(handoff)).toBe(false); // a copy put in it now would be lost: the early script sends none
    expect(takeEarly('https://a.example')).toBeUndefined();
  });

  it('ends a time slice before a step as long as the longest so far would overrun its budget', () => {
    // Steps that take the given times on a fake clock; the last one returns.
    const clock = { now: 0 };
    function* work(durations: number[]): Steps<string> {
      for (const [i, ms] of durations.entries()) {
        clock.now += ms;
        if (i < durations.length - 1) yield;
      }
      return 'done';
    }
    const now = () => clock.now;
    const steps = work([20, 20, 1, 1, 1]);
    const slices: number[] = [];
    let longest = 0;
    let result: IteratorResult<void, string>;
    do {
      const start = clock.now;
      ({ result, longest } = runSlice(steps, 30, now, longest));
      slices.push(clock.now - start);
    } while (!result.done);
    // Waiting for the budget to be spent would have run both long steps in one 40 ms slice.
    expect(slices).toEqual([20, 20, 3]);
    expect(result.value).toBe('done');
    expect(longest).toBe(20);
    // No budget: one slice; a budget of 0: one step per slice.
    expect(runSlice(work([5, 5, 5]), Infinity, now).result).toEqual({ done: true, value: 'done' });
    const oneByOne = work([5, 5, 5]);
    expect(runSlice(oneByOne, 0, now).result.done).toBe(false);
    expect(runSlice(oneByOne, 0, now).result.done).toBe(false);
    expect(runSlice(oneByOne, 0, now).result.done).toBe(true);
  });

  it('under debug, marks the phases after measuring the plan, at the times they ended (the marks cost nothing in the plan)', () => {
    const doc = page(`${BODY}<section id="rel"><h2>Related articles</h2><a href="/1">One</a></section>`, URL_);
    const calls: { kind: string; name: string; at: number }[] = [];
    const mark = vi.spyOn(performance, 'mark').mockImplementation((name, options) => {
      calls.push({ kind: 'mark', name, at: options?.startTime ?? performance.now() });
      return undefined as unknown as PerformanceMark;
    });
    const measure = vi.spyOn(performance, 'measure').mockImplementation((name, options) => {
      const { start, duration } = options as { start: number; duration: number };
      calls.push({ kind: 'measure', name, at: start + duration });
      return undefined as unknown as PerformanceMeasure;
    });
    try {
      const t0 = performance.now();
      const cleaner = new LiveCleaner(doc, () => URL_, {}, undefined, { ...SYNC, debug: true });
      cleaner.start();
      const t1 = performance.now();
      cleaner.stop();
      const planAt = calls.findIndex((c) => c.name === 'sift:plan');
      const phases = calls.filter((c) => c.name.startsWith('sift:phase:'));
      expect(planAt).toBeGreaterThanOrEqual(0);
      expect(phases.map((c) => c.name)).toEqual(['index', 'article', 'labels', 'selectors', 'rules', 'scroll-locks'].map((p) => `sift:phase:${p}`));
      // Every phase mark comes after the measure, and carries the time its phase ended, in order, within the plan.
      expect(calls.findIndex((c) => c.name.startsWith('sift:phase:'))).toBeGreaterThan(planAt);
      const times = phases.map((c) => c.at);
      expect(times).toEqual([...times].sort((a, b) => a - b));
      expect(times[0]).toBeGreaterThanOrEqual(t0);
      expect(times.at(-1)).toBeLessThanOrEqual(t1);
      expect(doc.getElementById('rel')?.hasAttribute(HIDE_ATTR)).toBe(true);
    } finally {
      mark.mockRestore();
      measure.mockRestore();
    }
  });

  it('under debug, brackets every slice with time stamps made in real time just outside its measured stretch (for its thread CPU in a trace)', async () => {
    const rails = Array.from({ length: 10 }, (_, i) => `<section id="rel${i}"><h2>Related articles</h2><a href="/x">A story</a></section>`).join('');
    const doc = page(`${BODY}${rails}`, URL_);
    const calls: { name: string; start: number; end: number }[] = [];
    // Node's console in the tests has no timeStamp: a stand-in to spy on, removed after.
    const hadStamp = 'timeStamp' in console;
    if (!hadStamp) console.timeStamp = () => {};
    const stamp = vi.spyOn(console, 'timeStamp').mockImplementation((name) => {
      const now = performance.now();
      calls.push({ name: String(name), start: now, end: now });
    });
    const measure = vi.spyOn(performance, 'measure').mockImplementation((name, options) => {
      const { start, duration } = options as { start: number; duration: number };
      calls.push({ name, start, end: start + duration });
      return undefined as unknown as PerformanceMeasure;
    });
    try {
      // Slices of no time: one step of the plan per task.
      const cleaner = new LiveCleaner(doc, () => URL_, {}, undefined, { slice: { first: 0, later: 0 }, engine, debug: true });
      cleaner.start();
      await until(() => !cleaner.planning);
      cleaner.stop();
      const edges = calls.filter((c) => c.name.startsWith('sift:slice:'));
      const slices = calls.filter((c) => c.name === 'sift:slice');
      expect(slices.length).toBeGreaterThan(1);
      expect(edges.map((c) => c.name)).toEqual(slices.flatMap(() => ['sift:slice:start', 'sift:slice:end']));
      slices.forEach((slice, i) => {
        expect(edges[2 * i].start).toBeLessThanOrEqual(slice.start);
        expect(edges[2 * i + 1].start).toBeGreaterThanOrEqual(slice.end);
        // The end comes before the slice is measured: the measure's own cost is outside the bracket.
        expect(calls.indexOf(edges[2 * i + 1])).toBeLessThan(calls.indexOf(slice));
      });
    } finally {
      stamp.mockRestore();
      if (!hadStamp) delete (console as Partial<Console>).timeStamp;
      measure.mockRestore();
    }
  });

  it('plans a page in slices when it takes longer than the budget, with the same result', async () => {
    const rails = Array.from({ length: 40 }, (_, i) => `<section id="rel${i}"><h2>Related articles</h2><ul>${'<li><a href="/x">A story</a></li>'.repeat(20)}</ul></section>`).join('');
    const doc = page(`${BODY}${rails}`, URL_);
    const expected = plan(doc, URL_).findings.map((f) => f.element);
    let plans = 0;
    const cleaner = new LiveCleaner(doc, () => URL_, {}, () => plans++, { slice: { first: 0, later: 0 }, engine });
    cleaner.start();
    // One step per task: not done yet, nothing marked yet.
    expect(cleaner.planning).toBe(true);
    expect(doc.getElementById('rel0')?.hasAttribute(HIDE_ATTR)).toBe(false);
    // Clutter added while the plan is under way is planned right after it.
    addMostRead(doc, 'late');
    await until(() => !cleaner.planning && doc.getElementById('rel39')?.hasAttribute(HIDE_ATTR) === true);
    expect(cleaner.current.findings.map((f) => f.element).filter((el) => el.id !== 'late')).toEqual(expected);
    await until(() => doc.getElementById('late')?.hasAttribute(HIDE_ATTR) === true);
    expect(plans).toBeGreaterThanOrEqual(1);
    cleaner.dispose();
  });

  it('plans in place once the engine has loaded, loads it once, and tries again after a failed load', async () => {
    const doc = page(`${BODY}<section id="rel"><h2>Related articles</h2><a href="/1">One</a></section>`, URL_);
    let imports = 0;
    let fail = true;
    const waiting: (() => void)[] = [];
    // The first import fails; the next waits until it is let go.
    const importEngine = () => {
      imports++;
      if (fail) return Promise.reject(new Error('not loaded'));
      return new Promise<PageEngine>((resolve) => waiting.push(() => resolve(pageEngine)));
    };
    let loaded = 0;
    const onDemand = engineOnDemand(importEngine, () => loaded++);
    const cleaner = new LiveCleaner(doc, () => URL_, {}, undefined, { ...SYNC, engine: onDemand });
    cleaner.start();
    expect(cleaner.planning).toBe(true);
    await until(() => !cleaner.planning); // the load failed: nothing planned, nothing marked, no error thrown
    expect(doc.getElementById('rel')?.hasAttribute(HIDE_ATTR)).toBe(false);
    expect(onDemand.current).toBeUndefined();
    // The next batch (clutter added later) tries again; two needs at once share one import.
    fail = false;
    addMostRead(doc, 'late');
    await until(() => waiting.length === 1);
    void onDemand.load();
    expect(imports).toBe(2);
    expect(doc.getElementById('late')?.hasAttribute(HIDE_ATTR)).toBe(false);
    waiting[0]();
    await until(() => doc.getElementById('late')?.hasAttribute(HIDE_ATTR) === true);
    expect(doc.getElementById('rel')?.getAttribute(HIDE_ATTR)).toBe('related-heading');
    expect(onDemand.current).toBe(pageEngine);
    expect(loaded).toBe(1);
    // At hand from then on: a new plan runs at once.
    cleaner.updateSettings({ disabledRules: ['related-heading'] });
    expect(cleaner.planning).toBe(false);
    expect(imports).toBe(2);
    cleaner.stop();
  });

  it('plans clutter that arrived while the engine failed to load, without waiting for more', async () => {
    const doc = page(BODY, URL_);
    // Frames on demand: the batch for the late clutter runs while the engine is still loading.
    const frames: FrameRequestCallback[] = [];
    doc.defaultView!.requestAnimationFrame = (cb) => frames.push(cb);
    const loads: ((ok: boolean) => void)[] = [];
    const onDemand = engineOnDemand(() => new Promise<PageEngine>((resolve, reject) => loads.push((ok) => (ok ? resolve(pageEngine) : reject(new Error('not loaded'))))));
    const cleaner = new LiveCleaner(doc, () => URL_, {}, undefined, { ...SYNC, engine: onDemand });
    cleaner.start();
    expect(loads).toHaveLength(1);
    addMostRead(doc, 'late');
    await until(() => frames.length > 0);
    frames.splice(0).forEach((f) => f(0)); // the batch finds a plan under way, and waits for it
    expect(loads).toHaveLength(1);
    loads[0](false);
    // The failed load ends the plan under way; the waiting batch runs and loads the engine again.
    await until(() => loads.length === 2);
    loads[1](true);
    await until(() => doc.getElementById('late')?.hasAttribute(HIDE_ATTR) === true);
    cleaner.stop();
  });

  it('plans clutter that arrived while a plan threw, and every change after it', async () => {
    const doc = page(BODY, URL_);
    const frames: FrameRequestCallback[] = [];
    doc.defaultView!.requestAnimationFrame = (cb) => frames.push(cb);
    // The first plan runs step by step until let go, then throws; later plans are the engine's own.
    let plans = 0;
    let letGo = false;
    const throwing: PageEngine = {
      ...pageEngine,
      *planSteps(...args) {
        if (plans++ > 0) return yield* pageEngine.planSteps(...args);
        while (!letGo) yield;
        throw new Error('the plan broke');
      },
    };
    const cleaner = new LiveCleaner(doc, () => URL_, {}, undefined, { slice: { first: 0, later: 0 }, engine: engineAtHand(throwing) });
    cleaner.start();
    addMostRead(doc, 'late');
    await until(() => frames.length > 0);
    frames.splice(0).forEach((f) => f(0)); // the batch finds the plan under way, and waits for it
    expect(cleaner.planning).toBe(true);
    letGo = true;
    await until(() => doc.getElementById('late')?.hasAttribute(HIDE_ATTR) === true, 5_000);
    expect(plans).toBe(2);
    // And the cleaner still watches: a change after that is planned too.
    addMostRead(doc, 'later');
    await until(() => doc.getElementById('later')?.hasAttribute(HIDE_ATTR) === true, 5_000);
    cleaner.stop();
  });
});

