import { describe, expect, it } from 'vitest';
import { HIDE_ATTR } from '../../utils/engine/apply';
import { InertRelease } from '../../utils/live/inert-release';
import { LiveCleaner } from '../../utils/live/cleaner';
import { SYNC } from '../helpers/cleaner-options';
import { articleBody, page } from '../helpers/dom';
import { until } from '../helpers/until';

const URL_ = 'https://news.example.com/story';
/** A page as a dialog library leaves it: the application's root inert and hidden from screen readers, the dialog in a portal. */
const APP = `<div id="app" inert aria-hidden="true"><header><a href="/">Courier</a><span id="icon" aria-hidden="true">☰</span></header><main><article><h1>Council approves the crossing</h1>${articleBody(5)}</article></main></div>`;
const PORTAL = '<div id="portal"><div id="consent" role="dialog" aria-modal="true" style="position: fixed; inset: 0"><h2>Before you continue</h2><p>We use cookies.</p><button>Accept all</button></div></div>';
const DECOR = '<div id="sprite" aria-hidden="true"><svg></svg></div>';

const shutOff = (el: Element) => [el.hasAttribute('inert'), el.getAttribute('aria-hidden')];

describe('InertRelease', () => {
  it('takes inert and aria-hidden off the page around a hidden dialog, and leaves an aria-hidden element with no text', () => {
    const doc = page(APP + DECOR + PORTAL, URL_);
    const release = new InertRelease(doc);
    const consent = doc.getElementById('consent')!;
    release.update([consent], [consent], false);
    expect(shutOff(doc.getElementById('app')!)).toEqual([false, null]);
    expect(shutOff(doc.getElementById('sprite')!)).toEqual([false, 'true']);
    expect(shutOff(doc.getElementById('icon')!)).toEqual([false, 'true']); // not around the dialog: left as it is
    expect(release.released.map((el) => el.id)).toEqual(['app']);
    release.restore();
  });

  it('takes only inert off around an overlay that is not a dialog (aria-hidden there may be the page’s own)', () => {
    const doc = page(APP + '<div id="banner" style="position: fixed; bottom: 0"><h2>Get the app</h2></div>', URL_);
    const release = new InertRelease(doc);
    const banner = doc.getElementById('banner')!;
    release.update([banner], [banner], false);
    expect(shutOff(doc.getElementById('app')!)).toEqual([false, 'true']);
    release.restore();
  });

  it('puts back what it took when the overlay is shown again (rule switched off, "Show original", Sift leaving), and takes it again', () => {
    const doc = page(APP + PORTAL, URL_);
    const release = new InertRelease(doc);
    const app = doc.getElementById('app')!;
    const consent = doc.getElementById('consent')!;
    release.update([consent], [consent], false);
    expect(shutOff(app)).toEqual([false, null]);
    release.update([], [], false); // its rule switched off
    expect(shutOff(app)).toEqual([true, 'true']);
    release.update([consent], [consent], false);
    expect(shutOff(app)).toEqual([false, null]);
    release.setShowOriginal(true);
    expect(shutOff(app)).toEqual([true, 'true']);
    release.setShowOriginal(false);
    expect(shutOff(app)).toEqual([false, null]);
    release.restore(); // Sift switched off for the site
    expect(shutOff(app)).toEqual([true, 'true']);
  });

  it('puts nothing back once the page removed its overlay (its library gives the page back itself)', () => {
    const doc = page(APP + PORTAL, URL_);
    const release = new InertRelease(doc);
    const app = doc.getElementById('app')!;
    const consent = doc.getElementById('consent')!;
    release.update([consent], [consent], false);
    doc.getElementById('portal')!.remove();
    release.update([], [], false);
    expect(shutOff(app)).toEqual([false, null]);
    release.restore();
    expect(shutOff(app)).toEqual([false, null]);
  });

  it('takes off what the library puts on a moment after the plan', async () => {
    const doc = page(APP.replace(' inert aria-hidden="true"', '') + PORTAL, URL_);
    const release = new InertRelease(doc);
    const app = doc.getElementById('app')!;
    const consent = doc.getElementById('consent')!;
    release.update([consent], [consent], false);
    app.setAttribute('inert', ''); // jsdom has no `inert` property
    app.setAttribute('aria-hidden', 'true');
    await until(() => !app.hasAttribute('inert') && !app.hasAttribute('aria-hidden'));
    release.setShowOriginal(true);
    expect(shutOff(app)).toEqual([true, 'true']);
    release.restore();
  });

  it('reaches the siblings of each ancestor of the overlay, not the elements hidden with it', () => {
    const doc = page(`<div id="shell"><div id="app" inert>${articleBody(3)}</div><div id="layer"><div id="bd" inert></div>${PORTAL}</div></div>`, URL_);
    const release = new InertRelease(doc);
    const consent = doc.getElementById('consent')!;
    const backdrop = doc.getElementById('bd')!;
    release.update([consent], [consent, backdrop], false);
    expect(doc.getElementById('app')!.hasAttribute('inert')).toBe(false);
    expect(backdrop.hasAttribute('inert')).toBe(true);
    release.restore();
  });
});

describe('LiveCleaner and a page its dialog library shut off', () => {
  it('gives the page back while the dialog is hidden, and shuts it off again when Sift leaves', () => {
    const doc = page(APP + PORTAL, URL_);
    const cleaner = new LiveCleaner(doc, () => URL_, {}, () => {}, SYNC);
    cleaner.start();
    const app = doc.getElementById('app')!;
    expect(doc.getElementById('consent')?.getAttribute(HIDE_ATTR)).toBe('consent-dialog');
    expect(shutOff(app)).toEqual([false, null]);
    cleaner.setShowOriginal(true);
    expect(shutOff(app)).toEqual([true, 'true']);
    cleaner.setShowOriginal(false);
    expect(shutOff(app)).toEqual([false, null]);
    cleaner.dispose();
    expect(shutOff(app)).toEqual([true, 'true']);
  });
});
