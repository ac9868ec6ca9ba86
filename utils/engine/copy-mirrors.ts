import { BODY, type ChangesRequest, type CopyChange, type CopyRequest, type PlanRequest, type PlannedCopy } from './copy-plan';
import { noscriptsAsText, parseCopy, planCopy, planParsed } from './plan-copy';

/** A page's copy the planner keeps, changed as the page changes (see `ChangesRequest`). */
interface HeldCopy {
  doc: Document;
  /** Its body's elements by number, and the numbers by element. */
  byNumber: Map<number, Element>;
  numbers: WeakMap<Element, number>;
  /** The number the next added element gets. */
  next: number;
  /** The last changes applied (0: none yet). */
  seq: number;
  noscriptText: boolean;
}

/**
 * The planner's copies of the pages that may send changes: each page's
 * latest, the `limit` most recently planned kept (a page whose copy went
 * is asked for a whole one: `PlannedCopy.resync`). Page → copy → changes →
 * plan, as `planCopy` plans a copy once.
 */
export class CopyMirrors {
  private readonly held = new Map<string, HeldCopy>();
  private noscriptMarkup: boolean | undefined;

  constructor(
    private readonly parse: (html: string) => Document,
    private readonly limit = 8,
    private readonly clock: () => number = () => performance.now(),
  ) {}

  /** How many copies are kept now. */
  get size(): number {
    return this.held.size;
  }

  plan(request: PlanRequest): PlannedCopy {
    return 'changes' in request ? this.change(request) : this.copy(request);
  }

  /** Lets go of the copy named `key` (its page went); a later change for it is answered `resync`. */
  forget(key: string): void {
    this.held.delete(key);
  }

  /** The copy named `key` as it is kept now. */
  document(key: string): Document | undefined {
    return this.held.get(key)?.doc;
  }

  private copy(request: CopyRequest): PlannedCopy {
    if (!request.key) return planCopy(request, this.parse, this.clock);
    const t0 = this.clock();
    const { doc, elements, noscriptText } = parseCopy(request, this.parse);
    const byNumber = new Map<number, Element>();
    const numbers = new WeakMap<Element, number>();
    for (let i = 0; i < elements.length; i++) {
      byNumber.set(i, elements[i]);
      numbers.set(elements[i], i);
    }
    this.keep(request.key, { doc, byNumber, numbers, next: elements.length, seq: 0, noscriptText });
    return planParsed(doc, elements, numbers, request, t0, this.clock);
  }

  private change(request: ChangesRequest): PlannedCopy {
    const t0 = this.clock();
    const copy = this.held.get(request.key);
    this.held.delete(request.key); // kept again below, as the most recent, if the changes apply
    if (!copy || copy.seq !== request.seq - 1 || !copy.doc.body) return resync();
    try {
      for (const change of request.changes) applyChange(copy, change, this.parse, () => this.noscriptsAsMarkup());
    } catch {
      return resync(); // an element it names is not in the copy, or markup or a name the DOM refuses
    }
    copy.seq = request.seq;
    const elements = copy.doc.body.querySelectorAll('*');
    if (elements.length !== request.count) return resync();
    // Elements no longer in the copy are forgotten: a later change can no more name them.
    for (const [n, el] of copy.byNumber) if (!el.isConnected) copy.byNumber.delete(n);
    this.keep(request.key, copy);
    return planParsed(copy.doc, elements, copy.numbers, request, t0, this.clock);
  }

  /** Whether this planner's parser reads a `<noscript>`'s contents as markup (scripting off, as DOMParser's), which a page with scripting on reads as text. */
  private noscriptsAsMarkup(): boolean {
    this.noscriptMarkup ??= this.parse('<noscript><i></i></noscript>').querySelector('noscript i') !== null;
    return this.noscriptMarkup;
  }

  private keep(key: string, copy: HeldCopy): void {
    this.held.delete(key);
    this.held.set(key, copy);
    for (const old of this.held.keys()) {
      if (this.held.size <= this.limit) break;
      this.held.delete(old);
    }
  }
}

function resync(): PlannedCopy {
  return { count: -1, findings: [], errors: [], customElements: [], timing: { parseMs: 0, planMs: 0 }, resync: true };
}

/** Changes the held copy as `change` says; throws when it cannot. */
function applyChange(copy: HeldCopy, change: CopyChange, parse: (html: string) => Document, noscriptsAsMarkup: () => boolean): void {
  if ('attributes' in change) {
    const el = numbered(copy, change.element);
    for (const name of el.getAttributeNames()) el.removeAttribute(name);
    for (const [name, value] of change.attributes) el.setAttribute(name, value);
    return;
  }
  const parent = numbered(copy, change.parent);
  const nodes: Node[] = [];
  for (const child of change.children) {
    if (typeof child === 'number') {
      nodes.push(numbered(copy, child));
      continue;
    }
    const parsed = parsedInside(parent, child, parse);
    if (copy.noscriptText && noscriptsAsMarkup()) noscriptsAsText(parsed);
    // Numbered as the page numbered them: in document order.
    for (const el of parsed.querySelectorAll('*')) {
      copy.byNumber.set(copy.next, el);
      copy.numbers.set(el, copy.next++);
    }
    nodes.push(...parsed.childNodes);
  }
  parent.replaceChildren(...nodes);
}

/**
 * Markup parsed as a page's parser reads it inside `parent`: after the start
 * tags of `parent` and its ancestors in a document of its own (a row inside a
 * table body parses as a row, a cell's text as text), in the copy's mode
 * (standards or quirks). The element returned holds what it parsed.
 */
function parsedInside(parent: Element, markup: string, parse: (html: string) => Document): Element {
  const chain: string[] = [];
  for (let el: Element | null = parent; el && el.localName !== 'body'; el = el.parentElement) chain.unshift(el.localName);
  const doctype = parent.ownerDocument.compatMode === 'CSS1Compat' ? '<!DOCTYPE html>' : '';
  const doc = parse(`${doctype}<body>${chain.map((name) => `<${name}>`).join('')}${markup}`);
  let inside: Element | null = doc.body;
  for (const name of chain) {
    inside = inside?.firstElementChild ?? null;
    if (inside?.localName !== name) throw new Error('the markup does not parse inside its parent');
  }
  return inside!;
}

/** The copy's element numbered `n` (`BODY`: its body); throws when there is none. */
function numbered(copy: HeldCopy, n: number): Element {
  const el = n === BODY ? copy.doc.body : copy.byNumber.get(n);
  if (!el) throw new Error(`no element ${n} in the copy`);
  return el;
}
