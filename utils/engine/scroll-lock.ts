import type { Finding, ScrollLock } from './types';

const OVERLAY_CATEGORIES = new Set(['consent', 'newsletter', 'notifications', 'surveys', 'app-prompt', 'promo', 'sticky', 'ai-widget']);

const MODAL = '[aria-modal="true"]';

/** What is a dialog however it is styled: an open `<dialog>`, a modal, or role `dialog` or `alertdialog`. */
export const DIALOG = 'dialog[open], [aria-modal="true"], [role="dialog"], [role="alertdialog"]';

/**
 * Overlays lock scrolling with `overflow: hidden` (or `position: fixed`) on
 * `html` or `body`, and some take every click (`pointer-events: none`). When
 * a plan hides an overlay on such a page, it says which lock to undo and
 * which rules' findings justify it. `modals`: the page's
 * `[aria-modal="true"]` elements (the plan has them from its index); without
 * them, each finding is asked whether it holds one (a page with nothing hidden
 * asks nothing: a content script's plan of a copy pays for no query of the whole page).
 */
export function findScrollLocks(doc: Document, findings: readonly Finding[], computed = true, modals?: readonly Element[]): ScrollLock[] {
  if (findings.length === 0) return [];
  // Cheapest checks first: computed styles are costly outside a real web page (jsdom).
  const isModal = modalTest(modals);
  const candidates = findings.filter((f) => isCandidate(f, isModal));
  if (candidates.length === 0) return [];
  const targets = lockedTargets(doc, computed);
  if (targets.length === 0) return [];
  const ruleIds = [...new Set(candidates.filter((f) => isOverlay(f, computed, isModal)).map((f) => f.ruleId))];
  return ruleIds.length ? targets.map((target) => ({ target, ruleIds })) : [];
}

/**
 * The findings that hide an overlay: a finding of an overlay's category
 * (consent, newsletter, app prompt, …) that is fixed on the screen, or any
 * finding that holds a modal dialog. They justify undoing a lock.
 */
export function overlayFindings(findings: readonly Finding[], computed = true): Finding[] {
  const isModal = modalTest();
  return findings.filter((f) => isCandidate(f, isModal) && isOverlay(f, computed, isModal));
}

/** Whether an element is or holds a modal dialog: among `modals` (the page's `[aria-modal="true"]`), or asked of the element. */
function modalTest(modals?: readonly Element[]): (el: Element) => boolean {
  return modals ? (el) => modals.some((m) => el.contains(m)) : (el) => el.matches(MODAL) || el.querySelector(MODAL) !== null;
}

/** `html` and `body`, those of them that are locked now (see `isLocked`). */
export function lockedTargets(doc: Document, computed = true): ScrollLock['target'][] {
  return (['html', 'body'] as const).filter((t) => {
    const el = t === 'html' ? doc.documentElement : doc.body;
    return el !== null && isLocked(el, computed);
  });
}

/** Whether a finding's category is one of overlays' (consent, newsletter, app prompt, …), however it is styled. */
export function ofOverlayCategory(f: Finding): boolean {
  return OVERLAY_CATEGORIES.has(f.category);
}

function isCandidate(f: Finding, isModal: (el: Element) => boolean): boolean {
  return ofOverlayCategory(f) || isModal(f.element);
}

/** Whether a candidate (see `isCandidate`) is an overlay: a modal dialog, or fixed on the screen. */
function isOverlay(f: Finding, computed: boolean, isModal: (el: Element) => boolean): boolean {
  return isModal(f.element) || position(f.element, computed) === 'fixed';
}

function position(el: Element, computed: boolean): string {
  const inline = /position\s*:\s*(fixed|sticky|absolute)/i.exec(el.getAttribute('style') ?? '');
  if (inline) return inline[1].toLowerCase();
  const view = computed ? el.ownerDocument.defaultView : null;
  return view ? view.getComputedStyle(el).position : '';
}

/**
 * Whether `html` or `body` is locked for an overlay: scrolling (`overflow:
 * hidden`, `position: fixed`), or every click (`pointer-events: none`, which
 * some dialog libraries put on `body` while their dialog is open).
 */
function isLocked(el: Element, computed: boolean): boolean {
  const inline = el.getAttribute('style') ?? '';
  if (/overflow(-y)?\s*:\s*hidden|position\s*:\s*fixed|pointer-events\s*:\s*none/i.test(inline)) return true;
  const view = computed ? el.ownerDocument.defaultView : null;
  if (!view) return false;
  const style = view.getComputedStyle(el);
  return style.overflow === 'hidden' || style.overflowY === 'hidden' || style.position === 'fixed' || style.pointerEvents === 'none';
}
