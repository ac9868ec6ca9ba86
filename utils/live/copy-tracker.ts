import { BODY, withoutScriptText, type ChangesRequest, type CopiedElements, type CopyChange } from '../engine/copy-plan';
import { escapeHtml } from '../escape-html';

/** Elements whose text the serialiser writes raw (a copy's scripts and style sheets are sent empty anyway): their child lists are not sent. */
const RAW_TEXT = new Set(['SCRIPT', 'STYLE', 'XMP', 'IFRAME', 'NOEMBED', 'NOFRAMES', 'PLAINTEXT', 'NOSCRIPT']);

// Node types and document positions, by number: the tracker runs on any document (a test's too), not only the window's.
const ELEMENT = 1;
const TEXT = 3;
const FOLLOWING = 4;

/**
 * Most changes noted before a batch sends them: past this (a page whose
 * scripts keep removing what they added, which schedules no batch) the
 * tracker lets go of what it noted and the next batch sends a whole copy.
 */
const MOST_NOTED = 10_000;

/** Sift's own marks on the page's elements: no change of the page's. */
const OWN_ATTRIBUTE = /^data-sift-/;

/**
 * The page's side of a copy the planner keeps (see `ChangesRequest`): which
 * element each number names, and what changed since the copy was sent or
 * last changed, from the records of a MutationObserver of the document
 * (child lists, attributes, text). `changes` makes the next request: each
 * changed child list in document order (elements the copy holds by number,
 * the rest as markup), then each changed element's attributes; the planner
 * numbers what the markup adds as this does. The body's elements are listed
 * by number only when the first changes are made: a page that never changes
 * after its first copy pays nothing for this.
 */
export class CopyTracker implements CopiedElements {
  private numbers: WeakMap<Element, number> | null = null;
  private byNumber = new Map<number, Element>();
  private next: number;
  private seq = 0;
  private readonly parents = new Set<Node>();
  private readonly attributed = new Set<Element>();
  private removed: Node[] = [];
  /** More noted than `MOST_NOTED`: the next batch sends a whole copy. */
  private overflowed = false;
  /** How many elements the body held at the last copy or changes (what a plan's count must be). */
  length: number;

  constructor(
    readonly key: string,
    private readonly body: HTMLElement,
    /** The body's elements as the copy was made (see `copyOf`). */
    private readonly copied: NodeListOf<Element>,
  ) {
    this.next = copied.length;
    this.length = copied.length;
  }

  item(index: number): Element | null {
    return this.numbers ? (this.byNumber.get(index) ?? null) : this.copied.item(index);
  }

  /** Notes what these mutations changed. */
  note(records: Iterable<MutationRecord>): void {
    if (this.overflowed) return;
    for (const r of records) {
      if (r.type === 'attributes') {
        if (!OWN_ATTRIBUTE.test(r.attributeName ?? '')) this.attributed.add(r.target as Element);
      } else if (r.type === 'characterData') {
        if (r.target.parentNode) this.parents.add(r.target.parentNode);
      } else {
        this.parents.add(r.target);
        for (const node of r.removedNodes) this.removed.push(node);
      }
    }
    if (this.removed.length + this.parents.size + this.attributed.size > MOST_NOTED) {
      this.overflowed = true;
      this.removed = [];
      this.parents.clear();
      this.attributed.clear();
    }
  }

  /**
   * The changes since the copy (or the last changes), as a request; null
   * when they cannot be told as changes (the page put in another body, or
   * changed too much: see `MOST_NOTED`): send a whole copy.
   */
  changes(url: string, settings: ChangesRequest['settings']): ChangesRequest | null {
    const body = this.body;
    if (this.overflowed || !body.isConnected || body.ownerDocument.body !== body) return null;
    const numbers = this.listed();
    this.forgetRemoved(numbers);
    const changed = [...this.parents].filter((p) => p === body || (p.nodeType === ELEMENT && numbers.has(p as Element) && p.isConnected && body.contains(p)));
    changed.sort((a, b) => (a.compareDocumentPosition(b) & FOLLOWING ? -1 : 1));
    const renumbered = new Set<Element>();
    const changes: CopyChange[] = [];
    for (const parent of changed) {
      const el = parent as Element;
      // In markup sent above (its ancestor's new child), numbered anew there.
      if (renumbered.has(el) || RAW_TEXT.has(el.tagName)) continue;
      changes.push({ parent: numberOf(el, body, numbers)!, children: this.childList(el, numbers, renumbered) });
    }
    for (const el of this.attributed) {
      const n = numberOf(el, body, numbers);
      if (n === undefined || renumbered.has(el) || !el.isConnected || !body.contains(el)) continue;
      changes.push({ element: n, attributes: Array.from(el.attributes, (a) => [a.name, a.value] as [string, string]) });
    }
    this.parents.clear();
    this.attributed.clear();
    this.length = body.getElementsByTagName('*').length;
    return { key: this.key, seq: ++this.seq, changes, url, settings, count: this.length };
  }

  /** The numbers of the copy's elements, listed the first time they are needed. */
  private listed(): WeakMap<Element, number> {
    if (this.numbers) return this.numbers;
    const numbers = new WeakMap<Element, number>();
    for (let i = 0; i < this.copied.length; i++) {
      const el = this.copied[i];
      numbers.set(el, i);
      this.byNumber.set(i, el);
    }
    this.numbers = numbers;
    return numbers;
  }

  /** Elements the page removed (and did not put back): their numbers go, and the tracker lets them go. */
  private forgetRemoved(numbers: WeakMap<Element, number>): void {
    for (const node of this.removed) {
      if (node.nodeType !== ELEMENT || node.isConnected) continue;
      for (const el of [node as Element, ...(node as Element).querySelectorAll('*')]) {
        const n = numbers.get(el);
        if (n === undefined) continue;
        numbers.delete(el);
        this.byNumber.delete(n);
      }
    }
    this.removed = [];
  }

  /** A changed parent's child nodes: numbers for elements the copy holds, markup for runs of the rest (numbered anew). */
  private childList(parent: Element, numbers: WeakMap<Element, number>, renumbered: Set<Element>): (number | string)[] {
    const children: (number | string)[] = [];
    let run = '';
    for (const child of parent.childNodes) {
      if (child.nodeType === TEXT) {
        run += escapeHtml((child as Text).data);
        continue;
      }
      if (child.nodeType !== ELEMENT) continue; // comments and the like: nothing of a plan's
      const el = child as Element;
      const n = numbers.get(el);
      if (n !== undefined) {
        if (run) children.push(run);
        run = '';
        children.push(n);
        continue;
      }
      run += withoutScriptText(el.outerHTML);
      for (const added of [el, ...el.querySelectorAll('*')]) {
        const old = numbers.get(added);
        if (old !== undefined) this.byNumber.delete(old);
        numbers.set(added, this.next);
        this.byNumber.set(this.next++, added);
        renumbered.add(added);
      }
    }
    if (run) children.push(run);
    return children;
  }
}

/** An element's number in the copy (`BODY` for the body), if the copy holds it. */
function numberOf(el: Element, body: HTMLElement, numbers: WeakMap<Element, number>): number | undefined {
  return el === body ? BODY : numbers.get(el);
}
