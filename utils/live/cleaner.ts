import { activeRules, installCss, markFindings, shadowCss, unmark, unmarkAll, OFF_ATTR, STYLE_ID } from '../engine/apply';
import { findingsOnPage, type PlannedCopy, type PlanRequest } from '../engine/copy-plan';
import { ofOverlayCategory, overlayFindings } from '../engine/scroll-lock';
import { runSlice, type Steps } from '../engine/steps';
import type { EngineSettings, Finding, Plan } from '../engine/types';
import type { EngineRef } from './engine-loader';
import type { PageEngine } from './page-engine';
import { addsContent, ADDITIONS, WATCHED } from './added-content';
import { CopyTracker } from './copy-tracker';
import type { EarlyCopy } from './early-handoff';
import { EARLY_STYLE_ID, hideEarly } from './early-style';
import { nextFrame, nextTask } from './next-frame';
import { AskedFor } from './asked-for';
import { Backdrops } from './backdrops';
import { InertRelease } from './inert-release';
import { ModalRelease } from './modal-release';
import { ScrollUnlock } from './scroll-unlock';
import { sendChanges, sendCopy, type SentCopy } from './sent-copy';
import { sliceEdge } from './slice-edge';

/** A finished plan of the document and its shadow roots, with the phases' end times (under debug). */
interface Planned {
  main: Plan;
  shadows: Map<ShadowRoot, Plan>;
  phases: [string, number][];
}

