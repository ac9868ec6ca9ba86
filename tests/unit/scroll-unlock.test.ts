import { describe, expect, it } from 'vitest';
import { HIDE_ATTR, OFF_ATTR, STYLE_ID } from '../../utils/engine/apply';
import type { Finding } from '../../utils/engine/types';
import { LiveCleaner } from '../../utils/live/cleaner';
import { ScrollUnlock } from '../../utils/live/scroll-unlock';
import { overlayFindings } from '../../utils/engine/scroll-lock';
import { SYNC } from '../helpers/cleaner-options';
import { articleBody, page } from '../helpers/dom';
import { until } from '../helpers/until';

const URL_ = 'https://news.example.com/story';
const ARTICLE = `<main><article><h1>Council approves the crossing</h1>${articleBody(5)}</article><div id="rail"></div></main>`;
const OVERLAY = '<div id="consent" style="position: fixed; inset: 0"><h2>We value your privacy</h2><p>We and our partners use cookies.</p><button>Accept</button></div>';

const overflow = (doc: Document) => doc.defaultView!.getComputedStyle(doc.body).overflow;
const consent = (doc: Document): Finding => ({ element: doc.getElementById('consent')!, ruleId: 'consent-heading', category: 'consent', reason: 'heading "We value your privacy"', active: true });
/** The page's own stylesheet, added by the page (a style element jsdom applies at once). */
function addSheet(doc: Document, css: string): void {
  const style = doc.createElement('style');
  style.textContent = css;
  doc.head.appendChild(style);
}
/** What a browser does when a `<link>` stylesheet has loaded: a `load` event at it, which does not bubble. */
function linkLoaded(doc: Document): void {
  const link = doc.createElement('link');
  link.rel = 'stylesheet';
  doc.head.appendChild(link);
  link.dispatchEvent(new (doc.defaultView!.Event)('load'));
}

describe('ScrollUnlock', () => {
  it('undoes a lock the page has when an overlay is hidden, and keeps it undone on the next plan (its own stylesheet hides the lock then)', () => {
    const doc = page(ARTICLE + OVERLAY, URL_, '<style>body { overflow: hidden }</style>');
    const unlock = new ScrollUnlock(doc);
    unlock.update([consent(doc)]);
    expect(unlock.locks).toEqual([{ target: 'body', ruleIds: ['consent-heading'] }]);
    expect(overflow(doc)).toBe('auto');
    unlock.update([consent(doc)]); // the page added content: a new plan, with Sift's stylesheet in
    expect(unlock.locks).toEqual([{ target: 'body', ruleIds: ['consent-heading'] }]);
    expect(overflow(doc)).toBe('auto');
    unlock.stop();
  });

  it('undoes a lock that comes after the plan: a class on body, then on html, a stylesheet that loads', async () => {
    const doc = page(ARTICLE + OVERLAY, URL_, '<style>.modal-open { overflow: hidden }</style>');
    const unlock = new ScrollUnlock(doc);
    unlock.update([consent(doc)]);
    expect(unlock.locks).toEqual([]);
    expect(doc.getElementById(STYLE_ID)).toBeNull(); // nothing to undo yet
    doc.body.classList.add('modal-open');
    expect(overflow(doc)).toBe('hidden');
    await until(() => overflow(doc) === 'auto');
    expect(unlock.locks.map((l) => l.target)).toEqual(['body']);

    doc.documentElement.className = 'modal-open';
    await until(() => unlock.locks.length === 2);
    expect(doc.defaultView!.getComputedStyle(doc.documentElement).overflow).toBe('auto');
    unlock.stop();

    const later = page(ARTICLE + OVERLAY, URL_);
    const unlockLater = new ScrollUnlock(later);
    unlockLater.update([consent(later)]);
    addSheet(later, 'body { position: fixed }'); // no attribute changed: only the stylesheet's load tells
    expect(later.defaultView!.getComputedStyle(later.body).position).toBe('fixed');
    linkLoaded(later);
    expect(later.defaultView!.getComputedStyle(later.body).position).toBe('static');
    unlockLater.stop();
  });

  it('undoes nothing for a hidden block that is no overlay, and lets go once no overlay is hidden', async () => {
    const doc = page(ARTICLE + OVERLAY + '<aside id="rel"><h2>Related</h2></aside>', URL_, '<style>body { overflow: hidden } .locked { overflow: hidden }</style>');
    const unlock = new ScrollUnlock(doc);
    const related: Finding = { element: doc.getElementById('rel')!, ruleId: 'related-heading', category: 'related', reason: 'heading "Related"', active: true };
    unlock.update(overlayFindings([related]));
    expect(overflow(doc)).toBe('hidden');
    unlock.update(overlayFindings([related, consent(doc)]));
    expect(overflow(doc)).toBe('auto');
    unlock.update(overlayFindings([related])); // the overlay is gone from the plan (its rule switched off, say)
    expect(unlock.locks).toEqual([]);
    expect(overflow(doc)).toBe('hidden');
    // No longer watching: a lock the page adds now is the page's.
    doc.documentElement.classList.add('locked');
    await new Promise((r) => setTimeout(r, 50));
    expect(doc.defaultView!.getComputedStyle(doc.documentElement).overflow).toBe('hidden');
    unlock.stop();
  });

  it('gives clicks back to a page whose dialog library took them from body (pointer-events: none), once its dialog is hidden', async () => {
    const doc = page(ARTICLE + OVERLAY, URL_);
    const unlock = new ScrollUnlock(doc);
    unlock.update([consent(doc)]);
    doc.body.style.pointerEvents = 'none'; // as the library does, a moment after it opens the dialog
    await until(() => unlock.locks.length === 1);
    expect(doc.getElementById(STYLE_ID)?.textContent).toContain('pointer-events: auto !important');
    unlock.stop();
  });

  it('under "show original" the lock is the page’s again', () => {
    const doc = page(ARTICLE + OVERLAY, URL_, '<style>body { overflow: hidden }</style>');
    const unlock = new ScrollUnlock(doc);
    unlock.update([consent(doc)]);
    expect(overflow(doc)).toBe('auto');
    doc.documentElement.setAttribute(OFF_ATTR, '');
    expect(overflow(doc)).toBe('hidden');
    doc.documentElement.removeAttribute(OFF_ATTR);
    expect(overflow(doc)).toBe('auto');
    unlock.stop();
  });
});

