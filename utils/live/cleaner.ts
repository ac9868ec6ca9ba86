import { activeRules, hidingCss, installCss, markFindings, unmarkAll, OFF_ATTR, STYLE_ID } from '../engine/apply';
import { plan } from '../engine/plan';
import type { EngineSettings, Finding, Plan } from '../engine/types';
import { findRule, rulesFor } from '../rules/registry';
import type { RuleSummary } from '../messaging';
import { nextFrame } from './next-frame';

const EARLY_STYLE_ID = 'sift-early-style';
const NOISE = new Set(['SCRIPT', 'STYLE', 'LINK', 'META', 'NOSCRIPT', 'TEMPLATE', 'BR', 'IFRAME']);

/**
 * The live cleaner of one document: plans, marks and hides; watches for
 * clutter added later. The MutationObserver callback only queues; a batch runs
 * on the next animation frame (or a timer when frames are throttled), replans
 * the page, and spaces the next batch by ten times its own cost, so the
 * cleaner never takes more than about a tenth of the main thread, however
 * busy the page is.
 */
export class LiveCleaner {
  private plan: Plan = { findings: [], scrollLocks: [], errors: [] };
  /** Open shadow roots seen so far (web components), each planned and styled on its own. */
  private readonly shadows = new Set<ShadowRoot>();
  private shadowPlans = new Map<ShadowRoot, Plan>();
  private observer: MutationObserver | null = null;
  private queued = false;
  private scheduled = false;
  private nextAllowed = 0;
  private stopped = false;
  /** Time the last plan took (ms): it spaces the next batch and feeds the debug marks. */
  lastPlanMs = 0;

  constructor(
    private readonly doc: Document,
    /** The page's address now (single-page apps change it without a reload). */
    private readonly url: () => string,
    private settings: EngineSettings,
    private readonly onChange: (plan: Plan) => void = () => {},
    /** Mark each plan with `performance.measure('sift:plan')`. */
    private readonly debug = false,
    private readonly clock: () => number = () => performance.now(),
  ) {}

  /** At document_start: hide what site-specific selector rules name, before it is painted. */
  hideEarly(): void {
    const disabled = new Set(this.settings.disabledRules ?? []);
    const disabledCategories = new Set(this.settings.disabledCategories ?? []);
    // Site-specific rules only: generic selectors wait for the guarded plan at DOMContentLoaded.
    const selectors = rulesFor(this.url(), this.settings.userRules)
      .filter((r) => r.match.kind === 'selector' && r.sites.length > 0 && !disabled.has(r.id) && !disabledCategories.has(r.category))
      .map((r) => (r.match.kind === 'selector' ? r.match.selector : ''));
    if (selectors.length === 0) return;
    const style = this.doc.createElement('style');
    style.id = EARLY_STYLE_ID;
    style.textContent = selectors.map((s) => `html:not([${OFF_ATTR}]) :is(${s}) { display: none !important; }`).join('\n');
    (this.doc.head ?? this.doc.documentElement).appendChild(style);
  }

  /** At DOMContentLoaded: the first plan, then watch for later clutter. */
  start(): void {
    this.run();
    const Observer = this.doc.defaultView?.MutationObserver ?? MutationObserver; // the document's own window
    this.observer = new Observer((records) => this.enqueue(records));
    this.observer.observe(this.doc.documentElement, { childList: true, subtree: true });
    for (const root of this.shadows) this.observer.observe(root, { childList: true, subtree: true });
  }

  stop(): void {
    this.stopped = true;
    this.observer?.disconnect();
    this.observer = null;
  }

  /** New settings (a rule switched in the popup): only the stylesheet changes, unless the plan must change. */
  updateSettings(settings: EngineSettings): void {
    this.settings = settings;
    this.run();
  }

  setShowOriginal(on: boolean): void {
    if (on) this.doc.documentElement.setAttribute(OFF_ATTR, '');
    else this.doc.documentElement.removeAttribute(OFF_ATTR);
    this.styleShadows();
  }

  get showingOriginal(): boolean {
    return this.doc.documentElement.hasAttribute(OFF_ATTR);
  }

