import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../cli/dom';
import { disposeDocument } from '../../cli/dom';
import { plan } from '../../utils/engine/plan';
import { pickMatch } from '../../utils/picker/selector';
import { isStableClass, isStableToken } from '../../utils/picker/stable';
import type { Rule } from '../../utils/rules/types';
import { CORPUS, loadCases, readPage } from '../helpers/corpus';
import { articleBody, page } from '../helpers/dom';

const asRule = (match: Rule['match']): Rule => ({ id: 'user-test', description: 'A picked block.', category: 'custom', sites: [], match, action: 'hide' });

/** What the engine hides with the picked rule on this page. */
function hiddenBy(doc: Document, url: string, match: Rule['match']): Element[] {
  return plan(doc, url, {}, { onlyRules: [asRule(match)], computedStyles: false }).findings.map((f) => f.element);
}

describe('stable names', () => {
  it.each(['css-1q2w3e', 'sc-bdVaJa', 'jsx-2345', 'Card_title__2Ef7g', 'styles_root_a1b2c', 'post-123456', 'x8f3k2q', 'svelte-ab12cd', 'htDAso'])('%s is generated', (name) => {
    expect(isStableToken(name)).toBe(false);
  });
  it.each(['newsletter', 'related-articles', 'sidebar__promo', 'col-12', 'h2', 'ad-slot', 'c-related', 'articleBody'])('%s is stable', (name) => {
    expect(isStableToken(name)).toBe(true);
  });
  it('state classes are not part of a rule', () => {
    expect(isStableClass('is-open')).toBe(false);
    expect(isStableClass('active')).toBe(false);
  });
});

describe('pickMatch', () => {
  const url = 'https://news.example.com/story';
  it('prefers a stable id', () => {
    const doc = page(`<article>${articleBody()}</article><div id="promo-box" class="css-1q2w3e">Try our app</div>`);
    expect(pickMatch(doc.querySelector('.css-1q2w3e')!)).toMatchObject({ selector: '#promo-box', anchor: 'stable' });
  });
  it('prefers data-* and aria over hashed classes', () => {
    const doc = page(`<article>${articleBody()}</article><div class="sc-bdVaJa css-9x8y7z" data-component="newsletter-signup">Sign up</div><section class="jsx-1234" aria-label="More stories">…</section>`);
    expect(pickMatch(doc.querySelector('.sc-bdVaJa')!).selector).toBe('div[data-component="newsletter-signup"]');
    expect(pickMatch(doc.querySelector('.jsx-1234')!).selector).toBe('section[aria-label="More stories"]');
  });
  it('a stable-attribute rule still finds the block after a rebuild renames every generated class', () => {
    const before = page(`<article>${articleBody()}</article><aside class="sc-bdVaJa css-9x8y7z" data-component="newsletter-signup"><p>Sign up</p></aside>`);
    const picked = pickMatch(before.querySelector('aside')!);
    expect(picked.anchor).toBe('stable');
    const after = page(`<article>${articleBody()}</article><div class="x"><aside class="sc-kLmNoP css-1a2b3c" data-component="newsletter-signup"><p>Sign up now</p></aside></div>`);
    expect(hiddenBy(after, url, picked.match)).toEqual([after.querySelector('aside')]);
  });

  it('combines with a stable ancestor when the element alone is not unique', () => {
    const doc = page(`<article>${articleBody()}<div class="promo">in-text</div></article><aside id="rail"><div class="promo">rail</div></aside>`);
    const picked = pickMatch(doc.querySelector('#rail .promo')!);
    expect(picked.selector).toBe('#rail > div.promo');
    expect([...doc.querySelectorAll(picked.selector)]).toEqual([doc.querySelector('#rail .promo')]);
  });
  it('falls back to the heading text when only generated names are there', () => {
    const doc = page(`<article>${articleBody()}</article><div class="css-a1b2c3"><div class="css-d4e5f6"><h3 class="css-x9y8z7">More from our partners</h3><a href="/a">One</a></div></div><div class="css-a1b2c3"><p>x</p></div>`);
    const el = doc.querySelector('.css-d4e5f6')!;
    const picked = pickMatch(el);
    expect(picked.anchor).toBe('text');
    expect(picked.match).toEqual({ kind: 'heading', patterns: ['more from our partners'], up: 1 });
    expect(hiddenBy(doc, url, picked.match)).toEqual([el]);
    // It still finds the block after a redesign renames every class.
    const redesigned = page(`<article>${articleBody()}</article><div class="css-zz11yy"><section class="css-q1w2e3"><h3 class="css-77aa88">More from our partners</h3><a href="/a">One</a></section></div>`);
    expect(hiddenBy(redesigned, url, picked.match)).toEqual([redesigned.querySelector('.css-q1w2e3')]);
  });
  it('uses the position only as the last resort, and says so', () => {
    const doc = page(`<article>${articleBody()}</article><div class="css-a1b2c3"><div class="css-d4e5f6">Ad</div></div><div class="css-a1b2c3"><div class="css-d4e5f6">Ad 2</div></div>`);
    const el = doc.querySelectorAll('.css-d4e5f6')[1];
    const picked = pickMatch(el);
    expect(picked.anchor).toBe('position');
    expect([...doc.querySelectorAll(picked.selector)]).toEqual([el]);
    expect(picked.selector).not.toMatch(/css-/);
  });
  it('escapes odd ids', () => {
    const doc = page(`<article>${articleBody()}</article><div id="a:b.c">x</div>`);
    const picked = pickMatch(doc.getElementById('a:b.c')!);
    expect(doc.querySelector(picked.selector)).toBe(doc.getElementById('a:b.c'));
  });
});

// On real pages: whatever the user picks, the rule finds exactly that element.
const PAGES = [
  ...loadCases(`${CORPUS}/cluttered`),
  ...loadCases(`${CORPUS}/readability`).filter((_, i) => i % 6 === 0),
  ...loadCases(`${CORPUS}/aeb`).filter((_, i) => i % 8 === 0),
];
describe('pickMatch on corpus pages', () => {
  it.each(PAGES.map((c) => [`${c.set}/${c.name}`, c] as const))('%s: each picked block is matched exactly', (_name, c) => {
    const doc = parseHtml(readPage(c), c.url);
    try {
      const blocks = [...doc.body.querySelectorAll('div, section, aside, nav, ul, figure, form, footer, header, p, table')].filter(
        (el) => (el.textContent ?? '').trim().length > 20,
      );
      const step = Math.max(1, Math.floor(blocks.length / 10));
      const anchors = { stable: 0, text: 0, position: 0 };
      for (let i = 0; i < blocks.length; i += step) {
        const el = blocks[i];
        const picked = pickMatch(el);
        anchors[picked.anchor]++;
        expect([...doc.querySelectorAll(picked.selector)], picked.selector).toEqual([el]);
        if (picked.match.kind === 'selector') expect(picked.match.selector).toBe(picked.selector);
        if (picked.anchor === 'text') {
          const hidden = hiddenBy(doc, c.url, picked.match);
          // The engine never hides the article's own container, whatever the user picks.
          expect(hidden.length <= 1 && (hidden.length === 0 || hidden[0] === el), JSON.stringify(picked.match)).toBe(true);
        }
        expect(picked.selector).not.toMatch(/(?:^|[.\s#])(?:css|sc|jsx)-[a-z0-9]/i);
      }
      expect(anchors.stable + anchors.text + anchors.position).toBeGreaterThan(0);
    } finally {
      disposeDocument(doc);
    }
  });
});
