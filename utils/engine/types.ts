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
  /**
   * Open shadow roots met on the way (web components' own trees): the page's
   * styles do not reach inside them, so the caller plans each in turn.
   */
  shadowRoots?: ShadowRoot[];
}

/** What the engine needs to know of the user's settings for one page. */
export interface EngineSettings {
  disabledRules?: readonly string[];
  disabledCategories?: readonly string[];
  userRules?: readonly Rule[];
}

/** How the engine may look at the page, apart from the user's settings. */
export interface PlanOptions {
  /**
   * Read computed styles (to tell fixed overlays and scroll locks from the
   * rest). Default true. Off in the command line and benchmarks: their output
   * never applies scroll locks, and jsdom's computed styles cost hundreds of
   * milliseconds on real stylesheets (a browser answers in microseconds).
   */
  computedStyles?: boolean;
  /** Plan inside this open shadow root (a web component's own tree) instead of the document's body. */
  root?: ShadowRoot;
  /**
   * Plan only these rules, as the user's own (testing a rule before it is
   * saved: the element picker's preview, the options page's "test on the open tab").
   */
  onlyRules?: readonly Rule[];
  /**
   * How selector rules find their elements; the same answers either way (a
   * test holds them equal on the corpus). `native`: the document's own
   * `querySelectorAll`, one query per rule, for browsers, where it runs in
   * compiled code and costs far less than the page-index walk. `indexed`
   * (default): candidates from one walk of the page index, checked with
   * `matches`, for jsdom, whose `querySelectorAll` walks the whole tree in
   * JavaScript once per rule.
   */
  selectors?: 'native' | 'indexed';
  /**
   * Called as each phase of the plan ends, in `PLAN_PHASES` order (a shadow
   * root's plan ends at `rules`). The content script marks them under
   * `#sift-debug`; `npm run bench -- --browser` reports where the time goes.
   */
  onPhase?: (phase: PlanPhase) => void;
}

export const PLAN_PHASES = ['index', 'article', 'labels', 'selectors', 'rules', 'scroll-locks'] as const;
export type PlanPhase = (typeof PLAN_PHASES)[number];
