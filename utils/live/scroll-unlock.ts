import { installCss, scrollLockCss, STYLE_ID } from '../engine/apply';
import { lockedTargets } from '../engine/scroll-lock';
import type { Finding, ScrollLock } from '../engine/types';

/**
 * Gives a live page its scrolling (and its clicks) back while Sift hides an
 * overlay that locked it: `overflow: hidden`, `position: fixed` or
 * `pointer-events: none` on `html` or `body`.
 *
 * A page does not always lock scrolling in the task that shows its overlay:
 * its stylesheet may load after Sift's plan, or a script may add the lock's
 * class or inline style a moment later. So while a plan hides an overlay,
 * the two elements' `class` and `style` and the page's stylesheets loading
 * are watched, and a lock that appears is undone at once, with no new plan.
 *
 * A lock once undone stays undone while an overlay is hidden: Sift's own
 * stylesheet then hides the lock from the computed style, so a later plan
 * (the page added content) could not tell it again, and asked afresh it would
 * give the lock back every other plan.
 */
export class ScrollUnlock {
  /** The rules whose hidden overlays justify undoing a lock (the latest plan's). */
  private rules: string[] = [];
  private readonly targets = new Set<ScrollLock['target']>();
  private observer: MutationObserver | null = null;
  private watchedBody: HTMLElement | null = null;
  /** A stylesheet (a `<link>`) finished loading: it may lock scrolling. */
  private readonly onLoad = (event: Event) => {
    if ((event.target as Element | null)?.tagName === 'LINK') this.check();
  };

  constructor(private readonly doc: Document) {}

  /** A plan was applied: `overlays` are the overlays it hides (`overlayFindings` of its active findings). */
  update(overlays: readonly Finding[]): void {
    this.rules = [...new Set(overlays.map((f) => f.ruleId))];
    if (this.rules.length === 0) {
      this.targets.clear();
      this.unwatch();
    } else {
      this.watch();
    }
    this.check();
  }

  /** The locks undone now. */
  get locks(): ScrollLock[] {
    return [...this.targets].map((target) => ({ target, ruleIds: this.rules }));
  }

  /** Puts the stylesheet back if the page removed it. */
  restore(): void {
    if (this.targets.size && !this.doc.getElementById(STYLE_ID)) this.check();
  }

  /** Stops watching (the stylesheet stays; `unmarkAll` removes it). */
  stop(): void {
    this.rules = [];
    this.targets.clear();
    this.unwatch();
  }

  /** Adds the locks the page has now to those undone (ours hide only theirs from the computed style), and writes the stylesheet. */
  private check(): void {
    if (this.rules.length && this.targets.size < 2) for (const target of lockedTargets(this.doc)) this.targets.add(target);
    installCss(this.doc, this.targets.size ? scrollLockCss(this.rules, this.locks) : '');
  }

  private watch(): void {
    const body = this.doc.body;
    if (this.observer && this.watchedBody === body) return;
    if (!this.observer) {
      const Observer = this.doc.defaultView?.MutationObserver ?? MutationObserver; // the document's own window
      this.observer = new Observer(() => this.check());
      this.doc.addEventListener('load', this.onLoad, true); // `load` does not bubble: caught on its way down
    } else {
      this.observer.disconnect();
    }
    const options = { attributes: true, attributeFilter: ['class', 'style'] };
    this.observer.observe(this.doc.documentElement, options);
    if (body) this.observer.observe(body, options);
    this.watchedBody = body;
  }

  private unwatch(): void {
    if (!this.observer) return;
    this.observer.disconnect();
    this.observer = null;
    this.watchedBody = null;
    this.doc.removeEventListener('load', this.onLoad, true);
  }
}
