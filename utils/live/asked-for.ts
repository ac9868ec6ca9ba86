import { ASKED_ATTR, OFF_ATTR, unmark } from '../engine/apply';
import type { Finding } from '../engine/types';
import { composedParent, holdsDialog, isOverlayBox, opened, openParts, type Shown } from './open-parts';

/** How long after the user's click an overlay the page adds counts as its answer (ms). */
const ANSWER_MS = 2000;
/** What the user clicks to ask for something: a link or a control. */
const CONTROL = 'a[href], button, input, select, summary, label, [role="button"], [role="link"], [role="menuitem"], [role="tab"]';
/** At most this many hidden overlays are looked at after a click. */
const MAX_LOOKED_AT = 8;
/** At most this many elements added in the click's own task are asked whether they are an overlay. */
const MAX_ADDED_LOOKED_AT = 16;
/**
 * When the click's task added only a backdrop (an overlay with no text), the
 * dialog it dims the page for comes once the backdrop has faded in (Bootstrap
 * shows its modal after the backdrop's 150 ms transition): the hidden overlays
 * are looked at again this long after the click (ms), and one that opened as a
 * dialog is the answer (the page's own pop-up opening on a timer meanwhile is
 * seldom a dialog).
 */
const AFTER_BACKDROP_MS = [200, 450, 1000];

/**
 * The overlays the user asked for: a dialog the page opens because the user
 * clicked "Privacy settings", "Subscribe" or "Ask the AI" is the page
 * answering, not clutter, even though a rule names it (a consent manager's
 * dialog, a newsletter form). An overlay the page adds within `ANSWER_MS` of
 * the user's own click on a link or a control (a trusted event: a click made
 * by the page's script does not count) is left shown for as long as it is on
 * the page, and marked `data-sift-asked`, which the stylesheet hiding widgets
 * and site selectors before the plan spares. Pop-ups the page shows by itself
 * (on load, on a timer, on scrolling) are hidden as before.
 *
 * One click, one answer: when the click's own task (its handlers and the
 * promises they settled) added an overlay or opened one Sift hid, that is the
 * answer, and what the page adds later (a pop-up on a timer that fires a moment
 * after the click) is not. The two-second window is for a page that fetches
 * what it shows first (a consent manager loading its settings). A click whose
 * task added only a backdrop is answered by the overlay held ready that opens
 * within a second (see `AFTER_BACKDROP_MS`).
 */
export class AskedFor {
  private clicked = -Infinity;
  /** The page's address at the click: content added after the page went elsewhere (a single-page app's next page) is no answer. */
  private clickedAt = '';
  /** Elements the page added in answer to a click. */
  private readonly answers = new WeakSet<Element>();
  /** Overlays Sift hid that the page opened in answer to a click. */
  private readonly opened = new WeakSet<Element>();
  /** Whether any answer was seen (a page never clicked pays for no look-up). */
  private any = false;
  /** The overlays the last plan hides (of an overlay's category), looked at after a click. */
  private hidden: readonly Element[] = [];
  /** From the user's click to the end of its task (see `afterClick`). */
  private inClickTask = false;
  /** What the click's own task added that was asked whether it is an overlay; whether one was, and whether one with no text (a backdrop). */
  private addedLookedAt = 0;
  private overlayAdded = false;
  private backdropAdded = false;
  private readonly onClick = (event: Event) => {
    // The whole path: a control inside a web component's shadow root reaches here as its host.
    if (!event.isTrusted || !event.composedPath().some((n) => (n as Node).nodeType === 1 && (n as Element).matches(CONTROL))) return;
    this.clicked = this.clock();
    this.clickedAt = this.url();
    this.inClickTask = true;
    this.addedLookedAt = 0;
    this.overlayAdded = false;
    this.backdropAdded = false;
    const [targets, before] = this.lookAtHidden();
    setTimeout(() => this.afterClick(targets, before), 0);
  };
  /**
   * The click has gone through the page's handlers (the window's, last): its
   * task ends when the promises they settled have run. A timer of the page's
   * that is due runs before the timeout above: what it adds is not the click's.
   * (A page that stops the click's propagation ends it at that timeout.)
   */
  private readonly onClickDispatched = () => {
    if (this.inClickTask) queueMicrotask(() => queueMicrotask(() => (this.inClickTask = false)));
  };

  constructor(
    private readonly doc: Document,
    private readonly clock: () => number,
    private readonly url: () => string,
    /** An overlay Sift hid was opened in answer to a click (and shown): plan again. */
    private readonly onAnswer: () => void = () => {},
  ) {
    doc.addEventListener('click', this.onClick, { capture: true, passive: true });
    doc.defaultView?.addEventListener('click', this.onClickDispatched, { passive: true });
  }