describe('LiveCleaner and scroll locks', () => {
  it('keeps scrolling given back while the page goes on adding content (every later plan)', async () => {
    const doc = page(ARTICLE + OVERLAY, URL_, '<style>body { overflow: hidden }</style>');
    let plans = 0;
    const cleaner = new LiveCleaner(doc, () => URL_, {}, () => plans++, SYNC);
    cleaner.start();
    expect(doc.getElementById('consent')?.getAttribute(HIDE_ATTR)).toBe('consent-heading');
    expect(overflow(doc)).toBe('auto');
    for (let i = 0; i < 3; i++) {
      const rail = doc.createElement('div');
      rail.id = `late-${i}`;
      rail.innerHTML = `<h3>Most read</h3><ol><li><a href="/m${i}">Late story ${i}</a></li></ol>`;
      doc.getElementById('rail')!.appendChild(rail);
      await until(() => doc.getElementById(`late-${i}`)?.closest(`[${HIDE_ATTR}]`) != null);
      expect(overflow(doc), `after plan ${i + 2}`).toBe('auto');
    }
    expect(cleaner.current.scrollLocks).toEqual([{ target: 'body', ruleIds: ['consent-heading'] }]);
    cleaner.dispose();
    expect(overflow(doc)).toBe('hidden');
    expect(doc.getElementById(STYLE_ID)).toBeNull();
  });

  it('puts the unlocking stylesheet back when the page removes it', async () => {
    const doc = page(ARTICLE + OVERLAY, URL_, '<style>body { overflow: hidden }</style>');
    const cleaner = new LiveCleaner(doc, () => URL_, {}, () => {}, SYNC);
    cleaner.start();
    expect(overflow(doc)).toBe('auto');
    doc.getElementById(STYLE_ID)!.remove();
    expect(overflow(doc)).toBe('hidden');
    await until(() => overflow(doc) === 'auto');
    cleaner.dispose();
  });

  it('gives scrolling back when the page locks it after the plan that hid its overlay', async () => {
    const doc = page(ARTICLE + OVERLAY, URL_, '<style>.no-scroll { overflow: hidden }</style>');
    const cleaner = new LiveCleaner(doc, () => URL_, {}, () => {}, SYNC);
    cleaner.start();
    expect(doc.getElementById('consent')?.hasAttribute(HIDE_ATTR)).toBe(true);
    doc.body.className = 'no-scroll';
    await until(() => overflow(doc) === 'auto');
    cleaner.dispose();
  });
});
