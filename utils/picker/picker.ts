import type { Rule } from '../rules/types';
import { t } from '../i18n';
import { newRuleId } from '../user-rules/rule-id';
import { pickMatch, type PickedMatch } from './selector';

/** What the picker needs from the content script: the engine's preview, and saving. */
export interface PickerHost {
  /** The elements the rule hides on this page (the engine's plan for this rule alone). */
  preview(rule: Rule): Element[];
  /** Saves the rule for this site; resolves with where it was saved (for undo). */
  save(rule: Rule): Promise<{ site: string; synced: boolean }>;
  undo(site: string, ruleId: string): Promise<void>;
}

const BLOCKED_EVENTS = [
  'click', 'dblclick', 'auxclick', 'contextmenu', 'mousedown', 'mouseup', 'mouseover', 'mouseout', 'mouseenter', 'mouseleave',
  'pointerdown', 'pointerup', 'pointerover', 'pointerout', 'pointerenter', 'pointerleave', 'pointermove', 'mousemove',
  'touchstart', 'touchend', 'touchmove', 'keydown', 'keyup', 'keypress', 'wheel', 'submit', 'input', 'change',
] as const;
const PREVIEW_ATTR = 'data-sift-preview';
const UNDO_MS = 10_000;

const CSS = `
:host { all: initial; }
.box { position: fixed; pointer-events: none; border: 2px solid #3b6e58; background: rgba(59,110,88,.18); border-radius: 2px; box-sizing: border-box; transition: all .06s; }
.tag { position: fixed; pointer-events: none; font: 12px/1.3 system-ui, sans-serif; background: #1d1d1b; color: #fff; padding: 2px 6px; border-radius: 3px; white-space: nowrap; max-width: 60vw; overflow: hidden; text-overflow: ellipsis; }
.bar { position: fixed; left: 50%; bottom: 16px; transform: translateX(-50%); pointer-events: auto; display: flex; flex-wrap: wrap; align-items: center; gap: 8px;
  max-width: min(720px, 94vw); font: 14px/1.4 system-ui, sans-serif; background: #fbfaf7; color: #1d1d1b; border: 1px solid #dedbd2; border-radius: 10px; padding: 10px 12px; box-shadow: 0 6px 24px rgba(0,0,0,.25); }
.bar.top { bottom: auto; top: 16px; }
.bar.passive { pointer-events: none; }
.bar.passive button { pointer-events: auto; }
.bar p { margin: 0; flex: 1 1 240px; }
.bar .warn { color: #8a4b00; flex-basis: 100%; font-size: 12px; }
button { font: inherit; padding: 5px 10px; border-radius: 6px; border: 1px solid #dedbd2; background: #fff; color: #1d1d1b; cursor: pointer; }
button.primary { background: #3b6e58; border-color: #3b6e58; color: #fff; }
button:focus-visible { outline: 2px solid #3b6e58; outline-offset: 2px; }
@media (prefers-color-scheme: dark) { .bar { background: #1c1d1b; color: #ecebe6; border-color: #3a3b37; } button { background: #2a2b28; color: #ecebe6; border-color: #3a3b37; } .bar .warn { color: #f0b36a; } }
`;

type State = 'hover' | 'preview' | 'saved';

/**
 * The element picker: hover to highlight the block under the pointer (with
 * its size), wheel or ↑/↓ to widen to the parent or narrow back, click to
 * preview the hide, Enter or "Save" to save it as a rule for this site, Esc
 * to cancel; "Undo" right after saving. While it is open the page's own
 * pointer and key handlers do not fire. Its UI sits in a closed shadow root,
 * out of reach of the page's styles. The host element's `data-state`,
 * `data-target` (the highlighted tag) and `data-count` (what the preview
 * hides) say where it is, for tests.
 */
export class ElementPicker {
  private readonly host: HTMLElement;
  private readonly root: ShadowRoot;
  private readonly box: HTMLElement;
  private readonly tag: HTMLElement;
  private readonly bar: HTMLElement;
  private readonly style: HTMLStyleElement;
  private state: State = 'hover';
  private current: Element | null = null;
  private narrower: Element[] = [];
  private previewed: Element[] = [];
  /** The previewed rule, waiting for Save. */
  private pending: Rule | null = null;
  private undoTimer: ReturnType<typeof setTimeout> | undefined;
  private closed = false;
  private lastX = NaN;
  private lastY = NaN;
  private readonly onEvent = (e: Event) => this.handle(e);
  private readonly onScroll = () => this.draw();