  /** Content the page added (the cleaner's observer's records): kept as an answer if it came soon after a click. */
  note(records: readonly MutationRecord[]): void {
    if (this.clock() - this.clicked > ANSWER_MS || this.url() !== this.clickedAt) return;
    for (const r of records) {
      for (const node of r.addedNodes) {
        if (node.nodeType !== 1) continue;
        this.answers.add(node as Element);
        this.any = true;
        if (this.inClickTask && !this.overlayAdded && this.addedLookedAt++ < MAX_ADDED_LOOKED_AT && (holdsDialog(node as Element) || isOverlayBox(node as Element))) {
          if ((node.textContent ?? '').trim()) this.overlayAdded = true;
          else this.backdropAdded = true;
        }
      }
    }
  }

  /**
   * Of `active` (a plan's active findings), those the user asked for: in
   * content added in answer to a click, and an overlay or in one there (a
   * dialog, or fixed on the screen: the block a heading names in a dialog's
   * panel, say). Marks them.
   */
  of(active: readonly Finding[]): Finding[] {
    if (!this.any) return [];
    const asked = active.filter((f) => this.answered(f.element));
    for (const f of asked) if (!f.element.hasAttribute(ASKED_ATTR)) f.element.setAttribute(ASKED_ATTR, '');
    return asked;
  }

  /** Whether `el` is in content the page added in answer to a click (a backdrop the page added with the modal the user opened, say). */
  isAnswer(el: Element): boolean {
    if (!this.any) return false;
    for (let node: Element | null = el; node; node = node.parentElement) if (this.answers.has(node)) return true;
    return false;
  }

  /** A plan was applied: `overlays`, the elements it hides of an overlay's category (see `ofOverlayCategory`). */
  hiding(overlays: readonly Element[]): void {
    this.hidden = overlays;
  }

  stop(): void {
    this.doc.removeEventListener('click', this.onClick, { capture: true });
    this.doc.defaultView?.removeEventListener('click', this.onClickDispatched);
    this.hidden = [];
  }

  /** Takes the marks off (Sift leaves the page). */
  unmark(): void {
    for (const el of this.doc.querySelectorAll(`[${ASKED_ATTR}]`)) el.removeAttribute(ASKED_ATTR);
  }

  /**
   * Whether `el` is in an overlay a click opened (a finding inside it too:
   * the dialog a consent manager renders in its shadow root, say), or in an
   * answer with it or an element between it and the answer an overlay.
   */
  private answered(el: Element): boolean {
    const path: Element[] = [];
    for (let node: Element | null = el; node; node = composedParent(node)) path.push(node);
    if (path.some((n) => this.opened.has(n))) return true;
    const answer = path.findIndex((n) => this.answers.has(n));
    if (answer < 0) return false;
    // Styles are asked only of a path inside an answer (most findings are in none).
    return path.slice(0, answer + 1).some(isOverlayBox);
  }

  /** At the user's click: the hidden overlays to look at, and what of each is open now (see the class). */
  private lookAtHidden(): [Element[], Map<Element, Shown>[]] {
    if (this.doc.documentElement.hasAttribute(OFF_ATTR)) return [[], []]; // nothing is hidden
    const targets = this.hidden.filter((el) => el.isConnected && !this.opened.has(el)).slice(0, MAX_LOOKED_AT);
    return [targets, targets.length ? openParts(targets) : []];
  }

  /** The click's task is done: shows what it opened; if it answered, later content answers nothing. */
  private afterClick(targets: readonly Element[], before: readonly Map<Element, Shown>[]): void {
    this.inClickTask = false;
    const opened = targets.length > 0 && this.look(targets, before);
    if (opened || this.overlayAdded) {
      this.clicked = -Infinity; // one click, one answer
      return;
    }
    if (!this.backdropAdded || targets.length === 0) return;
    // A backdrop alone: the dialog comes once it has faded in.
    const clicked = this.clicked;
    for (const ms of AFTER_BACKDROP_MS) {
      setTimeout(() => {
        if (this.clicked === clicked && this.look(targets, before, true)) this.clicked = -Infinity;
      }, ms);
    }
  }

  /** Shows each of `targets` the click opened (only a dialog, with `dialogs`); asks for a plan if any did, and says so. */
  private look(targets: readonly Element[], before: readonly Map<Element, Shown>[], dialogs = false): boolean {
    if (this.url() !== this.clickedAt || this.hidden.length === 0) return false; // gone elsewhere, or stopped
    const now = openParts(targets);
    let any = false;
    targets.forEach((el, i) => {
      if (!el.isConnected || this.opened.has(el) || !opened(before[i], now[i])) return;
      if (dialogs && !holdsDialog(el)) return;
      this.opened.add(el);
      el.setAttribute(ASKED_ATTR, '');
      unmark(el); // shown now; the plans leave it out
      any = true;
    });
    if (!any) return false;
    this.any = true;
    this.onAnswer();
    return true;
  }
}
