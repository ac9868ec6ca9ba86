import type { Finding, ScrollLock } from './types';

const OVERLAY_CATEGORIES = new Set(['consent', 'newsletter', 'app-prompt', 'promo', 'sticky', 'ai-widget']);

/**
 * Overlays lock scrolling with `overflow: hidden` (or `position: fixed`) on
 * `html` or `body`. When a plan hides an overlay on such a page, it says which
 * lock to undo and which rules' findings justify it.
 */
export function findScrollLocks(doc: Document, findings: readonly Finding[]): ScrollLock[] {
  const overlayRules = [...new Set(findings.filter((f) => isOverlay(f)).map((f) => f.ruleId))];
  if (overlayRules.length === 0) return [];
  const locks: ScrollLock[] = [];
  if (doc.documentElement && isLocked(doc.documentElement)) locks.push({ target: 'html', ruleIds: overlayRules });
  if (doc.body && isLocked(doc.body)) locks.push({ target: 'body', ruleIds: overlayRules });
  return locks;
}

function isOverlay(finding: Finding): boolean {
  const el = finding.element;
  if (el.getAttribute('aria-modal') === 'true' || el.querySelector('[aria-modal="true"]')) return true;
  return OVERLAY_CATEGORIES.has(finding.category) && position(el) === 'fixed';
}

function position(el: Element): string {
  const inline = /position\s*:\s*(fixed|sticky|absolute)/i.exec(el.getAttribute('style') ?? '');
  if (inline) return inline[1].toLowerCase();
  const view = el.ownerDocument.defaultView;
  return view ? view.getComputedStyle(el).position : '';
}

function isLocked(el: Element): boolean {
  const inline = el.getAttribute('style') ?? '';
  if (/overflow(-y)?\s*:\s*hidden|position\s*:\s*fixed/i.test(inline)) return true;
  const view = el.ownerDocument.defaultView;
  if (!view) return false;
  const style = view.getComputedStyle(el);
  return style.overflow === 'hidden' || style.overflowY === 'hidden' || style.position === 'fixed';
}
