import type { Category, Rule } from '../rules/types';

/** One block the plan hides, and why. */
export interface Finding {
  element: Element;
  ruleId: string;
  category: Category;
  /** Human reason, e.g. `heading "Related Articles"`. Page text: render it as text only. */
  reason: string;
  /** False when the user switched the rule or its category off: listed, not hidden. */
  active: boolean;
}

/** A scroll lock that an overlay put on `html` or `body`, undone when the overlay is hidden. */
export interface ScrollLock {
  target: 'html' | 'body';
  /** Rules whose findings are the overlays that lock scrolling. */
  ruleIds: string[];
}

export interface Plan {
  findings: Finding[];
  scrollLocks: ScrollLock[];
  /** Rules that could not run (an invalid user selector, say), with the reason. */
  errors: string[];
}

/** What the engine needs to know of the user's settings for one page. */
export interface EngineSettings {
  disabledRules?: readonly string[];
  disabledCategories?: readonly string[];
  userRules?: readonly Rule[];
}
