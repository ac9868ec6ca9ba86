import type { Finding, ScrollLock } from './types';

const OVERLAY_CATEGORIES = new Set(['consent', 'newsletter', 'app-prompt', 'promo', 'sticky', 'ai-widget']);

const MODAL = '[aria-modal="true"]';

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
  if (!findings.some((f) => isCandidate(f, isModal))) return [];
  const targets = lockedTargets(doc, computed);
  if (targets.length === 0) return [];
  const ruleIds = overlayRules(findings, computed, isModal);
  return ruleIds.length ? targets.map((target) => ({ target, ruleIds })) : [];
}

/**
 * The rules among `findings` that hide an overlay: a finding of an overlay's
 * category (consent, newsletter, app prompt, …) that is fixed on the screen,
 * or any finding that holds a modal dialog. Their findings justify undoing a
 * scroll lock. `isModal` as `modalTest` makes it.
 */
export function overlayRules(findings: readonly Finding[], computed = true, isModal = modalTest()): string[] {
  return [...new Set(overlayFindings(findings, computed, isModal).map((f) => f.ruleId))];
}

/** The findings that hide an overlay (see `overlayRules`). */
export function overlayFindings(findings: readonly Finding[], computed = true, isModal = modalTest()): Finding[] {
  return findings.filter((f) => isCandidate(f, isModal) && (isModal(f.element) || position(f.element, computed) === 'fixed'));
}

/** Whether an element is or holds a modal dialog: among `modals` (the page's `[aria-modal="true"]`), or asked of the element. */
export function modalTest(modals?: readonly Element[]): (el: Element) => boolean {
  return modals ? (el) => modals.some((m) => el.contains(m)) : (el) => el.matches(MODAL) || el.querySelector(MODAL) !== null;
}

/** `html` and `body`, those of them that are locked now (see `isLocked`). */
export function lockedTargets(doc: Document, computed = true): ScrollLock['target'][] {
  return (['html', 'body'] as const).filter((t) => {
    const el = t === 'html' ? doc.documentElement : doc.body;
    return el !== null && isLocked(el, computed);
  });
}

function isCandidate(f: Finding, isModal: (el: Element) => boolean): boolean {
  return OVERLAY_CATEGORIES.has(f.category) || isModal(f.element);
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
