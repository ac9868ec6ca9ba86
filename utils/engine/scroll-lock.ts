import type { Finding, ScrollLock } from './types';

const OVERLAY_CATEGORIES = new Set(['consent', 'newsletter', 'app-prompt', 'promo', 'sticky', 'ai-widget']);

const MODAL = '[aria-modal="true"]';

/**
 * Overlays lock scrolling with `overflow: hidden` (or `position: fixed`) on
 * `html` or `body`. When a plan hides an overlay on such a page, it says which
 * lock to undo and which rules' findings justify it. `modals`: the page's
 * `[aria-modal="true"]` elements (the plan has them from its index); without
 * them, each finding is asked whether it holds one (a page with nothing hidden
 * asks nothing: a content script's plan of a copy pays for no query of the whole page).
 */
export function findScrollLocks(doc: Document, findings: readonly Finding[], computed = true, modals?: readonly Element[]): ScrollLock[] {
  if (findings.length === 0) return [];
  // Cheapest checks first: computed styles are costly outside a real web page (jsdom).
  const isModal = modals ? (el: Element) => modals.some((m) => el.contains(m)) : (el: Element) => el.matches(MODAL) || el.querySelector(MODAL) !== null;
  const candidates = findings.filter((f) => OVERLAY_CATEGORIES.has(f.category) || isModal(f.element));
  if (candidates.length === 0) return [];
  const targets = (['html', 'body'] as const).filter((t) => {
    const el = t === 'html' ? doc.documentElement : doc.body;
    return el !== null && isLocked(el, computed);
  });
  if (targets.length === 0) return [];
  const overlayRules = [...new Set(candidates.filter((f) => isModal(f.element) || position(f.element, computed) === 'fixed').map((f) => f.ruleId))];
  return overlayRules.length ? targets.map((target) => ({ target, ruleIds: overlayRules })) : [];
}

function position(el: Element, computed: boolean): string {
  const inline = /position\s*:\s*(fixed|sticky|absolute)/i.exec(el.getAttribute('style') ?? '');
  if (inline) return inline[1].toLowerCase();
  const view = computed ? el.ownerDocument.defaultView : null;
  return view ? view.getComputedStyle(el).position : '';
}

function isLocked(el: Element, computed: boolean): boolean {
  const inline = el.getAttribute('style') ?? '';
  if (/overflow(-y)?\s*:\s*hidden|position\s*:\s*fixed/i.test(inline)) return true;
  const view = computed ? el.ownerDocument.defaultView : null;
  if (!view) return false;
  const style = view.getComputedStyle(el);
  return style.overflow === 'hidden' || style.overflowY === 'hidden' || style.position === 'fixed';
}