  /** The plan of the document and of its open shadow roots, as one list. */
  get current(): Plan {
    if (this.shadowPlans.size === 0) return this.plan;
    const extra = [...this.shadowPlans.values()];
    return {
      findings: [...this.plan.findings, ...extra.flatMap((p) => p.findings)],
      scrollLocks: this.plan.scrollLocks,
      errors: [...new Set([...this.plan.errors, ...extra.flatMap((p) => p.errors)])],
    };
  }

  /** Removes every trace from the page (site switched off, extension updated). */
  dispose(): void {
    this.stop();
    unmarkAll(this.doc);
    for (const root of this.shadows) unmarkAll(root);
    this.doc.getElementById(EARLY_STYLE_ID)?.remove();
    this.doc.documentElement.removeAttribute(OFF_ATTR);
  }

  /** Plans each open shadow root on its own: document styles do not reach inside them. */
  private planShadows(): void {
    const next = new Map<ShadowRoot, Plan>();
    for (const root of openShadowRoots(this.doc)) {
      if (!this.shadows.has(root)) {
        this.shadows.add(root);
        this.observer?.observe(root, { childList: true, subtree: true });
      }
      const p = plan(this.doc, this.url(), this.settings, { root });
      markFindings(p.findings);
      if (p.findings.length || root.getElementById(STYLE_ID)) next.set(root, p);
    }
    this.shadowPlans = next;
    this.styleShadows();
  }

  private styleShadows(): void {
    for (const [root, p] of this.shadowPlans) {
      installCss(root, this.showingOriginal ? '' : hidingCss(activeRules(p), [], { shadow: true }));
    }
  }

  private enqueue(records: MutationRecord[]): void {
    if (this.stopped || this.queued) return;
    for (const r of records) {
      for (const node of r.addedNodes) {
        if (node.nodeType !== 1) continue;
        const el = node as Element;
        if (NOISE.has(el.tagName.toUpperCase()) || el.id === STYLE_ID || el.id === EARLY_STYLE_ID || el.localName.startsWith('sift-')) continue;
        this.queued = true;
        this.schedule();
        return;
      }
    }
  }

  private schedule(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    const wait = Math.max(0, this.nextAllowed - this.clock());
    const view = this.doc.defaultView;
    const go = () => {
      this.scheduled = false;
      if (!this.queued || this.stopped) return;
      this.queued = false;
      this.run();
    };
    setTimeout(() => nextFrame(view, go), wait);
  }

  private run(): void {
    const t0 = this.clock();
    let next: Plan;
    try {
      next = plan(this.doc, this.url(), this.settings);
      markFindings(next.findings);
      installCss(this.doc, hidingCss(activeRules(next), next.scrollLocks));
      this.planShadows();
    } catch {
      return; // never throw into the page; the next batch tries again
    }
    this.lastPlanMs = this.clock() - t0;
    if (this.debug) performance.measure('sift:plan', { start: t0, duration: this.lastPlanMs });
    this.nextAllowed = this.clock() + Math.min(5000, Math.max(50, this.lastPlanMs * 10));
    const before = this.current;
    this.plan = next;
    const changed = !samePlan(before, this.current);
    if (changed) this.onChange(next);
  }
}

function openShadowRoots(root: Document | ShadowRoot, out: ShadowRoot[] = []): ShadowRoot[] {
  for (const el of root.querySelectorAll('*')) {
    if (el.shadowRoot) {
      out.push(el.shadowRoot);
      openShadowRoots(el.shadowRoot, out);
    }
  }
  return out;
}

function samePlan(a: Plan, b: Plan): boolean {
  if (a.findings.length !== b.findings.length) return false;
  return a.findings.every((f, i) => f.element === b.findings[i].element && f.active === b.findings[i].active);
}

/** The popup's list: findings grouped by rule, with reasons (page text, shown as text). */
export function summarize(findings: readonly Finding[], settings: EngineSettings): RuleSummary[] {
  const byRule = new Map<string, RuleSummary>();
  for (const f of findings) {
    let s = byRule.get(f.ruleId);
    if (!s) {
      s = {
        ruleId: f.ruleId,
        category: f.category,
        description: findRule(f.ruleId, settings.userRules)?.description ?? f.ruleId,
        count: 0,
        reasons: [],
        active: f.active,
      };
      byRule.set(f.ruleId, s);
    }
    s.count++;
    if (!s.reasons.includes(f.reason) && s.reasons.length < 5) s.reasons.push(f.reason);
  }
  return [...byRule.values()];
}
