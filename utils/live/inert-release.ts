import { DIALOG } from '../engine/scroll-lock';

const WATCHED: MutationObserverInit = { attributes: true, attributeFilter: ['inert', 'aria-hidden'] };

/** What Sift took off an element, to put back. */
interface Taken {
  /** The hidden overlay it was taken for. */
  overlay: Element;
  inert: boolean;
  ariaHidden: boolean;
}

/**
 * Gives back the rest of the page that a hidden overlay's script shut off.
 *
 * Dialog libraries (Headless UI, Radix, MUI, …) keep the page behind an open
 * dialog out of reach: they put `inert` on the elements around it (nothing
 * there can be clicked, focused or selected) and `aria-hidden="true"` (a
 * screen reader skips it all, the article too). Once Sift hides their
 * consent or newsletter prompt, nothing would ever take that off. So while a
 * plan hides an overlay, the elements around it (the siblings of the overlay
 * and of each of its ancestors up to `body`, which is where those libraries
 * put them) lose `inert`, and, when the overlay is a dialog, `aria-hidden`
 * if they hold any text (an `aria-hidden` icon keeps it). Those elements are
 * watched, since a library may shut them off a moment after its dialog shows.
 *
 * What was taken is put back when Sift shows the overlay again (its rule
 * switched off, "Show original", Sift switched off for the site), but not if
 * the page removed the overlay meanwhile: its script then gives the page back
 * itself, and putting `inert` back would shut the page off for good.
 */
export class InertRelease {
  private overlays: Element[] = [];
  private hidden = new Set<Element>();
  private showingOriginal = false;
  private readonly taken = new Map<Element, Taken>();
  private observer: MutationObserver | null = null;

  constructor(private readonly doc: Document) {}

  /** A plan was applied: `overlays` (`overlayFindings` of its active findings) among `hidden`, every element it hides. */
  update(overlays: readonly Element[], hidden: readonly Element[], showingOriginal: boolean): void {
    this.overlays = [...overlays];
    this.hidden = new Set(hidden);
    this.showingOriginal = showingOriginal;
    if (showingOriginal) return this.restore();
    const still = new Set(overlays);
    for (const [el, t] of this.taken) {
      if (!t.overlay.isConnected || !el.isConnected) this.taken.delete(el);
      else if (!still.has(t.overlay)) this.putBack(el, t);
    }
    this.release();
  }

  /** "Show original" on: what was taken is put back; off: taken again. */
  setShowOriginal(on: boolean): void {
    this.showingOriginal = on;
    if (on) this.restore();
    else this.release();
  }

  /** Sift leaves the page: everything taken is put back (see the class for an overlay the page removed). */
  restore(): void {
    for (const [el, t] of this.taken) {
      if (t.overlay.isConnected && el.isConnected) this.putBack(el, t);
      else this.taken.delete(el);
    }
    this.unwatch();
  }

  /** The elements taken from now. */
  get released(): Element[] {
    return [...this.taken.keys()];
  }

  /** Takes `inert` (and `aria-hidden`) off the elements around each hidden overlay, and watches them. */
  private release(): void {
    this.unwatch();
    if (this.showingOriginal || this.overlays.length === 0) return;
    const around = new Set<Element>();
    for (const overlay of this.overlays) {
      if (!overlay.isConnected) continue;
      const dialog = overlay.matches(DIALOG) || overlay.querySelector(DIALOG) !== null;
      for (const el of surroundings(overlay, this.doc.body)) {
        if (this.hidden.has(el)) continue;
        around.add(el);
        const inert = el.hasAttribute('inert');
        const ariaHidden = dialog && el.getAttribute('aria-hidden') === 'true' && (el.textContent ?? '').trim() !== '';
        if (!inert && !ariaHidden) continue;
        const t = this.taken.get(el) ?? { overlay, inert: false, ariaHidden: false };
        t.inert ||= inert;
        t.ariaHidden ||= ariaHidden;
        this.taken.set(el, t);
        if (inert) el.removeAttribute('inert');
        if (ariaHidden) el.removeAttribute('aria-hidden');
      }
    }
    if (around.size === 0) return;
    const Observer = this.doc.defaultView?.MutationObserver ?? MutationObserver; // the document's own window
    this.observer = new Observer(() => this.release());
    for (const el of around) this.observer.observe(el, WATCHED);
  }

  private putBack(el: Element, t: Taken): void {
    this.taken.delete(el);
    if (t.inert) el.setAttribute('inert', '');
    if (t.ariaHidden) el.setAttribute('aria-hidden', 'true');
  }

  private unwatch(): void {
    this.observer?.disconnect();
    this.observer = null;
  }
}

/** The siblings of `el` and of each of its ancestors below `top` (`body`). */
function surroundings(el: Element, top: Element | null): Element[] {
  const out: Element[] = [];
  for (let node = el; node !== top && node.parentElement; node = node.parentElement) {
    for (const sibling of node.parentElement.children) if (sibling !== node) out.push(sibling);
  }
  return out;
}
