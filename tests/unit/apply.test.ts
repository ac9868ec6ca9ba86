import { describe, expect, it } from 'vitest';
import { activeRules, hidingCss, installCss, markedCss, markFindings, removeFindings, scrollLockCss, unmarkAll, CATEGORY_ATTR, HIDE_ATTR, OFF_ATTR } from '../../utils/engine/apply';
import { plan } from '../../utils/engine/plan';
import { articleBody, isHidden, page } from '../helpers/dom';

const BODY = `<article><h1>Title of the story</h1>${articleBody(5)}</article>
<section id="rel"><h2>Related Articles</h2><a href="/1">One</a></section>
<section id="com"><h2>Comments</h2><p>Great piece, thanks.</p></section>
<div id="consent" style="position:fixed" aria-modal="true"><h2>We value your privacy</h2><p>Cookies.</p></div>`;

describe('hiding on a live page', () => {
  it('marks each finding with its rule id and hides the active rules with one stylesheet', () => {
    const doc = page(BODY);
    doc.body.setAttribute('style', 'overflow:hidden');
    const p = plan(doc, 'https://news.example.com/');
    markFindings(p.findings);
    expect(doc.getElementById('rel')?.getAttribute(HIDE_ATTR)).toBe('related-heading');
    const css = hidingCss(activeRules(p), p.scrollLocks);
    installCss(doc, css);
    expect(doc.querySelectorAll('style#sift-style')).toHaveLength(1);
    expect(css).toContain('[data-sift-hide="related-heading"]');
    expect(css).toContain('[data-sift-hide="comments-heading"]');
    expect(css).toMatch(/> body \{ overflow: auto !important/);
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
      'html:not([data-sift-off]) > body { overflow: auto !important; position: static !important; }',
    );
    expect(scrollLockCss(['related-heading'], [{ target: 'body', ruleIds: ['consent-heading'] }])).toBe('');
  });

  it('a rule switched off needs only a new stylesheet, and its scroll unlock goes with it', () => {
    const css = hidingCss(['related-heading'], [{ target: 'body', ruleIds: ['consent-heading'] }]);
    expect(css).toContain('related-heading');
    expect(css).not.toContain('consent-heading');
    expect(css).not.toContain('overflow');
    expect(hidingCss([])).toBe('');
  });

  it('everything is scoped by html:not([data-sift-off]) so "show original" is one attribute', () => {
    expect(hidingCss(['a'])).toMatch(/^html:not\(\[data-sift-off\]\) \[data-sift-hide="a"\]/);
  });

  it('a page with nothing to hide gets no stylesheet until it has something to hide', () => {
    const doc = page(`<article>${articleBody(5)}</article>`);
    expect(installCss(doc, hidingCss([]))).toBeNull();
    expect(doc.getElementById('sift-style')).toBeNull();
    const sheet = installCss(doc, hidingCss(['related-heading']));
    expect(doc.getElementById('sift-style')).toBe(sheet);
    // Once in, an empty sheet empties it (a rule switched off) rather than leaving the old rules.
    expect(installCss(doc, '')).toBe(sheet);
    expect(sheet?.textContent).toBe('');
  });

  it('unmarkAll restores the page exactly', () => {
    const doc = page(BODY);
    const before = doc.documentElement.outerHTML;
    const p = plan(doc, 'https://news.example.com/');
    markFindings(p.findings);
    installCss(doc, hidingCss(activeRules(p)));
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
