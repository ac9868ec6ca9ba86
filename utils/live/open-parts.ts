import { ASKED_ATTR, HIDE_ATTR } from '../engine/apply';
import { DIALOG } from '../engine/scroll-lock';

/** How far below a hidden overlay its parts are looked at: a consent manager's panels sit one to three levels down. */
const DEPTH = 4;
/** At most this many elements of each overlay are looked at. */
const MAX_PARTS = 300;
/** A part is open when it covers at least this share of the viewport: a panel, not a switch's knob. */
const MIN_SHARE = 0.04;

/** How far a part is shown: laid out over a panel's share of the viewport but invisible or transparent (fading in, say), or shown. */
export type Shown = 1 | 2;

/**
 * What the page shows of each hidden overlay now, as it would be painted
 * without Sift: its parts (it and its elements down to `DEPTH` levels)
 * laid out over a panel's share of the viewport, each with how far it is
 * shown. An overlay's own hiding (its mark, and the early stylesheet's
 * selectors) is lifted for the measure and put back in the same task, so
 * nothing of it is painted; reading the sizes makes the browser lay the page
 * out once.
 */
export function openParts(overlays: readonly Element[]): Map<Element, Shown>[] {
  const lifted = overlays.map(lift);
  try {
    return overlays.map(partsOpen);
  } finally {
    for (const putBack of lifted) putBack();
  }
}

/** Whether a part of `now` is shown further than it was in `before` (both of one overlay, from `openParts`), and in an overlay of its own. */
export function opened(before: ReadonlyMap<Element, Shown>, now: ReadonlyMap<Element, Shown>): boolean {
  for (const [part, shown] of now) if (shown > (before.get(part) ?? 0) && inOverlay(part)) return true;
  return false;
}

/** Whether a part is, or is in, an overlay of its own (an inline panel opening is no overlay opening). */
function inOverlay(part: Element): boolean {
  const body = part.ownerDocument.body;
  for (let el: Element | null = part; el && el !== body; el = composedParent(el)) if (isOverlayBox(el)) return true;
  return false;
}

/** Whether `el` itself is an overlay: a dialog, or fixed on the screen. */
export function isOverlayBox(el: Element): boolean {
  return el.matches(DIALOG) || el.ownerDocument.defaultView?.getComputedStyle(el).position === 'fixed';
}

/** Whether `el` is a dialog or holds one. */
export function holdsDialog(el: Element): boolean {
  return el.matches(DIALOG) || el.querySelector(DIALOG) !== null;
}

/** Takes Sift's hiding off `el` for a moment; returns what puts it back. */
function lift(el: Element): () => void {
  const mark = el.getAttribute(HIDE_ATTR);
  const asked = el.hasAttribute(ASKED_ATTR);
  if (mark !== null) el.removeAttribute(HIDE_ATTR);
  if (!asked) el.setAttribute(ASKED_ATTR, '');
  return () => {
    if (mark !== null) el.setAttribute(HIDE_ATTR, mark);
    if (!asked) el.removeAttribute(ASKED_ATTR);
  };
}

function partsOpen(overlay: Element): Map<Element, Shown> {
  const open = new Map<Element, Shown>();
  const view = overlay.ownerDocument.defaultView;
  if (!view || !overlay.isConnected) return open;
  const min = MIN_SHARE * view.innerWidth * view.innerHeight;
  const queue: [Element, number][] = [[overlay, 0]];
  for (let i = 0; i < queue.length && i < MAX_PARTS; i++) {
    const [el, depth] = queue[i];
    const r = el.getBoundingClientRect();
    const w = Math.min(r.right, view.innerWidth) - Math.max(r.left, 0);
    const h = Math.min(r.bottom, view.innerHeight) - Math.max(r.top, 0);
    if (w > 0 && h > 0 && w * h >= min) {
      const style = view.getComputedStyle(el);
      open.set(el, style.visibility === 'hidden' || style.opacity === '0' ? 1 : 2);
    }
    if (depth >= DEPTH) continue;
    // A web component's open shadow root first (a consent manager rendering into one, say): what it shows is there.
    if (el.shadowRoot) for (const child of el.shadowRoot.children) queue.push([child, depth + 1]);
    for (const child of el.children) queue.push([child, depth + 1]);
  }
  return open;
}

/** The element above `el`, across a shadow root to its host. */
export function composedParent(el: Element): Element | null {
  if (el.parentElement) return el.parentElement;
  const root = el.parentNode;
  return root && 'host' in root ? (root as ShadowRoot).host : null;
}
