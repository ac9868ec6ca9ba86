import { describe, expect, it } from 'vitest';
import type { Finding } from '../../utils/engine/types';
import { Backdrops } from '../../utils/live/backdrops';
import { articleBody, page } from '../helpers/dom';

// jsdom lays nothing out: the viewport and each full-screen element are given their size here.
const VIEWPORT = { width: 1280, height: 900 };
const COVER = 'position: fixed; top: 0; left: 0; width: 100%; height: 100%';

function pageWith(overlayAndRest: string): Document {
  const doc = page(`<main><article><h1>Council approves the crossing</h1>${articleBody(3)}</article></main>${overlayAndRest}`);
  Object.defineProperty(doc.documentElement, 'clientWidth', { value: VIEWPORT.width });
  Object.defineProperty(doc.documentElement, 'clientHeight', { value: VIEWPORT.height });
  for (const el of doc.querySelectorAll<HTMLElement>('[data-full]')) sized(el, VIEWPORT.width, VIEWPORT.height);
  return doc;
}

function sized(el: Element, width: number, height: number): void {
  el.getBoundingClientRect = () => ({ x: 0, y: 0, top: 0, left: 0, right: width, bottom: height, width, height, toJSON: () => ({}) });
}

const overlay = (doc: Document, id = 'prompt'): Finding => ({
  element: doc.getElementById(id)!,
  ruleId: 'newsletter-heading',
  category: 'newsletter',
  reason: 'heading "Get the Morning Briefing in your inbox"',
  active: true,
});
const PROMPT = '<div id="prompt" style="position: fixed; top: 20%; left: 20%; z-index: 1050"><h2>Get the Morning Briefing in your inbox</h2><input type="email"><button>Sign up</button></div>';

describe('Backdrops', () => {
  it('finds a hidden overlay’s backdrop beside it, as a finding of the overlay’s rule', () => {
    const doc = pageWith(`${PROMPT}<div id="bd" data-full style="${COVER}; z-index: 1040; background: rgba(0,0,0,.6)"></div>`);
    const found = new Backdrops().update([overlay(doc)], [doc.getElementById('prompt')!]);
    expect(found.map((f) => [f.element.id, f.ruleId, f.category, f.reason])).toEqual([
      ['bd', 'newsletter-heading', 'newsletter', 'backdrop of heading "Get the Morning Briefing in your inbox"'],
    ]);
  });

  it('finds the fixed wrapper the overlay’s box sits in (its close button’s "×" is no text of its own)', () => {
    const doc = pageWith(`<div id="wrap" data-full style="${COVER}; z-index: 1050">${PROMPT.replace('position: fixed; ', '')}<button>×</button></div>`);
    const found = new Backdrops().update([overlay(doc)], [doc.getElementById('prompt')!]);
    expect(found.map((f) => f.element.id)).toEqual(['wrap']);
  });

  it('leaves alone what is no backdrop: text of its own, media, no z-index above the page, not covering the screen, not fixed', () => {
    const doc = pageWith(
      PROMPT +
        `<div id="text" data-full style="${COVER}; z-index: 5">Our offices are closed on Monday for the bank holiday, and reopen on Tuesday.</div>` +
        `<div id="media" data-full style="${COVER}; z-index: 5"><img src="x.jpg" alt=""></div>` +
        `<div id="background" data-full style="${COVER}; z-index: -1"></div>` +
        `<div id="auto" data-full style="${COVER}"></div>` +
        `<div id="bar" style="position: fixed; bottom: 0; width: 100%; height: 60px; z-index: 10"></div>` +
        `<div id="static" data-full style="z-index: 10"></div>`,
    );
    sized(doc.getElementById('bar')!, VIEWPORT.width, 60);
    expect(new Backdrops().update([overlay(doc)], [doc.getElementById('prompt')!])).toEqual([]);
  });

  it('leaves alone a backdrop stacked above the hidden overlay: it would cover it, so it is another’s (a modal the user opened over a hidden prompt)', () => {
    const doc = pageWith(`${PROMPT}<div id="bd" data-full style="${COVER}; z-index: 2000; background: rgba(0,0,0,.6)"></div>`);
    expect(new Backdrops().update([overlay(doc)], [doc.getElementById('prompt')!])).toEqual([]);
  });

  it('keeps a backdrop once found while its overlay is hidden (hidden, it has no size), and lets it go with the overlay', () => {
    const doc = pageWith(`${PROMPT}<div id="bd" data-full style="${COVER}; z-index: 1040"></div>`);
    const backdrops = new Backdrops();
    const hidden = [doc.getElementById('prompt')!];
    expect(backdrops.update([overlay(doc)], hidden).map((f) => f.element.id)).toEqual(['bd']);
    sized(doc.getElementById('bd')!, 0, 0); // hidden by Sift now
    expect(backdrops.update([overlay(doc)], hidden).map((f) => f.element.id)).toEqual(['bd']);
    expect(backdrops.update([], [])).toEqual([]); // the prompt shown again (its rule switched off, say)
    expect(backdrops.update([overlay(doc)], hidden)).toEqual([]); // and no size to be found by now
  });
});
