import { textLength } from '../engine/text';
import type { Finding } from '../engine/types';

/** How far up from an overlay its backdrop is looked for (the overlay's wrappers, and their siblings). */
const MAX_LEVELS = 6;
/** Text a backdrop may hold besides the hidden overlay: a close button's "×" or "Close". */
const MAX_OWN_TEXT = 30;
/** Share of the viewport's width and height a backdrop covers. */
const COVERS = 0.9;
const MEDIA = 'img, picture, video, canvas, iframe, object, embed';

/**
 * The backdrops of the overlays a plan hides, hidden with them.
 *
 * A consent or newsletter prompt often comes with its backdrop as an element
 * of its own: a sibling such as Bootstrap's `.modal-backdrop`, or the fixed
 * wrapper the prompt's box sits in. It holds no text, so no rule names it;
 * left alone once its prompt is hidden, it keeps the page dimmed and takes
 * every click. A backdrop here is an element next to or around a hidden
 * overlay, fixed on the screen above the page (a positive `z-index`),
 * covering nearly all of the viewport, with no text or media but the
 * overlay's own. It counts as a finding of the overlay's rule, so it is
 * listed, switched and shown again with it.
 *
 * Once found, a backdrop stays one while its overlay is hidden: hidden, it
 * has no size to measure, and measured afresh on the next plan it would be
 * shown again every other plan.
 */
export class Backdrops {
  /** Each backdrop found, with the overlay it belongs to. */
  private readonly known = new Map<Element, Element>();

  /**
   * A plan is being applied: `overlays` (`overlayFindings`) among `hidden`,
   * every element it hides. The findings of their backdrops; none that
   * `asked` says the user asked for (the backdrop of a modal the user opened).
   */
  update(overlays: readonly Finding[], hidden: readonly Element[], asked: (el: Element) => boolean = () => false): Finding[] {
    const byOverlay = new Map(overlays.map((f) => [f.element, f]));
    for (const [backdrop, overlay] of this.known) if (!backdrop.isConnected || !byOverlay.has(overlay)) this.known.delete(backdrop);
    if (overlays.length === 0) return [];
    const hiddenSet = new Set(hidden);
    for (const overlay of overlays) {
      for (const [el, beside] of candidates(overlay.element)) {
        if (!this.known.has(el) && !hiddenSet.has(el) && !asked(el) && isBackdrop(el, beside, hidden)) this.known.set(el, overlay.element);
      }
    }
    return [...this.known].map(([element, overlay]) => {
      const f = byOverlay.get(overlay)!;
      return { element, ruleId: f.ruleId, category: f.category, reason: `backdrop of ${f.reason}`, active: true };
    });
  }
}

/**
 * The overlay's wrappers up to `body`, and the siblings of the overlay and of
 * each wrapper, each with the overlay's side beside it (the overlay or the
 * wrapper it is a sibling of; none for a wrapper).
 */
function* candidates(overlay: Element): Generator<[Element, Element | null]> {
  const body = overlay.ownerDocument.body;
  let el: Element = overlay;
  for (let level = 0; level < MAX_LEVELS && el.parentElement && el !== body; level++) {
    const parent: Element = el.parentElement;
    for (const sibling of parent.children) if (sibling !== el) yield [sibling, el];
    if (parent === body || parent === overlay.ownerDocument.documentElement) return;
    yield [parent, null];
    el = parent;
  }
}

function isBackdrop(el: Element, beside: Element | null, hidden: readonly Element[]): boolean {
  const view = el.ownerDocument.defaultView;
  if (!view) return false;
  const style = view.getComputedStyle(el);
  if (style.position !== 'fixed' || style.display === 'none' || style.visibility === 'hidden') return false;
  const z = Number(style.zIndex);
  if (!(z > 0)) return false; // 'auto', or below the page: a background, not a backdrop
  // A sibling stacked above the overlay would cover it: the backdrop of another (a modal the user opened over a hidden prompt).
  if (beside && z > Number(view.getComputedStyle(beside).zIndex)) return false;
  const rect = el.getBoundingClientRect();
  const root = el.ownerDocument.documentElement;
  if (rect.width < COVERS * root.clientWidth || rect.height < COVERS * root.clientHeight) return false;
  const inside = hidden.filter((h) => el.contains(h));
  let own = textLength(el);
  for (const h of inside) own -= textLength(h);
  if (own > MAX_OWN_TEXT) return false;
  for (const media of el.querySelectorAll(MEDIA)) if (!inside.some((h) => h.contains(media))) return false;
  return true;
}