  constructor(
    private readonly doc: Document,
    private readonly pickerHost: PickerHost,
    private readonly onClose: () => void = () => {},
  ) {
    this.host = doc.createElement('sift-picker');
    this.root = this.host.attachShadow({ mode: 'closed' });
    const sheet = doc.createElement('style');
    sheet.textContent = CSS;
    this.box = this.el('div', 'box');
    this.tag = this.el('div', 'tag');
    this.bar = this.el('div', 'bar');
    this.bar.setAttribute('role', 'dialog');
    this.bar.setAttribute('aria-label', t('pickerTitle'));
    this.root.append(sheet, this.box, this.tag, this.bar);
    // Events inside the picker's own UI stop here: the page's handlers never see them.
    for (const type of BLOCKED_EVENTS) this.root.addEventListener(type, (e) => e.stopPropagation());
    this.style = doc.createElement('style');
    this.style.textContent = `[${PREVIEW_ATTR}] { display: none !important; } html { cursor: crosshair !important; }`;
  }

  open(): void {
    const view = this.doc.defaultView!;
    for (const type of BLOCKED_EVENTS) view.addEventListener(type, this.onEvent, { capture: true, passive: false });
    view.addEventListener('scroll', this.onScroll, { capture: true, passive: true });
    view.addEventListener('resize', this.onScroll, { passive: true });
    (this.doc.head ?? this.doc.documentElement).append(this.style);
    this.doc.documentElement.append(this.host);
    this.showHover();
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    clearTimeout(this.undoTimer);
    const view = this.doc.defaultView!;
    for (const type of BLOCKED_EVENTS) view.removeEventListener(type, this.onEvent, { capture: true });
    view.removeEventListener('scroll', this.onScroll, { capture: true });
    view.removeEventListener('resize', this.onScroll);
    this.clearPreview();
    this.host.remove();
    this.style.remove();
    this.onClose();
  }

  private handle(e: Event): void {
    if (e.composedPath().includes(this.host)) {
      if (e.type === 'keydown') this.key(e as KeyboardEvent, true);
      return; // the picker's own buttons
    }
    if (this.state === 'saved') {
      // The page works again; the toast waits for undo, Esc closes it.
      if (e.type === 'keydown' && (e as KeyboardEvent).key === 'Escape') this.close();
      return;
    }
    e.preventDefault();
    e.stopImmediatePropagation();
    if (e.type === 'keydown') return this.key(e as KeyboardEvent, false);
    if (this.state !== 'hover') return;
    if (e.type === 'mousemove') {
      const { clientX, clientY } = e as MouseEvent;
      this.dodge(clientX, clientY);
      this.hover(clientX, clientY);
    }
    else if (e.type === 'wheel') this.widen((e as WheelEvent).deltaY < 0 ? 1 : -1);
    else if (e.type === 'click') this.preview();
  }

  private key(e: KeyboardEvent, inUi: boolean): void {
    const done = () => {
      e.preventDefault();
      e.stopImmediatePropagation();
    };
    if (e.key === 'Escape') {
      done();
      if (this.state === 'preview') this.back();
      else this.close();
    } else if (this.state === 'hover' && (e.key === 'ArrowUp' || e.key === 'ArrowDown')) {
      done();
      this.widen(e.key === 'ArrowUp' ? 1 : -1);
    } else if (this.state === 'hover' && e.key === 'Enter' && this.current) {
      done();
      this.preview();
    } else if (this.state === 'preview' && e.key === 'Enter' && !inUi) {
      done();
      void this.save();
    }
  }

  /** Highlights the element under the pointer (the picker's own UI lets the pointer through). */
  hover(x: number, y: number): void {
    // A click sends a move to where the pointer already is: keep the block widened with the keys or wheel.
    x = Math.round(x);
    y = Math.round(y);
    if (x === this.lastX && y === this.lastY) return;
    this.lastX = x;
    this.lastY = y;
    const target = this.doc.elementFromPoint(x, y);
    if (!target || target === this.host || target === this.doc.documentElement || target === this.doc.body) return;
    if (target === this.current) return;
    this.current = target;
    this.narrower = [];
    this.draw();
  }

  /**
   * While hovering, the bar lets the pointer through (all but its button) and
   * keeps out of the way: when the pointer comes near it, it moves to the
   * other edge of the window.
   */
  private dodge(x: number, y: number): void {
    const r = this.bar.getBoundingClientRect();
    const margin = 24;
    if (x >= r.left - margin && x <= r.right + margin && y >= r.top - margin && y <= r.bottom + margin) this.bar.classList.toggle('top');
  }

  /** One level wider (the parent) or back narrower. */
  private widen(direction: 1 | -1): void {
    if (!this.current) return;
    if (direction > 0) {
      const parent = this.current.parentElement;
      if (!parent || parent === this.doc.body || parent === this.doc.documentElement) return;
      this.narrower.push(this.current);
      this.current = parent;
    } else {
      const child = this.narrower.pop();
      if (!child) return;
      this.current = child;
    }
    this.draw();
  }

  private draw(): void {
    const el = this.state === 'hover' ? this.current : null;
    if (!el) {
      this.box.style.display = this.tag.style.display = 'none';
      return;
    }
    this.host.dataset.target = el.localName;
    const r = el.getBoundingClientRect();
    Object.assign(this.box.style, { display: 'block', left: `${r.left}px`, top: `${r.top}px`, width: `${r.width}px`, height: `${r.height}px` });
    const id = el.id ? `#${el.id}` : '';
    const cls = [...el.classList].slice(0, 2).map((c) => `.${c}`).join('');
    this.tag.textContent = `${el.localName}${id}${cls}  ${Math.round(r.width)} × ${Math.round(r.height)}`;
    Object.assign(this.tag.style, { display: 'block', left: `${Math.max(0, r.left)}px`, top: `${r.top > 24 ? r.top - 22 : Math.max(0, r.bottom + 2)}px` });
  }

