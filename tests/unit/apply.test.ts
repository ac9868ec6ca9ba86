import { describe, expect, it } from 'vitest';
import { activeRules, hidingCss, installCss, markFindings, removeFindings, unmarkAll, HIDE_ATTR } from '../../utils/engine/apply';
import { plan } from '../../utils/engine/plan';
import { articleBody, page } from '../helpers/dom';

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
