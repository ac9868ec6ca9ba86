import { describe, expect, it } from 'vitest';
import { activeRules, installCss, markedCss, markFindings, removeFindings, scrollLockCss, shadowCss, unmarkAll, CATEGORY_ATTR, HIDE_ATTR, OFF_ATTR } from '../../utils/engine/apply';
import { plan } from '../../utils/engine/plan';
import { articleBody, isHidden, page } from '../helpers/dom';

const BODY = `<article><h1>Title of the story</h1>${articleBody(5)}</article>
<section id="rel"><h2>Related Articles</h2><a href="/1">One</a></section>
<section id="com"><h2>Comments</h2><p>Great piece, thanks.</p></section>
<div id="consent" style="position:fixed" aria-modal="true"><h2>We value your privacy</h2><p>Cookies.</p></div>`;

describe('hiding on a live page', () => {
  it("marks each finding with its rule id; the plan's one stylesheet in the document undoes its overlay's scroll lock", () => {
    const doc = page(BODY);
    doc.body.setAttribute('style', 'overflow:hidden');
    const p = plan(doc, 'https://news.example.com/');
    markFindings(p.findings);
    expect(doc.getElementById('rel')?.getAttribute(HIDE_ATTR)).toBe('related-heading');
    expect(doc.getElementById('com')?.getAttribute(HIDE_ATTR)).toBe('comments-heading');
    const sheet = installCss(doc, scrollLockCss(activeRules(p), p.scrollLocks))!;
    expect(doc.querySelectorAll('style#sift-style')).toHaveLength(1);
    // Its rule names the body (asked of the selector: jsdom's cascade does not rank `!important` above inline styles, as browsers do).
    const [selector, declarations] = sheet.textContent!.split(' { ');
    expect(declarations).toMatch(/^overflow: auto !important/);
    expect(doc.querySelector(selector)).toBe(doc.body);
    // "Show original" gives the page its lock back.
    doc.documentElement.setAttribute(OFF_ATTR, '');
    expect(doc.querySelector(selector)).toBeNull();
  });

  it("a document's marks are hidden by one rule made from the settings alone: all but those of the rules and categories switched off", () => {
    const doc = page(BODY);
    const p = plan(doc, 'https://news.example.com/');
    markFindings(p.findings);
    const [rel, com] = ['rel', 'com'].map((id) => doc.getElementById(id)!);
    expect(rel.getAttribute(CATEGORY_ATTR)).toBe('related');
    expect(com.getAttribute(CATEGORY_ATTR)).toBe('comments');
    const sheet = doc.createElement('style');
    doc.head.appendChild(sheet);
    const hidden = (settings: Parameters<typeof markedCss>[0]) => {
      sheet.textContent = markedCss(settings);
      return [rel, com, doc.querySelector('article')!].map(isHidden);
    };
    expect(hidden({})).toEqual([true, true, false]);
    expect(hidden({ disabledRules: ['related-heading'] })).toEqual([false, true, false]);
    expect(hidden({ disabledCategories: ['comments'] })).toEqual([true, false, false]);
    // A rule id that needs escaping in CSS still names its marks (asked of the selector: jsdom's
    // style cascade misreads escapes that its selector engine reads right, as browsers do).
    rel.setAttribute(HIDE_ATTR, 'user-"odd"\\id');
    const css = markedCss({ disabledRules: ['user-"odd"\\id'] });
    expect([...doc.querySelectorAll(css.slice(0, css.indexOf(' {')))]).toEqual([com, doc.getElementById('consent')]);
    // "Show original" is one attribute on <html>.
    doc.documentElement.setAttribute(OFF_ATTR, '');
    expect(hidden({})).toEqual([false, false, false]);
  });

  it('the scroll locks of hidden overlays are undone only while their rules are active', () => {
    expect(scrollLockCss(['consent-heading'], [{ target: 'body', ruleIds: ['consent-heading'] }])).toBe(
      'html:not([data-sift-off]) > body { overflow: auto !important; position: static !important; pointer-events: auto !important; }',
    );
    expect(scrollLockCss(['related-heading'], [{ target: 'body', ruleIds: ['consent-heading'] }])).toBe('');
  });

  it("a shadow root's stylesheet hides the marks of the active rules, each named once", () => {
    const css = shadowCss(['related-heading', 'user-"odd"\\id', 'related-heading']);
    expect(css).toBe('[data-sift-hide="related-heading"],\n[data-sift-hide="user-\\"odd\\"\\\\id"] { display: none !important; }');
    expect(shadowCss([])).toBe('');
  });

  it('a page with nothing for the plan\'s stylesheet gets none until it has something', () => {
    const doc = page(`<article>${articleBody(5)}</article>`);
    const locks = [{ target: 'body' as const, ruleIds: ['consent-heading'] }];
    expect(installCss(doc, scrollLockCss(['consent-heading'], []))).toBeNull();
    expect(installCss(doc, scrollLockCss(['related-heading'], locks))).toBeNull();
    expect(doc.getElementById('sift-style')).toBeNull();
    const sheet = installCss(doc, scrollLockCss(['consent-heading'], locks));
    expect(doc.getElementById('sift-style')).toBe(sheet);
    // Once in, an empty sheet empties it (a rule switched off) rather than leaving the old rules.
    expect(installCss(doc, '')).toBe(sheet);
    expect(sheet?.textContent).toBe('');
  });

  it('unmarkAll restores the page exactly', () => {
    const doc = page(BODY);
    doc.body.setAttribute('style', 'overflow:hidden');
    const before = doc.documentElement.outerHTML;
    const p = plan(doc, 'https://news.example.com/');
    markFindings(p.findings);
    installCss(doc, scrollLockCss(activeRules(p), p.scrollLocks));
    expect(doc.getElementById('sift-style')).not.toBeNull();
    unmarkAll(doc);
    expect(doc.documentElement.outerHTML).toBe(before);
  });
});

describe('removing from a clone', () => {
  it('removes active findings only', () => {
    const doc = page(BODY);
    const clone = doc.cloneNode(true) as Document;
    const p = plan(clone, 'https://news.example.com/', { disabledRules: ['comments-heading'] });
    removeFindings(p.findings);
    expect(clone.getElementById('rel')).toBeNull();
    expect(clone.getElementById('com')).not.toBeNull();
    expect(doc.getElementById('rel')).not.toBeNull();
  });
});