  private showHover(): void {
    this.state = 'hover';
    this.host.dataset.state = 'hover';
    delete this.host.dataset.count;
    this.bar.classList.add('passive');
    this.bar.replaceChildren(this.text(t('pickerHelp')), this.button(t('cancel'), () => this.close(), 'cancel'));
    this.draw();
  }

  private preview(): void {
    const el = this.current;
    if (!el) return;
    const picked = pickMatch(el);
    const rule: Rule = {
      id: newRuleId(),
      description: describe(picked, el),
      category: 'custom',
      sites: [],
      match: picked.match,
      action: 'hide',
    };
    const hidden = this.pickerHost.preview(rule);
    this.state = 'preview';
    this.bar.classList.remove('passive');
    this.host.dataset.state = 'preview';
    this.host.dataset.count = String(hidden.length);
    this.draw();
    if (hidden.length === 0) {
      this.bar.replaceChildren(this.text(t('pickerNothing')), this.button(t('back'), () => this.back(), 'back'), this.button(t('cancel'), () => this.close(), 'cancel'));
      return;
    }
    this.pending = rule;
    this.previewed = hidden;
    for (const h of hidden) h.setAttribute(PREVIEW_ATTR, '');
    const parts: Node[] = [this.text(t('pickerPreview', hidden.length, rule.description))];
    if (picked.anchor === 'position') parts.push(this.text(t('pickerFragile'), 'warn'));
    const save = this.button(t('pickerSave'), () => void this.save(), 'save', true);
    this.bar.replaceChildren(...parts, save, this.button(t('back'), () => this.back(), 'back'), this.button(t('cancel'), () => this.close(), 'cancel'));
    save.focus();
  }

  private back(): void {
    this.clearPreview();
    this.pending = null;
    this.showHover();
  }

  private async save(): Promise<void> {
    const rule = this.pending;
    if (!rule || this.state !== 'preview') return;
    this.state = 'saved';
    this.host.dataset.state = 'saving';
    let site: string;
    let synced: boolean;
    try {
      ({ site, synced } = await this.pickerHost.save(rule));
    } catch (error) {
      this.state = 'preview';
      this.host.dataset.state = 'preview';
      this.bar.replaceChildren(this.text(t('pickerSaveFailed', error instanceof Error ? error.message : String(error)), 'warn'), this.button(t('cancel'), () => this.close(), 'cancel'));
      return;
    }
    this.host.dataset.state = 'saved';
    this.box.style.display = this.tag.style.display = 'none';
    this.style.textContent = `[${PREVIEW_ATTR}] { display: none !important; }`;
    const undo = this.button(t('undo'), () => void this.undo(site, rule.id), 'undo', true);
    const saved = [this.text(t('pickerSaved', site))];
    if (!synced) saved.push(this.text(t('pickerNotSynced'), 'warn'));
    this.bar.replaceChildren(...saved, undo, this.button(t('close'), () => this.close(), 'close'));
    undo.focus();
    this.undoTimer = setTimeout(() => this.close(), UNDO_MS);
  }

  private async undo(site: string, ruleId: string): Promise<void> {
    clearTimeout(this.undoTimer);
    await this.pickerHost.undo(site, ruleId).catch(() => {});
    this.close();
  }

  private clearPreview(): void {
    for (const el of this.previewed) el.removeAttribute(PREVIEW_ATTR);
    this.previewed = [];
  }

  private el(tag: string, cls: string): HTMLElement {
    const node = this.doc.createElement(tag);
    node.className = cls;
    return node;
  }

  private text(value: string, cls?: string): HTMLElement {
    const p = this.el('p', cls ?? '');
    p.textContent = value; // page text (headings, class names) stays text
    return p;
  }

  private button(label: string, onClick: () => void, name: string, primary = false): HTMLButtonElement {
    const b = this.doc.createElement('button');
    b.type = 'button';
    b.textContent = label;
    b.dataset.action = name;
    if (primary) b.className = 'primary';
    b.addEventListener('click', (e) => {
      e.stopPropagation();
      onClick();
    });
    return b;
  }
}

/** The rule's description, for the popup and the options page. */
export function describe(picked: PickedMatch, el: Element): string {
  if (picked.match.kind === 'heading') {
    const heading = el.querySelector('h1, h2, h3, h4, h5, h6, [role="heading"]');
    return `Picked block under the heading "${clip((heading?.textContent ?? '').replace(/\s+/g, ' ').trim())}"`;
  }
  return `Picked block: ${clip(picked.selector)}`;
}

function clip(text: string, max = 70): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