export interface CleanerOptions {
  /**
   * Mark each plan with `performance.measure('sift:plan')` (its own time,
   * summed over slices), each slice with `sift:slice`, and the end of each
   * phase of the document's plan with `performance.mark('sift:phase:…')`,
   * made after the plan is measured (at the phase's own time): a mark costs
   * 0.1 to 0.2 ms in a new renderer, which the plan's figure must not hold.
   * `sift:applied` marks when a plan's findings were hidden; a plan of a copy
   * measures its round trip (`sift:copy`) and the planner's own parse and plan
   * (`sift:copy:parse`, `sift:copy:plan`). Each slice is also bracketed by
   * `console.timeStamp('sift:slice:start')` and `…('sift:slice:end')`, made in
   * real time just outside the measured stretch: in a trace, a time stamp
   * carries the thread's CPU clock, so the slice's CPU time can be told from
   * its wall time (which counts the thread waiting for a core; see
   * tests/browser/slice-cpu.ts). A time stamp costs about a tenth of a mark,
   * part of whose cost would fall inside the bracket.
   */
  debug?: boolean;
  clock?: () => number;
  /**
   * Longest stretch of planning in one task (ms): the first slice of the
   * first plan may take up to `first` (so a typical page is cleaned in one
   * go, in the frame it gets), every other slice `later`; a bigger page is
   * planned in slices, with the page's own tasks running in between, so it
   * never causes a long task.
   */
  slice?: { first: number; later: number };
  /**
   * Plans a copy of the document elsewhere (Chrome: the planner, see
   * utils/planner.ts); the page's thread only serialises its body and marks
   * the findings. When it fails (no planner, or a copy that does not parse
   * back to the page's elements) or the page has open shadow roots, the
   * document is planned in place from then on. From the first batch on, the
   * planner keeps the copy and is sent what changed (see `CopyTracker`), and
   * a whole copy again when it asks.
   */
  planElsewhere?: (request: PlanRequest) => Promise<PlannedCopy>;
  /**
   * Tells the planner it need not keep the copy named `key` any more: sent
   * when the page is hidden (left, or put in the back/forward cache: a page
   * that comes back sends a whole copy again), when the cleaner stops, and
   * when it plans in place from then on. Without it a copy stays until
   * newer pages push it out.
   */
  forgetElsewhere?: (key: string) => void;
  /**
   * The engine, for planning in place: in Chrome loaded the first time a page
   * is planned in place (see `engineOnDemand`), so a page planned as a copy
   * never loads it.
   */
  engine: EngineRef;
}

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
  /** The document's elements the last plan marked: a later plan that does not name one any more (its rule deleted, say) takes its mark off. */
  private marked = new Set<Element>();
  /** Open shadow roots seen so far (web components), each planned and styled on its own. */
  private readonly shadows = new Set<ShadowRoot>();
  private shadowPlans = new Map<ShadowRoot, Plan>();
  /** Undoes the scroll locks of the overlays the plan hides, and of those that lock later (see `ScrollUnlock`). */
  private readonly unlock: ScrollUnlock;
  /** Makes the modal dialogs the plan hides plain ones, which would leave the page inert (see `ModalRelease`). */
  private readonly modals = new ModalRelease();
  /** Takes `inert` and `aria-hidden` off the page around the overlays the plan hides, put there by their scripts (see `InertRelease`). */
  private readonly inert: InertRelease;
  /** The overlays the page added in answer to the user's click, left shown (see `AskedFor`). */
  private readonly asked: AskedFor;
  /** Finds the backdrops of the overlays the plan hides, hidden with them (see `Backdrops`). */
  private readonly backdrops = new Backdrops();
  private observer: MutationObserver | null = null;
  private queued = false;
  private scheduled = false;
  private nextAllowed = 0;
  private stopped = false;
  /** The plan under way (run in slices, or of a copy); a new run replaces it. */
  private job: object | null = null;
  private planElsewhere: CleanerOptions['planElsewhere'];
  /** The copy the planner keeps, and what changed since: the next batch sends that (see `CopyTracker`). */
  private tracker: CopyTracker | null = null;
  private readonly engine: EngineRef;
  private readonly forgetElsewhere: CleanerOptions['forgetElsewhere'];
  /** Left, or put in the back/forward cache: the planner need not keep the copy (see `CleanerOptions.forgetElsewhere`). */
  private readonly onPageHide = () => this.dropCopy();

  private readonly debug: boolean;
  private readonly clock: () => number;
  private readonly slice: { first: number; later: number };

  constructor(
    private readonly doc: Document,
    /** The page's address now (single-page apps change it without a reload). */
    private readonly url: () => string,
    private settings: EngineSettings,
    private readonly onChange: (plan: Plan) => void = () => {},
    options: CleanerOptions,
  ) {
    this.debug = options.debug ?? false;
    this.clock = options.clock ?? (() => performance.now());
    this.slice = options.slice ?? { first: 30, later: 12 };
    this.planElsewhere = options.planElsewhere;
    this.forgetElsewhere = options.forgetElsewhere;
    this.engine = options.engine;
    this.unlock = new ScrollUnlock(doc);
    this.inert = new InertRelease(doc);
    this.asked = new AskedFor(doc, this.clock, url, () => {
      this.queued = true;
      this.schedule();
    });
  }

  /** Hides what the site's own selector rules name with one stylesheet (see `hideEarly`). */
  hideEarly(): void {
    hideEarly(this.doc, this.url(), this.settings);
  }

  /**
   * Once the document is parsed: the first plan, then watch for later
   * clutter. `early`, a copy already on its way to the planner (Chrome: sent
   * by the early script while this script loaded), is that first plan; what
   * the page added since it was made is planned in the next batch.
   */
  start(early?: EarlyCopy): void {
    if (early && this.planElsewhere) this.receive(early.sent, this.slice.first);
    else this.run(this.slice.first);
    const Observer = this.doc.defaultView?.MutationObserver ?? MutationObserver; // the document's own window
    this.observer = new Observer((records) => this.enqueue(records));
    this.watch();
    this.doc.defaultView?.addEventListener('pagehide', this.onPageHide);
    if (early?.addedSince()) {
      this.queued = true;
      this.schedule();
    }
  }

  /**
   * Watches the document and its shadow roots: for content added, and once
   * the planner keeps a copy, for every change it must follow (attributes and
   * text too; see `CopyTracker`).
   */
  private watch(): void {
    this.observer?.observe(this.doc.documentElement, this.watching);
    for (const root of this.shadows) this.observer?.observe(root, this.watching);
  }

  /** What the observer watches now (see `watch`). */
  private get watching(): MutationObserverInit {
    return this.tracker ? WATCHED : ADDITIONS;
  }

  stop(): void {
    this.stopped = true;
    this.job = null;
    this.observer?.disconnect();
    this.observer = null;
    this.unlock.stop();
    this.asked.stop();
    this.doc.defaultView?.removeEventListener('pagehide', this.onPageHide);
    this.dropCopy();
  }

  /**
   * The planner need not keep the page's copy any more: the next batch, if
   * any, sends a whole copy (which it keeps again), and the observer watches
   * content added only until then.
   */
  private dropCopy(): void {
    if (!this.tracker) return;
    this.forgetElsewhere?.(this.tracker.key);
    this.tracker = null;
    this.watch();
  }

  /** New settings (a rule switched in the popup): plan again at once (a plan under way is dropped). */
  updateSettings(settings: EngineSettings): void {
    this.settings = settings;
    this.hideEarly(); // a site rule switched off must not stay hidden by the early stylesheet
    this.run(this.slice.first);
  }

  /** Whether a plan is under way (in slices). */
  get planning(): boolean {
    return this.job !== null;
  }

  setShowOriginal(on: boolean): void {
    if (on) this.doc.documentElement.setAttribute(OFF_ATTR, '');
    else this.doc.documentElement.removeAttribute(OFF_ATTR);
    this.modals.setShowOriginal(on);
    this.inert.setShowOriginal(on);
    this.styleShadows();
  }

  get showingOriginal(): boolean {
    return this.doc.documentElement.hasAttribute(OFF_ATTR);
  }

  /** The plan of the document and of its open shadow roots, as one list. */
  get current(): Plan {
    if (this.shadowPlans.size === 0) return { ...this.plan, scrollLocks: this.unlock.locks };
    const extra = [...this.shadowPlans.values()];
    return {
      findings: [...this.plan.findings, ...extra.flatMap((p) => p.findings)],
      scrollLocks: this.unlock.locks,
      errors: [...new Set([...this.plan.errors, ...extra.flatMap((p) => p.errors)])],
    };
  }

  /** Removes every trace from the page (site switched off, extension updated). */
  dispose(): void {
    this.stop();
    this.modals.release();
    this.inert.restore();
    this.asked.unmark();
    unmarkAll(this.doc);
    this.marked.clear();
    for (const root of this.shadows) unmarkAll(root);
    this.doc.getElementById(EARLY_STYLE_ID)?.remove();
    this.doc.documentElement.removeAttribute(OFF_ATTR);
  }

  /** The document's plan, then each open shadow root's (document styles do not reach inside them). */
  private *planAll(engine: PageEngine): Steps<Planned> {
    const url = this.url();
    // Under debug, each phase's end time; marked once the plan is measured, so the marks' own cost is not in it.
    const phases: [string, number][] = [];
    const onPhase = this.debug ? (phase: string) => void phases.push([phase, performance.now()]) : undefined;
    const main = yield* engine.planSteps(this.doc, url, this.settings, { selectors: 'native', onPhase });
    const shadows = new Map<ShadowRoot, Plan>();
    // Each plan names the open shadow roots it met, nested ones in their host's plan.
    const roots = [...(main.shadowRoots ?? [])];
    for (const root of roots) {
      const p = yield* engine.planSteps(this.doc, url, this.settings, { root, selectors: 'native' });
      shadows.set(root, p);
      roots.push(...(p.shadowRoots ?? []));
    }
    return { main, shadows, phases };
  }

  /**
   * Takes the findings the user asked for out of `p` (see `AskedFor`) and
   * returns them: shown, not listed, and no lock of theirs undone (the page is
   * in their hands).
   */
  private leaveOutAsked(p: Plan): Finding[] {
    const asked = this.asked.of(p.findings.filter((f) => f.active));
    if (asked.length) p.findings = p.findings.filter((f) => !asked.includes(f));
    return asked;
  }

  /**
   * Applies a finished plan: marks what it names (which the early stylesheet
   * hides in the document, put back if the page removed it) and no more, the
   * scroll locks' stylesheet (its own plan's locks are not used: see
   * `ScrollUnlock`), one stylesheet per shadow root; makes the modal
   * dialogs it hides plain (`ModalRelease`) and gives back the page that its
   * overlays' scripts shut off (`InertRelease`). The backdrops of the
   * overlays it hides join its findings (`Backdrops`); the overlays the user
   * asked for leave them (`AskedFor`).
   */
  private apply(main: Plan, shadows: Map<ShadowRoot, Plan>): void {
    this.leaveOutAsked(main); // unmarked below, with what no longer is a finding
    const active = main.findings.filter((f) => f.active);
    const overlays = overlayFindings(active);
    const activeElements = active.map((f) => f.element);
    const backdrops = this.backdrops.update(overlays, activeElements, (el) => this.asked.isAnswer(el));
    main.findings.push(...backdrops);
    const marked = new Set(main.findings.map((f) => f.element));
    for (const el of this.marked) if (!marked.has(el)) unmark(el);
    this.marked = marked;
    markFindings(main.findings);
    if (main.findings.length && !this.doc.getElementById(EARLY_STYLE_ID)) this.hideEarly();
    this.unlock.update(overlays);
    this.inert.update(overlays.map((f) => f.element), [...activeElements, ...backdrops.map((f) => f.element)], this.showingOriginal);
    const next = new Map<ShadowRoot, Plan>();
    for (const [root, p] of shadows) {
      if (!this.shadows.has(root)) {
        this.shadows.add(root);
        this.observer?.observe(root, this.watching);
      }
      for (const f of this.leaveOutAsked(p)) unmark(f.element); // a shadow root's marks are its stylesheet's to hide
      markFindings(p.findings);
      if (p.findings.length || root.getElementById(STYLE_ID)) next.set(root, p);
    }
    this.shadowPlans = next;
    this.styleShadows();
    const hiddenInShadows = [...shadows.values()].flatMap((p) => p.findings.filter((f) => f.active));
    this.asked.hiding([...active, ...hiddenInShadows].filter(ofOverlayCategory).map((f) => f.element));
    this.modals.update([...active, ...backdrops, ...hiddenInShadows], this.showingOriginal);
  }

  /**
   * A plan that came to nothing (it threw, or the engine did not load): the
   * next batch tries again, and one that arrived meanwhile is scheduled now,
   * spaced as after a plan. (Left queued, it would make the cleaner ignore
   * every later change to the page: a queued batch takes no other.)
   */
  private failed(busy: number): void {
    this.job = null;
    this.spaceAfter(busy);
    if (this.queued) this.schedule();
  }

  /** The next batch waits ten times what the last plan cost (`cost`, ms), 50 ms to 5 s (see the class). */
  private spaceAfter(cost: number): void {
    this.nextAllowed = this.clock() + Math.min(5000, Math.max(50, cost * 10));
  }

  /** Under debug, a slice's edge in real time (see `CleanerOptions.debug`). */
  private edge(which: 'start' | 'end'): void {
    if (this.debug) sliceEdge(which);
  }

  private styleShadows(): void {
    for (const [root, p] of this.shadowPlans) {
      installCss(root, this.showingOriginal ? '' : shadowCss(activeRules(p)));
    }
  }

  private enqueue(records: MutationRecord[]): void {
    this.tracker?.note(records);
    if (this.stopped) return;
    this.asked.note(records);
    if (removesElements(records)) this.keepStyles();
    if (this.queued || !addsContent(records)) return;
    this.queued = true;
    this.schedule();
  }

  /**
   * The page removed elements, perhaps Sift's stylesheets (a script that
   * rewrites the head, say): put back at once what is gone, or every hidden
   * block would show until the page next adds content.
   */
  private keepStyles(): void {
    if (!this.doc.getElementById(EARLY_STYLE_ID)) this.hideEarly();
    this.unlock.restore();
  }

  private schedule(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    const wait = Math.max(0, this.nextAllowed - this.clock());
    const view = this.doc.defaultView;
    const go = () => {
      this.scheduled = false;
      // A plan under way finishes first; it schedules the queued batch when it is done.
      if (!this.queued || this.stopped || this.job) return;
      this.queued = false;
      this.run();
    };
    setTimeout(() => nextFrame(view, go), wait);
  }

  /** Plans the page (a copy of it elsewhere, or the page itself in slices), then applies the plan. */
  private run(budget = this.slice.later): void {
    if (this.planElsewhere) this.runElsewhere(budget);
    else this.runHere(budget);
  }

  /**
   * Sends the planner what changed since the copy it keeps, or a copy of the
   * body (see `receive`). The first plan's copy is not kept: most pages change
   * little after it, and watching every attribute and text change while a
   * page loads costs its thread. From the first batch on, the planner keeps
   * the copy and later batches send what changed. Falls back to planning in
   * place, for this run and every later one.
   */
  private runElsewhere(budget: number): void {
    if (!this.planElsewhere) return this.fallBack(budget);
    const changes = this.tracker && sendChanges(this.tracker, this.url(), this.settings, this.planElsewhere, this.clock, this.debug);
    if (changes) return this.receive(changes, budget);
    const keep = this.observer !== null; // a batch, or new settings: not the first plan
    const copy = sendCopy(this.doc, this.url(), this.settings, this.planElsewhere, this.clock, this.debug, keep);
    if (!copy) return this.fallBack(budget);
    const previous = this.tracker;
    this.tracker = trackerOf(copy);
    // Changes that could not be told (another body, too many): the whole copy replaces the one the planner kept.
    if (previous) this.forgetElsewhere?.(previous.key);
    if ((previous !== null) !== (this.tracker !== null)) this.watch();
    this.receive(copy, budget);
  }

  /** Plans in place, for this run and every later one (no planner, or its plan was not of this page). */
  private fallBack(budget: number): void {
    this.planElsewhere = undefined;
    this.dropCopy(); // content added only is watched from now on
    this.job = null;
    if (!this.stopped) this.runHere(budget);
  }

  /**
   * When the plan of a copy comes: marks what it names on the page's own
   * elements (listed when the copy was made); the scroll locks are told on
   * the page, which has the computed styles (`ScrollUnlock`).
   */
  private receive(copy: SentCopy, budget: number): void {
    const { elements, answer, t0, sent, busy } = copy;
    const job = {};
    this.job = job;
    answer.then(
      (planned) => {
        if (this.job !== job || this.stopped) return;
        if (this.debug) {
          // Before the finish's own time starts: the marks are the benchmark's, not Sift's.
          performance.measure('sift:copy', { start: sent, duration: this.clock() - sent });
          if (copy.changes) performance.measure('sift:copy:changes', { start: sent, duration: this.clock() - sent });
          performance.measure('sift:copy:parse', { start: sent, duration: planned.timing?.parseMs ?? 0 });
          performance.measure('sift:copy:plan', { start: sent, duration: planned.timing?.planMs ?? 0 });
        }
        this.edge('start');
        const start = this.clock();
        let main: Plan;
        try {
          const findings = findingsOnPage(planned, elements);
          if (!findings && copy.changes) {
            // Changes the planner could not apply (its copy went, say): a whole copy now.
            this.edge('end');
            this.tracker = null;
            this.job = null;
            return this.runElsewhere(budget);
          }
          // Web components' shadow roots are not in the copy: such a page is planned in place.
          if (!findings || planned.customElements.some((i) => elements.item(i)?.shadowRoot)) return this.fallBack(budget);
          main = { findings, scrollLocks: [], errors: planned.errors }; // the locks are the page's to tell (`apply`)
        } catch {
          return this.fallBack(budget);
        }
        this.job = null;
        // The planner's work counts in spacing the next batch: a page that changes all the time must not keep it busy either.
        const elsewhere = (planned.timing?.parseMs ?? 0) + (planned.timing?.planMs ?? 0);
        this.finish({ main, shadows: new Map(), phases: [] }, start, t0, busy, elsewhere);
      },
      () => {
        if (this.job === job) this.fallBack(budget);
      },
    );
  }

  /**
   * Plans the page in slices of at most `budget` ms, the page's own tasks
   * running in between, then applies the plan. A plan under way is dropped
   * for the new one.
   */
  private runHere(budget: number): void {
    const engine = this.engine.current;
    if (!engine) {
      // Loaded first (Chrome); this plan is under way meanwhile, and a newer run replaces it.
      const job = {};
      this.job = job;
      this.engine.load().then(
        () => {
          if (this.job === job && !this.stopped) this.runHere(budget);
        },
        () => {
          if (this.job === job) this.failed(0); // the next batch tries again
        },
      );
      return;
    }
    const steps = this.planAll(engine);
    this.job = steps;
    const t0 = this.clock();
    let busy = 0;
    let longest = 0; // the longest step so far (see runSlice)
    const step = () => {
      if (this.job !== steps || this.stopped) return;
      this.edge('start');
      const start = this.clock();
      let result: IteratorResult<void, Planned>;
      try {
        ({ result, longest } = runSlice(steps, budget, this.clock, longest));
      } catch {
        return this.failed(busy + this.clock() - start); // never throw into the page
      }
      // Not done in the first slice: a big page, painted meanwhile; the rest goes in short slices.
      budget = Math.min(budget, this.slice.later);
      if (!result.done) {
        const own = this.clock() - start;
        busy += own;
        this.edge('end');
        if (this.debug) performance.measure('sift:slice', { start, duration: own });
        return nextTask(this.doc.defaultView, step);
      }
      this.job = null;
      this.finish(result.value, start, t0, busy);
    };
    step();
  }

  /**
   * Applies a finished plan in the slice that began at `start` (the plan
   * began at `t0` and had taken `busy` ms before this slice), marks it under
   * debug, and spaces the next batch by ten times the plan's cost (its time
   * here and `elsewhere`, the planner's).
   */
  private finish(planned: Planned, start: number, t0: number, busy: number, elsewhere = 0): void {
    try {
      this.apply(planned.main, planned.shadows);
    } catch {
      return this.failed(busy + this.clock() - start + elsewhere);
    }
    const own = this.clock() - start;
    this.edge('end');
    busy += own;
    if (this.debug) {
      performance.measure('sift:slice', { start, duration: own });
      performance.measure('sift:plan', { start: t0, duration: busy });
      performance.mark('sift:applied'); // when the plan's findings were hidden
      for (const [phase, at] of planned.phases) performance.mark(`sift:phase:${phase}`, { startTime: at });
    }
    this.spaceAfter(busy + elsewhere);
    const before = this.current;
    this.plan = planned.main;
    if (!samePlan(before, this.current)) this.onChange(this.plan);
    if (this.queued) this.schedule(); // clutter that arrived while planning
  }
}

/** The tracker of a whole copy the planner keeps (changes are told from it on). */
function trackerOf(sent: SentCopy): CopyTracker | null {
  return sent.kept ? new CopyTracker(sent.kept.key, sent.kept.body, sent.kept.elements) : null;
}

/** Whether these mutations removed an element from the document. */
function removesElements(records: readonly MutationRecord[]): boolean {
  for (const r of records) for (const node of r.removedNodes) if (node.nodeType === 1) return true;
  return false;
}

function samePlan(a: Plan, b: Plan): boolean {
  if (a.findings.length !== b.findings.length) return false;
  return a.findings.every((f, i) => f.element === b.findings[i].element && f.active === b.findings[i].active);
}
