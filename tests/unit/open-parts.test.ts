import { describe, expect, it } from 'vitest';
import { ASKED_ATTR, HIDE_ATTR } from '../../utils/engine/apply';
import { composedParent, opened, openParts } from '../../utils/live/open-parts';
import { page } from '../helpers/dom';

// jsdom lays nothing out: an element is given a size here when nothing hides it, as a browser
// would lay it out. Sift's mark hides it (and what is in it); so does the page's `hidden`.
const PANEL = { width: 800, height: 500 };

function laidOut(root: Document | ShadowRoot): void {
  for (const el of root.querySelectorAll<HTMLElement>('[data-size]')) {
    el.getBoundingClientRect = () => {
      let shown = true;
      for (let n: Element | null = el; n; n = composedParent(n)) if (n.hasAttribute('hidden') || n.hasAttribute(HIDE_ATTR)) shown = false;
      const [width, height] = shown ? [PANEL.width, PANEL.height] : [0, 0];
      return { x: 0, y: 0, top: 0, left: 0, right: width, bottom: height, width, height, toJSON: () => ({}) };
    };
  }
}

const CONTAINER = `<div id="cmp" ${HIDE_ATTR}="consent-manager">
  <div id="banner" data-size style="position: fixed"><p>We use cookies.</p></div>
  <div id="panel" data-size hidden style="position: fixed"><h2>Privacy preference centre</h2></div>
  <div id="inline" data-size hidden><p>More about cookies.</p></div>
</div>`;

describe('openParts', () => {
  it('measures a hidden overlay as the page would show it, and puts Sift’s mark back', () => {
    const doc = page(`<main><p>Story.</p></main>${CONTAINER}`);
    laidOut(doc);
    const cmp = doc.getElementById('cmp')!;
    const [parts] = openParts([cmp]);
    expect([...parts.keys()].map((el) => el.id)).toEqual(['banner']); // the panel is hidden by the page itself
    expect(cmp.getAttribute(HIDE_ATTR)).toBe('consent-manager');
    expect(cmp.hasAttribute(ASKED_ATTR)).toBe(false);
  });

  it('tells an overlay opened since (a part shown further, in an overlay of its own) from one that is not', () => {
    const doc = page(`<main><p>Story.</p></main>${CONTAINER}`);
    laidOut(doc);
    const cmp = doc.getElementById('cmp')!;
    const [before] = openParts([cmp]);
    expect(opened(before, openParts([cmp])[0])).toBe(false); // nothing changed
    doc.getElementById('inline')!.removeAttribute('hidden');
    expect(opened(before, openParts([cmp])[0])).toBe(false); // an inline part: no overlay opening
    doc.getElementById('panel')!.removeAttribute('hidden');
    expect(opened(before, openParts([cmp])[0])).toBe(true);
  });

  it('counts a part fading in (transparent, then shown) as opening, and one that only turns transparent as not', () => {
    const doc = page(`<main><p>Story.</p></main>${CONTAINER}`);
    laidOut(doc);
    const cmp = doc.getElementById('cmp')!;
    const panel = doc.getElementById('panel')!;
    panel.removeAttribute('hidden');
    panel.style.opacity = '0';
    const [before] = openParts([cmp]);
    expect(before.get(panel)).toBe(1);
    panel.style.opacity = '1';
    expect(opened(before, openParts([cmp])[0])).toBe(true);
    const [shown] = openParts([cmp]);
    panel.style.opacity = '0';
    expect(opened(shown, openParts([cmp])[0])).toBe(false);
  });

  it('looks into a web component’s open shadow root, where a consent manager may render its panels', () => {
    const doc = page(`<main><p>Story.</p></main><div id="uc" ${HIDE_ATTR}="consent-manager"></div>`);
    const host = doc.getElementById('uc')!;
    const root = host.attachShadow({ mode: 'open' });
    root.innerHTML = '<div id="banner" data-size style="position: fixed"><p>We use cookies.</p></div>';
    laidOut(root);
    const [before] = openParts([host]);
    expect([...before.keys()].map((el) => el.id)).toEqual(['banner']);
    root.innerHTML = '<div id="settings" data-size role="dialog"><h2>Your privacy choices</h2></div>';
    laidOut(root);
    expect(opened(before, openParts([host])[0])).toBe(true); // a dialog: an overlay however it is styled
  });
});
